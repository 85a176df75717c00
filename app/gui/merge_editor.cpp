#include "app/gui/merge_editor.hpp"
#include "app/gui/projector_font.hpp"

#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace assessa::gui {

MergeEditor::MergeEditor(wxWindow* parent, const std::vector<wxString>& sources, const std::string& proposal)
    : wxDialog(parent, wxID_ANY, _("Merge into one agreed item"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    use_projector_font(this);
    auto* box = new wxBoxSizer(wxVERTICAL);
    const int wrap = FromDIP(520);
    auto* from = new wxStaticText(this, wxID_ANY, _("The members' items merged (all stay linked as its sources):"));
    from->Wrap(wrap);
    box->Add(from, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(10));
    auto* list = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(520, 110)));
    for (const wxString& s : sources) list->Append(s);
    list->SetName(_("Merged items"));
    box->Add(list, 0, wxEXPAND | wxALL, FromDIP(10));
    auto* hint = new wxStaticText(this, wxID_ANY, _("Agreed text (reword it into what the group agreed):"));
    hint->Wrap(wrap);
    box->Add(hint, 0, wxLEFT | wxRIGHT, FromDIP(10));
    text_ = new wxTextCtrl(this, wxID_ANY, u8(proposal), wxDefaultPosition, FromDIP(wxSize(520, 120)), wxTE_MULTILINE);
    text_->SetName(_("Agreed text"));
    box->Add(text_, 1, wxEXPAND | wxALL, FromDIP(10));
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK))) {
        ok->SetLabel(_("&Merge"));
        text_->Bind(wxEVT_TEXT, [this, ok](wxCommandEvent&) { ok->Enable(!text_->GetValue().Trim().Trim(false).empty()); });
    }
    box->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(10));
    SetSizerAndFit(box);
    text_->SetFocus();
}

std::string MergeEditor::merged_text() const { return utf8(text_->GetValue()); }

}  // namespace assessa::gui
