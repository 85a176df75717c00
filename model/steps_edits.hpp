#pragma once

#include "model/edit_history.hpp"

#include <string>

namespace assessa {

// Undoable edits of the CAF steps' records, for EditHistory. `label` names the gesture
// ("Record the management decision"); the edit replaces the cycle's step records and undoing
// puts back those it found.
Edit edit_cycle_steps(const Project& project, Id cycle_id, const CycleSteps& steps, const std::string& label);
Edit edit_add_progress_review(const ProgressReview& review);
Edit edit_update_progress_review(const Project& project, const ProgressReview& review);
Edit edit_remove_progress_review(const Project& project, Id review_id);

}  // namespace assessa
