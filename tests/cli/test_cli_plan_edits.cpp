#include <catch2/catch.hpp>

#include "model/project.hpp"
#include "tests/support/test_support.hpp"

#include <algorithm>

using namespace assessa;
using namespace assessa::test;

namespace {

// A new project with three departments and agreed AFIs on 1.1 (one) and 2.1 (two), set
// through the core as the consensus meeting would.
std::string empty_start(const TempDir& d) {
    const auto file = d.file("town.assessa");
    REQUIRE(run_cli({"new", file, "--organisation", "Town of Anykščiai", "--cycle", "2026"}).exit_code == 0);
    auto p = Project::open(file);
    const Id cycle = p->current_cycle().id;
    p->add_department({0, "ADM", "Administration", ""});
    p->add_department({0, "HR", "Human resources", ""});
    p->add_department({0, "IT", "Information technology", ""});
    p->set_consensus_score(cycle, "1.1", "overall", 45);
    p->add_consensus_item(cycle, "1.1", NoteKind::afi, "The vision is not reviewed", {});
    p->add_consensus_item(cycle, "2.1", NoteKind::afi, "No stakeholder survey", {});
    p->add_consensus_item(cycle, "2.1", NoteKind::afi, "Risks are not assessed", {});
    return file;
}

// Everything a user could see of the plan, to show that a refused command changed nothing.
std::string plan_state(const std::string& file) {
    auto p = Project::open(file, Project::Mode::read_only);
    const Id cycle = p->current_cycle().id;
    std::string s;
    if (auto plan = p->plan(cycle))
        s += plan->starts_on + "/" + std::to_string(plan->horizon_years) + "/" + std::to_string(plan->version) + "/" +
             plan->approved_by + (plan->approved ? "/approved" : "/draft");
    for (const auto& a : p->actions(cycle)) {
        s += "|" + a.code + " " + a.title + " " + a.starts_on + " " + a.due_on + " " + std::to_string(a.progress) + " " +
             std::string(to_string(a.status)) + " " + std::to_string(a.milestones.size()) + " " +
             std::to_string(a.participating_departments.size()) + " " + std::to_string(a.history.size());
    }
    return s;
}

}  // namespace

TEST_CASE("plan create and plan action build a whole plan from an empty project", "[cli][plan][empty-start]") {
    TempDir d;
    const auto file = empty_start(d);

    auto created = run_cli({"plan", "create", file, "--starts-on", "2027-01-01", "--years", "2", "--approver",
                            "  Rūta Petrauskienė, director "});
    REQUIRE(created.exit_code == 0);
    CHECK(created.out == "Created the improvement plan of cycle 2026: 2027-01-01 to 2028-12-31, draft version 1\n"
                         "To be approved by Rūta Petrauskienė, director\n");

    auto added = run_cli({"plan", "action", "add", file, "--title", "Yearly review of the vision", "--afi", "1.1", "--afi",
                          "2.1:2", "--lead", "ADM", "--takes-part", "HR", "--takes-part", "IT", "--starts-on",
                          "2027-02-01", "--due", "30 Jun 2027", "--milestone", "2027-04-15:Draft of the review",
                          "--impact", "4", "--feasibility", "5", "--responsible", "Jonas Jonaitis"});
    REQUIRE(added.exit_code == 0);
    CHECK(added.out == "Added action A-01: Yearly review of the vision\n");
    REQUIRE(run_cli({"plan", "action", "add", file, "--code", "B-7", "--title", "Stakeholder survey", "--afi", "2.1:1",
                     "--lead", "HR", "--starts-on", "2027年3月1日", "--due", "2028-02-29"})
                .exit_code == 0);

    auto edited = run_cli({"plan", "action", "edit", file, "B-7", "--takes-part", "ADM", "--milestone",
                           "2027 m. birželio 1 d.:Questionnaire agreed", "--milestone", "2027-10-01:Results published"});
    REQUIRE(edited.exit_code == 0);
    CHECK(edited.out == "Changed action B-7: Stakeholder survey\n");
    auto status = run_cli({"plan", "action", "status", file, "1", "in-progress", "--progress", "40", "--comment",
                           "Workshop held", "--by", "Jonas Jonaitis", "--date", "2027-03-10"});
    REQUIRE(status.exit_code == 0);
    CHECK(status.out == "Action A-01: In progress, 40%\n");

    // Read back with a separate Project.
    auto p = Project::open(file, Project::Mode::read_only);
    const Id cycle = p->current_cycle().id;
    const auto plan = p->plan(cycle);
    REQUIRE(plan);
    CHECK(plan->starts_on == "2027-01-01");
    CHECK(plan->horizon_years == 2);
    CHECK_FALSE(plan->approved);
    CHECK(plan->version == 1);
    CHECK(plan->approved_by == "Rūta Petrauskienė, director");
    const auto actions = p->actions(cycle);
    REQUIRE(actions.size() == 2);
    const auto& a = actions[0];
    CHECK(a.code == "A-01");
    CHECK(a.lead_department == p->find_department("ADM")->id);
    CHECK(a.participating_departments ==
          std::vector<Id>{p->find_department("HR")->id, p->find_department("IT")->id});
    CHECK(a.starts_on == "2027-02-01");
    CHECK(a.due_on == "2027-06-30");
    REQUIRE(a.milestones.size() == 1);
    CHECK(a.milestones[0].due_on == "2027-04-15");
    CHECK(a.milestones[0].title == "Draft of the review");
    CHECK(a.impact == 4);
    CHECK(a.feasibility == 5);
    CHECK(a.responsible == "Jonas Jonaitis");
    const Consensus c11 = p->consensus(cycle, "1.1"), c21 = p->consensus(cycle, "2.1");
    const auto vision = c11.items_of(NoteKind::afi);
    const auto survey = c21.items_of(NoteKind::afi);
    CHECK(a.afi_ids == std::vector<Id>{vision[0]->id, survey[1]->id});
    CHECK(a.status == ActionStatus::in_progress);
    CHECK(a.progress == 40);
    REQUIRE(a.history.size() == 2);
    CHECK(a.history[1].comment == "Workshop held");
    CHECK(a.history[1].changed_by == "Jonas Jonaitis");
    CHECK(a.history[1].changed_on == "2027-03-10");
    const auto& b = actions[1];
    CHECK(b.code == "B-7");
    CHECK(b.starts_on == "2027-03-01");
    CHECK(b.due_on == "2028-02-29");
    CHECK(b.participating_departments == std::vector<Id>{p->find_department("ADM")->id});
    REQUIRE(b.milestones.size() == 2);
    CHECK(b.milestones[0].due_on == "2027-06-01");
    CHECK(b.milestones[1].title == "Results published");
    CHECK(b.afi_ids == std::vector<Id>{survey[0]->id});
    p.reset();

    // plan show sees what was built, and nothing is left unanswered.
    auto shown = run_cli({"plan", "show", file});
    REQUIRE(shown.exit_code == 0);
    CHECK(shown.out.find("Every agreed area for improvement is answered by an action.") != std::string::npos);
    CHECK(shown.out.find("Problems to fix") == std::string::npos);

    // Done means 100 %; a change after approval starts the next version.
    REQUIRE(run_cli({"plan", "action", "status", file, "B-7", "done"}).exit_code == 0);
    CHECK(Project::open(file, Project::Mode::read_only)->actions(cycle)[1].progress == 100);
    Project::open(file)->approve_plan(cycle, "Rūta Petrauskienė", "2026-12-20", "");
    auto after = run_cli({"plan", "action", "edit", file, "A-01", "--due", "2027-07-31"});
    REQUIRE(after.exit_code == 0);
    CHECK(after.out == "Changed action A-01: Yearly review of the vision\n"
                       "The plan had been approved; it is now version 2, a draft to be approved again.\n");
    auto again = Project::open(file, Project::Mode::read_only)->plan(cycle);
    CHECK(again->version == 2);
    CHECK_FALSE(again->approved);
}

TEST_CASE("plan create without a start uses 1 January after the consensus is complete", "[cli][plan][empty-start]") {
    TempDir d;
    const auto file = empty_start(d);
    {
        auto p = Project::open(file);
        p->set_cycle_approval(p->current_cycle().id, "Director", "2026-11-20", "");
    }
    auto r = run_cli({"plan", "create", file, "--years", "3"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "Created the improvement plan of cycle 2026: 2027-01-01 to 2029-12-31, draft version 1\n");
}

TEST_CASE("plan commands refuse bad values with a message and leave the file as it was", "[cli][plan][empty-start]") {
    TempDir d;
    const auto file = empty_start(d);

    // No plan yet.
    auto no_plan = run_cli({"plan", "action", "add", file, "--title", "X", "--lead", "ADM", "--starts-on", "2027-01-01",
                            "--due", "2027-02-01"});
    CHECK(no_plan.exit_code == 1);
    CHECK(no_plan.err == "assessa-cli: error: " + file +
                             ": cycle 2026 has no improvement plan yet; create it first with 'plan create'\n");

    auto years = run_cli({"plan", "create", file, "--starts-on", "2027-01-01", "--years", "4"});
    CHECK(years.exit_code == 1);
    CHECK(years.err == "assessa-cli: error: " + file + ": the plan covers 2 or 3 years, not 4\n");
    auto month_first = run_cli({"plan", "create", file, "--starts-on", "01/02/2027", "--years", "2"});
    CHECK(month_first.exit_code == 2);
    CHECK(month_first.err ==
          "assessa-cli: error: --starts-on 01/02/2027: \"01/02/2027\" is not a date: write it as 31 Jan 2027, 2027-01-31\n");
    CHECK(run_cli({"plan", "create", file, "--starts-on", "2027-02-30", "--years", "2"}).exit_code == 2);
    CHECK(run_cli({"plan", "create", file, "--years", "2", "--cycle", "1999"}).exit_code == 1);
    CHECK(plan_state(file).empty());

    REQUIRE(run_cli({"plan", "create", file, "--starts-on", "2027-01-01", "--years", "2"}).exit_code == 0);
    const std::string created = plan_state(file);
    auto twice = run_cli({"plan", "create", file, "--starts-on", "2028-01-01", "--years", "3"});
    CHECK(twice.exit_code == 1);
    CHECK(twice.err == "assessa-cli: error: " + file + ": cycle 2026 already has an improvement plan\n");

    const std::vector<std::string> good{"plan", "action", "add", file, "--title", "Review", "--lead", "ADM",
                                        "--starts-on", "2027-02-01", "--due", "2027-06-30"};
    // The good command with one more option, or with another due date.
    auto with = [&](std::vector<std::string> extra, const std::string& due = "2027-06-30") {
        auto args = good;
        args.back() = due;
        args.insert(args.end(), extra.begin(), extra.end());
        return run_cli(args);
    };
    auto outside = with({}, "2029-06-30");
    CHECK(outside.exit_code == 1);
    CHECK(outside.err == "assessa-cli: error: " + file +
                             ": action A-01: the due date 2029-06-30 is outside the plan (2027-01-01 – 2028-12-31)\n");
    auto unknown = with({"--takes-part", "FIN"});
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err == "assessa-cli: error: " + file + ": no department with the code \"FIN\"\n");
    auto both = with({"--takes-part", "ADM"});
    CHECK(both.exit_code == 1);
    CHECK(both.err.find("the leading department cannot also be listed as taking part") != std::string::npos);
    auto several = with({"--afi", "2.1"});
    CHECK(several.exit_code == 1);
    CHECK(several.err == "assessa-cli: error: " + file +
                             ": 2.1 has several agreed areas for improvement; name one as 2.1:1 to 2.1:2\n");
    CHECK(with({"--afi", "2.1:3"}).exit_code == 1);
    CHECK(with({"--afi", "3.1"}).exit_code == 1);
    CHECK(with({"--afi", "2.1:x"}).exit_code == 2);
    CHECK(with({"--milestone", "no date here"}).exit_code == 2);
    CHECK(with({}, "June").exit_code == 2);
    auto late_milestone = with({"--milestone", "2027-08-01:Too late"});
    CHECK(late_milestone.exit_code == 1);
    CHECK(late_milestone.err.find("milestone \"Too late\" on 2027-08-01 is outside the action") != std::string::npos);
    CHECK(with({"--impact", "9"}).exit_code == 1);
    CHECK(run_cli({"plan", "action", "add", file, "--title", "No leader", "--starts-on", "2027-02-01", "--due",
                   "2027-06-30"})
              .err.find("needs a leading department (V)") != std::string::npos);
    CHECK(plan_state(file) == created);

    REQUIRE(run_cli(good).exit_code == 0);
    const std::string one = plan_state(file);
    CHECK(run_cli({"plan", "action", "edit", file, "A-09", "--title", "Y"}).exit_code == 1);
    CHECK(run_cli({"plan", "action", "edit", file, "2", "--title", "Y"}).exit_code == 1);
    CHECK(run_cli({"plan", "action", "edit", file, "A-01", "--starts-on", "2027-07-01"}).exit_code == 1);
    CHECK(run_cli({"plan", "action", "edit", file, "A-01", "--title", " "}).exit_code == 1);
    auto status = run_cli({"plan", "action", "status", file, "A-01", "finished"});
    CHECK(status.exit_code == 2);
    CHECK(status.err == "assessa-cli: error: unknown status \"finished\" (use planned, in-progress, done, postponed or "
                        "cancelled)\n");
    CHECK(run_cli({"plan", "action", "status", file, "A-01", "in-progress", "--progress", "140"}).exit_code == 1);
    CHECK(run_cli({"plan", "action", "status", file, "A-01", "done", "--date", "tomorrow"}).exit_code == 2);
    CHECK(plan_state(file) == one);
}
