#include "app/gui/workshop/blind_vote_bar.hpp"

#include "app/gui/workshop/live_host.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

namespace assessa::gui {

BlindVoteBar::BlindVoteBar(wxWindow* parent, LiveHost& live, std::string code, bool read_only)
    : wxPanel(parent), live_(live), code_(std::move(code)), read_only_(read_only) {
    auto* row = new wxWrapSizer(wxHORIZONTAL);
    const int gap = FromDIP(6);
    status_ = new wxStaticText(this, wxID_ANY, "");
    status_->SetFont(status_->GetFont().Bold());
    status_->SetName(_("Blind vote"));
    row->Add(status_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxTOP, gap);
    auto button = [&](const wxString& label, const wxString& tip, void (BlindVoteBar::*act)()) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [this, act](wxCommandEvent&) { (this->*act)(); });
        row->Add(b, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxTOP, gap);
        return b;
    };
    open_ = button(_("Open blind vote"), _("Members' devices ask for their phase scores of this item"),
                   &BlindVoteBar::open_vote);
    reveal_ = button(_("Reveal"), _("Shows the votes, without names, here and on the devices"), &BlindVoteBar::reveal);
    revote_ = button(_("Vote again"), _("Another round after the discussion; this round stays recorded"),
                     &BlindVoteBar::revote);
    close_ = button(_("Close vote"), _("Devices go back to the individual assessment"), &BlindVoteBar::close_vote);
    auto_reveal_ = new wxCheckBox(this, wxID_ANY, _("Reveal when everyone has voted"));
    auto_reveal_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) {
        live_.session().auto_reveal = e.IsChecked();
        live_.facilitator_acted();
    });
    row->Add(auto_reveal_, 0, wxALIGN_CENTER_VERTICAL | wxTOP, gap);
    SetSizer(row);
    refresh();
}

// The session may have moved on since the buttons were enabled (an automatic reveal): a step no
// longer possible just shows the round as it is.
void BlindVoteBar::act(const std::function<void()>& step) {
    try {
        step();
    } catch (const LiveRefused&) {
    }
    live_.facilitator_acted();
}

bool BlindVoteBar::hides_scores() const { return live_.hides_votes_on(code_); }

void BlindVoteBar::refresh() {
    const LiveRound r = live_.session().round();
    const bool here = r.node_code == code_;
    if (!here) {
        status_->SetLabel(r.node_code.empty() ? _("Live session: no blind vote open")
                                              : wxString::Format(_("Blind vote open on %s"), u8(r.node_code)));
    } else if (!r.revealed) {
        status_->SetLabel(wxString::Format(_("Round %d: %zu of %zu submitted"), r.round, r.submitted, r.group_size));
    } else {
        status_->SetLabel(wxString::Format(wxPLURAL("Round %d revealed: %zu vote", "Round %d revealed: %zu votes", r.votes.size()), r.round,
                                         r.votes.size()));
    }
    open_->Enable(!here && !read_only_);
    reveal_->Enable(here && !r.revealed);
    revote_->Enable(here && r.revealed && !read_only_);
    close_->Enable(here);
    auto_reveal_->SetValue(live_.session().auto_reveal);
    fit_label(status_);
    Layout();
}

void BlindVoteBar::open_vote() {
    act([&] { live_.session().open_item(code_); });
}

void BlindVoteBar::reveal() {
    act([&] { live_.session().reveal(); });
}

void BlindVoteBar::revote() {
    act([&] { live_.session().start_revote(); });
}

void BlindVoteBar::close_vote() {
    act([&] { live_.session().close_item(); });
}

}  // namespace assessa::gui
