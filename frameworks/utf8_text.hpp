#pragma once

#include <cstddef>
#include <string_view>

namespace assessa {

// The offset of the first byte that is not well-formed UTF-8 (overlong forms, UTF-16 surrogates
// and code points above U+10FFFF included), or npos. For files a group member may have made.
std::size_t first_invalid_utf8(std::string_view text);

}  // namespace assessa
