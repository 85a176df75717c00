#include <catch2/catch.hpp>

#include "frameworks/data_paths.hpp"
#include "frameworks/framework_library.hpp"
#include "model/platform/platform.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>
#include <fstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

TEST_CASE("The library loads frameworks and mappings from several directories", "[frameworks][library]") {
    TempDir user;
    fs::copy_file(data_dir() + "/frameworks/good/mini.xml", user.file("mini.xml"));
    fs::copy_file(data_dir() + "/frameworks/good/mini2.xml", user.file("mini2.xml"));
    fs::copy_file(data_dir() + "/frameworks/good/mini-to-mini2.xml", user.file("a-mapping.xml"));
    const auto lib = FrameworkLibrary::load({user.path()});
    CHECK(lib.problems().empty());
    CHECK(lib.frameworks().size() == 2);
    REQUIRE(lib.mapping_between("mini", "mini2"));
    CHECK(lib.mappings_from("mini").size() == 1);
    CHECK(lib.find("mini2")->source_path() == user.file("mini2.xml"));
}

TEST_CASE("A broken or duplicate file in the library is reported and skipped", "[frameworks][library]") {
    TempDir a, b;
    fs::copy_file(data_dir() + "/frameworks/good/mini.xml", a.file("mini.xml"));
    fs::copy_file(data_dir() + "/frameworks/good/mini.xml", b.file("mini-copy.xml"));
    fs::copy_file(data_dir() + "/frameworks/bad/duplicate-code.xml", b.file("broken.xml"));
    std::ofstream(b.file("notes.txt")) << "not a framework";
    const auto lib = FrameworkLibrary::load({a.path(), b.path()});
    REQUIRE(lib.frameworks().size() == 1);
    CHECK(lib.frameworks()[0]->source_path() == a.file("mini.xml"));
    REQUIRE(lib.problems().size() == 2);
    CHECK(lib.problems()[0].file == b.file("broken.xml"));
    CHECK(lib.problems()[1].to_string() ==
          b.file("mini-copy.xml") + ": error: framework \"mini\" version 1 is already loaded from " + a.file("mini.xml") +
              "; this file is skipped");
}

TEST_CASE("The user's framework directory follows XDG_DATA_HOME", "[frameworks][library]") {
    ScopedEnvironment home("XDG_DATA_HOME", "/srv/data");
    CHECK(platform::utf8_path(user_frameworks_dir()) == std::filesystem::path("/srv/data") / "assessa" / "frameworks");
}
