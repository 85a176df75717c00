#pragma once

#include "app/gui/workspace_host.hpp"
#include "model/cycle_steps_types.hpp"

#include <wx/dialog.h>

#include <functional>
#include <string>
#include <vector>

class wxFlexGridSizer;
class wxSizer;
class wxStaticText;
class wxTextCtrl;

namespace assessa::gui {

class DateEntry;
class StepRecordPanel;

// Shows a dialog modally and returns its result; the GUI tests replace it.
using DialogRunner = std::function<int(wxDialog&)>;

// Shows `found` in a dialog's message label (laid out again only when the text changed, kept in
// `shown`) and enables its OK button only when there is no problem.
void show_problems(wxDialog& dialog, wxStaticText* messages, wxString& shown, const std::vector<std::string>& found);

// The frame of every step's editor: the step's own records above (made by the subclass), the
// step record (status, dates, responsible, notes) below, the problems found, and OK/Cancel.
// It edits a copy of the cycle's step records; steps() is that copy as the fields say.
class StepDialog : public wxDialog {
public:
    StepDialog(wxWindow* parent, WorkspaceHost& host, int step, const CycleSteps& steps);

    int step() const { return step_; }
    CycleSteps steps() const;
    std::vector<std::string> problems() const;
    // What OK does: re-checks and refuses (showing the messages) while there are problems.
    bool accept();
    void revalidate();
    StepRecordPanel* record_panel() { return record_; }
    wxStaticText* messages() { return messages_; }

protected:
    // Lays the dialog out: `content` (controls made with this dialog as parent), the step record
    // and the buttons; `extra` buttons go at the bottom left. Call once at the end of the
    // subclass's constructor.
    void finish(wxSizer* content, const std::vector<wxWindow*>& extra = {});
    // Writes the subclass's fields into `steps`.
    virtual void store(CycleSteps& /*steps*/) const {}
    virtual std::vector<std::string> own_problems() const { return {}; }
    // Measures everything again and fits the dialog within the screen.
    void fit();

    WorkspaceHost& host_;
    CycleSteps steps_;
    bool projector_ = false;

private:
    int step_;
    StepRecordPanel* record_ = nullptr;
    wxStaticText* messages_ = nullptr;
    wxString shown_messages_;
};

// Steps 3 and 5, whose records live elsewhere (the group, the assessment): the step record and
// a button that leaves the dialog with `button_id` to go there.
class StepRecordDialog : public StepDialog {
public:
    StepRecordDialog(wxWindow* parent, WorkspaceHost& host, int step, const CycleSteps& steps, const wxString& text,
                     const wxString& button_label, int button_id);
};

// Step 6: when and how the results reached the staff; a button leaves with `report_id` to make the report.
class ResultsDialog : public StepDialog {
public:
    ResultsDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps, int report_id);
    DateEntry* date() { return date_; }
    wxTextCtrl* how() { return how_; }

protected:
    void store(CycleSteps& steps) const override;
    std::vector<std::string> own_problems() const override;

private:
    DateEntry* date_ = nullptr;
    wxTextCtrl* how_ = nullptr;
};

// Step 10: the date and scope of the next self-assessment.
class NextAssessmentDialog : public StepDialog {
public:
    NextAssessmentDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps);
    DateEntry* date() { return date_; }
    wxTextCtrl* scope() { return scope_; }

protected:
    void store(CycleSteps& steps) const override;
    std::vector<std::string> own_problems() const override;

private:
    DateEntry* date_ = nullptr;
    wxTextCtrl* scope_ = nullptr;
};

// A label and its control in a two-column grid, the label at the top of tall controls.
void add_field(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, wxWindow* control,
               int flags = wxEXPAND);
// A date field's problem as "Label: why", or nothing.
void add_date_problem(std::vector<std::string>& out, const DateEntry* field, const wxString& label);

}  // namespace assessa::gui
