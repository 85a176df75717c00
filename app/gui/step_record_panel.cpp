#include "app/gui/step_record_panel.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace assessa::gui {

namespace {

constexpr StepStatus statuses[] = {StepStatus::not_started, StepStatus::in_progress, StepStatus::done};

}  // namespace

StepRecordPanel::StepRecordPanel(wxWindow* parent, const StepRecord& record)
    : wxPanel(parent, wxID_ANY), original_(record) {
    const int gap = FromDIP(3);
    auto* grid = new wxFlexGridSizer(4, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableCol(3, 1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxALL, gap);
    };
    status_ = new wxChoice(this, wxID_ANY);
    status_->SetName("step status");
    status_->Append(_("Automatic (from what is recorded)"));
    for (StepStatus s : statuses) status_->Append(u8(step_status_label(s)));
    status_->SetSelection(record.status ? 1 + static_cast<int>(*record.status) : 0);
    label(_("Status:"));
    grid->Add(status_, 0, wxALL, gap);
    responsible_ = new wxTextCtrl(this, wxID_ANY, u8(record.responsible));
    responsible_->SetName("step responsible");
    label(_("Responsible:"));
    grid->Add(responsible_, 1, wxEXPAND | wxALL, gap);
    started_ = new DateEntry(this, record.started_on);
    started_->set_optional(true);
    started_->SetName("step started");
    label(_("Started on:"));
    grid->Add(started_, 0, wxALL, gap);
    done_ = new DateEntry(this, record.done_on);
    done_->set_optional(true);
    done_->SetName("step done");
    label(_("Done on:"));
    grid->Add(done_, 0, wxALL, gap);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(grid, 0, wxEXPAND);
    auto* notes_row = new wxBoxSizer(wxHORIZONTAL);
    notes_row->Add(new wxStaticText(this, wxID_ANY, _("Notes:")), 0, wxALIGN_TOP | wxALL, FromDIP(6));
    notes_ = new wxTextCtrl(this, wxID_ANY, u8(record.notes), wxDefaultPosition, FromDIP(wxSize(-1, 44)),
                            wxTE_MULTILINE);
    notes_->SetName("step notes");
    notes_row->Add(notes_, 1, wxEXPAND | wxALL, gap);
    column->Add(notes_row, 0, wxEXPAND);
    SetSizer(column);
}

StepRecord StepRecordPanel::record() const {
    StepRecord r = original_;
    const int s = status_->GetSelection();
    r.status = s > 0 ? std::optional<StepStatus>(statuses[s - 1]) : std::nullopt;
    r.started_on = started_->iso();
    r.done_on = done_->iso();
    if (!names_hidden_) r.responsible = utf8(responsible_->GetValue().Strip(wxString::both));
    r.notes = utf8(notes_->GetValue());
    return r;
}

std::vector<std::string> StepRecordPanel::problems() const {
    std::vector<std::string> out;
    const std::pair<DateEntry*, wxString> fields[] = {{started_, _("Started on:")}, {done_, _("Done on:")}};
    for (const auto& [field, label] : fields)
        if (!field->GetValue().Strip(wxString::both).empty())
            if (const wxString why = field->problem(); !why.empty()) out.push_back(utf8(label + " " + why));
    return out;
}

void StepRecordPanel::hide_names(const wxString& shown) {
    names_hidden_ = true;
    responsible_->ChangeValue(shown);
    responsible_->SetEditable(false);
    responsible_->SetToolTip(_("Members' names are hidden in projector mode: leave it (F11) to see them."));
}

}  // namespace assessa::gui
