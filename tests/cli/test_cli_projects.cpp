#include <catch2/catch.hpp>

#include "model/cycle_summary.hpp"
#include "model/plan_rules.hpp"
#include "model/plan_views.hpp"
#include "tests/support/test_support.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace assessa;
using namespace assessa::test;

TEST_CASE("new creates a project and refuses to overwrite one", "[cli][projects]") {
    TempDir d;
    const auto file = d.file("vejupis.assessa");
    auto r = run_cli({"new", file, "--organisation", "Vėjupio savivaldybė", "--method", "fine-tuned", "--language", "lt",
                      "--cycle", "2026"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "Created " + file + ": Vėjupio savivaldybė, cycle 2026, framework caf-2020, fine-tuned scoring\n");
    auto again = run_cli({"new", file, "--organisation", "X"});
    CHECK(again.exit_code == 1);
    CHECK(again.err == "assessa-cli: error: " + file + ": the file already exists; choose another name\n");
    CHECK(run_cli({"new", d.file("b.assessa"), "--organisation", "X", "--method", "exotic"}).exit_code == 1);
    CHECK(run_cli({"new", d.file("c.assessa"), "--organisation", "X", "--language", "fr"}).exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(d.file("b.assessa")));
}

TEST_CASE("The demo is a complete self-assessment with disagreement and consensus", "[cli][demo]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    auto r = run_cli({"demo", file, "--language", "lt"});
    REQUIRE(r.exit_code == 0);
    auto p = Project::open(file);
    CHECK(p->organisation().name == "Vėjupio rajono savivaldybės administracija");
    CHECK(p->organisation().language == "lt");
    CHECK(p->departments().size() == 6);
    CHECK(p->members().size() == 10);
    REQUIRE(p->cycles().size() == 2);
    const auto s = summarize(*p, p->current_cycle().id);
    CHECK(s.cycle.method_id == "fine-tuned");
    CHECK(s.consensus_done == 28);
    for (const auto& m : s.members) CHECK(m.completed == 28);
    std::size_t contentious = 0;
    for (const auto& n : s.nodes) {
        INFO(n.code);
        REQUIRE(n.spread);
        CHECK(n.spread->count >= 6);
        if (n.spread->stddev >= 10) ++contentious;
        const auto c = p->consensus(s.cycle.id, n.code);
        CHECK(c.items_of(NoteKind::strength).size() >= 3);
        CHECK(c.items_of(NoteKind::afi).size() >= 1);
        CHECK_FALSE(c.justification.empty());
        CHECK_FALSE(c.items_of(NoteKind::strength)[0]->source_item_ids.empty());
    }
    CHECK(contentious >= 4);
    CHECK(contentious <= 12);
    // The previous cycle gives a comparison.
    const auto before = summarize(*p, p->cycles()[0].id);
    CHECK(before.consensus_done == 28);
    CHECK(*s.consensus.overall > *before.consensus.overall);

    // A realistic approved plan over 2027-2029 built from the agreed AFIs.
    const auto plan = p->plan(s.cycle.id);
    REQUIRE(plan);
    CHECK(plan->approved);
    CHECK(plan->starts_on == "2027-01-01");
    CHECK(plan->ends_on()->to_string() == "2029-12-31");
    const auto actions = p->actions(s.cycle.id);
    CHECK(actions.size() >= 28);
    CHECK(actions.size() <= 34);
    const auto departments = p->departments();
    std::set<Id> leaders;
    std::map<ActionCategory, int> categories;
    for (const auto& a : actions) {
        INFO(a.code);
        CHECK(validate_action(a, *plan, departments).empty());
        CHECK_FALSE(a.afi_ids.empty());
        CHECK_FALSE(a.indicator.empty());
        leaders.insert(*a.lead_department);
        ++categories[category_of(a)];
    }
    CHECK(leaders.size() == 6);
    CHECK(categories[ActionCategory::quick_win] >= 3);
    const auto ctx = plan_context(*p, s.cycle.id);
    CHECK(uncovered_afis(actions, ctx).size() == 3);  // agreed, left for a later plan
}

TEST_CASE("The demo comes out the same every time", "[cli][demo]") {
    TempDir d;
    REQUIRE(run_cli({"demo", d.file("a.assessa")}).exit_code == 0);
    REQUIRE(run_cli({"demo", d.file("b.assessa")}).exit_code == 0);
    REQUIRE(run_cli({"export", d.file("a.assessa"), "-o", d.file("a.xml")}).exit_code == 0);
    REQUIRE(run_cli({"export", d.file("b.assessa"), "-o", d.file("b.xml")}).exit_code == 0);
    CHECK(read_file(d.file("a.xml")) == read_file(d.file("b.xml")));
    CHECK(run_cli({"demo", d.file("c.assessa"), "--language", "zh"}).exit_code == 2);
}

TEST_CASE("summary reports statistics and the agenda in text and JSON", "[cli][projects]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    auto text = run_cli({"summary", file});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("Individual assessments: 280 of 280 complete") != std::string::npos);
    CHECK(text.out.find("Consensus: 28 of 28 subcriteria") != std::string::npos);
    CHECK(text.out.find("Consensus meeting agenda") != std::string::npos);
    CHECK(text.out.find("Compared with cycle 2024") != std::string::npos);

    auto js = run_cli({"summary", file, "--json"});
    REQUIRE(js.exit_code == 0);
    const auto j = nlohmann::json::parse(js.out);
    auto p = Project::open(file, Project::Mode::read_only);
    const auto s = summarize(*p, p->current_cycle().id);
    CHECK(j["nodes"].size() == 28);
    CHECK(j["agenda"][0] == s.agenda[0]);
    CHECK(j["scores"]["overall"].get<double>() == Approx(*s.consensus.overall));
    CHECK(j["nodes"][0]["spread"]["stddev"].get<double>() == Approx(s.nodes[0].spread->stddev));
    CHECK(j["comparison"]["previous_cycle"] == "2024");
    auto old = run_cli({"summary", file, "--cycle", "2024", "--json"});
    CHECK(nlohmann::json::parse(old.out)["cycle"]["method"] == "classical");
    CHECK(run_cli({"summary", file, "--cycle", "1999"}).exit_code == 1);
}

TEST_CASE("export and import round-trip a project exactly through the CLI", "[cli][exchange]") {
    TempDir d;
    REQUIRE(run_cli({"demo", d.file("demo.assessa"), "--language", "lt"}).exit_code == 0);
    REQUIRE(run_cli({"export", d.file("demo.assessa"), "-o", d.file("demo.xml")}).exit_code == 0);
    REQUIRE(run_cli({"new", d.file("copy.assessa"), "--organisation", "Any organisation", "--cycle", "2024", "--method",
                     "classical"})
                .exit_code == 0);
    auto imp = run_cli({"import", d.file("copy.assessa"), d.file("demo.xml")});
    INFO(imp.err);
    REQUIRE(imp.exit_code == 0);
    CHECK(imp.out.find("10 members, 2 cycles") != std::string::npos);
    REQUIRE(run_cli({"export", d.file("copy.assessa"), "-o", d.file("copy.xml")}).exit_code == 0);
    CHECK(read_file(d.file("copy.xml")) == read_file(d.file("demo.xml")));
}

TEST_CASE("A failed import names the problem and leaves the project unchanged", "[cli][exchange]") {
    TempDir d;
    REQUIRE(run_cli({"demo", d.file("demo.assessa")}).exit_code == 0);
    REQUIRE(run_cli({"export", d.file("demo.assessa"), "-o", d.file("before.xml")}).exit_code == 0);
    std::string xml = read_file(d.file("before.xml"));
    // The last score: the surveys after it keep their questionnaires' XML, with its own values, as text.
    const auto pos = xml.rfind("value=\"", xml.find("<surveys>"));
    xml.replace(pos, 9, "value=\"170");
    std::ofstream(d.file("bad.xml")) << xml;
    auto r = run_cli({"import", d.file("demo.assessa"), d.file("bad.xml")});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(d.file("bad.xml") + ":") == 0);
    CHECK(r.err.find("outside the scale 0-100") != std::string::npos);
    CHECK(r.err.find("nothing was imported into " + d.file("demo.assessa")) != std::string::npos);
    REQUIRE(run_cli({"export", d.file("demo.assessa"), "-o", d.file("after.xml")}).exit_code == 0);
    CHECK(read_file(d.file("after.xml")) == read_file(d.file("before.xml")));
    // A project that is not a project: the message names it.
    std::ofstream(d.file("notes.assessa")) << "meeting notes";
    auto bad = run_cli({"summary", d.file("notes.assessa")});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err == "assessa-cli: error: " + d.file("notes.assessa") + ": not an Assessa project file\n");
}
