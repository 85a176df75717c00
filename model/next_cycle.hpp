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
    // The framework version; empty: the previous cycle's. A version the project does not hold yet
    // is copied from the library.
    std::string framework_version;
    std::vector<Id> leaving;                                // members of the previous group who leave
    std::vector<Member> joining;                            // new members (id unset)
    std::vector<std::pair<Id, MemberRole>> new_roles;       // for members who stay
    std::vector<Id> adopt;  // open actions of the previous cycle's plan to carry on, in this order
    bool members_see_previous_consensus = false;            // off: the group assesses blind
};

// The label to suggest after `previous`: "2026" is followed by "2028" (CAF advises a
// self-assessment every two years); other labels get no suggestion (empty).
std::string suggested_next_label(const std::string& previous);

// The start date step 10 of the newest cycle planned for the next self-assessment; empty when
// none is planned.
std::string planned_next_start(const Project& project);

// The versions of the newest cycle's framework a next cycle can use: the one it uses and every
// newer one the project or the library holds, oldest first.
std::vector<FrameworkPtr> next_cycle_framework_versions(const Project& project, const FrameworkLibrary* library);

// The problems with a next cycle, in the user's language (empty: it can be started).
std::vector<std::string> check_next_cycle(const Project& project, const NextCycle& next,
                                          const FrameworkLibrary* library = nullptr);

// Starts the cycle in one transaction and returns its id. It follows the newest cycle in time,
// on the same framework (in the version asked for, copied from `library` when the project does
// not hold it; earlier cycles keep theirs), with no ratings or consensus. Its group is the newest cycle's minus
// those leaving, plus those joining; earlier cycles keep their groups and data. Adopted actions
// keep their status, progress and history, get a dated entry saying where they came from and a
// link to that action, and are fitted into the new plan (which starts with the cycle and has
// the previous plan's horizon). Throws InvalidEdit with every problem; nothing changes then.
Id start_next_cycle(Project& project, const NextCycle& next, const FrameworkLibrary* library = nullptr);

}  // namespace assessa
