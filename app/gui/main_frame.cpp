#include "app/gui/main_frame.hpp"

#include <wx/aboutdlg.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

namespace assessa::gui {

namespace {

wxString u8(const std::string& s) { return wxString::FromUTF8(s); }

std::string ui_language() {
    wxTranslations* t = wxTranslations::Get();
    const wxString lang = t ? t->GetBestTranslation("assessa") : wxString("en");
    return normalize_language(lang.utf8_string());
}

}  // namespace

MainFrame::MainFrame(FrameworkLibrary library)
    : wxFrame(nullptr, wxID_ANY, _("Assessa"), wxDefaultPosition, wxSize(1100, 700)),
      library_(std::move(library)) {
    auto* file = new wxMenu;
    file->Append(wxID_EXIT);
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT);
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [](wxCommandEvent&) {
        wxAboutDialogInfo info;
        info.SetName("Assessa");
        info.SetDescription(_("CAF 2020 self-assessment with ISO 9001:2015 mapping, for public-sector organisations."));
        wxAboutBox(info);
    }, wxID_ABOUT);

    auto* splitter = new wxSplitterWindow(this, wxID_ANY);
    list_ = new wxListCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Framework"), wxLIST_FORMAT_LEFT, 360);
    list_->AppendColumn(_("Version"), wxLIST_FORMAT_LEFT, 80);
    list_->AppendColumn(_("Nodes"), wxLIST_FORMAT_RIGHT, 70);
    list_->AppendColumn(_("Assessable"), wxLIST_FORMAT_RIGHT, 100);
    const std::string lang = ui_language();
    for (std::size_t i = 0; i < library_.frameworks().size(); ++i) {
        const auto& fw = *library_.frameworks()[i];
        const long row = list_->InsertItem(static_cast<long>(i), u8(fw.title().get(lang)));
        list_->SetItem(row, 1, u8(fw.version()));
        list_->SetItem(row, 2, wxString::Format("%zu", fw.nodes().size()));
        list_->SetItem(row, 3, wxString::Format("%zu", fw.assessable_count()));
    }
    details_ = new wxTextCtrl(splitter, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    splitter->SplitVertically(list_, details_, 620);
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { show_framework(e.GetIndex()); });

    CreateStatusBar();
    SetStatusText(wxString::Format(wxPLURAL("%zu framework loaded", "%zu frameworks loaded",
                                            library_.frameworks().size()),
                                   library_.frameworks().size()));
    if (!library_.frameworks().empty()) list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

void MainFrame::show_framework(long index) {
    if (index < 0 || static_cast<std::size_t>(index) >= library_.frameworks().size()) return;
    const auto& fw = *library_.frameworks()[static_cast<std::size_t>(index)];
    const std::string lang = ui_language();
    wxString text = u8(fw.title().get(lang)) + "\n" + u8(fw.description().get(lang)) + "\n\n";
    for (const auto& n : fw.nodes())
        text += wxString(' ', static_cast<size_t>(n.depth) * 4) + u8(n.code) + "  " + u8(n.title.get(lang)) + "\n";
    details_->SetValue(text);
}

}  // namespace assessa::gui
