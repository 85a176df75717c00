#include "model/cycle_steps_check.hpp"

#include "model/calendar_date.hpp"

#include <algorithm>
#include <set>

namespace assessa {

namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// A date that may be left empty must otherwise be a real ISO date.
void check_date(std::vector<std::string>& problems, const std::string& what, const std::string& date) {
    if (!date.empty() && !is_iso_date(date))
        problems.push_back(trf("{}: \"{}\" is not a date in the form 2026-10-05", what, date));
}

void check_step_records(std::vector<std::string>& problems, const std::vector<StepRecord>& steps) {
    std::set<int> seen;
    for (const auto& r : steps) {
        if (r.step < 1 || r.step > caf_step_count) {
            problems.push_back(trf("there is no step {}: the CAF steps are 1 to 10", r.step));
            continue;
        }
        const std::string what = trf("step {}", r.step);
        if (!seen.insert(r.step).second) problems.push_back(trf("{} is recorded twice", what));
        check_date(problems, trf("{}, started", what), r.started_on);
        check_date(problems, trf("{}, done", what), r.done_on);
        const auto started = CalendarDate::parse(r.started_on), done = CalendarDate::parse(r.done_on);
        if (started && done && *done < *started)
            problems.push_back(trf("{}: done on {} is before it started ({})", what, r.done_on, r.started_on));
    }
}

void check_decision(std::vector<std::string>& problems, const SelfAssessmentDecision& d,
                    const std::vector<Department>& departments) {
    check_date(problems, tr("the management decision"), d.decided_on);
    if (d.scope == AssessmentScope::units && d.unit_ids.empty())
        problems.push_back(tr("the management decision: a scope of some units needs the units listed"));
    if (d.scope == AssessmentScope::whole_organisation && !d.unit_ids.empty())
        problems.push_back(tr("the management decision: the whole organisation is assessed, so no units are listed"));
    std::set<Id> seen;
    for (Id id : d.unit_ids) {
        if (std::none_of(departments.begin(), departments.end(), [&](const Department& dep) { return dep.id == id; }))
            problems.push_back(trf("the management decision: the unit (department id {}) does not exist", id));
        else if (!seen.insert(id).second)
            problems.push_back(trf("the management decision: the unit (department id {}) is listed twice", id));
    }
}

void check_communication(std::vector<std::string>& problems, const std::vector<CommunicationEntry>& entries) {
    int number[2] = {0, 0};
    for (const auto& e : entries) {
        const int n = ++number[e.plan == CommunicationPlan::improvement_plan ? 1 : 0];
        const std::string what = e.plan == CommunicationPlan::improvement_plan
                                     ? trf("the improvement plan's communication, entry {}", n)
                                     : trf("the self-assessment's communication, entry {}", n);
        if (blank(e.audience)) problems.push_back(trf("{}: it needs an audience", what));
        check_date(problems, trf("{}, planned", what), e.planned_on);
        check_date(problems, trf("{}, done", what), e.done_on);
    }
}

void check_trainings(std::vector<std::string>& problems, const std::vector<TrainingSession>& trainings,
                     const std::vector<Member>& group) {
    int n = 0;
    for (const auto& s : trainings) {
        const std::string what = trf("training session {}", ++n);
        if (!is_iso_date(s.held_on)) problems.push_back(trf("{}: it needs the date it was held (2026-10-05)", what));
        if (blank(s.topic)) problems.push_back(trf("{}: it needs a topic", what));
        std::set<Id> seen;
        for (Id id : s.attendee_ids) {
            if (std::none_of(group.begin(), group.end(), [&](const Member& m) { return m.id == id; }))
                problems.push_back(trf("{}: attendee (member id {}) is not in the cycle's group", what, id));
            else if (!seen.insert(id).second)
                problems.push_back(trf("{}: attendee (member id {}) is listed twice", what, id));
        }
    }
}

void check_objectives(std::vector<std::string>& problems, const std::vector<StrategicObjective>& objectives) {
    std::set<std::string> codes;
    int n = 0;
    for (const auto& o : objectives) {
        ++n;
        if (blank(o.code)) problems.push_back(trf("strategic objective {}: it needs a code", n));
        else if (!codes.insert(o.code).second) problems.push_back(trf("strategic objective {} is listed twice", o.code));
        if (blank(o.title)) problems.push_back(trf("strategic objective {}: it needs a title", blank(o.code) ? std::to_string(n) : o.code));
    }
}

}  // namespace

std::vector<std::string> cycle_steps_problems(const CycleSteps& steps, const std::vector<Member>& group,
                                              const std::vector<Department>& departments) {
    std::vector<std::string> problems;
    check_step_records(problems, steps.steps);
    check_decision(problems, steps.decision, departments);
    check_communication(problems, steps.communication);
    check_trainings(problems, steps.trainings, group);
    check_date(problems, tr("the communication of the results"), steps.results.communicated_on);
    check_objectives(problems, steps.objectives);
    int n = 0;
    for (const auto& idea : steps.declined_ideas)
        if (++n, blank(idea.text)) problems.push_back(trf("idea not taken up {}: it needs its text", n));
    check_date(problems, tr("the next self-assessment"), steps.next.planned_on);
    return problems;
}

std::vector<std::string> progress_review_problems(const ProgressReview& review) {
    std::vector<std::string> problems;
    if (!is_iso_date(review.held_on))
        problems.push_back(trf("the progress review needs the date it was held (2027-03-31), not \"{}\"", review.held_on));
    const std::string what = review.held_on.empty() ? std::string(tr("the progress review")) : trf("the progress review of {}", review.held_on);
    if (blank(review.reviewer)) problems.push_back(trf("{}: it needs the reviewer", what));
    std::set<std::string> codes;
    for (const auto& a : review.actions) {
        if (blank(a.code)) {
            problems.push_back(trf("{}: an action has no code", what));
            continue;
        }
        if (!codes.insert(a.code).second) problems.push_back(trf("{}: action {} is listed twice", what, a.code));
        if (a.progress < 0 || a.progress > 100)
            problems.push_back(trf("{}: action {}: progress must be from 0 to 100 %, not {}", what, a.code, a.progress));
        else if (a.status == ActionStatus::done && a.progress != 100)
            problems.push_back(trf("{}: action {} is done, so its progress is 100 %, not {}", what, a.code, a.progress));
        if (a.milestones < 0 || a.milestones_done < 0 || a.milestones_done > a.milestones)
            problems.push_back(trf("{}: action {}: {} of {} milestones met is not possible", what, a.code, a.milestones_done, a.milestones));
        check_date(problems, trf("{}: action {}, due", what, a.code), a.due_on);
    }
    return problems;
}

}  // namespace assessa
