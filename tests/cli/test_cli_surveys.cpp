#include <catch2/catch.hpp>

#include "tests/support/surveys.hpp"
#include "tests/support/test_support.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

using namespace assessa;
using namespace assessa::test;

namespace {

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// `rows` responses to the staff questionnaire with the item ids as headers, comma-separated.
std::string staff_csv(int rows, const std::string& bad_cell = {}) {
    const auto q = bundled_questionnaire("staff-satisfaction");
    std::string text = "Submitted";
    for (const auto& item : q->items) text.append(",").append(item.id);
    text += "\n";
    for (int r = 0; r < rows; ++r) {
        text += "2026-09-0" + std::to_string(1 + r % 9);
        for (std::size_t i = 0; i < q->items.size(); ++i) {
            const bool bad = !bad_cell.empty() && r == 2 && i == 1;
            text.append(",").append(bad ? bad_cell : std::to_string(q->scale.min + (r + static_cast<int>(i)) % 3));
        }
        text += "\n";
    }
    return text;
}

}  // namespace

TEST_CASE("survey questionnaires, import and show work from a new project", "[cli][survey]") {
    TempDir d;
    const auto project = d.file("new.assessa");
    REQUIRE(run_cli({"new", project, "--framework", "caf-2020", "--organisation", "Test"}).exit_code == 0);

    const auto list = run_cli({"survey", "questionnaires"});
    CHECK(list.exit_code == 0);
    CHECK(list.out.find("citizens-satisfaction") != std::string::npos);
    CHECK(list.out.find("staff-satisfaction") != std::string::npos);

    const auto empty = run_cli({"survey", "show", project});
    CHECK(empty.exit_code == 0);
    CHECK(empty.out == "No survey\n");

    write_text(d.file("staff.csv"), staff_csv(9));
    const auto imported = run_cli({"survey", "import", project, d.file("staff.csv"), "--questionnaire",
                                   "staff-satisfaction", "--date", "2026-09-30", "--title", "Staff 2026"});
    INFO(imported.err);
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find("Imported \"Staff 2026\": 9 responses") != std::string::npos);

    const auto shown = run_cli({"survey", "show", project});
    CHECK(shown.exit_code == 0);
    CHECK(shown.out.find("Survey 1: Staff 2026 (2026-09-30)") != std::string::npos);
    CHECK(shown.out.find("Respondents: 9; satisfaction index: ") != std::string::npos);
    CHECK(shown.out.find("Weakest items:") != std::string::npos);

    const auto json = run_cli({"survey", "show", project, "--json"});
    REQUIRE(json.exit_code == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    REQUIRE(parsed.size() == 1);
    CHECK(parsed[0]["respondents"] == 9);
    CHECK(parsed[0]["questionnaire"]["evidence_for"] == "7.1");
    CHECK(parsed[0]["items"].size() == bundled_questionnaire("staff-satisfaction")->items.size());
    CHECK(parsed[0]["index"].is_number());
}

TEST_CASE("survey import refuses a broken file with its line, exits non-zero and changes nothing", "[cli][survey]") {
    TempDir d;
    const auto project = d.file("new.assessa");
    REQUIRE(run_cli({"new", project, "--framework", "caf-2020", "--organisation", "Test"}).exit_code == 0);
    write_text(d.file("bad.csv"), staff_csv(5, "99"));
    const auto bad = run_cli({"survey", "import", project, d.file("bad.csv"), "--questionnaire", "staff-satisfaction"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find(d.file("bad.csv") + ":4") != std::string::npos);
    CHECK(bad.err.find("nothing imported") != std::string::npos);
    CHECK(run_cli({"survey", "show", project}).out == "No survey\n");

    const auto unknown = run_cli({"survey", "import", project, d.file("bad.csv"), "--questionnaire", "no-such"});
    CHECK(unknown.exit_code == 2);
    const auto separator = run_cli({"survey", "import", project, d.file("bad.csv"), "--questionnaire",
                                    "staff-satisfaction", "--separator", "|"});
    CHECK(separator.exit_code == 2);
    const auto remove = run_cli({"survey", "remove", project, "7"});
    CHECK(remove.exit_code == 2);
}
