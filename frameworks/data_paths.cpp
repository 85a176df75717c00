#include "frameworks/data_paths.hpp"

#include "frameworks/localized_text.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace assessa {

namespace {

std::string env(const char* name) {
    return platform::environment_variable(name).value_or("");
}

}  // namespace

std::string share_dir() {
    if (auto e = env("ASSESSA_SHARE_DIR"); !e.empty()) return e;
    // Beside the program (the Windows layout), or beside its bin folder (build and POSIX install).
    if (const std::string exe_dir = platform::executable_dir(); !exe_dir.empty()) {
        const fs::path dir = platform::utf8_path(exe_dir);
        for (const fs::path& candidate : {dir / "share" / "assessa", dir.parent_path() / "share" / "assessa"}) {
            std::error_code ec;
            if (fs::is_directory(candidate, ec)) return platform::utf8_string(candidate);
        }
    }
    return ASSESSA_INSTALL_SHARE_DIR;
}

std::string bundled_frameworks_dir() { return share_dir() + "/frameworks"; }

std::string locale_dir() {
    const fs::path share = platform::utf8_path(share_dir());
    std::error_code ec;
    if (fs::is_directory(share / "locale", ec)) return platform::utf8_string(share / "locale");
    return platform::utf8_string(share.parent_path() / "locale");
}

std::string guide_file(const std::string& language) {
    const fs::path guide = platform::utf8_path(share_dir()) / "guide";
    const fs::path wanted = guide / platform::utf8_path(normalize_language(language)) / "index.html";
    std::error_code ec;
    return platform::utf8_string(fs::is_regular_file(wanted, ec) ? wanted : guide / "en" / "index.html");
}

std::string user_frameworks_dir() {
    return platform::utf8_string(platform::utf8_path(platform::user_data_dir()) / "frameworks");
}

void init_runtime() {
    Translator::set_locale_dir(locale_dir());
    std::string lang = env("ASSESSA_LANGUAGE");
    if (lang.empty()) lang = platform::user_language();
    Translator::set_current(normalize_language(lang));
}

std::vector<std::string> xml_files_in(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    if (!fs::is_directory(platform::utf8_path(dir), ec)) return files;
    for (const auto& entry : fs::directory_iterator(platform::utf8_path(dir), ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".xml") files.push_back(platform::utf8_string(entry.path()));
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace assessa
