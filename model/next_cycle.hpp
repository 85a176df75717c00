#pragma once

// Starting the next self-assessment (CAF step 10): a new cycle after the newest one, with the
// group carried over and edited, and open actions of the previous plan adopted into its plan.

#include "model/project.hpp"

#include <string>
#include <utility>
#include <vector>

namespace assessa {

// What a cycle's improvement plan achieved, for deciding what to carry on.
struct PlanAchievement {
    bool has_plan = false;
    std::size_t done = 0;
    std::size_t in_progress = 0;
    std::size_t not_started = 0;  // planned or postponed
    std::size_t cancelled = 0;
    std::vector<ImprovementAction> open;  // neither done nor cancelled, in priority order
};
PlanAchievement plan_achievement(const Project& project, Id cycle_id);

struct NextCycle {
    std::string label;      // "2028"
    std::string starts_on;  // ISO date; empty: today
    std::string method_id;  // empty: the previous cycle's method
    std::vector<Id> leaving;                                // members of the previous group who leave
    std::vector<Member> joining;                            // new members (id unset)
    std::vector<std::pair<Id, MemberRole>> new_roles;       // for members who stay
    std::vector<Id> adopt;  // open actions of the previous cycle's plan to carry on, in this order
    bool members_see_previous_consensus = false;            // off: the group assesses blind
};

// The label to suggest after `previous`: "2026" is followed by "2028" (CAF advises a
// self-assessment every two years); other labels get no suggestion (empty).
std::string suggested_next_label(const std::string& previous);

// The problems with a next cycle, in the user's language (empty: it can be started).
std::vector<std::string> check_next_cycle(const Project& project, const NextCycle& next);

// Starts the cycle in one transaction and returns its id. It follows the newest cycle in time,
// on the same framework, with no ratings or consensus. Its group is the newest cycle's minus
// those leaving, plus those joining; earlier cycles keep their groups and data. Adopted actions
// keep their status, progress and history, get a dated entry saying where they came from and a
// link to that action, and are fitted into the new plan (which starts with the cycle and has
// the previous plan's horizon). Throws InvalidEdit with every problem; nothing changes then.
Id start_next_cycle(Project& project, const NextCycle& next);

}  // namespace assessa
