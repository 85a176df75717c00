#include "frameworks/bounded_file.hpp"

#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace assessa {

std::optional<std::string> read_bounded_file(const std::string& path, std::size_t max_bytes,
                                             const std::string& folder_message, std::vector<Diagnostic>& errors) {
    std::error_code ec;
    if (std::filesystem::is_directory(platform::utf8_path(path), ec)) {  // an ifstream opens a folder, and reads nonsense
        errors.push_back({path, 0, 0, folder_message});
        return std::nullopt;
    }
    std::ifstream in = platform::open_input(path);
    if (!in) {
        errors.push_back({path, 0, 0, tr("cannot open the file")});
        return std::nullopt;
    }
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
    if (size > max_bytes) {
        errors.push_back({path, 0, 0, trf("the file is too large ({} bytes; the limit is {} bytes)", size, max_bytes)});
        return std::nullopt;
    }
    in.seekg(0);
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::size_t>(in.gcount()) != size) {
        errors.push_back({path, 0, 0, tr("cannot read the file")});
        return std::nullopt;
    }
    return bytes;
}

}  // namespace assessa
