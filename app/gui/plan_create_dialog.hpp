#pragma once

#include "model/plan_rules.hpp"

#include <wx/dialog.h>

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace assessa::gui {

class DateEntry;
class ProjectSession;

// Plan ▸ Create the improvement plan…: its first day (proposed by the core: 1 January after
// the consensus is complete), a horizon of 2 or 3 years and who is to approve it. The core's
// rules are checked as the user types; OK stays disabled while they find a problem.
class PlanCreateDialog : public wxDialog {
public:
    // `before_action`: the dialog was opened on the way to a new action, and says so.
    PlanCreateDialog(wxWindow* parent, const ProjectSession& session, bool before_action = false);

    NewPlan plan() const;  // as the fields say
    std::vector<std::string> problems() const;
    void revalidate();

    DateEntry* starts() { return starts_; }
    wxChoice* years() { return years_; }
    wxTextCtrl* approver() { return approver_; }
    wxStaticText* messages() { return messages_; }
    wxStaticText* ends() { return ends_; }

private:
    Id cycle_id_ = 0;
    DateEntry* starts_ = nullptr;
    wxChoice* years_ = nullptr;
    wxTextCtrl* approver_ = nullptr;
    wxStaticText* ends_ = nullptr;
    wxStaticText* messages_ = nullptr;
};

}  // namespace assessa::gui
