#include <catch2/catch.hpp>

#include "frameworks/framework_loader.hpp"
#include "frameworks/mapping_loader.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>

using namespace assessa;
using namespace assessa::test;

namespace {

FrameworkPtr good(const std::string& name) {
    auto loaded = load_framework_file(data_dir() + "/frameworks/good/" + name);
    REQUIRE(loaded.ok());
    return loaded.value;
}

// Loads a broken file under its bare name, so messages read "duplicate-code.xml:31:7: ...".
std::string problems_of(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    std::string text = read_file(path);
    if (name.rfind("mapping-", 0) == 0) {
        const auto mini = good("mini.xml"), mini2 = good("mini2.xml");
        const FrameworkLookup lookup = [&](std::string_view id) -> FrameworkPtr {
            return id == "mini" ? mini : id == "mini2" ? mini2 : nullptr;
        };
        auto loaded = load_mapping_text(name, std::move(text), lookup);
        CHECK_FALSE(loaded.ok());
        CHECK(loaded.value == nullptr);
        return to_string(loaded.errors);
    }
    auto loaded = load_framework_text(name, std::move(text));
    CHECK_FALSE(loaded.ok());
    CHECK(loaded.value == nullptr);
    return to_string(loaded.errors);
}

}  // namespace

TEST_CASE("Every broken framework or mapping file is refused with the exact expected errors", "[frameworks][bad]") {
    const auto files = files_in(data_dir() + "/frameworks/bad", ".xml");
    REQUIRE(files.size() >= 20);
    for (const auto& file : files) {
        INFO(file);
        const std::string expected_path = file.substr(0, file.size() - 4) + ".expected";
        REQUIRE(std::filesystem::exists(expected_path));
        CHECK(problems_of(file) == read_file(expected_path));
    }
}

TEST_CASE("The good test frameworks and mapping load", "[frameworks]") {
    const auto mini = good("mini.xml"), mini2 = good("mini2.xml");
    const FrameworkLookup lookup = [&](std::string_view id) -> FrameworkPtr {
        return id == "mini" ? mini : id == "mini2" ? mini2 : nullptr;
    };
    auto m = load_mapping_file(data_dir() + "/frameworks/good/mini-to-mini2.xml", lookup);
    REQUIRE(m.ok());
    CHECK(m.value->links().size() == 2);
    CHECK_FALSE(m.value->official());
}

TEST_CASE("A missing file is reported by name", "[frameworks][bad]") {
    auto loaded = load_framework_file("/nonexistent/caf.xml");
    REQUIRE_FALSE(loaded.ok());
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].to_string() == "/nonexistent/caf.xml: error: cannot open the file");
}

TEST_CASE("Deeply nested input is refused without exhausting the stack", "[frameworks][bad]") {
    std::string text = "<framework xmlns=\"urn:assessa:framework:1\" id=\"deep\" version=\"1\"><nodes>";
    for (int i = 0; i < 100000; ++i) text += "<node code=\"1\" kind=\"x\">";
    for (int i = 0; i < 100000; ++i) text += "</node>";
    text += "</nodes></framework>";
    auto loaded = load_framework_text("deep.xml", text);
    REQUIRE_FALSE(loaded.ok());
    REQUIRE(loaded.errors.size() == 1);
    // The place is the first element beyond the limit: the 63rd <node>, after <framework> and <nodes>.
    CHECK(loaded.errors[0].to_string() == "deep.xml:1:1562: error: elements are nested too deeply (more than 64 levels)");
}
