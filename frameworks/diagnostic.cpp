#include "frameworks/diagnostic.hpp"

#include "i18n/translator.hpp"

#include <algorithm>

namespace assessa {

std::string Diagnostic::to_string() const {
    // fmt rather than string concatenation: g++ 12 -O2 warns falsely (-Wrestrict, GCC bug 105329)
    // about `":" + std::to_string(...)`.
    const std::string where = line > 0 ? fmt::format("{}:{}:{}", file, line, column) : file;
    return trf("{}: error: {}", where, message);
}

std::string to_string(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) out += d.to_string() + "\n";
    return out;
}

TextPositions::TextPositions(const std::string& text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

std::pair<int, int> TextPositions::at(std::ptrdiff_t offset) const {
    const auto off = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(
        offset, 0, static_cast<std::ptrdiff_t>(text_.size())));
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), off);
    const auto line = static_cast<int>(it - line_starts_.begin());
    const std::size_t start = *(it - 1);
    int column = 1;
    for (std::size_t i = start; i < off; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    return {line, column};
}

}  // namespace assessa
