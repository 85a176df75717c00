#pragma once

#include "model/cycle_steps_types.hpp"

#include <vector>

namespace assessa {

class Project;

// Step 7's "Collect ideas": the ideas of the self-assessment that the plan does not take up and
// that are not listed yet, each with its subcriterion and no reason: the members' ideas (those
// not drawn into an agreed item) and the agreed areas for improvement that no action answers
// (ImprovementAction::afi_ids). An idea whose text is an action's title counts as
// taken up. The agreed ones first, then the members'.
std::vector<DeclinedIdea> ideas_not_taken_up(const Project& project, Id cycle_id, const std::vector<DeclinedIdea>& listed);

}  // namespace assessa
