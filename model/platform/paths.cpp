// UTF-8 paths and files opened by them: the same code on every system, since
// std::filesystem::path converts from char8_t without the narrow code page.

#include "model/platform/platform.hpp"

namespace assessa::platform {

std::filesystem::path utf8_path(std::string_view utf8) {
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

std::string utf8_string(const std::filesystem::path& path) {
    const std::u8string s = path.u8string();
    return std::string(s.begin(), s.end());
}

std::ifstream open_input(const std::string& path, std::ios::openmode mode) {
    return std::ifstream(utf8_path(path), mode | std::ios::in);
}

std::ofstream open_output(const std::string& path, std::ios::openmode mode) {
    return std::ofstream(utf8_path(path), mode | std::ios::out);
}

}  // namespace assessa::platform
