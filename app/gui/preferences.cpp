#include "app/gui/preferences.hpp"
#include "app/gui/projector_font.hpp"

#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

namespace assessa::gui {

namespace {

struct Language {
    const char* tag;
    const char* name;  // in its own language, so a user finds it whatever the UI language
};
const Language ui_languages[] = {{"", ""}, {"en", "English"}, {"lt", "Lietuvių"}, {"zh", "中文（简体）"}};

}  // namespace

Preferences Preferences::load() {
    Preferences p;
    wxConfigBase* c = wxConfigBase::Get();
    c->Read("/Preferences/UILanguage", &p.ui_language, "");
    c->Read("/Preferences/ReportLanguage", &p.report_language, "en");
    c->Read("/Preferences/ProjectorFontSize", &p.projector_font_size, 18);
    return p;
}

void Preferences::save() const {
    wxConfigBase* c = wxConfigBase::Get();
    c->Write("/Preferences/UILanguage", ui_language);
    c->Write("/Preferences/ReportLanguage", report_language);
    c->Write("/Preferences/ProjectorFontSize", projector_font_size);
    c->Flush();
}

bool edit_preferences(wxWindow* parent, Preferences& prefs) {
    wxDialog dlg(parent, wxID_ANY, _("Preferences"));
    use_projector_font(&dlg);
    auto* grid = new wxFlexGridSizer(2, dlg.FromDIP(wxSize(10, 8)));
    auto* ui = new wxChoice(&dlg, wxID_ANY);
    auto* report = new wxChoice(&dlg, wxID_ANY);
    int ui_sel = 0, report_sel = 0;
    for (std::size_t i = 0; i < std::size(ui_languages); ++i) {
        const Language& l = ui_languages[i];
        ui->Append(i == 0 ? _("The system's language") : wxString::FromUTF8(l.name));
        if (prefs.ui_language == l.tag) ui_sel = static_cast<int>(i);
        if (i > 0) {
            report->Append(wxString::FromUTF8(l.name));
            if (prefs.report_language == l.tag) report_sel = static_cast<int>(i) - 1;
        }
    }
    ui->SetSelection(ui_sel);
    report->SetSelection(report_sel);
    auto* font = new wxSpinCtrl(&dlg, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 10, 40,
                                prefs.projector_font_size);
    fit_spin_to_font(font);
    grid->Add(new wxStaticText(&dlg, wxID_ANY, _("&Language of the program:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(ui, 1, wxEXPAND);
    grid->Add(new wxStaticText(&dlg, wxID_ANY, _("Language of &reports:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(report, 1, wxEXPAND);
    grid->Add(new wxStaticText(&dlg, wxID_ANY, _("&Font size in projector mode:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(font, 0);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(grid, 1, wxEXPAND | wxALL, dlg.FromDIP(12));
    auto* note = new wxStaticText(&dlg, wxID_ANY, _("A new program language applies the next time Assessa starts."));
    box->Add(note, 0, wxLEFT | wxRIGHT, dlg.FromDIP(12));
    box->Add(dlg.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, dlg.FromDIP(12));
    dlg.SetSizerAndFit(box);
    if (dlg.ShowModal() != wxID_OK) return false;
    prefs.ui_language = ui_languages[ui->GetSelection()].tag;
    prefs.report_language = ui_languages[report->GetSelection() + 1].tag;
    prefs.projector_font_size = font->GetValue();
    prefs.save();
    return true;
}

}  // namespace assessa::gui
