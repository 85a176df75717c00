#pragma once

#include "model/cycle_steps_types.hpp"

#include <wx/panel.h>

#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace assessa::gui {

class DateEntry;

// What every step's editor records about the step itself: its status (automatic, that is
// derived from the records, or set by the user), when it started and was done, who is
// responsible, and notes.
class StepRecordPanel : public wxPanel {
public:
    StepRecordPanel(wxWindow* parent, const StepRecord& record);

    StepRecord record() const;  // as the fields say; dates that cannot be read are left empty
    std::vector<std::string> problems() const;  // dates that cannot be read, translated
    // Projector mode: the responsible person is shown through `shown` and cannot be edited.
    void hide_names(const wxString& shown);

    wxChoice* status() { return status_; }
    DateEntry* started() { return started_; }
    DateEntry* done() { return done_; }
    wxTextCtrl* responsible() { return responsible_; }
    wxTextCtrl* notes() { return notes_; }

private:
    StepRecord original_;
    bool names_hidden_ = false;
    wxChoice* status_ = nullptr;
    DateEntry* started_ = nullptr;
    DateEntry* done_ = nullptr;
    wxTextCtrl* responsible_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
};

}  // namespace assessa::gui
