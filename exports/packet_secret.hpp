#pragma once

// The secret that authenticates a member's packet (docs/packet-format.md, "Who can write as
// whom"): made when the facilitator sends the packet, kept in the project and in that member's
// packet only; the packet carries an HMAC-SHA256 under it.

#include <cstdint>
#include <string>
#include <string_view>

namespace assessa {

// Bytes of a packet secret (256 bits), written as lower-case hex.
inline constexpr std::size_t packet_secret_bytes = 32;

// A new secret from the operating system's cryptographic random generator, as lower-case hex.
// The one place that asks for random bytes. Throws std::runtime_error when none are available.
std::string new_packet_secret();

// Whether `hex` has the form of a secret (2 * packet_secret_bytes lower-case hex digits).
bool is_packet_secret(std::string_view hex);

// What a packet's MAC is bound to besides its content: the project and cycle it was sent for,
// the member, and which sending of that member's packet it is. A packet moved to another
// project, cycle, member or sending does not verify there.
struct PacketMacBinding {
    std::string project_id;
    std::string cycle_label;
    std::int64_t member_id = 0;
    std::int64_t sending = 0;
};

// Lower-case hex HMAC-SHA256 of the binding and `content` under the secret (hex).
std::string packet_mac(std::string_view secret_hex, const PacketMacBinding& binding, std::string_view content);

// Compares two MACs in time that does not depend on where they differ.
bool same_mac(std::string_view a, std::string_view b);

}  // namespace assessa
