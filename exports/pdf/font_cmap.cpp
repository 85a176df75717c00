#include "exports/pdf/font_cmap.hpp"

#include <algorithm>
#include <cstdint>

namespace assessa::pdf {

namespace {

// Big-endian reads that fail (nullopt) instead of reading past the end of a crafted file.
struct Bytes {
    std::string_view data;
    std::optional<std::uint32_t> u16(std::size_t at) const {
        if (at + 2 > data.size() || at + 2 < at) return std::nullopt;
        return (std::uint32_t(std::uint8_t(data[at])) << 8) | std::uint8_t(data[at + 1]);
    }
    bool tag_at(std::size_t at, std::string_view tag) const {
        return at <= data.size() && data.size() - at >= tag.size() && data.compare(at, tag.size(), tag) == 0;
    }
    std::optional<std::uint32_t> u32(std::size_t at) const {
        const auto hi = u16(at), lo = u16(at + 2);
        if (!hi || !lo) return std::nullopt;
        return (*hi << 16) | *lo;
    }
};

void add(std::vector<std::pair<char32_t, char32_t>>& ranges, char32_t c) {
    if (!ranges.empty() && ranges.back().second + 1 == c) ranges.back().second = c;
    else ranges.emplace_back(c, c);
}

bool read_format4(const Bytes& b, std::size_t at, std::vector<std::pair<char32_t, char32_t>>& ranges) {
    const auto seg_x2 = b.u16(at + 6);
    if (!seg_x2) return false;
    const std::size_t segs = *seg_x2 / 2;
    const std::size_t ends = at + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                      offsets = deltas + 2 * segs;
    for (std::size_t i = 0; i < segs; ++i) {
        const auto end = b.u16(ends + 2 * i), start = b.u16(starts + 2 * i), delta = b.u16(deltas + 2 * i),
                   range_offset = b.u16(offsets + 2 * i);
        if (!end || !start || !delta || !range_offset || *start > *end) return false;
        for (std::uint32_t c = *start; c <= *end && c != 0xFFFF; ++c) {
            std::uint32_t glyph;
            if (*range_offset == 0) {
                glyph = (c + *delta) & 0xFFFF;
            } else {
                const auto g = b.u16(offsets + 2 * i + *range_offset + 2 * (c - *start));
                if (!g) return false;
                glyph = *g == 0 ? 0 : (*g + *delta) & 0xFFFF;
            }
            if (glyph != 0) add(ranges, c);
        }
    }
    return true;
}

bool read_format12(const Bytes& b, std::size_t at, std::vector<std::pair<char32_t, char32_t>>& ranges) {
    const auto groups = b.u32(at + 12);
    if (!groups || *groups > b.data.size() / 12) return false;
    for (std::size_t i = 0; i < *groups; ++i) {
        const auto first = b.u32(at + 16 + 12 * i), last = b.u32(at + 20 + 12 * i);
        if (!first || !last || *first > *last || *last > 0x10FFFF) return false;
        ranges.emplace_back(*first, *last);
    }
    return true;
}

}  // namespace

std::optional<FontCoverage> FontCoverage::read(std::string_view font, int face) {
    const Bytes b{font};
    std::size_t sfnt = 0;
    if (b.tag_at(0, "ttcf")) {
        const auto faces = b.u32(8);
        if (!faces || face < 0 || static_cast<std::uint32_t>(face) >= *faces) return std::nullopt;
        const auto offset = b.u32(12 + 4 * static_cast<std::size_t>(face));
        if (!offset) return std::nullopt;
        sfnt = *offset;
    } else if (face != 0) {
        return std::nullopt;
    }
    const auto tables = b.u16(sfnt + 4);
    if (!tables) return std::nullopt;
    std::optional<std::uint32_t> cmap;
    for (std::size_t i = 0; i < *tables; ++i)
        if (b.tag_at(sfnt + 12 + 16 * i, "cmap")) cmap = b.u32(sfnt + 12 + 16 * i + 8);
    if (!cmap) return std::nullopt;
    const auto subtables = b.u16(*cmap + 2);
    if (!subtables) return std::nullopt;
    // The full-repertoire subtable (format 12) when there is one, else the BMP one (format 4).
    std::optional<std::size_t> bmp, full;
    for (std::size_t i = 0; i < *subtables; ++i) {
        const std::size_t rec = *cmap + 4 + 8 * i;
        const auto platform = b.u16(rec), encoding = b.u16(rec + 2), offset = b.u32(rec + 4);
        if (!platform || !encoding || !offset) return std::nullopt;
        const bool unicode = *platform == 0 || (*platform == 3 && (*encoding == 1 || *encoding == 10));
        const auto format = b.u16(*cmap + *offset);
        if (!unicode || !format) continue;
        if (*format == 12 && !full) full = *cmap + *offset;
        if (*format == 4 && !bmp) bmp = *cmap + *offset;
    }
    FontCoverage coverage;
    const bool ok = full ? read_format12(b, *full, coverage.ranges_) : bmp && read_format4(b, *bmp, coverage.ranges_);
    if (!ok) return std::nullopt;
    std::sort(coverage.ranges_.begin(), coverage.ranges_.end());
    return coverage;
}

bool FontCoverage::covers(char32_t c) const {
    auto it = std::upper_bound(ranges_.begin(), ranges_.end(), c,
                               [](char32_t v, const std::pair<char32_t, char32_t>& r) { return v < r.first; });
    return it != ranges_.begin() && c <= std::prev(it)->second;
}

std::size_t FontCoverage::characters() const {
    std::size_t n = 0;
    for (const auto& [first, last] : ranges_) n += last - first + 1;
    return n;
}

}  // namespace assessa::pdf
