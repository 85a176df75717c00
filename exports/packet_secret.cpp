// Packet secrets and MACs, with the system's cryptography (platform/crypto.hpp).

#include "exports/packet_secret.hpp"

#include "model/platform/crypto.hpp"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace assessa {

namespace {

std::string to_hex(const unsigned char* data, std::size_t size) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * size);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(hex[data[i] >> 4]);
        out.push_back(hex[data[i] & 0xf]);
    }
    return out;
}

int hex_digit(char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; }

std::vector<unsigned char> from_hex(std::string_view hex) {
    std::vector<unsigned char> out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<unsigned char>(hex_digit(hex[i]) * 16 + hex_digit(hex[i + 1])));
    return out;
}

// Each field with its length in front, so that no two bindings give the same bytes.
void append_field(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
}

}  // namespace

std::string new_packet_secret() {
    std::string bytes = platform::random_bytes(packet_secret_bytes);
    std::string hex = to_hex(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    platform::wipe(bytes);
    return hex;
}

bool is_packet_secret(std::string_view hex) {
    return hex.size() == 2 * packet_secret_bytes &&
           std::all_of(hex.begin(), hex.end(), [](char c) { return hex_digit(c) >= 0; });
}

std::string packet_mac(std::string_view secret_hex, const PacketMacBinding& b, std::string_view content) {
    if (!is_packet_secret(secret_hex)) throw std::invalid_argument("not a packet secret");
    const std::vector<unsigned char> key = from_hex(secret_hex);
    std::string message = "assessa-packet-mac-1;";
    append_field(message, b.project_id);
    append_field(message, b.cycle_label);
    append_field(message, std::to_string(b.member_id));
    append_field(message, std::to_string(b.sending));
    message += content;
    const std::string mac = platform::hmac_sha256(
        std::string_view(reinterpret_cast<const char*>(key.data()), key.size()), message);
    return to_hex(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
}

bool same_mac(std::string_view a, std::string_view b) {
    return platform::constant_time_equal(a, b);
}

}  // namespace assessa
