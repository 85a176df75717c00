#include "tests/support/progress_projects.hpp"

#include "model/progress_review.hpp"

namespace assessa::test {

namespace {

ImprovementAction action(const std::string& code, const std::string& title, std::optional<Id> lead, const std::string& due,
                         const std::string& indicator, const std::string& target) {
    ImprovementAction a;
    a.code = code;
    a.title = title;
    a.lead_department = lead;
    a.starts_on = "2027-01-01";
    a.due_on = due;
    a.indicator = indicator;
    a.target = target;
    return a;
}

}  // namespace

ProgressProject::ProgressProject() {
    adm = project->add_department({0, "ADM", "Administration", ""});
    fin = project->add_department({0, "FIN", "Finance", ""});
    it = project->add_department({0, "IT", "Information technology", ""});
    for (const char* name : {"Rasa Petrauskienė", "Jonas Kazlauskas", "Ieva Jankauskaitė"}) members.push_back(add_member(name));
    ImprovementPlan plan;
    plan.cycle_id = cycle;
    plan.starts_on = "2027-01-01";
    plan.horizon_years = 2;
    project->set_plan(plan);

    auto a1 = action("A-01", "Publish service standards", adm, "2027-06-30", "Standards published", "\u2265 10");
    a1.milestones = {{0, "Draft standards", "2027-03-31", false}, {0, "Standards approved", "2027-06-30", false}};
    auto a2 = action("A-02", "Train staff in complaint handling", fin, "2027-03-31", "Staff trained", "at least 80 %");
    auto a3 = action("A-03", "Shorten the answer time to letters", fin, "2028-06-30", "Days to answer", "at most 5 days");
    a3.milestones = {{0, "New routing of letters", "2027-05-31", false}};
    auto a4 = action("A-04", "Digital archive", it, "2028-12-31", "", "");
    auto a5 = action("A-05", "New reception desk", adm, "2027-12-31", "Visitors satisfied", "90 %");
    for (const auto& a : {a1, a2, a3, a4, a5}) actions[a.code] = project->add_action(cycle, a);
}

Id ProgressProject::review(const std::string& date, const std::map<std::string, std::string>& values,
                           const std::string& conclusions) {
    auto r = review_from_plan(*project, cycle, date, "Director Rasa Petrauskienė");
    r.conclusions = conclusions;
    for (auto& a : r.actions)
        if (auto v = values.find(a.code); v != values.end()) a.value = v->second;
    return project->add_progress_review(r);
}

void ProgressProject::add_reviews() {
    auto& p = *project;
    p.set_action_status(actions["A-01"], ActionStatus::in_progress, 30, "Draft under way", "Rasa", "2027-02-15");
    p.set_action_status(actions["A-02"], ActionStatus::in_progress, 60, "Two of three groups trained", "Jonas", "2027-03-20");
    review("2027-03-31", {{"A-02", "55 %"}}, "Keep the training going.");

    auto a1 = p.action(actions["A-01"]);
    a1.milestones[0].done = true;
    a1.milestones[1].done = true;
    p.update_action(a1);
    p.set_action_status(actions["A-01"], ActionStatus::in_progress, 70, "Standards drafted", "Rasa", "2027-06-01");
    p.set_action_status(actions["A-02"], ActionStatus::done, 100, "All groups trained", "Jonas", "2027-04-30");
    p.set_action_status(actions["A-03"], ActionStatus::in_progress, 20, "Routing waits for the new system", "Ieva", "2027-06-10");
    p.set_action_status(actions["A-04"], ActionStatus::postponed, 0, "No budget this year", "Rasa", "2027-06-15");
    review("2027-06-30", {{"A-02", "85 %"}, {"A-03", "9 days"}}, "The answer time needs the new system first.");

    p.set_action_status(actions["A-05"], ActionStatus::cancelled, 0, "The building will be sold", "Rasa", "2027-08-01");
    p.set_action_status(actions["A-03"], ActionStatus::in_progress, 50, "New system installed", "Ieva", "2027-09-15");
    review("2027-09-30", {{"A-01", "12"}, {"A-03", "6 days"}}, "");
}

void ProgressProject::add_steps() {
    CycleSteps s = project->cycle_steps(cycle);
    s.decision = {"2026-01-12", "Director Rasa Petrauskienė", AssessmentScope::whole_organisation, {},
                  "Find what to improve first", "Jonas Kazlauskas", "40 hours of the group's time"};
    s.communication = {{0, CommunicationPlan::self_assessment, "All staff", "Why we assess", "Staff meeting", "2026-01-20", "Jonas Kazlauskas", "2026-01-20"},
                       {0, CommunicationPlan::improvement_plan, "Council", "The plan", "Council session", "2027-02-01", "Director", "2027-02-01"}};
    s.trainings = {{0, "2026-01-25", "The CAF model", "External trainer", {members[0], members[1]}, ""}};
    s.results = {"2026-04-02", "Key results at the staff meeting"};
    s.objectives = {{0, "SO-1", "Open services", "Services that residents understand"}};
    s.declined_ideas = {{0, "1.1", "Buy a new building", "Not within our means"}};
    s.next = {"2028-03-01", "The whole administration"};
    project->set_cycle_steps(cycle, s);
    auto a1 = project->action(actions["A-01"]);
    a1.objective_ids = {project->cycle_steps(cycle).objectives.at(0).id};
    a1.check_method = "Count the standards on the website";
    a1.check_on = "2027-07-15";
    project->update_action(a1);
}

}  // namespace assessa::test
