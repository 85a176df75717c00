#include "app/gui/score_input.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/sizer.h>
#include <wx/slider.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/valtext.h>

namespace assessa::gui {

ScoreInput::ScoreInput(wxWindow* parent, const Panel& panel, const Phase& phase, const std::string& lang,
                       std::function<void(std::optional<int>)> changed)
    : wxPanel(parent, wxID_ANY), panel_(panel), phase_(phase), lang_(lang), changed_(std::move(changed)) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 2)));
    grid->AddGrowableCol(1, 1);
    auto* title = make_heading(this, u8(phase.title.get(lang)));
    title->SetMinSize(wxSize(std::max(title->GetBestSize().x, FromDIP(64)), -1));
    grid->Add(title, 0, wxALIGN_CENTER_VERTICAL);

    auto* controls = new wxBoxSizer(wxHORIZONTAL);
    field_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(56, -1)), 0,
                            wxTextValidator(wxFILTER_DIGITS));
    field_->SetMaxLength(3);
    field_->SetToolTip(wxString::Format(_("Score %d-%d; leave empty for no score"), panel.scale_min, panel.scale_max));
    field_->SetName(u8(phase.title.get(lang)));
    controls->Add(field_, 0, wxALIGN_CENTER_VERTICAL);
    slider_ = new wxSlider(this, wxID_ANY, panel.scale_min, panel.scale_min, panel.scale_max);
    slider_->SetMinSize(FromDIP(wxSize(180, -1)));
    controls->Add(slider_, 1, wxLEFT | wxALIGN_CENTER_VERTICAL, FromDIP(6));
    grid->Add(controls, 1, wxEXPAND);

    grid->AddSpacer(0);
    band_ = new wxStaticText(this, wxID_ANY, "");
    grid->Add(band_, 1, wxEXPAND);
    SetSizer(grid);

    field_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typed(); });
    slider_->Bind(wxEVT_SLIDER, [this](wxCommandEvent&) {
        value_ = slider_->GetValue();
        field_->ChangeValue(wxString::Format("%d", *value_));
        show_band();
        changed_(value_);
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        show_band();
        e.Skip();
    });
    show_band();
}

void ScoreInput::set(std::optional<int> value) {
    value_ = value;
    field_->ChangeValue(value ? wxString::Format("%d", *value) : wxString());
    slider_->SetValue(value.value_or(panel_.scale_min));
    show_band();
}

void ScoreInput::set_read_only(bool read_only) {
    field_->SetEditable(!read_only);
    slider_->Enable(!read_only);
}

void ScoreInput::typed() {
    const wxString text = field_->GetValue().Trim().Trim(false);
    std::optional<int> v;
    if (!text.empty()) {
        long n = 0;
        if (!text.ToLong(&n) || n < panel_.scale_min || n > panel_.scale_max) {
            band_->SetLabel(wxString::Format(_("Enter a whole number from %d to %d."), panel_.scale_min,
                                             panel_.scale_max));
            return;
        }
        v = static_cast<int>(n);
    }
    if (v == value_) return;
    value_ = v;
    slider_->SetValue(v.value_or(panel_.scale_min));
    show_band();
    changed_(value_);
}

void ScoreInput::show_band() {
    wxString text;
    if (!value_) {
        text = _("No score yet.");
    } else if (const Band* b = panel_.band_for(*value_)) {
        const std::string& label = b->label.get(lang_);
        text = b->min == b->max ? wxString::Format("%d", b->min) : wxString::Format("%d-%d", b->min, b->max);
        if (!label.empty()) text += " " + u8(label);
        text += ": " + u8(b->descriptor_for(phase_.id).get(lang_));
    }
    band_->SetLabel(text);
    const int width = band_->GetParent()->GetClientSize().x - FromDIP(90);
    if (width > 100) band_->Wrap(width);
    Layout();
}

}  // namespace assessa::gui
