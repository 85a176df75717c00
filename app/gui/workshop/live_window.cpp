#include "app/gui/workshop/live_window.hpp"

#include "app/gui/member_label.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/workshop/live_host.hpp"
#include "app/gui/workshop/qr_image.hpp"
#include "app/gui/workspace_host.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

namespace assessa::gui {

namespace {

wxStaticText* heading(wxWindow* parent, const wxString& text) { return make_heading(parent, text, 1.2f); }

}  // namespace

LiveWindow::LiveWindow(wxWindow* parent, WorkspaceHost& workspace, LiveHost& live, std::function<void()> stop)
    : wxFrame(parent, wxID_ANY, _("Live session"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT),
      workspace_(workspace), live_(live) {
    SetFont(parent->GetFont());
    auto* panel = new wxPanel(this);
    const int margin = FromDIP(12);
    auto* layout = new wxBoxSizer(wxVERTICAL);

    // How to join: scanned, typed, or read out.
    auto* join = new wxBoxSizer(wxHORIZONTAL);
    join->Add(new wxStaticBitmap(panel, wxID_ANY, qr_image(live_.join_address(), FromDIP(240))), 0, wxRIGHT, margin);
    auto* join_text = new wxBoxSizer(wxVERTICAL);
    join_text->Add(heading(panel, _("Join from your phone or laptop")), 0, wxBOTTOM, margin);
    address_ = make_heading(panel, u8(live_.join_address()));
    address_->SetName(_("Join address"));
    join_text->Add(address_, 0, wxBOTTOM, margin);
    join_text->Add(make_heading(panel, wxString::Format(_("Join code: %s"), u8(live_.session().join_code())), 1.4f), 0,
                   wxBOTTOM, margin);
    auto* hint = new wxStaticText(panel, wxID_ANY, "");
    set_wrapped(hint, _("Pick your name on the page; the facilitator approves your device before you can score."),
                FromDIP(420));
    join_text->Add(hint, 0);
    join->Add(join_text, 1, wxALIGN_CENTER_VERTICAL);
    layout->Add(join, 0, wxALL, margin);

    // Who has joined, and how far each member is.
    auto* lists = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(heading(panel, _("Devices")), 0, wxBOTTOM, margin / 2);
    devices_ = new wxScrolledWindow(panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(460, 180)), wxVSCROLL);
    devices_->SetScrollRate(0, FromDIP(12));
    devices_->SetName(_("Devices"));
    left->Add(devices_, 1, wxEXPAND);
    lists->Add(left, 1, wxEXPAND | wxRIGHT, margin);
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(heading(panel, _("Progress of the individual assessment")), 0, wxBOTTOM, margin / 2);
    progress_ = new wxStaticText(panel, wxID_ANY, "");
    progress_->SetName(_("Progress of the individual assessment"));
    right->Add(progress_, 0);
    lists->Add(right, 0, wxEXPAND);
    layout->Add(lists, 1, wxEXPAND | wxLEFT | wxRIGHT, margin);

    auto* stop_button = new wxButton(panel, wxID_ANY, _("S&top live session"));
    stop_button->SetToolTip(_("Devices are told the session has ended; nothing listens any more"));
    stop_button->Bind(wxEVT_BUTTON, [stop = std::move(stop)](wxCommandEvent&) { stop(); });
    layout->Add(stop_button, 0, wxALL, margin);

    panel->SetSizer(layout);
    refresh();
    auto* frame_sizer = new wxBoxSizer(wxVERTICAL);
    frame_sizer->Add(panel, 1, wxEXPAND);
    SetSizerAndFit(frame_sizer);
    place_on_display(this, wxRect(-1, -1, GetSize().x, GetSize().y));
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (e.CanVeto()) {  // closing the window only hides it: the session runs until stopped
            Hide();
            e.Veto();
        } else {
            e.Skip();
        }
    });
}

void LiveWindow::refresh() {
    ProjectSession& s = workspace_.session();
    const bool anonymous = workspace_.projector_mode();
    build_devices();
    wxString lines;
    const CycleSummary& summary = s.summary();
    for (const Member& m : members_listed(s, anonymous))
        for (const MemberProgress& p : summary.members)
            if (p.member_id == m.id)
                lines += wxString::Format(_("%s: %zu of %zu"), member_label(s, m, anonymous), p.completed, p.total) + "\n";
    lines.Trim();
    progress_->SetLabel(lines.empty() ? _("Nobody in this cycle's group yet.") : lines);
    fit_label(progress_);
    Layout();
    if (GetSizer()) GetSizer()->SetSizeHints(this);
}

void LiveWindow::build_devices() {
    ProjectSession& s = workspace_.session();
    const bool anonymous = workspace_.projector_mode();
    devices_->DestroyChildren();
    approve_.clear();
    remove_.clear();
    auto* rows = new wxFlexGridSizer(3, FromDIP(4), FromDIP(8));
    rows->AddGrowableCol(0);
    const auto devices = live_.session().devices();
    if (devices.empty()) {
        rows->Add(new wxStaticText(devices_, wxID_ANY, _("No device has asked to join yet.")));
        rows->AddSpacer(0);
        rows->AddSpacer(0);
    }
    for (const LiveDevice& d : devices) {
        const Member* m = s.member(d.member_id);
        const wxString who = m ? member_label(s, *m, anonymous) : wxString("?");
        const wxString what = without_member_names(s, d.label, anonymous);
        const wxString state = d.approved ? _("approved") : _("waiting");
        rows->Add(new wxStaticText(devices_, wxID_ANY, wxString::Format(_("Device %d · %s · %s (%s)"), d.id, what, who, state)),
                  0, wxALIGN_CENTER_VERTICAL);
        auto* approve = new wxButton(devices_, wxID_ANY, _("Approve"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        approve->Enable(!d.approved);
        const int id = d.id;
        approve->Bind(wxEVT_BUTTON, [this, id](wxCommandEvent&) {
            live_.session().approve(id);
            live_.facilitator_acted();
        });
        auto* remove = new wxButton(devices_, wxID_ANY, _("Remove"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        remove->SetToolTip(_("The device's token stops working at once"));
        remove->Bind(wxEVT_BUTTON, [this, id](wxCommandEvent&) {
            live_.session().remove(id);
            live_.facilitator_acted();
        });
        rows->Add(approve, 0);
        rows->Add(remove, 0);
        approve_.push_back(approve);
        remove_.push_back(remove);
    }
    devices_->SetSizer(rows);
    devices_->FitInside();
    devices_->Layout();
}

}  // namespace assessa::gui
