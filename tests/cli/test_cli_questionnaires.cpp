#include <catch2/catch.hpp>

#include "frameworks/questionnaire_loader.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>

using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

// An empty user data folder (XDG_DATA_HOME on POSIX, APPDATA on Windows) for the life of the object.
struct UserData {
    TempDir dir;
    ScopedEnvironment xdg{"XDG_DATA_HOME", dir.path()};
    ScopedEnvironment appdata{"APPDATA", dir.path()};
};

}  // namespace

TEST_CASE("survey questionnaires lists the bundled questionnaires with their ids", "[cli][questionnaire]") {
    UserData user;
    const auto r = run_cli({"survey", "questionnaires", "--language", "en"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    for (const char* row : {"citizens-satisfaction        1        caf-2020 6.1", "staff-satisfaction           1        caf-2020 7.1",
                            "station-client-satisfaction  1        social-work-station 4.2"}) {
        INFO(row);
        CHECK(r.out.find(row) != std::string::npos);
    }
    CHECK(r.out.find("Citizens' satisfaction with municipal services") != std::string::npos);
    CHECK(r.out.find("bundled") != std::string::npos);
    CHECK(r.out.find("user") == std::string::npos);

    const auto zh = run_cli({"survey", "questionnaires", "--language", "zh"});
    CHECK(zh.out.find("社工站服务对象满意度调查") != std::string::npos);
    const auto lt = run_cli({"survey", "questionnaires", "--language", "lt"});
    CHECK(lt.out.find("Darbuotojų pasitenkinimas darbu") != std::string::npos);
}

TEST_CASE("survey questionnaires lists the user's questionnaires and warns about a broken one", "[cli][questionnaire]") {
    UserData user;
    const std::string folder = assessa::user_questionnaires_dir();
    fs::create_directories(folder);
    fs::copy_file(data_dir() + "/questionnaires/good/mini-questionnaire.xml", path_in(folder, "mini.xml"));
    fs::copy_file(data_dir() + "/bad/qn-unknown-dimension.xml", path_in(folder, "broken.xml"));
    const auto r = run_cli({"survey", "questionnaires"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("mini-questionnaire") != std::string::npos);
    CHECK(r.out.find("user") != std::string::npos);
    CHECK(r.out.find("citizens-satisfaction") != std::string::npos);
    const std::string broken = path_in(folder, "broken.xml");
    CHECK(r.err == "warning: " + broken +
                       ":13:4: error: item \"polite\" is in dimension \"courtesy\", which the questionnaire does not define\n"
                       "warning: " + broken + ":11:4: error: dimension \"staff\" has no items\n");
}

TEST_CASE("survey validate accepts good questionnaires and lists every problem of bad ones", "[cli][questionnaire]") {
    const std::string good = data_dir() + "/questionnaires/good/mini-questionnaire.xml";
    const std::string bad = data_dir() + "/bad/qn-bad-weight.xml";
    const auto ok = run_cli({"survey", "validate", good});
    CHECK(ok.exit_code == 0);
    CHECK(ok.err.empty());
    CHECK(ok.out == good + ": valid questionnaire \"mini-questionnaire\" (3 items in 2 dimensions)\n");

    const auto ko = run_cli({"survey", "validate", bad, good});
    CHECK(ko.exit_code == 1);
    CHECK(ko.err.find(bad + ":12:4: error: the weight of item \"hours\"") != std::string::npos);
    CHECK(ko.err.find(bad + ":13:4: error: the weight of item \"polite\"") != std::string::npos);
    CHECK(ko.out.find("valid questionnaire \"mini-questionnaire\"") != std::string::npos);

    CHECK(run_cli({"survey", "validate"}).exit_code == 2);
    CHECK(run_cli({"survey"}).exit_code == 2);
    CHECK(run_cli({"survey", "questionnaires", "--help"}).out.find("Usage:") != std::string::npos);
}
