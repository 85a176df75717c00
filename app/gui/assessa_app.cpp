#include "app/gui/main_frame.hpp"
#include "frameworks/data_paths.hpp"
#include "i18n/translator.hpp"

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/translation.h>

namespace assessa::gui {

class AssessaApp : public wxApp {
public:
    bool OnInit() override {
        init_runtime();
        // The desktop program reads the same catalogs as the core (share/assessa/locale).
        locale_.Init(wxLANGUAGE_DEFAULT);
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(share_dir() + "/locale"));
        auto* translations = new wxTranslations;
        const std::string& lang = Translator::current().language();
        if (lang != "en") translations->SetLanguage(wxString::FromUTF8(lang == "zh" ? "zh_CN" : lang));
        wxTranslations::Set(translations);
        translations->AddCatalog("assessa");

        auto* frame = new MainFrame(FrameworkLibrary::load_default());
        frame->Show();
        return true;
    }

private:
    wxLocale locale_;
};

}  // namespace assessa::gui

wxIMPLEMENT_APP(assessa::gui::AssessaApp);
