#include "app/gui/bench_share_dialog.hpp"

#include "app/gui/window_fit.hpp"
#include "app/gui/wx_text.hpp"
#include "exports/bench_file.hpp"
#include "model/bench_submission.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace assessa::gui {

BenchShareDialog::BenchShareDialog(wxWindow* parent, std::function<BenchSubmission(const BenchProfile&)> make,
                                   const Framework* framework)
    : wxDialog(parent, wxID_ANY, _("Share for comparison"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      make_(std::move(make)),
      framework_(framework) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("The file holds the group's consensus scores and the facts below, chosen from lists. It holds no names, "
          "no notes, no individual scores and no departments. A CAF network coordinator merges such files into a "
          "comparison set."));
    top->Add(intro, 0, wxALL | wxEXPAND, FromDIP(10));
    auto* form = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    form->AddGrowableCol(1, 1);
    type_ = new wxChoice(this, wxID_ANY);
    for (auto t : all_institution_types) type_->Append(u8(institution_type_label(t)));
    type_->SetSelection(0);
    type_->SetName(_("Type of institution:"));
    size_ = new wxChoice(this, wxID_ANY);
    for (auto b : all_size_bands) size_->Append(u8(size_band_label(b)));
    size_->SetSelection(1);
    size_->SetName(_("Number of staff:"));
    region_ = new wxTextCtrl(this, wxID_ANY);
    region_->SetName(_("Region (optional):"));
    region_->SetMaxLength(200);
    region_->SetHint(_("e.g. Vilnius county; never the organisation's name"));
    for (auto [label, control] : {std::pair<wxString, wxWindow*>{_("Type of institution:"), type_},
                                  {_("Number of staff:"), size_},
                                  {_("Region (optional):"), region_}}) {
        form->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        form->Add(control, 1, wxEXPAND);
    }
    top->Add(form, 0, wxLEFT | wxRIGHT | wxEXPAND, FromDIP(10));
    top->Add(new wxStaticText(this, wxID_ANY, _("Exactly what the file will hold:")), 0, wxALL, FromDIP(10));
    preview_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(560, 260)),
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    preview_->SetName(_("Exactly what the file will hold:"));
    top->Add(preview_, 1, wxLEFT | wxRIGHT | wxEXPAND, FromDIP(10));
    auto* buttons = new wxStdDialogButtonSizer;
    auto* save = new wxButton(this, wxID_SAVE, _("&Save the file…"));
    save->SetDefault();
    buttons->AddButton(save);
    buttons->AddButton(new wxButton(this, wxID_CANCEL));
    buttons->Realize();
    top->Add(buttons, 0, wxALL | wxEXPAND, FromDIP(10));
    SetSizer(top);
    intro->Wrap(FromDIP(560));
    Fit();
    place_on_display(this, wxRect(-1, -1, GetSize().x, GetSize().y));

    type_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update(); });
    size_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update(); });
    region_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_SAVE); }, wxID_SAVE);
    update();
}

void BenchShareDialog::update() {
    BenchProfile profile;
    profile.type = all_institution_types[static_cast<std::size_t>(std::max(0, type_->GetSelection()))];
    profile.size = all_size_bands[static_cast<std::size_t>(std::max(0, size_->GetSelection()))];
    profile.region = utf8(region_->GetValue().Strip(wxString::both));
    submission_ = make_(profile);
    wxString text;
    for (const BenchSummaryLine& line : bench_submission_summary(submission_, framework_))
        text += u8(line.label) + ": " + u8(line.value) + "\n";
    text += "\n" + u8(bench_submission_text(submission_));
    preview_->ChangeValue(text);
    preview_->ShowPosition(0);
}

}  // namespace assessa::gui
