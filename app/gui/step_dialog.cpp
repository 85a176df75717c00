#include "app/gui/step_dialog.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/projector_font.hpp"
#include "app/gui/step_record_panel.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>

namespace assessa::gui {

void add_field(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, wxWindow* control, int flags) {
    const bool tall = control->GetMinSize().y > parent->FromDIP(50) || control->GetBestSize().y > parent->FromDIP(50);
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, (tall ? wxALIGN_TOP : wxALIGN_CENTER_VERTICAL) | wxALL,
              parent->FromDIP(tall ? 6 : 3));
    grid->Add(control, 0, flags | wxALL, parent->FromDIP(3));
}

void add_date_problem(std::vector<std::string>& out, const DateEntry* field, const wxString& label) {
    if (field->GetValue().Strip(wxString::both).empty()) return;  // a date not given is no problem here
    if (const wxString why = field->problem(); !why.empty()) out.push_back(utf8(label + " " + why));
}

StepDialog::StepDialog(wxWindow* parent, WorkspaceHost& host, int step, const CycleSteps& steps)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Step %d: %s"), step, u8(step_title(step))), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      host_(host), steps_(steps), projector_(host.projector_mode()), step_(step) {
    use_projector_font(this);
}

void StepDialog::finish(wxSizer* content, const std::vector<wxWindow*>& extra) {
    const int gap = FromDIP(8);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(content, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    top->Add(make_heading(this, _("This step")), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    const StepRecord r = steps_.step(step_);
    record_ = new StepRecordPanel(this, r);
    if (projector_) record_->hide_names(without_member_names(host_.session(), r.responsible, true));
    top->Add(record_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    messages_ = new wxStaticText(this, wxID_ANY, "");
    messages_->SetForegroundColour(wxColour(170, 0, 0));
    top->Add(messages_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    for (wxWindow* w : extra) buttons->Add(w, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    buttons->AddStretchSpacer(1);
    buttons->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxALIGN_CENTER_VERTICAL);
    top->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizer(top);
    for (wxWindow* w : GetChildren())
        if (auto* spin = dynamic_cast<wxSpinCtrl*>(w)) fit_spin_to_font(spin);
    fit();
    Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
        if (e.IsShown()) fit();
        e.Skip();
    });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (accept()) EndModal(wxID_OK);
    }, wxID_OK);
    auto changed = [this](wxEvent& e) {
        revalidate();
        e.Skip();
    };
    Bind(wxEVT_TEXT, changed);
    Bind(wxEVT_CHOICE, changed);
    Bind(wxEVT_CHECKLISTBOX, changed);
    Bind(wxEVT_CHECKBOX, changed);
    Bind(wxEVT_RADIOBUTTON, changed);
}

void StepDialog::fit() {
    std::function<void(wxWindow*)> forget = [&](wxWindow* w) {
        w->InvalidateBestSize();
        for (wxWindow* child : w->GetChildren()) forget(child);
    };
    forget(this);
    const wxSize best = GetBestSize();
    SetMinSize(best);
    wxSize wanted = IsShown() ? GetSize() : FromDIP(wxSize(720, 0));
    wanted.IncTo(best);
    if (!IsShown() || wanted != GetSize())
        place_on_display(this, wxRect(IsShown() ? GetPosition() : wxPoint(-1, -1), wanted));
    Layout();
}

CycleSteps StepDialog::steps() const {
    CycleSteps s = steps_;
    store(s);
    s.set_step(record_->record());
    return s;
}

std::vector<std::string> StepDialog::problems() const {
    std::vector<std::string> out = own_problems();
    for (auto& p : record_->problems()) out.push_back(std::move(p));
    return out;
}

void show_problems(wxDialog& dialog, wxStaticText* messages, wxString& shown, const std::vector<std::string>& found) {
    wxString text;
    for (const auto& p : found) text += (text.empty() ? "" : "\n") + u8(p);
    if (shown != text) {
        shown = text;
        set_wrapped(messages, text, dialog.GetClientSize().x - dialog.FromDIP(24));
        fit_label(messages);
        dialog.Layout();
    }
    if (wxWindow* ok = dialog.FindWindow(wxID_OK)) ok->Enable(found.empty());
}

void StepDialog::revalidate() {
    if (messages_) show_problems(*this, messages_, shown_messages_, problems());
}

bool StepDialog::accept() {
    revalidate();
    return problems().empty();
}

StepRecordDialog::StepRecordDialog(wxWindow* parent, WorkspaceHost& host, int step, const CycleSteps& steps,
                                   const wxString& text, const wxString& button_label, int button_id)
    : StepDialog(parent, host, step, steps) {
    auto* content = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, "");
    set_wrapped(intro, text, FromDIP(560));
    content->Add(intro, 0, wxALL, FromDIP(3));
    auto* go = new wxButton(this, wxID_ANY, button_label);
    go->Bind(wxEVT_BUTTON, [this, button_id](wxCommandEvent&) {
        if (accept()) EndModal(button_id);
    });
    content->Add(go, 0, wxALL, FromDIP(6));
    finish(content);
    revalidate();
}

ResultsDialog::ResultsDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps, int report_id)
    : StepDialog(parent, host, 6, steps) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    date_ = new DateEntry(this, steps.results.communicated_on);
    date_->set_optional(true);
    date_->SetName("results communicated on");
    add_field(this, grid, _("Results communicated on:"), date_, 0);
    how_ = new wxTextCtrl(this, wxID_ANY, u8(steps.results.how), wxDefaultPosition, FromDIP(wxSize(460, 90)),
                          wxTE_MULTILINE);
    how_->SetName("results how");
    how_->SetHint(_("for example: the full report on the intranet, the key results at the staff meeting"));
    add_field(this, grid, _("How:"), how_);
    grid->AddGrowableRow(1, 1);
    auto* report = new wxButton(this, wxID_ANY, _("Make the self-assessment report…"));
    report->Bind(wxEVT_BUTTON, [this, report_id](wxCommandEvent&) {
        if (accept()) EndModal(report_id);
    });
    finish(grid, {report});
    revalidate();
    date_->SetFocus();
}

void ResultsDialog::store(CycleSteps& steps) const {
    steps.results.communicated_on = date_->iso();
    steps.results.how = utf8(how_->GetValue().Strip(wxString::both));
}

std::vector<std::string> ResultsDialog::own_problems() const {
    std::vector<std::string> out;
    add_date_problem(out, date_, _("Results communicated on:"));
    return out;
}

NextAssessmentDialog::NextAssessmentDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps)
    : StepDialog(parent, host, 10, steps) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    date_ = new DateEntry(this, steps.next.planned_on);
    date_->set_optional(true);
    date_->SetName("next planned on");
    add_field(this, grid, _("Next self-assessment on:"), date_, 0);
    scope_ = new wxTextCtrl(this, wxID_ANY, u8(steps.next.scope), wxDefaultPosition, FromDIP(wxSize(460, 90)),
                            wxTE_MULTILINE);
    scope_->SetName("next scope");
    scope_->SetHint(_("for example: the whole organisation, with the citizens' survey repeated"));
    add_field(this, grid, _("Scope:"), scope_);
    grid->AddGrowableRow(1, 1);
    finish(grid);
    revalidate();
    date_->SetFocus();
}

void NextAssessmentDialog::store(CycleSteps& steps) const {
    steps.next.planned_on = date_->iso();
    steps.next.scope = utf8(scope_->GetValue().Strip(wxString::both));
}

std::vector<std::string> NextAssessmentDialog::own_problems() const {
    std::vector<std::string> out;
    add_date_problem(out, date_, _("Next self-assessment on:"));
    return out;
}

}  // namespace assessa::gui
