#include <catch2/catch.hpp>

#include "model/project.hpp"
#include "tests/support/test_support.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

using namespace assessa;
using namespace assessa::test;

TEST_CASE("plan show lists the actions, per department too, in text and JSON", "[cli][plan]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);

    auto text = run_cli({"plan", "show", file});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("Improvement plan of cycle 2026: 2027-01-01 to 2029-12-31") != std::string::npos);
    CHECK(text.out.find("Version 1, approved by") != std::string::npos);
    CHECK(text.out.find("A-01  Core indicator set") != std::string::npos);
    CHECK(text.out.find("3 agreed areas for improvement have no action:") != std::string::npos);

    auto js = run_cli({"plan", "show", file, "--json"});
    REQUIRE(js.exit_code == 0);
    const auto j = nlohmann::json::parse(js.out);
    auto p = Project::open(file, Project::Mode::read_only);
    const auto actions = p->actions(p->current_cycle().id);
    REQUIRE(j["actions"].size() == actions.size());
    CHECK(j["actions"][0]["code"] == actions[0].code);
    CHECK(j["actions"][0]["lead"] == "ADM");
    CHECK(j["actions"][0]["caf_nodes"].size() >= 1);
    CHECK(j["actions"][0]["iso_clauses"].size() >= 1);
    CHECK(j["afis_without_action"].size() == 3);

    auto soc = run_cli({"plan", "show", file, "--department", "SOC", "--json"});
    REQUIRE(soc.exit_code == 0);
    const auto s = nlohmann::json::parse(soc.out);
    std::size_t expected = 0;
    const Id soc_id = p->find_department("SOC")->id;
    for (const auto& a : actions)
        if (a.lead_department == soc_id ||
            std::find(a.participating_departments.begin(), a.participating_departments.end(), soc_id) !=
                a.participating_departments.end())
            ++expected;
    CHECK(s["actions"].size() == expected);
    for (const auto& a : s["actions"]) CHECK((a["role"] == "V") == (a["lead"] == "SOC"));

    auto unknown = run_cli({"plan", "show", file, "--department", "XYZ"});
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err == "assessa-cli: error: " + file + ": no department with the code \"XYZ\"\n");
}

TEST_CASE("plan export writes the chosen format and refuses what it cannot write", "[cli][plan]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    for (const char* name : {"actions.xlsx", "actions.csv", "plan.ics"}) {
        auto r = run_cli({"plan", "export", file, "-o", d.file(name), "--date", "2026-11-23"});
        CHECK(r.exit_code == 0);
        CHECK(r.out == "Wrote 32 actions to " + d.file(name) + "\n");
        CHECK(std::filesystem::file_size(d.file(name)) > 1000);
    }
    CHECK(run_cli({"plan", "export", file, "-o", d.file("plan.pdf")}).exit_code == 2);
    CHECK(run_cli({"plan", "export", file, "-o", d.file("plan.ics"), "--date", "yesterday"}).exit_code == 2);
    CHECK(run_cli({"plan", "export", file, "-o", d.file("a.csv"), "--language", "fr"}).exit_code == 2);

    // A project without a plan says so.
    const auto empty = d.file("empty.assessa");
    REQUIRE(run_cli({"new", empty, "--organisation", "X", "--cycle", "2026"}).exit_code == 0);
    auto none = run_cli({"plan", "export", empty, "-o", d.file("b.csv")});
    CHECK(none.exit_code == 1);
    CHECK(none.err == "assessa-cli: error: " + empty + ": cycle 2026 has no improvement plan yet\n");
    CHECK_FALSE(std::filesystem::exists(d.file("b.csv")));
}
