#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace assessa::pdf {

// Decodes UTF-8; malformed bytes become U+FFFD.
std::u32string decode_utf8(std::string_view s);
void append_utf8(std::string& out, char32_t c);

// Ideographs, kana, hangul and CJK punctuation: a line may break between two of them.
bool is_cjk(char32_t c);
// A line may not start with these (closing punctuation) or end with those (opening).
bool no_break_before(char32_t c);
bool no_break_after(char32_t c);

// Unbreakable pieces of a text, in order. Wrapping puts whole pieces on lines; `space_after`
// says whether a space separates a piece from the next one on the same line.
struct Piece {
    std::string text;
    bool space_after = false;
    bool newline_after = false;  // an explicit line break in the text
};
std::vector<Piece> split_pieces(std::string_view text);

}  // namespace assessa::pdf
