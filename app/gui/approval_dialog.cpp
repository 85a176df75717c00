#include "app/gui/approval_dialog.hpp"
#include "app/gui/projector_font.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/report_commands.hpp"
#include "app/gui/wx_text.hpp"
#include "model/approval_edits.hpp"
#include "model/date_format.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace assessa::gui {

namespace {

std::string trimmed(const wxString& s) {
    wxString t = s;
    return utf8(t.Trim().Trim(false));
}

std::string date_or_today(const std::string& iso) {
    return is_iso_date(iso) ? iso : utf8(wxDateTime::Today().FormatISODate());
}

}  // namespace

ApprovalDialog::ApprovalDialog(wxWindow* parent, const wxString& title, const wxString& explanation,
                               const ApprovalChoice& initial)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    use_projector_font(this);
    auto* page = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, explanation);
    intro->Wrap(FromDIP(430));
    page->Add(intro, 0, wxALL, FromDIP(12));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    grid->AddGrowableRow(2);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Approved by:")), 0, wxALIGN_CENTER_VERTICAL);
    by_ = new wxTextCtrl(this, wxID_ANY, u8(initial.by), wxDefaultPosition, FromDIP(wxSize(360, -1)));
    by_->SetHint(_("Name and position, e.g. the head of administration"));
    grid->Add(by_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Approved on:")), 0, wxALIGN_CENTER_VERTICAL);
    on_ = new DateEntry(this, date_or_today(initial.on));
    grid->Add(on_, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Decision note:")), 0, wxALIGN_TOP | wxTOP, FromDIP(4));
    note_ = new wxTextCtrl(this, wxID_ANY, u8(initial.note), wxDefaultPosition, FromDIP(wxSize(360, 90)),
                           wxTE_MULTILINE);
    note_->SetHint(_("For example the order or minutes that record the decision"));
    grid->Add(note_, 1, wxEXPAND);
    page->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Approve"));
    page->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(page);
    SetMinSize(GetSize());
    Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) {
        if (trimmed(by_->GetValue()).empty()) {
            by_->SetFocus();
            return;  // an approval needs a name
        }
        if (!on_->date()) {
            on_->SetFocus();
            return;  // and a date: the field shows why it is not one
        }
        e.Skip();
    }, wxID_OK);
    by_->SetFocus();
}

ApprovalChoice ApprovalDialog::choice() const {
    return {trimmed(by_->GetValue()), on_->iso(), trimmed(note_->GetValue())};
}

bool approve_report(MainFrame& frame, Id cycle_id, const ApprovalChoice& choice) {
    if (!frame.has_project()) return false;
    Edit edit;
    try {
        edit = edit_report_approval(frame.session().project(), cycle_id, choice.by, choice.on, choice.note);
    } catch (const std::exception& e) {
        frame.prompts().error(u8(e.what()));
        return false;
    }
    if (!frame.perform(std::move(edit))) return false;
    const std::string lang = Translator::current().language();
    frame.SetStatusText(wxString::Format(_("Report approved by %s on %s"), u8(choice.by),
                                         u8(format_iso_ui_date(choice.on, lang))), 0);
    show_approval_status(frame);
    return true;
}

bool approve_plan(MainFrame& frame, Id cycle_id, const ApprovalChoice& choice) {
    if (!frame.has_project()) return false;
    Project& project = frame.session().project();
    const auto plan = project.plan(cycle_id);
    if (!plan) {
        frame.prompts().error(_("This cycle has no improvement plan to approve yet."));
        return false;
    }
    const std::string lang = Translator::current().language();
    const wxString question = wxString::Format(
        _("Record that %s approved version %d of the improvement plan on %s?\n\nThe approval cannot be undone. A "
          "later change to the actions makes the plan a draft again, with the next version number."),
        u8(choice.by), plan->version, u8(format_iso_ui_date(choice.on, lang)));
    if (!frame.prompts().yes_no(question)) return false;
    try {
        project.approve_plan(cycle_id, choice.by, choice.on, choice.note);
    } catch (const std::exception& e) {
        frame.prompts().error(wxString::Format(_("The approval could not be recorded: %s"), u8(e.what())));
        return false;
    }
    frame.session().changed();
    frame.SetStatusText(wxString::Format(_("Plan approved by %s on %s"), u8(choice.by),
                                         u8(format_iso_ui_date(choice.on, lang))), 0);
    show_approval_status(frame);
    return true;
}

void run_approve_report(MainFrame& frame) {
    if (!frame.has_project() || frame.names_hidden_here()) return;
    const Cycle c = frame.session().project().cycle(frame.session().cycle().id);
    ApprovalDialog dlg(&frame, wxString::Format(_("Approve the report of cycle %s"), u8(c.label)),
                       _("Record management's approval of the self-assessment report. The report printed after "
                         "this shows who approved it and when. Edit > Undo takes the approval back."),
                       {c.approved_by, c.approved_on, c.approval_note});
    if (dlg.ShowModal() == wxID_OK) approve_report(frame, c.id, dlg.choice());
}

void run_approve_plan(MainFrame& frame) {
    if (!frame.has_project() || frame.names_hidden_here()) return;
    const Cycle& c = frame.session().cycle();
    const auto plan = frame.session().project().plan(c.id);
    if (!plan) {
        frame.prompts().error(_("This cycle has no improvement plan to approve yet."));
        return;
    }
    ApprovalDialog dlg(&frame, wxString::Format(_("Approve the improvement plan of cycle %s"), u8(c.label)),
                       _("Record management's approval of the improvement plan and its assignment of tasks to "
                         "departments. The approval is final for this version of the plan."),
                       {plan->approved_by, plan->approved_on, plan->decision_note});
    if (dlg.ShowModal() == wxID_OK) approve_plan(frame, c.id, dlg.choice());
}

}  // namespace assessa::gui
