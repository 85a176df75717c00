#include "app/cli/text_table.hpp"

#include <algorithm>
#include <ostream>

namespace assessa::cli {

std::size_t display_width(const std::string& s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0x3F >> (len - 1));
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                          (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                          (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                          (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        width += wide ? 2 : 1;
        i += len;
    }
    return width;
}

namespace {

std::string cut_to_width(const std::string& s, std::size_t width) {
    if (display_width(s) <= width) return s;
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const std::string ch = s.substr(i, len);
        if (display_width(out + ch) + 1 > width) break;
        out += ch;
        i += len;
    }
    return out + "\u2026";
}

}  // namespace

void TextTable::print(std::ostream& out) const {
    if (!limits_.empty()) {
        TextTable cut(header_);
        for (auto row : rows_) {
            for (const auto& [column, width] : limits_)
                if (column < row.size()) row[column] = cut_to_width(row[column], width);
            cut.add(std::move(row));
        }
        return cut.print(out);
    }
    std::vector<std::size_t> widths(header_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], display_width(row[c]));
    };
    measure(header_);
    for (const auto& r : rows_) measure(r);
    auto line = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
            out << row[c];
            if (c + 1 < row.size()) out << std::string(widths[c] - display_width(row[c]) + 2, ' ');
        }
        out << '\n';
    };
    line(header_);
    std::vector<std::string> rule;
    rule.reserve(widths.size());
    for (auto w : widths) rule.push_back(std::string(w, '-'));
    line(rule);
    for (const auto& r : rows_) line(r);
}

}  // namespace assessa::cli
