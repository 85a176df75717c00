#pragma once

// Sending packets: the facilitator writes one packet per group member (CLI `packet export`,
// GUI "Send packets...").

#include "exports/packet_format.hpp"

#include <string>
#include <vector>

namespace assessa {

// The packet of one member for one cycle: the framework copy, and whatever the member has
// entered so far. Its revision follows the last packet imported from that member, so that a
// packet sent again replaces the one returned before. It has no sending and no secret yet
// (send_packet adds them). Throws InvalidEdit for an unknown cycle or member.
Packet make_packet(const Project& project, Id cycle_id, Id member_id);

struct SendOptions {
    // Packets sent to the same members before stay valid (for a member who may still return
    // the earlier file); by default only the newest sending of a member's packet is accepted.
    bool keep_earlier = false;
};

// Sends a member's packet: a new secret for the member and cycle, recorded in the project as
// the member's next sending, and the packet carrying it written to `path` (replacing a file
// there). Both happen or neither: if the file cannot be written the project is unchanged.
// Returns the packet written. Throws PacketError, InvalidEdit or ProjectError.
Packet send_packet(Project& project, Id cycle_id, Id member_id, const std::string& path,
                   const SendOptions& options = {});

// A file name for a member's packet that is safe on every system: "2026-03-ona-petraitiene.assessa-packet"
// (cycle, member id, the name in plain letters; other characters dropped).
std::string packet_file_name(const Cycle& cycle, const Member& member);

struct SentPacket {
    Member member;
    std::string path;
    std::int64_t sending = 0;  // which sending of the member's packet this is
};

// Sends one packet per group member into `directory` (created if missing), named by
// packet_file_name(). Refuses, before writing anything, when any of those files exists
// already: a packet returned by a member must never be overwritten. All sendings are recorded
// or none (a file written before a failure is removed again). Throws PacketError.
std::vector<SentPacket> export_all_packets(Project& project, Id cycle_id, const std::string& directory,
                                           const SendOptions& options = {});

// The member a user means by `id_or_name`: a member id, or a name (exact, or ignoring case
// when that is unique). Throws InvalidEdit naming the problem.
Member find_member(const Project& project, const std::string& id_or_name);

}  // namespace assessa
