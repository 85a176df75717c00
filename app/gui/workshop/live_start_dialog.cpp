#include "app/gui/workshop/live_start_dialog.hpp"

#include "app/gui/projector_font.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

namespace assessa::gui {

LiveStartDialog::LiveStartDialog(wxWindow* parent, std::vector<std::string> addresses, int port)
    : wxDialog(parent, wxID_ANY, _("Start live session"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      addresses_(std::move(addresses)) {
    use_projector_font(this);
    const int wrap = FromDIP(440);
    auto* page = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, "");
    set_wrapped(intro,
                _("Members take part from their own phones and laptops: they open the address shown on the projector "
                  "in a browser, pick their name, and you approve each device. Choose the address of the network "
                  "their devices are on (the room's Wi-Fi). Nothing listens before you start or after you stop."),
                wrap);
    page->Add(intro, 0, wxALL, FromDIP(12));

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Network address:")), 0, wxALIGN_CENTER_VERTICAL);
    address_ = new wxChoice(this, wxID_ANY);
    for (const std::string& a : addresses_)
        address_->Append(a == "127.0.0.1" ? wxString::Format(_("%s (this computer only)"), u8(a)) : u8(a));
    address_->SetSelection(0);
    address_->SetName(_("Network address:"));
    grid->Add(address_, 1, wxEXPAND);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Port:")), 0, wxALIGN_CENTER_VERTICAL);
    port_ = new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1024, 65535, port);
    port_->SetName(_("Port:"));
    fit_spin_to_font(port_);
    grid->Add(port_, 0);
    page->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));

    page->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(12));
    if (auto* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Start"));
    SetSizerAndFit(page);
    CentreOnParent();
}

std::string LiveStartDialog::address() const {
    const int i = address_->GetSelection();
    return i >= 0 && static_cast<std::size_t>(i) < addresses_.size() ? addresses_[static_cast<std::size_t>(i)]
                                                                     : std::string("127.0.0.1");
}

int LiveStartDialog::port() const { return port_->GetValue(); }

}  // namespace assessa::gui
