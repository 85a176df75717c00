#pragma once

// The characters a TrueType/OpenType font (or one face of a .ttc collection) has glyphs for,
// read from its cmap table. Used where fontconfig is not there to say (Windows).

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace assessa::pdf {

class FontCoverage {
public:
    // nullopt when `font` is not a font file with a Unicode cmap this reader knows
    // (formats 4 and 12), or `face` is not in the collection.
    static std::optional<FontCoverage> read(std::string_view font, int face);
    bool covers(char32_t c) const;
    std::size_t characters() const;

private:
    std::vector<std::pair<char32_t, char32_t>> ranges_;  // sorted, inclusive
};

}  // namespace assessa::pdf
