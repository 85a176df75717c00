#include "model/platform/platform.hpp"

#include <windows.h>

#include <climits>

namespace assessa::platform {

namespace {

UINT code_page(std::string_view encoding) {
    if (encoding == "windows-1257") return 1257;
    // Windows has code page 54936 since XP; Wine 8 does not, and there GBK (936), which is
    // GB18030 without its four-byte sequences, reads most Chinese text.
    if (encoding == "gb18030") return IsValidCodePage(54936) ? 54936 : 936;
    return 0;
}

// The UTF-16 text of `bytes`, or nothing when a byte sequence is not defined in the code page.
std::optional<std::wstring> wide(UINT cp, std::string_view bytes) {
    if (bytes.empty()) return std::wstring();
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return std::nullopt;
    const int n = static_cast<int>(bytes.size());
    const int size = MultiByteToWideChar(cp, MB_ERR_INVALID_CHARS, bytes.data(), n, nullptr, 0);
    if (size <= 0) return std::nullopt;
    std::wstring w(static_cast<std::size_t>(size), L'\0');
    if (MultiByteToWideChar(cp, MB_ERR_INVALID_CHARS, bytes.data(), n, w.data(), size) != size) return std::nullopt;
    return w;
}

// The length of the character starting at `i`: always 1 in Windows-1257; in GB18030 one byte
// below 0x80, four when the second byte is a digit, else two.
std::size_t character_length(UINT cp, std::string_view bytes, std::size_t i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if ((cp != 54936 && cp != 936) || b < 0x81 || b == 0xFF || i + 1 >= bytes.size()) return 1;
    const auto second = static_cast<unsigned char>(bytes[i + 1]);
    return second >= 0x30 && second <= 0x39 ? 4 : 2;
}

// MultiByteToWideChar says only that the text holds an undefined sequence, not where: the
// characters are converted one by one to find the first.
std::size_t first_undecodable(UINT cp, std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t len = character_length(cp, bytes, i);
        if (i + len > bytes.size() || !wide(cp, bytes.substr(i, len))) return i;
        i += len;
    }
    return bytes.size();
}

}  // namespace

std::optional<std::string> to_utf8(std::string_view bytes, std::string_view encoding, std::size_t& bad_offset) {
    const UINT cp = code_page(encoding);
    if (cp == 0) {
        bad_offset = bytes.size();
        return std::nullopt;
    }
    const auto w = wide(cp, bytes);
    if (!w) {
        bad_offset = first_undecodable(cp, bytes);
        return std::nullopt;
    }
    // Windows maps the bytes Windows-1257 leaves undefined (0x81, 0x83, 0x88, ...) to the C1
    // control characters rather than failing; iconv refuses them, and so does this. A defined
    // byte never gives U+0080-U+009F, and the code page has one byte per character.
    if (cp == 1257) {
        for (std::size_t i = 0; i < w->size(); ++i) {
            if ((*w)[i] >= 0x80 && (*w)[i] <= 0x9F) {
                bad_offset = i;
                return std::nullopt;
            }
        }
    }
    if (w->empty()) return std::string();
    const int wn = static_cast<int>(w->size());
    const int size = WideCharToMultiByte(CP_UTF8, 0, w->data(), wn, nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(size > 0 ? size : 0), '\0');
    if (size <= 0 || WideCharToMultiByte(CP_UTF8, 0, w->data(), wn, out.data(), size, nullptr, nullptr) != size) {
        bad_offset = 0;
        return std::nullopt;
    }
    return out;
}

}  // namespace assessa::platform
