#include <catch2/catch.hpp>

#include "model/plan_rules.hpp"
#include "model/plan_views.hpp"
#include "tests/support/project_fixture.hpp"

using namespace assessa;
using namespace assessa::test;

namespace {

// A project on the mini framework (1.1 maps strongly to clause A, 2.1 weakly to B) with three
// departments, an agreed AFI on each node and a plan of 2 years from 2027-01-01.
struct PlanFixture : ProjectFixture {
    Id adm = 0, fin = 0, it = 0;
    Id afi_11 = 0, afi_21 = 0, afi_11b = 0;

    PlanFixture() {
        adm = project->add_department({0, "ADM", "Administration", ""});
        fin = project->add_department({0, "FIN", "Finance", ""});
        it = project->add_department({0, "IT", "IT", ""});
        afi_11 = project->add_consensus_item(cycle, "1.1", NoteKind::afi, "No review of the vision", {});
        afi_11b = project->add_consensus_item(cycle, "1.1", NoteKind::afi, "Values not explained", {});
        afi_21 = project->add_consensus_item(cycle, "2.1", NoteKind::afi, "No resident survey", {});
        ImprovementPlan plan;
        plan.cycle_id = cycle;
        plan.starts_on = "2027-01-01";
        plan.horizon_years = 2;
        project->set_plan(plan);
    }

    ImprovementAction action(const std::string& code, Id lead, const std::string& start, const std::string& due) const {
        ImprovementAction a;
        a.code = code;
        a.title = "Action " + code;
        a.lead_department = lead;
        a.starts_on = start;
        a.due_on = due;
        return a;
    }

    ImprovementPlan plan() const { return *project->plan(cycle); }
};

std::vector<std::string> codes_of(const std::vector<Id>& ids, const Project& p, Id cycle) {
    std::vector<std::string> codes;
    for (Id id : ids)
        for (const auto& a : p.actions(cycle))
            if (a.id == id) codes.push_back(a.code);
    return codes;
}

}  // namespace

TEST_CASE("The category follows impact, feasibility and duration unless overridden", "[plan]") {
    CHECK(derive_category(5, 5, "2027-01-01", "2027-04-01") == ActionCategory::quick_win);
    CHECK(derive_category(4, 4, "2027-01-31", "2027-04-30") == ActionCategory::quick_win);  // 3 months to the day
    CHECK(derive_category(4, 4, "2027-01-01", "2027-04-02") == ActionCategory::key_action);  // a day too long
    CHECK(derive_category(5, 3, "2027-01-01", "2027-02-01") == ActionCategory::key_action);  // not easy enough
    CHECK(derive_category(4, 5, "", "") == ActionCategory::key_action);                    // no dates, no quick win
    CHECK(derive_category(3, 5, "2027-01-01", "2027-02-01") == ActionCategory::project);
    CHECK(derive_category(2, 5, "2027-01-01", "2027-02-01") == ActionCategory::later);
    CHECK(derive_category(1, 1, "2027-01-01", "2029-02-01") == ActionCategory::later);

    ImprovementAction a;
    a.impact = 2;
    a.feasibility = 2;
    CHECK(category_of(a) == ActionCategory::later);
    a.category_override = ActionCategory::key_action;
    CHECK(category_of(a) == ActionCategory::key_action);
}

TEST_CASE("Action validation names every problem", "[plan]") {
    ImprovementPlan plan;
    plan.starts_on = "2027-01-01";
    plan.horizon_years = 2;
    const std::vector<Department> departments{{1, "ADM", "Administration", ""}, {2, "FIN", "Finance", ""}};
    ImprovementAction a;
    a.code = "A-07";
    a.title = "Dashboard";
    a.lead_department = 1;
    a.starts_on = "2027-03-01";
    a.due_on = "2027-06-30";
    CHECK(validate_action(a, plan, departments).empty());

    SECTION("due before start") {
        a.due_on = "2027-02-01";
        CHECK(validate_action(a, plan, departments) ==
              std::vector<std::string>{"action A-07: due 2027-02-01 is before its start 2027-03-01"});
    }
    SECTION("dates outside the horizon") {
        a.starts_on = "2026-12-31";
        a.due_on = "2029-01-01";
        CHECK(validate_action(a, plan, departments) ==
              std::vector<std::string>{
                  "action A-07: the start 2026-12-31 is outside the plan (2027-01-01 \u2013 2028-12-31)",
                  "action A-07: the due date 2029-01-01 is outside the plan (2027-01-01 \u2013 2028-12-31)"});
    }
    SECTION("no leading department") {
        a.lead_department.reset();
        CHECK(validate_action(a, plan, departments) == std::vector<std::string>{"action A-07 needs a leading department (V)"});
    }
    SECTION("unknown departments") {
        a.lead_department = 9;
        a.participating_departments = {2, 8};
        CHECK(validate_action(a, plan, departments) ==
              std::vector<std::string>{"action A-07: the leading department (id 9) does not exist",
                                       "action A-07: a participating department (id 8) does not exist"});
    }
    SECTION("milestones outside the action, values out of range") {
        a.milestones = {{0, "Kick-off", "2027-02-01", false}};
        a.impact = 0;
        a.progress = 101;
        CHECK(validate_action(a, plan, departments) ==
              std::vector<std::string>{"action A-07: impact must be from 1 to 5, not 0",
                                       "action A-07: progress must be from 0 to 100 %, not 101",
                                       "action A-07: milestone \"Kick-off\" on 2027-02-01 is outside the action "
                                       "(2027-03-01 \u2013 2027-06-30)"});
    }
    plan.horizon_years = 4;
    CHECK(validate_plan(plan) == std::vector<std::string>{"the plan covers 2 or 3 years, not 4"});
}

TEST_CASE("The store refuses invalid actions and keeps the plan unchanged", "[plan][store]") {
    PlanFixture f;
    auto a = f.action("A-01", f.adm, "2027-02-01", "2027-01-15");
    CHECK_THROWS_WITH(f.project->add_action(f.cycle, a), "action A-01: due 2027-01-15 is before its start 2027-02-01");
    CHECK(f.project->actions(f.cycle).empty());
    a.due_on = "2027-05-01";
    a.afi_ids = {f.afi_11};
    f.project->add_action(f.cycle, a);
    CHECK_THROWS_WITH(f.project->add_action(f.cycle, a), "there is already an action A-01 in this plan");
    auto b = f.action("A-02", f.fin, "2027-02-01", "2027-03-01");
    b.afi_ids = {9999};
    CHECK_THROWS_WITH(f.project->add_action(f.cycle, b),
                      "action A-02: item 9999 is not an agreed area for improvement of this cycle");
    // The plan cannot shrink under its actions, and a leading department cannot go.
    ImprovementPlan later = f.plan();
    later.starts_on = "2027-03-01";
    CHECK_THROWS(f.project->set_plan(later));
    CHECK(f.plan().starts_on == "2027-01-01");
    CHECK_THROWS_AS(f.project->remove_department(f.adm), InvalidEdit);
    CHECK(f.project->departments().size() == 3);
}

TEST_CASE("Changing an approved plan makes it a draft of the next version but progress reports do not", "[plan][store]") {
    PlanFixture f;
    const Id a = f.project->add_action(f.cycle, f.action("A-01", f.adm, "2027-02-01", "2027-05-01"));
    f.project->approve_plan(f.cycle, "Director", "2026-12-15", "Approved by the board");
    CHECK(f.plan().approved);
    CHECK(f.plan().version == 1);

    f.project->set_action_status(a, ActionStatus::in_progress, 30, "Started", "Rūta", "2027-02-10");
    f.project->set_action_status(a, ActionStatus::done, 50, "Finished early", "Rūta", "2027-04-20");
    CHECK(f.plan().approved);
    const auto done = f.project->action(a);
    CHECK(done.status == ActionStatus::done);
    CHECK(done.progress == 100);  // done means done
    REQUIRE(done.history.size() == 3);
    CHECK(done.history[1] == StatusChange{done.history[1].id, "2027-02-10", ActionStatus::in_progress, 30, "Started", "Rūta"});
    CHECK(done.history[2].comment == "Finished early");
    CHECK_THROWS(f.project->set_action_status(a, ActionStatus::in_progress, 130, "", "", "2027-05-01"));
    CHECK(f.project->action(a).history.size() == 3);

    auto changed = f.project->action(a);
    changed.title = "Renamed";
    f.project->update_action(changed);
    CHECK_FALSE(f.plan().approved);
    CHECK(f.plan().version == 2);
    f.project->approve_plan(f.cycle, "Director", "2027-05-02", "");
    f.project->add_action(f.cycle, f.action("A-02", f.fin, "2027-06-01", "2027-09-30"));
    CHECK(f.plan().version == 3);

    f.reopen();
    CHECK(f.project->action(a).title == "Renamed");
    CHECK(f.plan().version == 3);
}

TEST_CASE("Plan views by department, quarter, criterion and ISO clause", "[plan][views]") {
    PlanFixture f;
    auto a1 = f.action("A-01", f.adm, "2027-01-15", "2027-05-10");  // Q1-Q2 2027
    a1.participating_departments = {f.it};
    a1.afi_ids = {f.afi_11};
    a1.impact = 5;
    a1.feasibility = 4;
    auto a2 = f.action("A-02", f.fin, "2027-06-01", "2028-03-31");  // Q2 2027 - Q1 2028
    a2.participating_departments = {f.adm, f.it};
    a2.afi_ids = {f.afi_21};
    auto a3 = f.action("A-03", f.it, "2028-10-01", "2028-12-31");  // Q4 2028
    a3.afi_ids = {f.afi_11b};
    a3.iso_clauses = std::vector<std::string>{"B"};
    a3.impact = 2;
    a3.feasibility = 5;
    auto& p = *f.project;
    p.add_action(f.cycle, a1);
    p.add_action(f.cycle, a2);
    const Id third = p.add_action(f.cycle, a3);
    const auto plan = f.plan();
    const auto actions = p.actions(f.cycle);
    const auto ctx = plan_context(p, f.cycle);

    const auto quarters = plan_quarters(plan);
    REQUIRE(quarters.size() == 8);
    CHECK(quarters.front().label() == "2027 Q1");
    CHECK(quarters.back().label() == "2028 Q4");

    const auto by_dept = actions_by_department(actions, p.departments());
    REQUIRE(by_dept.size() == 3);
    CHECK(codes_of(by_dept[0].leads, p, f.cycle) == std::vector<std::string>{"A-01"});
    CHECK(codes_of(by_dept[0].takes_part, p, f.cycle) == std::vector<std::string>{"A-02"});
    CHECK(codes_of(by_dept[2].leads, p, f.cycle) == std::vector<std::string>{"A-03"});
    CHECK(codes_of(by_dept[2].takes_part, p, f.cycle) == std::vector<std::string>{"A-01", "A-02"});

    const auto by_quarter = actions_by_quarter(plan, actions);
    CHECK(codes_of(by_quarter[0].actions, p, f.cycle) == std::vector<std::string>{"A-01"});
    CHECK(codes_of(by_quarter[1].actions, p, f.cycle) == std::vector<std::string>{"A-01", "A-02"});
    CHECK(codes_of(by_quarter[4].actions, p, f.cycle) == std::vector<std::string>{"A-02"});
    CHECK(by_quarter[5].actions.empty());
    CHECK(codes_of(by_quarter[7].actions, p, f.cycle) == std::vector<std::string>{"A-03"});
    const auto by_year = actions_by_year(plan, actions);
    CHECK(codes_of(by_year.at(2027), p, f.cycle) == std::vector<std::string>{"A-01", "A-02"});
    CHECK(codes_of(by_year.at(2028), p, f.cycle) == std::vector<std::string>{"A-02", "A-03"});

    const auto load = department_load(plan, actions, p.departments());
    // IT: takes part in A-01 (Q1, Q2 2027) and A-02 (Q2 2027 - Q1 2028), leads A-03 (Q4 2028).
    CHECK(load[2].participating == std::vector<int>{1, 2, 1, 1, 1, 0, 0, 0});
    CHECK(load[2].leading == std::vector<int>{0, 0, 0, 0, 0, 0, 0, 1});

    const auto by_criterion = actions_by_criterion(actions, ctx);
    CHECK(codes_of(by_criterion.at("1"), p, f.cycle) == std::vector<std::string>{"A-01", "A-03"});
    CHECK(codes_of(by_criterion.at("2"), p, f.cycle) == std::vector<std::string>{"A-02"});
    // 1.1 maps strongly to A; 2.1 only weakly to B, too loose to derive; A-03 chose B by hand.
    CHECK(iso_clauses_of(actions[0], ctx) == std::vector<std::string>{"A"});
    CHECK(iso_clauses_of(actions[1], ctx).empty());
    CHECK(iso_clauses_of(actions[2], ctx) == std::vector<std::string>{"B"});
    const auto by_clause = actions_by_iso_clause(actions, ctx);
    CHECK(codes_of(by_clause.at("A"), p, f.cycle) == std::vector<std::string>{"A-01"});
    CHECK(codes_of(by_clause.at("B"), p, f.cycle) == std::vector<std::string>{"A-03"});

    const auto matrix = impact_feasibility_matrix(actions);
    CHECK(codes_of(matrix.cells[4][3], p, f.cycle) == std::vector<std::string>{"A-01"});
    CHECK(codes_of(matrix.cells[2][2], p, f.cycle) == std::vector<std::string>{"A-02"});
    CHECK(codes_of(matrix.cells[1][4], p, f.cycle) == std::vector<std::string>{"A-03"});

    CHECK(uncovered_afis(actions, ctx).empty());
    p.set_action_status(third, ActionStatus::cancelled, 0, "No budget", "", "2027-03-01");
    CHECK(uncovered_afis(p.actions(f.cycle), ctx) == std::vector<Id>{f.afi_11b});  // cancelled answers nothing
    const Id extra = p.add_consensus_item(f.cycle, "2.1", NoteKind::afi, "Found later", {});
    CHECK(uncovered_afis(p.actions(f.cycle), plan_context(p, f.cycle)) == std::vector<Id>{f.afi_11b, extra});
}

TEST_CASE("A plan starting mid-quarter touches the quarters at both ends", "[plan][views]") {
    ImprovementPlan plan;
    plan.starts_on = "2027-02-15";
    plan.horizon_years = 3;
    const auto quarters = plan_quarters(plan);
    REQUIRE(quarters.size() == 13);
    CHECK(quarters.front().label() == "2027 Q1");
    CHECK(quarters.back().label() == "2030 Q1");
    CHECK(plan.ends_on()->to_string() == "2030-02-14");
}
