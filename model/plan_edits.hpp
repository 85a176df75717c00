#pragma once

#include "model/edit_history.hpp"
#include "model/plan_rules.hpp"

#include <string>

namespace assessa {

// Undoable edits of the improvement plan, for EditHistory. Undoing a removal puts the action
// back with a new id; the edits keep the id it had when they were made and ask ItemIds for its
// id now. Action ids are kept in ItemIds as negative numbers, apart from the consensus items
// that share the same ids.
Edit edit_add_action(Id cycle_id, const ImprovementAction& a);
// Every field of `a` but status, progress and history; `label` names the gesture.
Edit edit_update_action(const Project& project, const ImprovementAction& a, const char* label = nullptr);
Edit edit_remove_action(const Project& project, Id action_id);
Edit edit_move_action(const Project& project, Id action_id, int new_index);
Edit edit_action_status(const Project& project, Id action_id, ActionStatus status, int progress,
                        const std::string& comment, const std::string& by, const std::string& on);

// Creating a cycle's plan (plan_rules: validate_new_plan). Refused with every problem in one
// InvalidEdit message when the plan is not valid or the cycle has one already; undoing removes it.
Edit edit_create_plan(const Project& project, const NewPlan& plan);

// Re-rating in the impact x feasibility matrix.
Edit edit_rate_action(const Project& project, Id action_id, int impact, int feasibility);
// Moving an action in time: start, due date and milestones by `days` (negative: earlier).
Edit edit_shift_action(const Project& project, Id action_id, long days);

// The id an action has now, given the id it had when an edit was made.
Id action_id_now(const ItemIds& ids, Id id);

}  // namespace assessa
