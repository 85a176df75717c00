#include "app/gui/welcome_page.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/settings.h>
#include <wx/stattext.h>

namespace assessa::gui {

WelcomePage::WelcomePage(wxWindow* parent, Actions actions) : wxPanel(parent, wxID_ANY), actions_(std::move(actions)) {
    auto* outer = new wxBoxSizer(wxVERTICAL);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("Assessa"));
    title->SetFont(title->GetFont().Scaled(2.2f).Bold());
    column->Add(title, 0, wxBOTTOM, FromDIP(4));
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("Self-assessment with the Common Assessment Framework (CAF 2020), related to ISO 9001:2015. "
          "Every change is saved as you make it."));
    intro->Wrap(FromDIP(640));
    column->Add(intro, 0, wxBOTTOM, FromDIP(16));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto button = [&](const wxString& label, const wxArtID& art, std::function<void()> action) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetBitmap(wxArtProvider::GetBitmapBundle(art, wxART_BUTTON));
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT, FromDIP(8));
        return b;
    };
    button(_("New self-assessment…"), wxART_NEW, [this] { actions_.create(); })->SetDefault();
    button(_("Open…"), wxART_FILE_OPEN, [this] { actions_.open(); });
    button(_("Open the demo"), wxART_TIP, [this] { actions_.demo(); });
    column->Add(buttons, 0, wxBOTTOM, FromDIP(20));

    auto* recent_title = new wxStaticText(this, wxID_ANY, _("Recent projects"));
    recent_title->SetFont(recent_title->GetFont().Bold());
    column->Add(recent_title, 0, wxBOTTOM, FromDIP(4));
    recent_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(640, 220)));
    recent_->SetName(_("Recent projects"));
    column->Add(recent_, 1, wxEXPAND);
    auto* hint = new wxStaticText(this, wxID_ANY, _("Press Enter or double-click to open."));
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    column->Add(hint, 0, wxTOP, FromDIP(4));
    recent_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent& e) {
        const int i = e.GetSelection();
        if (i >= 0 && static_cast<std::size_t>(i) < paths_.size()) actions_.open_recent(paths_[static_cast<std::size_t>(i)]);
    });

    outer->AddStretchSpacer(1);
    outer->Add(column, 0, wxALIGN_CENTER_HORIZONTAL | wxLEFT | wxRIGHT, FromDIP(24));
    outer->AddStretchSpacer(2);
    SetSizer(outer);
}

void WelcomePage::set_recent(const std::vector<std::string>& paths) {
    paths_ = paths;
    recent_->Clear();
    for (const auto& p : paths) {
        const wxFileName f(u8(p));
        recent_->Append(f.GetFullName() + "   —   " + f.GetPath());
    }
    if (!paths.empty()) recent_->SetSelection(0);
    if (paths.empty()) recent_->Append(_("(none yet)"));
}

}  // namespace assessa::gui
