#pragma once

// Sending packets: the facilitator writes one packet per group member (CLI `packet export`,
// GUI "Send packets...").

#include "exports/packet_format.hpp"

#include <string>
#include <vector>

namespace assessa {

// The packet of one member for one cycle: the framework copy, and whatever the member has
// entered so far. Its revision follows the last packet imported from that member, so that a
// packet sent again replaces the one returned before. Throws InvalidEdit for an unknown
// cycle or member.
Packet make_packet(const Project& project, Id cycle_id, Id member_id);

// Writes make_packet() to `path` (replacing a file there). Throws PacketError or InvalidEdit.
void export_packet(const Project& project, Id cycle_id, Id member_id, const std::string& path);

// A file name for a member's packet that is safe on every system: "2026-03-ona-petraitiene.assessa-packet"
// (cycle, member id, the name in plain letters; other characters dropped).
std::string packet_file_name(const Cycle& cycle, const Member& member);

struct SentPacket {
    Member member;
    std::string path;
};

// Writes one packet per group member into `directory` (created if missing), named by
// packet_file_name(). Refuses, before writing anything, when any of those files exists
// already: a packet returned by a member must never be overwritten. Throws PacketError.
std::vector<SentPacket> export_all_packets(const Project& project, Id cycle_id, const std::string& directory);

// The member a user means by `id_or_name`: a member id, or a name (exact, or ignoring case
// when that is unique). Throws InvalidEdit naming the problem.
Member find_member(const Project& project, const std::string& id_or_name);

}  // namespace assessa
