#pragma once

#include "model/cycle_steps_types.hpp"

#include <string>
#include <vector>

namespace assessa {

class Project;

// One tile of the "Steps" overview: the step's status (the user's, else derived from what the
// cycle records), its dates and person, and in a few words what is recorded and what is missing.
struct StepSummary {
    int step = 1;
    StepStatus status = StepStatus::not_started;
    bool status_derived = true;  // false: the user set it
    std::string started_on, done_on, responsible;
    std::vector<std::string> recorded;  // translated: "Decision of 12 January 2026", "2 training sessions"
    std::vector<std::string> missing;   // translated: "No objective", "Nobody has trained yet"
};

// The status a step has from the cycle's records alone: not started while nothing is recorded,
// done when everything the step asks for is, in progress between.
StepStatus derived_step_status(const Project& project, Id cycle_id, int step);
std::vector<StepSummary> step_overview(const Project& project, Id cycle_id, const Translator& t = Translator::current());

}  // namespace assessa
