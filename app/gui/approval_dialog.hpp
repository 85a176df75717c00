#pragma once

#include "model/project_types.hpp"

#include <wx/dialog.h>

#include <string>

class wxTextCtrl;

namespace assessa::gui {

class DateEntry;

class MainFrame;

// Who approved, when (ISO date) and the decision's note.
struct ApprovalChoice {
    std::string by;
    std::string on;
    std::string note;
};

// Asks for a management approval: the name, a date from a calendar and a note.
class ApprovalDialog : public wxDialog {
public:
    ApprovalDialog(wxWindow* parent, const wxString& title, const wxString& explanation, const ApprovalChoice& initial);

    ApprovalChoice choice() const;

    wxTextCtrl* by() { return by_; }
    DateEntry* on() { return on_; }
    wxTextCtrl* note() { return note_; }

private:
    wxTextCtrl* by_ = nullptr;
    DateEntry* on_ = nullptr;
    wxTextCtrl* note_ = nullptr;
};

// Records the approval of a cycle's report through the undo history. Refusals are shown
// through the frame's prompts; returns whether it was recorded.
bool approve_report(MainFrame& frame, Id cycle_id, const ApprovalChoice& choice);
// Records the approval of a cycle's plan after the user confirms it (it cannot be undone; a
// later change to the actions makes the plan a draft again, with the next version).
bool approve_plan(MainFrame& frame, Id cycle_id, const ApprovalChoice& choice);

// Asks for the approval and records it.
void run_approve_report(MainFrame& frame);
void run_approve_plan(MainFrame& frame);

}  // namespace assessa::gui
