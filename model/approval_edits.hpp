#pragma once

#include "model/edit_history.hpp"

#include <string>

namespace assessa {

// Management's approval of a cycle's self-assessment report, as an edit that can be undone:
// undoing it restores the approval (or the draft) recorded before.
Edit edit_report_approval(const Project& project, Id cycle_id, const std::string& by, const std::string& on,
                          const std::string& note);

}  // namespace assessa
