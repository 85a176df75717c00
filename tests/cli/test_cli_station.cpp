#include <catch2/catch.hpp>

#include "tests/support/test_support.hpp"

#include <filesystem>

using namespace assessa::test;

// A social-work station starts from the command line: it finds the framework's scoring methods
// in 'frameworks show' and gets them named when it asks for one the framework lacks.

TEST_CASE("frameworks show lists a framework's scoring methods and scales", "[station][cli]") {
    const auto station = run_cli({"frameworks", "show", "social-work-station", "--language", "en"});
    REQUIRE(station.exit_code == 0);
    CHECK(station.out.find("Scoring method maturity: Maturity scale, 1-5\n") != std::string::npos);
    CHECK(station.out.find("Scoring method pdca: PDCA phases, 1-5\n") != std::string::npos);
    CHECK(station.out.find("    4.2  Service quality as experienced by clients  [assessable]") != std::string::npos);
    const auto caf = run_cli({"frameworks", "show", "caf-2020", "--language", "en"});
    CHECK(caf.out.find("Scoring method classical: Classical scoring, 0-100\n") != std::string::npos);
}

TEST_CASE("new with a method the framework lacks names the methods it has", "[station][cli]") {
    TempDir dir;
    const std::string file = dir.file("station.assessa");
    const auto bad = run_cli({"new", file, "--framework", "social-work-station", "--method", "classical",
                              "--organisation", "青山镇社会工作服务站"});
    CHECK(bad.exit_code != 0);
    CHECK(bad.err.find("has no scoring method \"classical\" (its methods: maturity, pdca)") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file));
    const auto good = run_cli({"new", file, "--framework", "social-work-station", "--organisation",
                               "青山镇社会工作服务站", "--language", "zh"});
    INFO(good.err);
    CHECK(good.exit_code == 0);
    CHECK(good.out.find("framework social-work-station, maturity scoring") != std::string::npos);
}
