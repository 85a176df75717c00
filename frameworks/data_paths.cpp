#include "frameworks/data_paths.hpp"

#include "frameworks/localized_text.hpp"
#include "i18n/translator.hpp"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace assessa {

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

}  // namespace

std::string share_dir() {
    if (auto e = env("ASSESSA_SHARE_DIR"); !e.empty()) return e;
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto candidate = exe.parent_path().parent_path() / "share" / "assessa";
        if (fs::is_directory(candidate, ec)) return candidate.string();
    }
    return ASSESSA_INSTALL_SHARE_DIR;
}

std::string bundled_frameworks_dir() { return share_dir() + "/frameworks"; }

std::string user_frameworks_dir() {
    std::string base = env("XDG_DATA_HOME");
    if (base.empty()) base = env("HOME").empty() ? std::string("/tmp") : env("HOME") + "/.local/share";
    return base + "/assessa/frameworks";
}

void init_runtime() {
    Translator::set_locale_dir(share_dir() + "/locale");
    std::string lang = env("ASSESSA_LANGUAGE");
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (lang.empty()) lang = env(var);
    Translator::set_current(normalize_language(lang));
}

}  // namespace assessa
