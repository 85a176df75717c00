#include "frameworks/data_paths.hpp"
#include "model/platform/platform.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>

using namespace assessa;
namespace fs = std::filesystem;

namespace {

// Points share_dir() at `dir` while it lives (ASSESSA_SHARE_DIR), as a relocated install would.
struct ShareDirOverride {
    std::optional<std::string> saved = platform::environment_variable("ASSESSA_SHARE_DIR");
    explicit ShareDirOverride(const fs::path& dir) { platform::set_environment_variable("ASSESSA_SHARE_DIR", dir.string()); }
    ~ShareDirOverride() { platform::set_environment_variable("ASSESSA_SHARE_DIR", saved); }
    ShareDirOverride(const ShareDirOverride&) = delete;
    ShareDirOverride& operator=(const ShareDirOverride&) = delete;
};

void touch(const fs::path& file) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "x";
}

}  // namespace

TEST_CASE("The facilitator's guide is built beside the frameworks in each language", "[frameworks][paths]") {
    for (const char* lang : {"en", "lt", "zh"}) {
        INFO(lang);
        const fs::path file = guide_file(lang);
        CHECK(fs::is_regular_file(file));
        CHECK(file.parent_path().filename() == lang);
    }
    CHECK(fs::path(guide_file("lt_LT.UTF-8")).parent_path().filename() == "lt");
    CHECK(fs::path(guide_file("zh_CN")).parent_path().filename() == "zh");
    // A language the guide is not written in gets the English one.
    CHECK(fs::path(guide_file("fr")).parent_path().filename() == "en");
}

TEST_CASE("The catalogs are found in share/assessa/locale or in the installed locale tree beside it",
          "[frameworks][paths]") {
    const fs::path root = fs::temp_directory_path() / "assessa-data-paths-test";
    fs::remove_all(root);
    const fs::path share = root / "usr" / "share";
    touch(share / "assessa" / "frameworks" / "caf-2020.xml");
    ShareDirOverride installed(share / "assessa");

    SECTION("installed: <prefix>/share/locale") {
        CHECK(fs::path(locale_dir()) == share / "locale");
    }
    SECTION("build tree and Windows program folder: share/assessa/locale") {
        touch(share / "assessa" / "locale" / "lt" / "LC_MESSAGES" / "assessa.mo");
        CHECK(fs::path(locale_dir()) == share / "assessa" / "locale");
    }
    fs::remove_all(root);
}
