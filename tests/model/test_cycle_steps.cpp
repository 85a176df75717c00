#include <catch2/catch.hpp>

#include "model/idea_collection.hpp"
#include "model/next_cycle.hpp"
#include "model/pef_check.hpp"
#include "model/plan_edits.hpp"
#include "model/step_overview.hpp"
#include "model/steps_edits.hpp"
#include "tests/support/project_fixture.hpp"

#include <algorithm>

using namespace assessa;
using namespace assessa::test;

namespace {

// A project on the mini framework with two departments, a group of five and a plan from 2027.
struct StepsFixture : ProjectFixture {
    Id adm = 0, fin = 0;
    std::vector<Id> members;

    StepsFixture() {
        adm = project->add_department({0, "ADM", "Administration", ""});
        fin = project->add_department({0, "FIN", "Finance", ""});
        for (const char* name : {"Rasa", "Jonas", "Ieva", "Tomas", "Agnė"}) members.push_back(add_member(name));
    }

    void add_plan() {
        ImprovementPlan plan;
        plan.cycle_id = cycle;
        plan.starts_on = "2027-01-01";
        plan.horizon_years = 2;
        project->set_plan(plan);
    }

    Id add_action(const std::string& code) {
        ImprovementAction a;
        a.code = code;
        a.title = "Action " + code;
        a.lead_department = adm;
        a.starts_on = "2027-01-01";
        a.due_on = "2027-12-31";
        return project->add_action(cycle, a);
    }

    CycleSteps filled_steps() const {
        CycleSteps s;
        StepRecord r;
        r.step = 1;
        r.responsible = "Rasa";
        r.started_on = "2026-01-05";
        r.done_on = "2026-01-12";
        s.set_step(r);
        s.decision = {"2026-01-12", "Director", AssessmentScope::units, {fin, adm}, "Find what to improve first", "Rasa", "40 hours"};
        s.communication = {{0, CommunicationPlan::self_assessment, "All staff", "Why we assess", "Staff meeting", "2026-01-20", "Rasa", "2026-01-20"},
                           {0, CommunicationPlan::improvement_plan, "Council", "The plan", "Council session", "2027-02-01", "Director", ""}};
        s.trainings = {{0, "2026-01-25", "The CAF model", "External trainer", {members[0], members[1]}, ""}};
        s.results = {"2026-04-02", "Key results at the staff meeting"};
        s.objectives = {{0, "SO-1", "Open services", ""}, {0, "SO-2", "Capable staff", "Training for all"}};
        s.declined_ideas = {{0, "1.1", "Buy a new building", "Not within our means"}};
        s.next = {"2028-03-01", "The whole administration"};
        return s;
    }
};

const PefItem& item(const PefCheck& c, const std::string& id) {
    const auto it = std::find_if(c.items.begin(), c.items.end(), [&](const PefItem& i) { return i.id == id; });
    REQUIRE(it != c.items.end());
    return *it;
}

}  // namespace

TEST_CASE("A cycle's step records are kept exactly, and survive reopening", "[steps]") {
    StepsFixture f;
    CHECK(f.project->cycle_steps(f.cycle) == CycleSteps{});
    CycleSteps s = f.filled_steps();
    f.project->set_cycle_steps(f.cycle, s);
    CycleSteps stored = f.project->cycle_steps(f.cycle);
    // New entries got ids; units come back in department order (ADM before FIN).
    CHECK(std::all_of(stored.communication.begin(), stored.communication.end(), [](const auto& e) { return e.id > 0; }));
    CHECK(stored.decision.unit_ids == std::vector<Id>{f.adm, f.fin});
    for (std::size_t i = 0; i < s.communication.size(); ++i) s.communication[i].id = stored.communication[i].id;
    s.trainings[0].id = stored.trainings[0].id;
    for (std::size_t i = 0; i < s.objectives.size(); ++i) s.objectives[i].id = stored.objectives[i].id;
    s.declined_ideas[0].id = stored.declined_ideas[0].id;
    s.decision.unit_ids = {f.adm, f.fin};
    CHECK(stored == s);
    f.reopen();
    CHECK(f.project->cycle_steps(f.cycle) == s);
}

TEST_CASE("Step records that do not fit are refused with every problem, and nothing changes", "[steps]") {
    StepsFixture f;
    f.project->set_cycle_steps(f.cycle, f.filled_steps());
    const CycleSteps before = f.project->cycle_steps(f.cycle);
    CycleSteps bad = before;
    StepRecord eleven;
    eleven.step = 11;
    eleven.notes = "x";
    bad.steps.push_back(eleven);
    bad.decision.decided_on = "12.01.2026";
    bad.decision.unit_ids.push_back(999);
    bad.communication[0].audience = " ";
    bad.trainings[0].attendee_ids.push_back(12345);
    bad.objectives[1].code = "SO-1";
    bad.next.planned_on = "2028-02-30";
    try {
        f.project->set_cycle_steps(f.cycle, bad);
        FAIL("refused records were kept");
    } catch (const InvalidEdit& e) {
        const std::string m = e.what();
        CHECK_THAT(m, Catch::Contains("there is no step 11"));
        CHECK_THAT(m, Catch::Contains("\"12.01.2026\" is not a date"));
        CHECK_THAT(m, Catch::Contains("department id 999"));
        CHECK_THAT(m, Catch::Contains("the self-assessment's communication, entry 1: it needs an audience"));
        CHECK_THAT(m, Catch::Contains("training session 1: attendee (member id 12345) is not in the cycle's group"));
        CHECK_THAT(m, Catch::Contains("strategic objective SO-1 is listed twice"));
        CHECK_THAT(m, Catch::Contains("the next self-assessment: \"2028-02-30\""));
    }
    CHECK(f.project->cycle_steps(f.cycle) == before);
}

TEST_CASE("Actions name strategic objectives, a removed objective leaves them, and undo puts the links back", "[steps]") {
    StepsFixture f;
    f.add_plan();
    f.project->set_cycle_steps(f.cycle, f.filled_steps());
    const auto objectives = f.project->cycle_steps(f.cycle).objectives;
    const Id a = f.add_action("A-01");
    ImprovementAction action = f.project->action(a);
    action.objective_ids = {objectives[1].id, objectives[0].id};
    action.risks = "The budget may be cut";
    action.resources = "2 people";
    action.check_method = "Compare complaints before and after";
    action.check_on = "2027-11-30";
    f.project->update_action(action);
    const ImprovementAction stored = f.project->action(a);
    CHECK(stored.objective_ids == std::vector<Id>{objectives[0].id, objectives[1].id});  // in the objectives' order
    CHECK(stored.check_method == action.check_method);
    CHECK(stored.check_on == "2027-11-30");

    // Renaming and reordering keeps the ids and the links.
    CycleSteps s = f.project->cycle_steps(f.cycle);
    std::swap(s.objectives[0], s.objectives[1]);
    s.objectives[0].code = "SO-1";
    s.objectives[1].code = "SO-2";
    f.project->set_cycle_steps(f.cycle, s);
    CHECK(f.project->action(a).objective_ids == std::vector<Id>{objectives[1].id, objectives[0].id});

    EditHistory history(*f.project);
    CycleSteps fewer = f.project->cycle_steps(f.cycle);
    fewer.objectives.pop_back();
    history.perform(edit_cycle_steps(*f.project, f.cycle, fewer, "Remove an objective"));
    CHECK(f.project->action(a).objective_ids == std::vector<Id>{objectives[1].id});
    history.undo();
    CHECK(f.project->cycle_steps(f.cycle) == s);
    CHECK(f.project->action(a).objective_ids == std::vector<Id>{objectives[1].id, objectives[0].id});

    ImprovementAction foreign = f.project->action(a);
    foreign.objective_ids = {424242};
    CHECK_THROWS_WITH(f.project->update_action(foreign), Catch::Contains("is not a strategic objective of this cycle"));
    foreign.objective_ids = {};
    foreign.check_on = "2026-05-01";
    CHECK_THROWS_WITH(f.project->update_action(foreign), Catch::Contains("before the action starts"));
}

TEST_CASE("Progress reviews are stored as given, one per date, and removing one can be undone", "[steps]") {
    StepsFixture f;
    ProgressReview r;
    r.cycle_id = f.cycle;
    r.held_on = "2027-03-31";
    r.reviewer = "Director";
    r.conclusions = "On track";
    r.actions = {{"A-01", "Action", "ADM", "2027-12-31", ActionStatus::in_progress, 40, "Started", 2, 1, "Complaints", "<= 5", "7"}};
    CHECK_THROWS_WITH(f.project->add_progress_review(r), Catch::Contains("needs the cycle's improvement plan"));
    f.add_plan();
    EditHistory history(*f.project);
    history.perform(edit_add_progress_review(r));
    auto reviews = f.project->progress_reviews(f.cycle);
    REQUIRE(reviews.size() == 1);
    r.id = reviews[0].id;
    CHECK(reviews[0] == r);
    CHECK_THROWS_WITH(f.project->add_progress_review(r), Catch::Contains("already a progress review on 2027-03-31"));

    ProgressReview bad = r;
    bad.id = 0;
    bad.held_on = "2027-06-30";
    bad.actions[0].progress = 150;
    bad.actions.push_back(bad.actions[0]);
    bad.actions[1].status = ActionStatus::done;
    bad.actions[1].progress = 50;
    bad.actions[1].code = "A-02";
    bad.actions[1].milestones_done = 3;
    try {
        f.project->add_progress_review(bad);
        FAIL("a broken review was kept");
    } catch (const InvalidEdit& e) {
        const std::string m = e.what();
        CHECK_THAT(m, Catch::Contains("action A-01: progress must be from 0 to 100 %, not 150"));
        CHECK_THAT(m, Catch::Contains("action A-02 is done, so its progress is 100 %, not 50"));
        CHECK_THAT(m, Catch::Contains("3 of 2 milestones met"));
    }
    CHECK(f.project->progress_reviews(f.cycle).size() == 1);

    history.perform(edit_remove_progress_review(*f.project, r.id));
    CHECK(f.project->progress_reviews(f.cycle).empty());
    history.undo();
    CHECK(f.project->progress_reviews(f.cycle) == std::vector<ProgressReview>{r});
    history.undo();  // the add
    CHECK(f.project->progress_reviews(f.cycle).empty());
    history.redo();
    CHECK(f.project->progress_reviews(f.cycle) == std::vector<ProgressReview>{r});
}

TEST_CASE("Step statuses follow the records unless the user set one", "[steps]") {
    StepsFixture f;
    auto status_of = [&](int step) { return step_overview(*f.project, f.cycle)[static_cast<std::size_t>(step - 1)].status; };
    for (int step : {1, 2, 4, 6, 7, 8, 9, 10}) CHECK(status_of(step) == StepStatus::not_started);
    CHECK(status_of(3) == StepStatus::in_progress);  // five members but no facilitator

    CycleSteps s;
    s.decision.decided_on = "2026-01-12";
    f.project->set_cycle_steps(f.cycle, s);
    CHECK(status_of(1) == StepStatus::in_progress);
    const auto overview = step_overview(*f.project, f.cycle);
    CHECK_THAT(overview[0].missing.front(), Catch::Contains("Who decided"));

    s = f.filled_steps();
    s.steps.clear();
    f.project->set_cycle_steps(f.cycle, s);
    CHECK(status_of(1) == StepStatus::done);
    CHECK(status_of(2) == StepStatus::done);        // its one entry is done
    CHECK(status_of(8) == StepStatus::in_progress); // planned, not done
    CHECK(status_of(4) == StepStatus::in_progress); // 2 of 5 trained
    s.trainings[0].attendee_ids = f.members;
    f.project->set_cycle_steps(f.cycle, s);
    CHECK(status_of(4) == StepStatus::done);
    CHECK(status_of(10) == StepStatus::done);

    StepRecord mine;
    mine.step = 10;
    mine.status = StepStatus::in_progress;
    s.set_step(mine);
    f.project->set_cycle_steps(f.cycle, s);
    const auto tiles = step_overview(*f.project, f.cycle);
    CHECK(tiles[9].status == StepStatus::in_progress);
    CHECK_FALSE(tiles[9].status_derived);
    CHECK(derived_step_status(*f.project, f.cycle, 10) == StepStatus::done);
}

TEST_CASE("The External Feedback self-check judges each item from the records", "[steps][pef]") {
    StepsFixture f;
    const std::string today = "2027-06-15";
    PefCheck empty = pef_self_check(*f.project, f.cycle, today);
    CHECK(item(empty, "1.1").judgement == PefJudgement::missing);
    CHECK(item(empty, "2.1").judgement == PefJudgement::missing);
    CHECK(item(empty, "3.1").judgement == PefJudgement::met);  // five members
    CHECK(item(empty, "3.2").judgement == PefJudgement::partly);  // no departments, no facilitator
    CHECK(item(empty, "4.2").judgement == PefJudgement::not_recorded);
    CHECK(item(empty, "7.1").judgement == PefJudgement::missing);
    CHECK(item(empty, "9.1").judgement == PefJudgement::missing);
    for (const auto& i : empty.items) {
        CHECK_FALSE(i.reason.empty());
        CHECK((i.pillar == 1) == (i.step <= 6));
    }

    CycleSteps s = f.filled_steps();
    s.decision.decided_by.clear();
    s.decision.resources.clear();
    f.project->set_cycle_steps(f.cycle, s);
    f.add_plan();
    const Id a = f.add_action("A-01");
    f.add_action("A-02");
    ImprovementAction linked = f.project->action(a);
    linked.objective_ids = {f.project->cycle_steps(f.cycle).objectives[0].id};
    linked.indicator = "Complaints a month";
    linked.target = "<= 5";
    f.project->update_action(linked);

    PefCheck c = pef_self_check(*f.project, f.cycle, today);
    CHECK(item(c, "1.1").judgement == PefJudgement::partly);
    CHECK_THAT(item(c, "1.1").reason, Catch::Contains("who decided is not recorded"));
    CHECK(item(c, "1.2").judgement == PefJudgement::met);
    CHECK(item(c, "1.3").judgement == PefJudgement::partly);
    CHECK(item(c, "2.1").judgement == PefJudgement::partly);  // one audience
    CHECK(item(c, "2.2").judgement == PefJudgement::met);
    CHECK(item(c, "4.1").judgement == PefJudgement::partly);   // 2 of 5 trained
    CHECK_THAT(item(c, "4.1").reason, Catch::Contains("2 of 5 members"));
    CHECK(item(c, "6.2").judgement == PefJudgement::met);
    CHECK(item(c, "7.4").judgement == PefJudgement::partly);
    CHECK(item(c, "7.5").judgement == PefJudgement::partly);   // one of two actions serves an objective
    CHECK_THAT(item(c, "7.5").reason, Catch::Contains("1 of 2 actions"));
    CHECK(item(c, "7.7").judgement == PefJudgement::missing);  // a draft
    CHECK(item(c, "8.2").judgement == PefJudgement::missing);  // due on 2027-02-01 and not done
    CHECK(item(c, "10.1").judgement == PefJudgement::met);
    CHECK(item(c, "1.1").evidence.size() == 1);

    // Two reviews, the last recent, with conclusions and measured indicators.
    for (const char* date : {"2027-03-31", "2027-06-01"}) {
        ProgressReview r;
        r.cycle_id = f.cycle;
        r.held_on = date;
        r.reviewer = "Director";
        r.conclusions = "Keep going";
        r.actions = {{"A-01", "Action A-01", "ADM", "2027-12-31", ActionStatus::in_progress, 30, "", 0, 0, "Complaints a month", "<= 5", "6"},
                     {"A-02", "Action A-02", "ADM", "2027-12-31", ActionStatus::planned, 0, "", 0, 0, "", "", ""}};
        f.project->add_progress_review(r);
    }
    c = pef_self_check(*f.project, f.cycle, today);
    CHECK(item(c, "9.1").judgement == PefJudgement::met);
    CHECK(item(c, "9.1").evidence.size() == 2);
    CHECK(item(c, "9.3").judgement == PefJudgement::met);
    CHECK(item(c, "9.4").judgement == PefJudgement::met);
    CHECK(pef_self_check(*f.project, f.cycle, "2028-01-15").items.size() == c.items.size());
    CHECK(item(pef_self_check(*f.project, f.cycle, "2028-01-15"), "9.1").judgement == PefJudgement::partly);  // stale
}

TEST_CASE("The next cycle starts by default on the date step 10 planned", "[steps]") {
    StepsFixture f;
    CHECK(planned_next_start(*f.project).empty());
    CycleSteps s;
    s.next = {"2028-03-01", "The whole administration"};
    f.project->set_cycle_steps(f.cycle, s);
    CHECK(planned_next_start(*f.project) == "2028-03-01");
}

TEST_CASE("Collecting ideas lists those the plan does not take up, once each", "[steps]") {
    StepsFixture f;
    f.add_plan();
    f.project->add_item(f.cycle, f.members[0], "1.1", NoteKind::idea, "Open data portal");
    f.project->add_item(f.cycle, f.members[1], "2.1", NoteKind::idea, "Drawn into an agreed idea");
    const Id drawn = f.project->ratings(f.cycle).back().items.front().id;
    f.project->add_consensus_item(f.cycle, "2.1", NoteKind::afi, "Agreed AFI", {drawn});
    const Id answered = f.project->add_consensus_item(f.cycle, "1.1", NoteKind::afi, "Answered AFI", {});
    f.project->add_consensus_item(f.cycle, "1.1", NoteKind::afi, "Open AFI", {});
    ImprovementAction a;
    a.code = "A-01";
    a.title = "Action";
    a.lead_department = f.adm;
    a.starts_on = "2027-01-01";
    a.due_on = "2027-12-31";
    a.afi_ids = {answered};
    f.project->add_action(f.cycle, a);

    const auto found = ideas_not_taken_up(*f.project, f.cycle, {});
    std::vector<std::string> texts;
    for (const auto& d : found) texts.push_back(d.text);
    CHECK(texts.back() == "Open data portal");  // the agreed ones first, then the members'
    CHECK(found.back().node_code == "1.1");
    std::sort(texts.begin(), texts.end());
    CHECK(texts == std::vector<std::string>{"Agreed AFI", "Open AFI", "Open data portal"});
    // Those already listed are not offered again.
    CHECK(ideas_not_taken_up(*f.project, f.cycle, found).empty());
}
