#pragma once

// Individual assessment packets (docs/packet-format.md): one group member's part of one cycle
// as a single XML file, authenticated with that member's secret and checksummed, taken home by
// the member and brought back.

#include "exports/checksum_line.hpp"
#include "exports/packet_secret.hpp"
#include "frameworks/diagnostic.hpp"
#include "model/project.hpp"

#include "model/calendar_date.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace assessa {

inline constexpr const char* packet_namespace = "urn:assessa:packet:1";
inline constexpr const char* packet_version = "2";
// Packets written before sendings had secrets: read, but imported only when accepted explicitly.
inline constexpr const char* packet_version_unauthenticated = "1";
inline constexpr const char* packet_extension = ".assessa-packet";
// Larger files are refused unread. The CAF framework copy is about 0.2 MB; a member's notes
// for every subcriterion rarely reach 0.1 MB.
inline constexpr std::size_t packet_max_bytes = 8u << 20;

// Who and what a packet is for.
struct PacketHeader {
    std::string project_id;    // Project::project_id() of the project that sent it
    std::string organisation;  // the organisation's name, shown to the member
    std::string language = "en";  // the project's language
    std::string cycle_label;
    std::string framework_id;
    std::string framework_version;
    std::string method_id;
    Id member_id = 0;
    std::string member_name;
    MemberRole member_role = MemberRole::member;
    std::int64_t sending = 0;   // which sending of the member's packet (1, 2, ...); 0: an older,
                                // unauthenticated packet
    std::string sent_at;        // when it was sent, ISO date and time, UTC
    std::int64_t revision = 1;  // grows with every write; a higher one replaces a lower one
    std::string written_at;     // ISO date and time, UTC
    bool finished = false;      // the member has finished and returned it
    std::string finished_at;

    bool operator==(const PacketHeader&) const = default;
};

struct Packet {
    PacketHeader header;
    std::string secret;           // the sending's secret (exports/packet_secret.hpp); empty in an
                                  // older, unauthenticated packet
    std::string framework_xml;    // the framework file as copied into the project
    std::vector<Rating> ratings;  // the member's, nodes with anything entered, framework order;
                                  // items grouped by kind, each kind in the member's order
    bool operator==(const Packet&) const = default;
};

// A packet could not be read or written. what() is a complete message; diagnostics() holds
// each problem found as FILE:LINE:COL when reading.
class PacketError : public std::runtime_error {
public:
    explicit PacketError(std::vector<Diagnostic> problems);
    PacketError(const std::string& file, const std::string& message);
    const std::vector<Diagnostic>& diagnostics() const { return problems_; }

private:
    std::vector<Diagnostic> problems_;
};

// The packet as file content: XML, the line with its MAC (when it has a secret), and the
// checksum line. The same packet always gives the same bytes.
std::string packet_text(const Packet& packet);

// Writes the packet so that `path` always holds either the old or the new complete file, also
// after a power cut: a temporary file, flushed to disk, renamed over it. Throws PacketError.
void write_packet_file(const std::string& path, const Packet& packet);

// The parts of a packet's header a problem can be shown at.
enum class PacketPart { project, cycle, member };

// What a packet is checked against once its header is read (by the facilitator's project, or
// by the member's program against the framework the packet carries).
struct PacketCheck {
    FrameworkPtr framework;  // ratings are checked against it and method_id; none: not checked
    std::string method_id;
    std::vector<std::pair<PacketPart, std::string>> problems;  // with the header
};
using PacketChecker = std::function<PacketCheck(const PacketHeader&)>;

// A packet read and checked: the checksum, the structure and values, then, with a checker,
// the header and every rating against it.
struct PacketRead {
    std::optional<Packet> packet;
    std::string checksum;            // SHA-256 of the content, as stated in the file and verified
    std::string mac;                 // HMAC-SHA256 as stated in the file, not verified (see
                                     // verify_packet_mac); empty in an unauthenticated packet
    std::string content;             // the bytes the MAC covers
    std::vector<Diagnostic> errors;  // every problem as FILE:LINE:COL, in file order; or none
    bool ok() const { return packet.has_value(); }
};
PacketRead read_packet_file(const std::string& path, const PacketChecker& checker = {});
// The same for content already in memory; `label` names it in messages.
PacketRead read_packet_text(const std::string& label, std::string text, const PacketChecker& checker = {});

// Whether the packet read carries a MAC that verifies under `secret` for the project, cycle,
// member and sending of `binding` (the facilitator's values, not the packet's).
bool verify_packet_mac(const PacketRead& read, std::string_view secret, const PacketMacBinding& binding);

}  // namespace assessa
