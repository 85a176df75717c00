#include <catch2/catch.hpp>

#include "tests/support/test_support.hpp"

#include <nlohmann/json.hpp>

using namespace assessa::test;

TEST_CASE("frameworks list shows the bundled frameworks with their sizes", "[cli]") {
    auto r = run_cli({"frameworks", "list"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("caf-2020") != std::string::npos);
    CHECK(r.out.find("iso-9001-2015") != std::string::npos);
    CHECK(r.out.find(" 28 ") != std::string::npos);
}

TEST_CASE("frameworks show prints the tree in the requested language", "[cli]") {
    auto r = run_cli({"frameworks", "show", "caf-2020", "--language", "lt"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("  1  Lyderystė") != std::string::npos);
    CHECK(r.out.find("    3.2  ") != std::string::npos);
    auto en = run_cli({"frameworks", "show", "caf-2020"});
    CHECK(en.out.find("    4.3  Manage finances  [assessable]") != std::string::npos);
}

TEST_CASE("frameworks show --json gives the full tree", "[cli]") {
    auto r = run_cli({"frameworks", "show", "caf-2020", "--json", "--language", "en"});
    REQUIRE(r.exit_code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["id"] == "caf-2020");
    REQUIRE(j["nodes"].size() == 9);
    CHECK(j["nodes"][0]["title"] == "Leadership");
    CHECK(j["nodes"][0]["children"].size() == 4);
    CHECK(j["nodes"][0]["children"][0]["examples"].size() >= 4);
    CHECK(j["methods"].size() == 2);
}

TEST_CASE("frameworks show with an unknown id fails with a message", "[cli]") {
    auto r = run_cli({"frameworks", "show", "caf-1999"});
    CHECK(r.exit_code == 1);
    CHECK(r.err == "assessa-cli: error: no framework with id \"caf-1999\" (see 'assessa-cli frameworks list')\n");
}

TEST_CASE("frameworks validate accepts good files and lists every problem of bad ones", "[cli]") {
    const std::string good = data_dir() + "/frameworks/good/";
    const std::string bad = data_dir() + "/frameworks/bad/";
    auto ok = run_cli({"frameworks", "validate", good + "mini.xml", good + "mini2.xml", good + "mini-to-mini2.xml"});
    CHECK(ok.exit_code == 0);
    CHECK(ok.err.empty());
    CHECK(ok.out.find("valid mapping \"mini--mini2\" (2 links)") != std::string::npos);

    auto ko = run_cli({"frameworks", "validate", good + "mini.xml", bad + "band-gap.xml", bad + "duplicate-code.xml"});
    CHECK(ko.exit_code == 1);
    CHECK(ko.err.find(bad + "band-gap.xml:") != std::string::npos);
    CHECK(ko.err.find(": error: duplicate node code \"1.1\"") != std::string::npos);
    CHECK(ko.out.find("valid framework \"mini\"") != std::string::npos);
}

TEST_CASE("mappings show lists links with strengths and says the mapping is authored", "[cli]") {
    auto r = run_cli({"mappings", "show", "caf-2020", "iso-9001-2015"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Authored mapping") != std::string::npos);
    CHECK(r.out.find("strong") != std::string::npos);
    auto j = run_cli({"mappings", "show", "caf-2020", "iso-9001-2015", "--json"});
    REQUIRE(j.exit_code == 0);
    const auto parsed = nlohmann::json::parse(j.out);
    CHECK(parsed["official"] == false);
    CHECK(parsed["links"].size() >= 28);
    auto none = run_cli({"mappings", "show", "iso-9001-2015", "caf-2020"});
    CHECK(none.exit_code == 1);
}

TEST_CASE("Every command has --help and usage errors exit with 2", "[cli]") {
    for (auto args : std::vector<std::vector<std::string>>{{"--help"},
                                                           {"frameworks", "--help"},
                                                           {"frameworks", "list", "--help"},
                                                           {"frameworks", "show", "--help"},
                                                           {"frameworks", "validate", "--help"},
                                                           {"mappings", "show", "--help"}}) {
        auto r = run_cli(args);
        INFO(args.back());
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("Usage:") != std::string::npos);
    }
    CHECK(run_cli({"frameworks", "frobnicate"}).exit_code == 2);
    CHECK(run_cli({}).exit_code == 2);
    CHECK(run_cli({"frameworks", "show"}).exit_code == 2);
}
