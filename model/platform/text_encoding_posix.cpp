#include "model/platform/platform.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstdint>

namespace assessa::platform {

namespace {

const char* iconv_name(std::string_view encoding) {
    if (encoding == "windows-1257") return "WINDOWS-1257";
    if (encoding == "gb18030") return "GB18030";
    return nullptr;
}

// Closes the conversion descriptor however the conversion ends.
class Converter {
public:
    explicit Converter(const char* from) : cd_(iconv_open("UTF-8", from)) {}
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    ~Converter() {
        if (ok()) iconv_close(cd_);
    }
    bool ok() const { return reinterpret_cast<std::intptr_t>(cd_) != -1; }  // iconv_open's (iconv_t)-1
    iconv_t get() const { return cd_; }

private:
    iconv_t cd_;
};

}  // namespace

std::optional<std::string> to_utf8(std::string_view bytes, std::string_view encoding, std::size_t& bad_offset) {
    const char* from = iconv_name(encoding);
    if (!from) {
        bad_offset = bytes.size();
        return std::nullopt;
    }
    Converter converter(from);
    if (!converter.ok()) {
        bad_offset = bytes.size();
        return std::nullopt;
    }
    // A legacy character is at most 4 bytes and becomes at most 4 bytes of UTF-8; a Windows-1257
    // byte becomes at most 3.
    std::string out(bytes.size() * 3 + 4, '\0');
    char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write the input
    std::size_t in_left = bytes.size();
    char* to = out.data();
    std::size_t to_left = out.size();
    while (in_left > 0) {
        if (iconv(converter.get(), &in, &in_left, &to, &to_left) != static_cast<std::size_t>(-1)) continue;
        if (errno == E2BIG) {  // not expected with the room given; grow and go on
            const auto used = static_cast<std::size_t>(to - out.data());
            out.resize(out.size() * 2);
            to = out.data() + used;
            to_left = out.size() - used;
            continue;
        }
        // EILSEQ: a byte sequence the encoding does not define; EINVAL: the input ends inside one.
        bad_offset = static_cast<std::size_t>(in - bytes.data());
        return std::nullopt;
    }
    out.resize(static_cast<std::size_t>(to - out.data()));
    return out;
}

}  // namespace assessa::platform
