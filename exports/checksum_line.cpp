#include "exports/checksum_line.hpp"

#include "model/platform/crypto.hpp"

#include <algorithm>

namespace assessa {

namespace {

constexpr std::string_view checksum_start = "<?assessa-checksum sha256=\"";
constexpr std::string_view checksum_end = "\"?>";
constexpr std::size_t sha256_hex_size = 64;

bool is_hex(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

std::string sha256_hex(std::string_view data) {
    const std::string digest = platform::sha256(data);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * digest.size());
    for (const char c : digest) {
        const auto byte = static_cast<unsigned char>(c);
        out.push_back(hex[byte >> 4]);
        out.push_back(hex[byte & 0xf]);
    }
    return out;
}

void append_checksum_line(std::string& text) {
    const std::string sum = sha256_hex(text);
    text += checksum_start;
    text += sum;
    text += checksum_end;
    text += '\n';
}

ChecksumCheck check_checksum_line(std::string_view text) {
    ChecksumCheck check;
    std::string marker = "\n";
    marker += checksum_start;
    const auto at = text.rfind(marker);
    const std::size_t content = at == std::string_view::npos ? 0 : at + 1;
    const std::size_t hex_at = content + checksum_start.size();
    const std::size_t close_at = hex_at + sha256_hex_size;
    if (at == std::string_view::npos || text.size() < close_at + checksum_end.size() ||
        text.compare(close_at, checksum_end.size(), checksum_end) != 0) {
        check.problem = ChecksumProblem::missing;
        return check;
    }
    check.checksum = std::string(text.substr(hex_at, sha256_hex_size));
    const std::string_view rest = text.substr(close_at + checksum_end.size());
    if (!is_hex(check.checksum)) check.problem = ChecksumProblem::damaged;
    else if (!rest.empty() && rest != "\n" && rest != "\r\n") check.problem = ChecksumProblem::trailing_data;
    else if (sha256_hex(text.substr(0, content)) != check.checksum) check.problem = ChecksumProblem::mismatch;
    else check.content = content;
    return check;
}

}  // namespace assessa
