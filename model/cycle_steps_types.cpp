#include "model/cycle_steps_types.hpp"

#include <algorithm>

namespace assessa {

std::string_view to_string(StepStatus s) {
    switch (s) {
        case StepStatus::not_started: return "not-started";
        case StepStatus::in_progress: return "in-progress";
        case StepStatus::done: return "done";
    }
    return "not-started";
}

std::optional<StepStatus> step_status_from_string(std::string_view s) {
    for (auto st : {StepStatus::not_started, StepStatus::in_progress, StepStatus::done})
        if (to_string(st) == s) return st;
    return std::nullopt;
}

const char* step_status_label(StepStatus s, const Translator& t) {
    switch (s) {
        case StepStatus::not_started: return t.tr("Not started");
        case StepStatus::in_progress: return t.tr("In progress");
        case StepStatus::done: return t.tr("Done");
    }
    return "";
}

const char* step_title(int step, const Translator& t) {
    switch (step) {
        case 1: return t.tr("Decide how to organise the self-assessment");
        case 2: return t.tr("Communicate the self-assessment project");
        case 3: return t.tr("Compose the self-assessment group");
        case 4: return t.tr("Train the group");
        case 5: return t.tr("Carry out the self-assessment");
        case 6: return t.tr("Draw up the report and communicate its results");
        case 7: return t.tr("Draft the improvement plan");
        case 8: return t.tr("Communicate the improvement plan");
        case 9: return t.tr("Implement and monitor the plan");
        case 10: return t.tr("Plan the next self-assessment");
        default: return "";
    }
}

std::string_view to_string(AssessmentScope s) {
    return s == AssessmentScope::units ? "units" : "whole-organisation";
}

std::optional<AssessmentScope> assessment_scope_from_string(std::string_view s) {
    if (s == "whole-organisation") return AssessmentScope::whole_organisation;
    if (s == "units") return AssessmentScope::units;
    return std::nullopt;
}

std::string_view to_string(CommunicationPlan p) {
    return p == CommunicationPlan::improvement_plan ? "improvement-plan" : "self-assessment";
}

std::optional<CommunicationPlan> communication_plan_from_string(std::string_view s) {
    if (s == "self-assessment") return CommunicationPlan::self_assessment;
    if (s == "improvement-plan") return CommunicationPlan::improvement_plan;
    return std::nullopt;
}

StepRecord CycleSteps::step(int number) const {
    for (const auto& r : steps)
        if (r.step == number) return r;
    StepRecord empty;
    empty.step = number;
    return empty;
}

void CycleSteps::set_step(const StepRecord& r) {
    std::erase_if(steps, [&](const StepRecord& s) { return s.step == r.step; });
    if (r.empty()) return;
    steps.insert(std::upper_bound(steps.begin(), steps.end(), r,
                                  [](const StepRecord& a, const StepRecord& b) { return a.step < b.step; }),
                 r);
}

std::vector<CommunicationEntry> CycleSteps::communication_of(CommunicationPlan p) const {
    std::vector<CommunicationEntry> out;
    std::copy_if(communication.begin(), communication.end(), std::back_inserter(out),
                 [&](const CommunicationEntry& e) { return e.plan == p; });
    return out;
}

const StrategicObjective* CycleSteps::objective(Id id) const {
    const auto it = std::find_if(objectives.begin(), objectives.end(), [&](const StrategicObjective& o) { return o.id == id; });
    return it == objectives.end() ? nullptr : &*it;
}

const ReviewedAction* ProgressReview::action(std::string_view code) const {
    const auto it = std::find_if(actions.begin(), actions.end(), [&](const ReviewedAction& a) { return a.code == code; });
    return it == actions.end() ? nullptr : &*it;
}

}  // namespace assessa
