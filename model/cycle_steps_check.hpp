#pragma once

#include "model/cycle_steps_types.hpp"

#include <string>
#include <vector>

namespace assessa {

// Every problem with a cycle's step records, as complete messages naming the record (empty when
// they can be kept): a step number outside 1-10, malformed dates, a done date before the start,
// a scope of units without units or with a department the project does not have, a
// communication entry without an audience, a training without a date or with an attendee who is
// not in the cycle's group, objectives without a code or title or with a repeated code, an idea
// without its text.
std::vector<std::string> cycle_steps_problems(const CycleSteps& steps, const std::vector<Member>& group,
                                              const std::vector<Department>& departments);

// Every problem with a progress review: its date, a reviewer, each action's code (present,
// not repeated), progress 0-100 (a done action at 100), milestones met within 0 and the count.
std::vector<std::string> progress_review_problems(const ProgressReview& review);

}  // namespace assessa
