#pragma once

#include "model/survey_evidence.hpp"

#include <wx/sizer.h>

#include <functional>
#include <string>

namespace assessa::gui {

class WorkspaceHost;

// "Evidence from surveys" on a subcriterion's page and in the consensus view: for each survey
// of the cycle that is evidence for the node, its index, trend and weakest items, each with
// "Raise as area for improvement", as a sizer of `parent`'s children. `raise` gets the AFI's text; the page decides whose AFI it
// becomes (the member's, or the group's agreed one). Returns null when the node has no survey.
wxSizer* make_survey_evidence_box(wxWindow* parent, WorkspaceHost& host, const std::string& node_code, int wrap,
                                   bool read_only, std::function<void(const SurveyEvidence&, const std::string& item_id)> raise);

}  // namespace assessa::gui
