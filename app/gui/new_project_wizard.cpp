#include "app/gui/new_project_wizard.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>
#include <wx/translation.h>
#include <wx/wizard.h>

namespace assessa::gui {

namespace {

wxWizardPageSimple* page_with(wxWizard* w, const wxString& heading, wxBoxSizer*& box) {
    auto* page = new wxWizardPageSimple(w);
    box = new wxBoxSizer(wxVERTICAL);
    // The font is set before the text, so that the heading is measured in the font it is drawn in.
    box->Add(make_heading(page, heading, 1.3f), 0, wxBOTTOM, page->FromDIP(10));
    page->SetSizer(box);
    return page;
}

wxStaticText* wrapped(wxWindow* parent, const wxString& text) {
    auto* t = new wxStaticText(parent, wxID_ANY, text);
    t->Wrap(parent->FromDIP(560));
    return t;
}

}  // namespace

std::unique_ptr<Project> run_new_project_wizard(wxWindow* parent, const FrameworkLibrary& library, std::string& path) {
    if (library.frameworks().empty()) {
        wxMessageBox(_("No framework was found, so no self-assessment can be started."), _("Assessa"), wxOK | wxICON_ERROR,
                     parent);
        return nullptr;
    }
    wxTranslations* tr = wxTranslations::Get();
    const std::string ui_lang = tr ? normalize_language(utf8(tr->GetBestTranslation("assessa"))) : "en";
    wxWizard wizard(parent, wxID_ANY, _("New self-assessment"));
    wxBoxSizer* box = nullptr;

    auto* org_page = page_with(&wizard, _("Your organisation"), box);
    auto* grid = new wxFlexGridSizer(2, org_page->FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1, 1);
    auto field = [&](const wxString& label, const wxString& value = "") {
        grid->Add(new wxStaticText(org_page, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* t = new wxTextCtrl(org_page, wxID_ANY, value, wxDefaultPosition, org_page->FromDIP(wxSize(380, -1)));
        t->SetName(label);
        grid->Add(t, 1, wxEXPAND);
        return t;
    };
    auto* name = field(_("Organisation name:"));
    auto* type = field(_("Type (e.g. municipal administration):"));
    auto* address = field(_("Address:"));
    auto* size = field(_("Size (e.g. 180 employees):"));
    auto* cycle = field(_("Label of this self-assessment:"), wxDateTime::Now().Format("%Y"));
    grid->Add(new wxStaticText(org_page, wxID_ANY, _("Language of the project and reports:")), 0, wxALIGN_CENTER_VERTICAL);
    const char* langs[] = {"en", "lt", "zh"};
    auto* lang = new wxChoice(org_page, wxID_ANY);
    lang->Append("English");
    lang->Append("Lietuvių");
    lang->Append(wxString::FromUTF8("中文（简体）"));
    lang->SetSelection(ui_lang == "lt" ? 1 : ui_lang == "zh" ? 2 : 0);
    grid->Add(lang, 1, wxEXPAND);
    box->Add(grid, 0, wxEXPAND);

    auto* fw_page = page_with(&wizard, _("Framework"), box);
    auto* fw_list = new wxListBox(fw_page, wxID_ANY, wxDefaultPosition, fw_page->FromDIP(wxSize(-1, 110)));
    std::vector<FrameworkPtr> assessable;
    for (const auto& fw : library.frameworks())
        if (!fw->methods().empty()) {
            assessable.push_back(fw);
            fw_list->Append(u8(fw->title().get(ui_lang) + " (" + fw->version() + ")"));
        }
    fw_list->SetSelection(0);
    box->Add(fw_list, 0, wxEXPAND);
    auto* fw_text = new wxTextCtrl(fw_page, wxID_ANY, "", wxDefaultPosition, fw_page->FromDIP(wxSize(560, 140)),
                                   wxTE_MULTILINE | wxTE_READONLY);
    box->Add(fw_text, 1, wxEXPAND | wxTOP, fw_page->FromDIP(8));
    auto show_fw = [&] {
        const int i = fw_list->GetSelection();
        if (i >= 0) fw_text->SetValue(u8(assessable[static_cast<std::size_t>(i)]->description().get(ui_lang)));
    };
    show_fw();

    auto* method_page = page_with(&wizard, _("Scoring method"), box);
    // The framework explains its methods (classical and fine-tuned for CAF) below the choice.
    box->Add(wrapped(method_page, _("Choose how the group scores each subcriterion:")), 0, wxBOTTOM,
             method_page->FromDIP(8));
    // The methods come from the framework chosen: the radio box is made again when it changes.
    auto* method_text = wrapped(method_page, "");
    box->Add(method_text, 0, wxTOP, method_page->FromDIP(6));
    std::vector<std::string> method_ids;
    wxRadioBox* methods = nullptr;

    auto* dep_page = page_with(&wizard, _("Departments"), box);
    box->Add(wrapped(dep_page, _("One department per line: a short code, a space, and its name. "
                                 "Example: FIN Finance and Budget Department. You can change them later.")));
    auto* deps = new wxTextCtrl(dep_page, wxID_ANY, "", wxDefaultPosition, dep_page->FromDIP(wxSize(560, 200)),
                                wxTE_MULTILINE);
    deps->SetName(_("Departments"));
    box->Add(deps, 1, wxEXPAND | wxTOP, dep_page->FromDIP(8));

    auto* mem_page = page_with(&wizard, _("Self-assessment group"), box);
    box->Add(wrapped(mem_page, _("One member per line. The first is the facilitator; a line may end with a "
                                 "department code after a comma. Example: Rūta Petrauskienė, FIN")));
    auto* mems = new wxTextCtrl(mem_page, wxID_ANY, "", wxDefaultPosition, mem_page->FromDIP(wxSize(560, 200)),
                                wxTE_MULTILINE);
    mems->SetName(_("Self-assessment group"));
    box->Add(mems, 1, wxEXPAND | wxTOP, mem_page->FromDIP(8));

    wxWizardPageSimple::Chain(org_page, fw_page);
    wxWizardPageSimple::Chain(fw_page, method_page);
    wxWizardPageSimple::Chain(method_page, dep_page);
    wxWizardPageSimple::Chain(dep_page, mem_page);

    wizard.Bind(wxEVT_WIZARD_PAGE_CHANGING, [&](wxWizardEvent& e) {
        if (e.GetPage() == org_page && e.GetDirection() && name->GetValue().Trim().empty()) {
            wxMessageBox(_("Enter the name of the organisation."), _("Assessa"), wxOK | wxICON_INFORMATION, &wizard);
            e.Veto();
        }
    });
    auto make_methods = [&] {
        const auto& fw = *assessable[static_cast<std::size_t>(std::max(0, fw_list->GetSelection()))];
        wxArrayString labels;
        method_ids.clear();
        wxString descriptions;
        for (const auto& m : fw.methods()) {
            labels.Add(u8(m.title.get(ui_lang)));
            method_ids.push_back(m.id);
            descriptions += u8(m.title.get(ui_lang)) + ": " + u8(m.description.get(ui_lang)) + "\n\n";
        }
        if (methods) methods->Destroy();
        methods = new wxRadioBox(method_page, wxID_ANY, _("Method"), wxDefaultPosition, wxDefaultSize, labels, 1,
                                 wxRA_SPECIFY_COLS);
        methods->SetName(_("Method"));
        method_page->GetSizer()->Insert(2, methods, 0, wxEXPAND);
        method_text->SetLabel(descriptions.Trim());
        method_text->Wrap(method_page->FromDIP(560));
        method_page->Layout();
    };
    make_methods();
    fw_list->Bind(wxEVT_LISTBOX, [&](wxCommandEvent&) {
        show_fw();
        make_methods();
    });
    // Every page in the page area from the start: the wizard is sized once, for the largest page,
    // and never grows over its own buttons when a later page is shown first.
    for (wxWizardPage* page : {static_cast<wxWizardPage*>(org_page), static_cast<wxWizardPage*>(fw_page),
                               static_cast<wxWizardPage*>(method_page), static_cast<wxWizardPage*>(dep_page),
                               static_cast<wxWizardPage*>(mem_page)})
        wizard.GetPageAreaSizer()->Add(page);
    wizard.Bind(wxEVT_WIZARD_PAGE_SHOWN, [&wizard](wxWizardEvent& e) {
        e.GetPage()->Layout();
        wizard.Layout();
        e.Skip();
    });
    if (!wizard.RunWizard(org_page)) return nullptr;

    wxFileDialog save(parent, _("Save the new self-assessment as"), "", name->GetValue() + ".assessa",
                      _("Assessa projects (*.assessa)|*.assessa"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (save.ShowModal() != wxID_OK) return nullptr;
    wxString target = save.GetPath();
    // GTK answers only while its chooser is realised; the directory and name chosen remain.
    if (target.empty() && !save.GetFilename().empty())
        target = wxFileName(save.GetDirectory(), save.GetFilename()).GetFullPath();
    if (target.empty()) return nullptr;
    if (!target.EndsWith(".assessa")) target += ".assessa";
    if (wxFileExists(target)) wxRemoveFile(target);  // the user agreed to replace it

    NewProject spec;
    spec.framework_id = assessable[static_cast<std::size_t>(std::max(0, fw_list->GetSelection()))]->id();
    if (methods && methods->GetSelection() >= 0) spec.method_id = method_ids[static_cast<std::size_t>(methods->GetSelection())];
    spec.cycle_label = utf8(cycle->GetValue().Trim().Trim(false));
    spec.organisation.name = utf8(name->GetValue().Trim().Trim(false));
    spec.organisation.type = utf8(type->GetValue());
    spec.organisation.address = utf8(address->GetValue());
    spec.organisation.size = utf8(size->GetValue());
    spec.organisation.language = langs[lang->GetSelection()];
    try {
        path = utf8(target);
        auto project = Project::create(path, library, spec);
        project->batch([&] {
            wxStringTokenizer dl(deps->GetValue(), "\n");
            while (dl.HasMoreTokens()) {
                const wxString line = dl.GetNextToken().Trim().Trim(false);
                if (line.empty()) continue;
                Department d;
                d.code = utf8(line.BeforeFirst(' '));
                d.name = utf8(line.AfterFirst(' ').Trim(false));
                if (d.name.empty()) d.name = d.code;
                project->add_department(d);
            }
            wxStringTokenizer ml(mems->GetValue(), "\n");
            bool first = true;
            while (ml.HasMoreTokens()) {
                const wxString line = ml.GetNextToken().Trim().Trim(false);
                if (line.empty()) continue;
                Member m;
                m.name = utf8(line.BeforeFirst(',').Trim());
                m.role = first ? MemberRole::facilitator : MemberRole::member;
                first = false;
                const std::string code = utf8(line.AfterFirst(',').Trim().Trim(false));
                if (!code.empty()) {
                    if (auto d = project->find_department(code)) m.department_id = d->id;
                }
                project->add_member(m);
            }
        });
        return project;
    } catch (const std::exception& e) {
        wxMessageBox(u8(e.what()), _("Assessa"), wxOK | wxICON_ERROR, parent);
        return nullptr;
    }
}

}  // namespace assessa::gui
