#include <catch2/catch.hpp>

#include "model/plan_edits.hpp"
#include "tests/support/project_fixture.hpp"

using namespace assessa;
using namespace assessa::test;

namespace {

// A plan of 2 years from 2027-01-01 with two departments, one agreed AFI and two actions.
struct PlanEditFixture : ProjectFixture {
    Id adm = 0, fin = 0, afi = 0, first = 0, second = 0;

    PlanEditFixture() {
        adm = project->add_department({0, "ADM", "Administration", ""});
        fin = project->add_department({0, "FIN", "Finance", ""});
        afi = project->add_consensus_item(cycle, "1.1", NoteKind::afi, "No review of the vision", {});
        ImprovementPlan plan;
        plan.cycle_id = cycle;
        plan.starts_on = "2027-01-01";
        plan.horizon_years = 2;
        project->set_plan(plan);
        first = project->add_action(cycle, action("A-01", "2027-02-01", "2027-06-30"));
        second = project->add_action(cycle, action("A-02", "2027-03-01", "2027-09-30"));
    }

    ImprovementAction action(const std::string& code, const std::string& start, const std::string& due) const {
        ImprovementAction a;
        a.code = code;
        a.title = "Action " + code;
        a.lead_department = adm;
        a.participating_departments = {fin};
        a.afi_ids = {afi};
        a.starts_on = start;
        a.due_on = due;
        a.milestones = {{0, "Draft", "2027-04-01", false}};
        return a;
    }

    std::vector<std::string> codes() const {
        std::vector<std::string> out;
        for (const auto& a : project->actions(cycle)) out.push_back(a.code);
        return out;
    }

    // What a user sees of an action, without the ids the store gives.
    static ImprovementAction content(ImprovementAction a) {
        a.id = 0;
        for (auto& m : a.milestones) m.id = 0;
        for (auto& h : a.history) h.id = 0;
        return a;
    }
};

}  // namespace

TEST_CASE("Adding an action is undone and redone", "[plan][edits]") {
    PlanEditFixture f;
    EditHistory h(*f.project);
    h.perform(edit_add_action(f.cycle, f.action("A-03", "2027-03-01", "2027-07-01")));
    CHECK(f.codes() == std::vector<std::string>{"A-01", "A-02", "A-03"});
    h.undo();
    CHECK(f.codes() == std::vector<std::string>{"A-01", "A-02"});
    h.redo();
    CHECK(f.codes() == std::vector<std::string>{"A-01", "A-02", "A-03"});
    CHECK(f.project->actions(f.cycle).back().afi_ids == std::vector<Id>{f.afi});
}

TEST_CASE("Editing, re-rating and moving an action in time are undone", "[plan][edits]") {
    PlanEditFixture f;
    EditHistory h(*f.project);
    ImprovementAction a = f.project->action(f.first);
    a.title = "Review the vision every year";
    h.perform(edit_update_action(*f.project, a));
    CHECK(f.project->action(f.first).title == "Review the vision every year");

    h.perform(edit_rate_action(*f.project, f.first, 5, 2));
    CHECK(f.project->action(f.first).impact == 5);
    CHECK(f.project->action(f.first).feasibility == 2);

    h.perform(edit_shift_action(*f.project, f.first, 14));
    CHECK(f.project->action(f.first).starts_on == "2027-02-15");
    CHECK(f.project->action(f.first).due_on == "2027-07-14");
    CHECK(f.project->action(f.first).milestones.at(0).due_on == "2027-04-15");

    h.undo();
    CHECK(f.project->action(f.first).starts_on == "2027-02-01");
    CHECK(f.project->action(f.first).milestones.at(0).due_on == "2027-04-01");
    h.undo();
    CHECK(f.project->action(f.first).impact == 3);
    h.undo();
    CHECK(f.project->action(f.first).title == "Action A-01");
    h.redo();
    CHECK(f.project->action(f.first).title == "Review the vision every year");
}

TEST_CASE("Deleting an action is undone with its status history and place", "[plan][edits]") {
    PlanEditFixture f;
    f.project->set_action_status(f.first, ActionStatus::in_progress, 40, "Started", "Rasa", "2027-03-01");
    const ImprovementAction before = f.project->action(f.first);
    EditHistory h(*f.project);
    h.perform(edit_remove_action(*f.project, f.first));
    CHECK(f.codes() == std::vector<std::string>{"A-02"});
    h.undo();
    CHECK(f.codes() == std::vector<std::string>{"A-01", "A-02"});
    const ImprovementAction back = f.project->actions(f.cycle).front();
    CHECK(PlanEditFixture::content(back) == PlanEditFixture::content(before));
    // The edits made before the removal still find the action under its new id.
    CHECK(action_id_now(h.ids(), f.first) == back.id);
    h.redo();
    CHECK(f.codes() == std::vector<std::string>{"A-02"});
    h.undo();
    CHECK(f.codes() == std::vector<std::string>{"A-01", "A-02"});
}

TEST_CASE("A status change with its comment is recorded and undone", "[plan][edits]") {
    PlanEditFixture f;
    EditHistory h(*f.project);
    ImprovementAction a = f.project->action(f.second);
    a.title = "Survey of residents";
    h.perform(edit_update_action(*f.project, a));
    h.perform(edit_action_status(*f.project, f.second, ActionStatus::done, 60, "Survey published", "Rasa", "2027-09-01"));
    ImprovementAction now = f.project->action(action_id_now(h.ids(), f.second));
    CHECK(now.status == ActionStatus::done);
    CHECK(now.progress == 100);
    REQUIRE(now.history.size() == 2);
    CHECK(now.history.back().comment == "Survey published");
    CHECK(now.history.back().changed_by == "Rasa");

    f.project->approve_plan(f.cycle, "Director", "2027-09-02", "");
    h.undo();
    now = f.project->action(action_id_now(h.ids(), f.second));
    CHECK(now.status == ActionStatus::planned);
    CHECK(now.history.size() == 1);
    // Progress reports are not changes to the approved plan, and neither is taking one back.
    CHECK(f.project->plan(f.cycle)->approved);
    CHECK(f.codes() == std::vector<std::string>{"A-01", "A-02"});
    // The title edit made before still applies to the action under its new id.
    h.undo();
    CHECK(f.project->actions(f.cycle).back().title == "Action A-02");
    h.redo();
    h.redo();
    now = f.project->actions(f.cycle).back();
    CHECK(now.title == "Survey of residents");
    CHECK(now.status == ActionStatus::done);
}

TEST_CASE("Moving an action in the priority order is undone", "[plan][edits]") {
    PlanEditFixture f;
    EditHistory h(*f.project);
    h.perform(edit_move_action(*f.project, f.second, 0));
    CHECK(f.codes() == std::vector<std::string>{"A-02", "A-01"});
    h.undo();
    CHECK(f.codes() == std::vector<std::string>{"A-01", "A-02"});
}

TEST_CASE("Refused plan edits change nothing and leave the history as it was", "[plan][edits]") {
    PlanEditFixture f;
    EditHistory h(*f.project);
    const auto before = f.project->actions(f.cycle);

    ImprovementAction bad = f.project->action(f.first);
    bad.due_on = "2026-12-01";  // before its start and the plan
    CHECK_THROWS_AS(h.perform(edit_update_action(*f.project, bad)), InvalidEdit);
    // Past the end of the 2027-2028 horizon.
    CHECK_THROWS_AS(h.perform(edit_shift_action(*f.project, f.second, 500)), InvalidEdit);
    CHECK_THROWS_AS(h.perform(edit_rate_action(*f.project, f.first, 6, 3)), InvalidEdit);
    CHECK_THROWS_AS(h.perform(edit_move_action(*f.project, f.first, 5)), InvalidEdit);
    CHECK_THROWS_AS(h.perform(edit_action_status(*f.project, f.first, ActionStatus::in_progress, 120, "", "", "2027-03-01")),
                    InvalidEdit);
    ImprovementAction no_leader = f.action("A-09", "2027-02-01", "2027-03-01");
    no_leader.lead_department.reset();
    CHECK_THROWS_AS(h.perform(edit_add_action(f.cycle, no_leader)), InvalidEdit);
    CHECK_THROWS_AS(edit_remove_action(*f.project, 9999), InvalidEdit);

    CHECK(f.project->actions(f.cycle) == before);
    CHECK_FALSE(h.can_undo());
}

TEST_CASE("Creating the plan from an empty start is one edit that undo removes", "[plan][edits][empty-start]") {
    ProjectFixture f;
    EditHistory h(*f.project);
    NewPlan spec{f.cycle, "2027-01-01", 2, " Head of administration "};
    h.perform(edit_create_plan(*f.project, spec));
    CHECK(h.next_undo()->label == "Create the improvement plan");
    h.undo();
    CHECK_FALSE(f.project->plan(f.cycle));
    h.redo();
    f.reopen(Project::Mode::read_only);
    auto plan = f.project->plan(f.cycle);
    REQUIRE(plan);
    CHECK(plan->starts_on == "2027-01-01");
    CHECK(plan->horizon_years == 2);
    CHECK(plan->version == 1);
    CHECK_FALSE(plan->approved);
    CHECK(plan->approved_by == "Head of administration");
    CHECK(plan->ends_on()->to_string() == "2028-12-31");
}

TEST_CASE("A plan that cannot be created is refused with every reason", "[plan][edits][empty-start]") {
    ProjectFixture f;
    auto message = [&](const NewPlan& spec) {
        try {
            edit_create_plan(*f.project, spec);
        } catch (const InvalidEdit& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK(message({f.cycle, "2027-02-30", 4, ""}) ==
          "the plan's start \"2027-02-30\" is not a date in the form 2027-01-01\nthe plan covers 2 or 3 years, not 4");
    CHECK(message({f.cycle, "2027-01-01", 2, "A\nB"}) == "the name of who approves the plan must be on one line");
    CHECK_THROWS_AS(edit_create_plan(*f.project, {f.cycle + 99, "2027-01-01", 2, ""}), InvalidEdit);
    f.project->create_plan(draft_plan({f.cycle, "2027-01-01", 2, ""}));
    CHECK(message({f.cycle, "2027-01-01", 3, ""}) == "cycle 2026 already has an improvement plan");
    CHECK_THROWS_AS(f.project->create_plan(draft_plan({f.cycle, "2027-01-01", 3, ""})), InvalidEdit);
    CHECK(f.project->plan(f.cycle)->horizon_years == 2);
}

TEST_CASE("A new plan starts on 1 January after the consensus is complete", "[plan][empty-start]") {
    Cycle c;
    CHECK(default_plan_start(c, {2026, 11, 23}) == CalendarDate{2027, 1, 1});
    CHECK(default_plan_start(c, {2026, 1, 1}) == CalendarDate{2027, 1, 1});
    c.approved_on = "2025-12-30";  // the report approved: the consensus was complete then
    CHECK(default_plan_start(c, {2026, 3, 1}) == CalendarDate{2026, 1, 1});
}

TEST_CASE("New actions get the next free code", "[plan]") {
    std::vector<ImprovementAction> actions;
    CHECK(next_action_code(actions) == "A-01");
    actions.resize(2);
    actions[0].code = "A-03";
    actions[1].code = "X";
    CHECK(next_action_code(actions) == "A-04");
}
