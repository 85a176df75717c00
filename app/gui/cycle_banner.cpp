#include "app/gui/cycle_banner.hpp"

#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace assessa::gui {

CycleBanner::CycleBanner(wxWindow* parent, Actions actions) : wxPanel(parent, wxID_ANY), actions_(std::move(actions)) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Cycle:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    chooser_ = new wxChoice(this, wxID_ANY);
    chooser_->SetName(_("Cycle:"));
    row->Add(chooser_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
    method_ = new wxStaticText(this, wxID_ANY, "");
    row->Add(method_, 1, wxALIGN_CENTER_VERTICAL);
    column->Add(row, 0, wxEXPAND | wxALL, FromDIP(4));

    banner_ = new wxPanel(this, wxID_ANY);
    banner_->SetBackgroundColour(wxColour(255, 236, 179));  // amber: look, do not touch
    auto* strip = new wxBoxSizer(wxHORIZONTAL);
    text_ = new wxStaticText(banner_, wxID_ANY, "");
    text_->SetForegroundColour(*wxBLACK);
    strip->Add(text_, 1, wxALIGN_CENTER_VERTICAL | wxALL, FromDIP(8));
    correct_ = new wxButton(banner_, wxID_ANY, _("Correct this cycle…"));
    strip->Add(correct_, 0, wxALIGN_CENTER_VERTICAL | wxALL, FromDIP(6));
    banner_->SetSizer(strip);
    column->Add(banner_, 0, wxEXPAND);
    SetSizer(column);

    chooser_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        const int i = e.GetSelection();
        if (i >= 0 && static_cast<std::size_t>(i) < ids_.size()) actions_.choose(ids_[static_cast<std::size_t>(i)]);
    });
    correct_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (correct_->GetLabel() == _("Correct this cycle…")) actions_.correct();
        else actions_.finish();
    });
}

void CycleBanner::update(const ProjectSession& s) {
    chooser_->Clear();
    ids_.clear();
    const auto cycles = s.project().cycles();
    for (auto it = cycles.rbegin(); it != cycles.rend(); ++it) {  // the newest first
        chooser_->Append(it == cycles.rbegin() ? wxString::Format(_("%s (current)"), u8(it->label)) : u8(it->label));
        ids_.push_back(it->id);
        if (it->id == s.cycle().id) chooser_->SetSelection(static_cast<int>(ids_.size() - 1));
    }
    const Method* method = s.framework().find_method(s.cycle().method_id);
    method_->SetLabel(wxString::Format(_("started %s · %s · %s %s"), u8(s.cycle().started_on),
                                       method ? u8(method->title.get(s.language())) : u8(s.cycle().method_id),
                                       u8(s.framework().id()), u8(s.framework().version())));
    const CycleAccess& access = s.access();
    banner_->Show(access.closed());
    if (access.closed()) {
        text_->SetLabel(access.unlocked()
                            ? wxString::Format(_("Correcting cycle %s: every change is recorded as a correction with "
                                                 "today's date."),
                                               u8(s.cycle().label))
                            : wxString::Format(_("Cycle %s is an earlier self-assessment and opens read-only. Its "
                                                 "scores, consensus and plan are the record of that cycle."),
                                               u8(s.cycle().label)));
        correct_->SetLabel(access.unlocked() ? _("Finish correcting") : _("Correct this cycle…"));
        text_->Wrap(std::max(FromDIP(300), GetClientSize().x - correct_->GetBestSize().x - FromDIP(40)));
    }
    Layout();
    if (GetParent()) GetParent()->Layout();
}

}  // namespace assessa::gui
