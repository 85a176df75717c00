#include "app/gui/communication_dialog.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/list_columns.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <utility>

namespace assessa::gui {

namespace {

std::string trimmed(const wxTextCtrl* t) { return utf8(t->GetValue().Strip(wxString::both)); }

}  // namespace

CommunicationDialog::CommunicationDialog(wxWindow* parent, WorkspaceHost& host, CommunicationPlan plan,
                                         const CycleSteps& steps)
    : StepDialog(parent, host, plan == CommunicationPlan::self_assessment ? 2 : 8, steps), plan_(plan),
      entries_(steps.communication_of(plan)) {
    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(new wxStaticText(this, wxID_ANY,
                                  plan == CommunicationPlan::self_assessment
                                      ? _("Who hears about the self-assessment, what, how and when:")
                                      : _("Who hears about the improvement plan, what, how and when:")),
                 0, wxBOTTOM, FromDIP(4));
    list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(640, 130)), wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetName("communication entries");
    list_->AppendColumn(_("Audience"), wxLIST_FORMAT_LEFT, FromDIP(120));
    list_->AppendColumn(_("Message"), wxLIST_FORMAT_LEFT, FromDIP(170));
    list_->AppendColumn(_("Channel"), wxLIST_FORMAT_LEFT, FromDIP(100));
    list_->AppendColumn(_("Planned"), wxLIST_FORMAT_LEFT, FromDIP(90));
    list_->AppendColumn(_("Responsible"), wxLIST_FORMAT_LEFT, FromDIP(100));
    list_->AppendColumn(_("Done"), wxLIST_FORMAT_LEFT, FromDIP(90));
    fit_column_headings(list_);
    content->Add(list_, 1, wxEXPAND);
    content->Add(entries_.attach(list_, true, form()), 0, wxEXPAND | wxTOP | wxBOTTOM, FromDIP(4));

    auto* grid = new wxFlexGridSizer(4, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableCol(3, 1);
    audience_ = new wxTextCtrl(this, wxID_ANY, "");
    audience_->SetName("audience");
    audience_->SetHint(_("for example: all staff"));
    add_field(this, grid, _("Audience:"), audience_);
    channel_ = new wxTextCtrl(this, wxID_ANY, "");
    channel_->SetName("channel");
    channel_->SetHint(_("for example: staff meeting"));
    add_field(this, grid, _("Channel:"), channel_);
    planned_ = new DateEntry(this);
    planned_->set_optional(true);
    planned_->SetName("planned on");
    add_field(this, grid, _("Planned on:"), planned_, 0);
    done_ = new DateEntry(this);
    done_->set_optional(true);
    done_->SetName("done on");
    add_field(this, grid, _("Done on:"), done_, 0);
    responsible_ = new wxTextCtrl(this, wxID_ANY, "");
    responsible_->SetName("responsible");
    add_field(this, grid, _("Responsible:"), responsible_);
    if (projector_) {
        responsible_->SetEditable(false);
        responsible_->SetToolTip(_("Members' names are hidden in projector mode: leave it (F11) to see them."));
    }
    grid->Add(0, 0);
    grid->Add(0, 0);
    content->Add(grid, 0, wxEXPAND);
    auto* message_row = new wxBoxSizer(wxHORIZONTAL);
    message_row->Add(new wxStaticText(this, wxID_ANY, _("Message:")), 0, wxALIGN_TOP | wxALL, FromDIP(6));
    message_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 44)), wxTE_MULTILINE);
    message_->SetName("message");
    message_row->Add(message_, 1, wxEXPAND | wxALL, FromDIP(3));
    content->Add(message_row, 0, wxEXPAND);

    entries_.fill();
    finish(content);
    revalidate();
    audience_->SetFocus();
}

StepListEditor<CommunicationEntry>::Form CommunicationDialog::form() {
    StepListEditor<CommunicationEntry>::Form f;
    f.cells = [this](const CommunicationEntry& e) {
        const std::string lang = ui_language();
        return std::vector<wxString>{u8(e.audience),
                                     u8(e.message),
                                     u8(e.channel),
                                     u8(format_iso_ui_date(e.planned_on, lang)),
                                     without_member_names(host_.session(), e.responsible, projector_),
                                     u8(format_iso_ui_date(e.done_on, lang))};
    };
    f.load = [this](const CommunicationEntry& e) {
        audience_->ChangeValue(u8(e.audience));
        message_->ChangeValue(u8(e.message));
        channel_->ChangeValue(u8(e.channel));
        planned_->set_iso(e.planned_on);
        responsible_->ChangeValue(without_member_names(host_.session(), e.responsible, projector_));
        done_->set_iso(e.done_on);
    };
    f.read = [this](const CommunicationEntry& base) {
        CommunicationEntry e = base;
        e.plan = plan_;
        e.audience = trimmed(audience_);
        e.message = trimmed(message_);
        e.channel = trimmed(channel_);
        e.planned_on = planned_->iso();
        if (!projector_) e.responsible = trimmed(responsible_);
        e.done_on = done_->iso();
        return e;
    };
    f.holds_row = [this] { return form_problems().empty(); };
    f.clear = [this] {
        for (wxTextCtrl* t : {audience_, message_, channel_, responsible_}) t->ChangeValue(wxString());
        planned_->set_iso({});
        done_->set_iso({});
    };
    f.changed = [this] { revalidate(); };
    return f;
}

std::vector<std::string> CommunicationDialog::form_problems() const {
    std::vector<std::string> out;
    add_date_problem(out, planned_, _("Planned on:"));
    add_date_problem(out, done_, _("Done on:"));
    if (trimmed(audience_).empty() && trimmed(message_).empty())
        out.push_back(utf8(_("Name the audience or the message of the entry.")));
    return out;
}

void CommunicationDialog::store(CycleSteps& steps) const {
    std::vector<CommunicationEntry> all;
    for (CommunicationPlan p : {CommunicationPlan::self_assessment, CommunicationPlan::improvement_plan})
        for (const CommunicationEntry& e : p == plan_ ? entries_.rows_with_form() : steps.communication_of(p))
            all.push_back(e);
    steps.communication = std::move(all);
}

std::vector<std::string> CommunicationDialog::own_problems() const {
    // Only the dates typed in the form: an empty form is no problem when OK is clicked.
    std::vector<std::string> out;
    add_date_problem(out, planned_, _("Planned on:"));
    add_date_problem(out, done_, _("Done on:"));
    return out;
}

}  // namespace assessa::gui
