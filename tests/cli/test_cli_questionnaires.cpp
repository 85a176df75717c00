#include <catch2/catch.hpp>

#include "frameworks/questionnaire_loader.hpp"
#include "model/platform/platform.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>
#include <sstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

// An empty user data folder (XDG_DATA_HOME on POSIX, APPDATA on Windows) for the life of the object.
struct UserData {
    TempDir dir;
    ScopedEnvironment xdg{"XDG_DATA_HOME", dir.path()};
    ScopedEnvironment appdata{"APPDATA", dir.path()};
};

// The table row that starts with `id`, empty when there is none.
std::string line_of(const std::string& table, const std::string& id) {
    std::istringstream lines(table);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(id + " ", 0) == 0) return line;
    return {};
}

// The first `count` words of that row (the file path at its end may hold spaces).
std::vector<std::string> row_of(const std::string& table, const std::string& id, std::size_t count = 5) {
    std::istringstream words(line_of(table, id));
    std::vector<std::string> row;
    for (std::string w; row.size() < count && words >> w;) row.push_back(w);
    return row;
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

TEST_CASE("survey questionnaires lists the bundled questionnaires with their ids", "[cli][questionnaire]") {
    UserData user;
    const auto r = run_cli({"survey", "questionnaires", "--language", "en"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(row_of(r.out, "citizens-satisfaction", 11) ==
          std::vector<std::string>{"citizens-satisfaction", "1", "caf-2020", "6.1", "17", "Citizens'", "satisfaction", "with",
                                   "municipal", "services", "bundled"});
    CHECK(ends_with(line_of(r.out, "citizens-satisfaction"),
                    "  " + path_in(bundled_questionnaires_dir(), "citizens-satisfaction.xml")));
    CHECK(row_of(r.out, "staff-satisfaction").at(3) == "7.1");
    CHECK(row_of(r.out, "station-client-satisfaction").at(2) == "social-work-station");
    CHECK(row_of(r.out, "station-client-satisfaction").at(4) == "12");
    CHECK(r.out.find("mini-questionnaire") == std::string::npos);

    const auto zh = run_cli({"survey", "questionnaires", "--language", "zh"});
    CHECK(row_of(zh.out, "station-client-satisfaction", 6).at(5) == "社工站服务对象满意度调查");
    const auto lt = run_cli({"survey", "questionnaires", "--language", "lt"});
    CHECK(lt.out.find("Darbuotojų pasitenkinimas darbu") != std::string::npos);
}

TEST_CASE("survey questionnaires lists the user's questionnaires and warns about a broken one", "[cli][questionnaire]") {
    UserData user;
    const std::string folder = user_questionnaires_dir();
    fs::create_directories(platform::utf8_path(folder));
    fs::copy_file(data_dir() + "/questionnaires/good/mini-questionnaire.xml", platform::utf8_path(path_in(folder, "mini.xml")));
    fs::copy_file(data_dir() + "/bad/qn-unknown-dimension.xml", platform::utf8_path(path_in(folder, "broken.xml")));
    const auto r = run_cli({"survey", "questionnaires"});
    CHECK(r.exit_code == 0);
    CHECK(row_of(r.out, "mini-questionnaire", 8) ==
          std::vector<std::string>{"mini-questionnaire", "2026.1", "mini", "2.1", "3", "Mini", "survey", "user"});
    CHECK(ends_with(line_of(r.out, "mini-questionnaire"), "  " + path_in(folder, "mini.xml")));
    CHECK(row_of(r.out, "citizens-satisfaction", 11).at(10) == "bundled");
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
