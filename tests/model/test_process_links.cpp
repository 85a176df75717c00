#include <catch2/catch.hpp>

#include "exports/exchange_format.hpp"
#include "model/consensus_edits.hpp"
#include "model/cycle_summary.hpp"
#include "model/iso_view.hpp"
#include "model/plan_edits.hpp"
#include "model/process_edits.hpp"
#include "tests/support/project_fixture.hpp"

using namespace assessa;
using namespace assessa::test;

namespace {

// A CAF project with two processes and a plan whose action names the first.
struct LinkFixture : ProjectFixture {
    Id adm = 0, first = 0, second = 0, afi = 0, action = 0;

    LinkFixture() : ProjectFixture("caf-2020") {
        adm = project->add_department({0, "ADM", "Administration", ""});
        Process a;
        a.code = "P-01";
        a.name = "Citizen services";
        a.iso_clauses = {"4.4", "8.2"};
        a.improvement_goals = {"Answers by SMS", "Shorter queues"};
        first = project->add_process(a);
        Process b;
        b.code = "P-02";
        b.name = "Budget";
        b.kind = ProcessKind::support;
        b.iso_clauses = {"8.4.1"};
        second = project->add_process(b);
        afi = project->add_consensus_item(cycle, "5.1", NoteKind::afi, "Processes are not reviewed", {});
        ImprovementPlan plan;
        plan.cycle_id = cycle;
        plan.starts_on = "2027-01-01";
        plan.horizon_years = 2;
        project->set_plan(plan);
        ImprovementAction x;
        x.code = "A-01";
        x.title = "Review the processes";
        x.lead_department = adm;
        x.afi_ids = {afi};
        x.process_ids = {first};
        x.starts_on = "2027-02-01";
        x.due_on = "2027-06-30";
        action = project->add_action(cycle, x);
    }
};

}  // namespace

TEST_CASE("An improvement action names the processes it changes", "[processes][plan]") {
    LinkFixture f;
    CHECK(f.project->action(f.action).process_ids == std::vector<Id>{f.first});
    ImprovementAction a = f.project->action(f.action);
    a.process_ids = {f.second, f.first};
    f.project->update_action(a);
    // Kept in register order.
    CHECK(f.project->action(f.action).process_ids == std::vector<Id>{f.first, f.second});
    CHECK(f.project->actions_naming(f.second) == std::vector<Id>{f.action});

    a.process_ids = {f.first, 999};
    try {
        f.project->update_action(a);
        FAIL("an unknown process was accepted");
    } catch (const InvalidEdit& e) {
        CHECK(std::string(e.what()).find("action A-01: no process with id 999") != std::string::npos);
    }
    CHECK(f.project->action(f.action).process_ids == std::vector<Id>{f.first, f.second});

    // Removing the process takes it out of the action; undoing puts the link back.
    EditHistory h(*f.project);
    h.perform(edit_remove_process(*f.project, f.second));
    CHECK(f.project->action(f.action).process_ids == std::vector<Id>{f.first});
    h.undo();
    CHECK(f.project->action(f.action).process_ids == std::vector<Id>{f.first, f.second});
}

TEST_CASE("A process's improvement goal is raised as an agreed AFI, and undone", "[processes][undo]") {
    LinkFixture f;
    EditHistory h(*f.project);
    h.perform(edit_raise_process_goal(*f.project, f.cycle, f.first, 1));
    auto items = f.project->consensus(f.cycle, "5.1").items;
    REQUIRE(items.size() == 2);
    CHECK(items[1].kind == NoteKind::afi);
    CHECK(items[1].text == "P-01 Citizen services: Shorter queues");
    h.undo();
    CHECK(f.project->consensus(f.cycle, "5.1").items.size() == 1);
    CHECK_THROWS_AS(edit_raise_process_goal(*f.project, f.cycle, f.first, 2), InvalidEdit);
    CHECK_THROWS_AS(edit_raise_process_goal(*f.project, f.cycle, f.first, 0, "11.9"), InvalidEdit);
}

TEST_CASE("The ISO 9001 view lists per clause the processes claiming it and flags the uncovered process clauses",
          "[processes][iso]") {
    LinkFixture f;
    const auto view = iso_view(*f.project, summarize(*f.project, f.cycle));
    REQUIRE(view);
    CHECK(view->find("4.4")->processes == std::vector<Id>{f.first});
    CHECK_FALSE(view->find("4.4")->needs_process);
    CHECK(view->find("8.4")->processes == std::vector<Id>{f.second});
    CHECK(view->find("8")->processes == std::vector<Id>{f.first, f.second});
    CHECK(view->find("8.5")->processes.empty());
    CHECK(view->find("8.5")->needs_process);
    CHECK_FALSE(view->find("7.5")->needs_process);
}

TEST_CASE("An exchange file carries the processes an action names", "[processes][exchange]") {
    LinkFixture f;
    const std::string xml = export_exchange_text(*f.project);
    CHECK(xml.find("processes=\"P-01\"") != std::string::npos);
    ProjectFixture g("caf-2020");
    const auto result = import_exchange_text(*g.project, "links.xml", xml);
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(export_exchange_text(*g.project) == xml);
    const auto actions = g.project->actions(g.project->current_cycle().id);
    REQUIRE(actions.size() == 1);
    REQUIRE(actions[0].process_ids.size() == 1);
    CHECK(g.project->process(actions[0].process_ids[0]).code == "P-01");

    // An action naming a process neither the file nor the project has is refused, with its place.
    std::string bad = xml;
    bad.replace(bad.find("processes=\"P-01\""), 16, "processes=\"P-77\"");
    const auto refused = import_exchange_text(*g.project, "bad-links.xml", bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(to_string(refused.errors).find("bad-links.xml:") == 0);
    CHECK(to_string(refused.errors).find("no process with the code \"P-77\" in the file or the project") != std::string::npos);
    CHECK(export_exchange_text(*g.project) == xml);
}
