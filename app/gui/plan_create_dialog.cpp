#include "app/gui/plan_create_dialog.hpp"
#include "app/gui/projector_font.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/project_session.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/wx_text.hpp"
#include "model/date_format.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace assessa::gui {

PlanCreateDialog::PlanCreateDialog(wxWindow* parent, const ProjectSession& session, bool before_action)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Create the improvement plan of cycle %s"), u8(session.cycle().label)),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      cycle_id_(session.cycle().id) {
    use_projector_font(this);
    const int wrap = FromDIP(460);
    auto* page = new wxBoxSizer(wxVERTICAL);
    wxString intro = _("The improvement plan answers the agreed areas for improvement with actions over two or three "
                       "years (CAF steps 7 to 9). Management approves it; a change after the approval starts the "
                       "next version.");
    if (before_action) intro = _("Actions belong to the improvement plan, which this cycle does not have yet. Create "
                                 "it first; the new action opens next.") + "\n\n" + intro;
    auto* text = new wxStaticText(this, wxID_ANY, "");
    set_wrapped(text, intro, wrap);
    page->Add(text, 0, wxALL, FromDIP(12));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    const Cycle cycle = session.project().cycle(cycle_id_);
    const auto today = CalendarDate::parse(utf8(wxDateTime::Today().FormatISODate()));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Starts on:")), 0, wxALIGN_CENTER_VERTICAL);
    starts_ = new DateEntry(this, default_plan_start(cycle, today.value_or(CalendarDate{})).to_string());
    starts_->SetToolTip(_("Proposed: 1 January after the consensus is complete"));
    grid->Add(starts_, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Horizon:")), 0, wxALIGN_CENTER_VERTICAL);
    years_ = new wxChoice(this, wxID_ANY);
    years_->Append(_("2 years"));
    years_->Append(_("3 years"));
    years_->SetSelection(0);  // CAF: the next self-assessment follows two years later
    grid->Add(years_, 0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Ends on:")), 0, wxALIGN_CENTER_VERTICAL);
    ends_ = new wxStaticText(this, wxID_ANY, "");
    grid->Add(ends_, 0, wxALIGN_CENTER_VERTICAL | wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("To be approved by:")), 0, wxALIGN_CENTER_VERTICAL);
    approver_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(300, -1)));
    approver_->SetHint(_("Name and position, e.g. the head of administration"));
    grid->Add(approver_, 1, wxEXPAND);
    page->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));

    messages_ = new wxStaticText(this, wxID_ANY, "");
    messages_->SetForegroundColour(wxColour(170, 0, 0));
    page->Add(messages_, 0, wxEXPAND | wxALL, FromDIP(12));
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Create the plan"));
    page->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    SetSizerAndFit(page);
    SetMinSize(GetSize());
    CentreOnParent();

    Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        revalidate();
        e.Skip();
    });
    Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        revalidate();
        e.Skip();
    });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) {
        revalidate();
        if (problems().empty()) e.Skip();
    }, wxID_OK);
    revalidate();
    approver_->SetFocus();
}

NewPlan PlanCreateDialog::plan() const {
    NewPlan p;
    p.cycle_id = cycle_id_;
    p.starts_on = starts_->iso();
    p.horizon_years = years_->GetSelection() == 1 ? 3 : 2;
    p.approver = utf8(approver_->GetValue());
    return p;
}

std::vector<std::string> PlanCreateDialog::problems() const {
    if (const wxString why = starts_->problem(); !why.empty()) return {utf8(_("Starts on:") + " " + why)};
    return validate_new_plan(plan());
}

void PlanCreateDialog::revalidate() {
    const auto found = problems();
    wxString text;
    for (const auto& p : found) text += (text.empty() ? "" : "\n") + u8(p);
    const auto ends = found.empty() ? draft_plan(plan()).ends_on() : std::nullopt;
    const wxString end_text = ends ? u8(format_ui_date(*ends, ui_language())) : wxString("–");
    bool relayout = false;
    if (ends_->GetLabel() != end_text) {
        ends_->SetLabel(end_text);
        fit_label(ends_);
        relayout = true;
    }
    if (shown_messages_ != text) {
        shown_messages_ = text;
        set_wrapped(messages_, text, FromDIP(460));
        relayout = true;
    }
    if (relayout) {
        Layout();
        if (GetSizer()) GetSizer()->Fit(this);
    }
    if (wxWindow* ok = FindWindow(wxID_OK)) ok->Enable(found.empty());
}

}  // namespace assessa::gui
