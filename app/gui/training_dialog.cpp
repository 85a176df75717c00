#include "app/gui/training_dialog.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/list_columns.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/checklst.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace assessa::gui {

TrainingDialog::TrainingDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps)
    : StepDialog(parent, host, 4, steps), sessions_(steps.trainings),
      listed_(members_listed(host.session(), host.projector_mode())) {
    auto* content = new wxBoxSizer(wxVERTICAL);
    list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 110)), wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetName("training sessions");
    list_->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(100));
    list_->AppendColumn(_("Topic"), wxLIST_FORMAT_LEFT, FromDIP(250));
    list_->AppendColumn(_("Trainer"), wxLIST_FORMAT_LEFT, FromDIP(140));
    list_->AppendColumn(_("Attended"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    fit_column_headings(list_);
    content->Add(list_, 1, wxEXPAND);
    content->Add(sessions_.attach(list_, false, form()), 0, wxEXPAND | wxTOP | wxBOTTOM, FromDIP(4));

    auto* form = new wxBoxSizer(wxHORIZONTAL);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    date_ = new DateEntry(this);
    date_->set_optional(true);
    date_->SetName("training date");
    add_field(this, grid, _("Date:"), date_, 0);
    topic_ = new wxTextCtrl(this, wxID_ANY, "");
    topic_->SetName("training topic");
    topic_->SetHint(_("for example: the CAF model and scoring"));
    add_field(this, grid, _("Topic:"), topic_);
    trainer_ = new wxTextCtrl(this, wxID_ANY, "");
    trainer_->SetName("trainer");
    add_field(this, grid, _("Trainer:"), trainer_);
    notes_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(260, 60)), wxTE_MULTILINE);
    notes_->SetName("training notes");
    add_field(this, grid, _("Notes:"), notes_);
    form->Add(grid, 1, wxEXPAND);
    auto* who = new wxBoxSizer(wxVERTICAL);
    who->Add(new wxStaticText(this, wxID_ANY, _("Attended:")), 0, wxALL, FromDIP(3));
    attendees_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(220, 110)));
    attendees_->SetName("attendees");
    for (const Member& m : listed_) attendees_->Append(member_label(host.session(), m, projector_));
    who->Add(attendees_, 1, wxEXPAND | wxALL, FromDIP(3));
    form->Add(who, 0, wxEXPAND | wxLEFT, FromDIP(6));
    content->Add(form, 0, wxEXPAND);

    sessions_.fill();
    finish(content);
    revalidate();
    date_->SetFocus();
}

StepListEditor<TrainingSession>::Form TrainingDialog::form() {
    StepListEditor<TrainingSession>::Form f;
    f.cells = [this](const TrainingSession& t) {
        return std::vector<wxString>{u8(format_iso_ui_date(t.held_on, ui_language())), u8(t.topic),
                                     without_member_names(host_.session(), t.trainer, projector_),
                                     wxString::Format("%zu", t.attendee_ids.size())};
    };
    f.load = [this](const TrainingSession& t) {
        date_->set_iso(t.held_on);
        topic_->ChangeValue(u8(t.topic));
        trainer_->ChangeValue(without_member_names(host_.session(), t.trainer, projector_));
        trainer_->SetEditable(!projector_);
        notes_->ChangeValue(u8(t.notes));
        for (unsigned i = 0; i < attendees_->GetCount(); ++i)
            attendees_->Check(i, std::find(t.attendee_ids.begin(), t.attendee_ids.end(), listed_[i].id) !=
                                     t.attendee_ids.end());
    };
    f.read = [this](const TrainingSession& base) {
        TrainingSession t = base;
        t.held_on = date_->iso();
        t.topic = utf8(topic_->GetValue().Strip(wxString::both));
        if (!projector_ || base.id == 0) t.trainer = utf8(trainer_->GetValue().Strip(wxString::both));
        t.notes = utf8(notes_->GetValue());
        // In the group's order, whatever order the list shows them in.
        t.attendee_ids.clear();
        for (const Member& m : host_.session().members())
            for (unsigned i = 0; i < attendees_->GetCount(); ++i)
                if (listed_[i].id == m.id && attendees_->IsChecked(i)) t.attendee_ids.push_back(m.id);
        return t;
    };
    f.holds_row = [this] { return form_problems().empty(); };
    f.clear = [this] {
        date_->set_iso({});
        for (wxTextCtrl* t : {topic_, trainer_, notes_}) t->ChangeValue(wxString());
        for (unsigned i = 0; i < attendees_->GetCount(); ++i) attendees_->Check(i, false);
    };
    f.changed = [this] { revalidate(); };
    return f;
}

std::vector<std::string> TrainingDialog::form_problems() const {
    std::vector<std::string> out;
    add_date_problem(out, date_, _("Date:"));
    if (date_->iso().empty() && date_->GetValue().Strip(wxString::both).empty())
        out.push_back(utf8(_("Give the date of the training session.")));
    if (topic_->GetValue().Strip(wxString::both).empty()) out.push_back(utf8(_("Give the topic of the training session.")));
    return out;
}

void TrainingDialog::store(CycleSteps& steps) const { steps.trainings = sessions_.rows_with_form(); }

std::vector<std::string> TrainingDialog::own_problems() const {
    std::vector<std::string> out;
    add_date_problem(out, date_, _("Date:"));
    return out;
}

}  // namespace assessa::gui
