#include "app/gui/decision_dialog.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/checklst.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace assessa::gui {

DecisionDialog::DecisionDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps)
    : StepDialog(parent, host, 1, steps) {
    const SelfAssessmentDecision& d = steps.decision;
    ProjectSession& s = host.session();
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    decided_on_ = new DateEntry(this, d.decided_on);
    decided_on_->set_optional(true);
    decided_on_->SetName("decided on");
    add_field(this, grid, _("Decided on:"), decided_on_, 0);
    decided_by_ = new wxTextCtrl(this, wxID_ANY, u8(d.decided_by));
    decided_by_->SetName("decided by");
    decided_by_->SetHint(_("for example: Director, order No. V-12"));
    add_field(this, grid, _("Decided by:"), decided_by_);

    auto* scope = new wxBoxSizer(wxVERTICAL);
    whole_ = new wxRadioButton(this, wxID_ANY, _("The whole organisation"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    units_ = new wxRadioButton(this, wxID_ANY, _("The departments checked:"));
    departments_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(300, 84)));
    departments_->SetName("scope departments");
    for (const Department& dep : s.project().departments()) {
        department_ids_.push_back(dep.id);
        departments_->Append(u8(dep.code) + " – " + u8(dep.name));
        if (std::find(d.unit_ids.begin(), d.unit_ids.end(), dep.id) != d.unit_ids.end())
            departments_->Check(static_cast<unsigned>(department_ids_.size() - 1));
    }
    scope->Add(whole_, 0, wxBOTTOM, FromDIP(2));
    scope->Add(units_, 0, wxBOTTOM, FromDIP(2));
    scope->Add(departments_, 0, wxEXPAND | wxLEFT, FromDIP(20));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Scope:")), 0, wxALIGN_TOP | wxALL, FromDIP(6));
    grid->Add(scope, 0, wxEXPAND | wxALL, FromDIP(3));
    choose_scope(d.scope);
    whole_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent& e) {
        departments_->Enable(false);
        e.Skip();
    });
    units_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent& e) {
        departments_->Enable(true);
        e.Skip();
    });

    objective_ = new wxTextCtrl(this, wxID_ANY, u8(d.objective), wxDefaultPosition, FromDIP(wxSize(420, 54)),
                                wxTE_MULTILINE);
    objective_->SetName("objective");
    add_field(this, grid, _("Objective:"), objective_);
    leader_ = new wxTextCtrl(this, wxID_ANY, u8(d.process_leader));
    leader_->SetName("process leader");
    add_field(this, grid, _("Process leader:"), leader_);
    resources_ = new wxTextCtrl(this, wxID_ANY, u8(d.resources), wxDefaultPosition, FromDIP(wxSize(420, 44)),
                                wxTE_MULTILINE);
    resources_->SetName("resources");
    resources_->SetHint(_("time of the group, a facilitator, training, a budget"));
    add_field(this, grid, _("Resources:"), resources_);
    const Method* method = s.framework().find_method(s.cycle().method_id);
    auto* method_label = new wxStaticText(this, wxID_ANY, method ? u8(method->title.get(s.language()))
                                                                 : u8(s.cycle().method_id));
    method_label->SetToolTip(_("The scoring method is chosen when the cycle starts."));
    add_field(this, grid, _("Scoring method:"), method_label, 0);
    if (projector_) {
        // Who decided and who leads the process are people: shown as projector mode shows names.
        for (wxTextCtrl* t : {decided_by_, leader_}) {
            t->ChangeValue(without_member_names(s, utf8(t->GetValue()), true));
            t->SetEditable(false);
        }
    }
    finish(grid);
    revalidate();
    decided_on_->SetFocus();
}

void DecisionDialog::choose_scope(AssessmentScope scope) {
    whole_->SetValue(scope == AssessmentScope::whole_organisation);
    units_->SetValue(scope == AssessmentScope::units);
    departments_->Enable(scope == AssessmentScope::units);
    revalidate();
}

void DecisionDialog::store(CycleSteps& steps) const {
    SelfAssessmentDecision& d = steps.decision;
    d.decided_on = decided_on_->iso();
    if (!projector_) {
        d.decided_by = utf8(decided_by_->GetValue().Strip(wxString::both));
        d.process_leader = utf8(leader_->GetValue().Strip(wxString::both));
    }
    d.scope = units_->GetValue() ? AssessmentScope::units : AssessmentScope::whole_organisation;
    d.unit_ids.clear();
    if (d.scope == AssessmentScope::units)
        for (unsigned i = 0; i < departments_->GetCount(); ++i)
            if (departments_->IsChecked(i)) d.unit_ids.push_back(department_ids_[i]);
    d.objective = utf8(objective_->GetValue().Strip(wxString::both));
    d.resources = utf8(resources_->GetValue().Strip(wxString::both));
}

std::vector<std::string> DecisionDialog::own_problems() const {
    std::vector<std::string> out;
    add_date_problem(out, decided_on_, _("Decided on:"));
    if (units_->GetValue()) {
        bool any = false;
        for (unsigned i = 0; i < departments_->GetCount(); ++i) any |= departments_->IsChecked(i);
        if (!any) out.push_back(utf8(_("Check the departments the self-assessment covers, or choose the whole organisation.")));
    }
    return out;
}

}  // namespace assessa::gui
