#pragma once

#include "model/project.hpp"

#include <optional>

class wxWindow;

namespace assessa::gui {

// File ▸ Start the next self-assessment…: the label, start date and scoring method of the new
// cycle; its group (who leaves, who joins, new roles); what the previous plan achieved and
// which open actions to carry on; whether members see the previous consensus. Returns the new
// cycle, or nothing when cancelled (problems are shown and nothing is changed).
std::optional<Id> run_next_cycle_wizard(wxWindow* parent, Project& project);

}  // namespace assessa::gui
