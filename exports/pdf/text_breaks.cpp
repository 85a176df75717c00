#include "exports/pdf/text_breaks.hpp"

namespace assessa::pdf {

std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        int extra = b < 0x80 ? 0 : (b >> 5) == 6 ? 1 : (b >> 4) == 14 ? 2 : (b >> 3) == 30 ? 3 : -1;
        if (extra < 0 || i + extra >= s.size()) {
            out.push_back(U'\uFFFD');
            ++i;
            continue;
        }
        char32_t c = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            const auto n = static_cast<unsigned char>(s[i + k]);
            if ((n & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            c = (c << 6) | (n & 0x3F);
        }
        out.push_back(ok ? c : U'\uFFFD');
        i += ok ? extra + 1 : 1;
    }
    return out;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}

bool no_break_before(char32_t c) {
    static constexpr std::u32string_view closing = U",.;:!?)]}%，。、；：！？）」』】》〉”’";
    return closing.find(c) != std::u32string_view::npos;
}

bool no_break_after(char32_t c) {
    static constexpr std::u32string_view opening = U"([{（「『【《〈“‘";
    return opening.find(c) != std::u32string_view::npos;
}

std::vector<Piece> split_pieces(std::string_view text) {
    std::vector<Piece> pieces;
    Piece current;
    char32_t prev = 0;
    auto finish = [&](bool space, bool newline) {
        if (current.text.empty() && !newline) {
            if (space && !pieces.empty()) pieces.back().space_after = true;
            return;
        }
        current.space_after = space;
        current.newline_after = newline;
        pieces.push_back(std::move(current));
        current = Piece{};
    };
    for (char32_t c : decode_utf8(text)) {
        if (c == U'\n') {
            finish(false, true);
            prev = 0;
            continue;
        }
        if (c == U' ' || c == U'\t') {
            finish(true, false);
            prev = 0;
            continue;
        }
        const bool cjk_boundary = prev != 0 && (is_cjk(prev) || is_cjk(c));
        if (cjk_boundary && !no_break_before(c) && !no_break_after(prev)) finish(false, false);
        append_utf8(current.text, c);
        prev = c;
    }
    finish(false, false);
    return pieces;
}

}  // namespace assessa::pdf
