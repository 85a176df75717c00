#include "app/gui/main_frame.hpp"
#include "app/gui/packet_frame.hpp"
#include "app/gui/preferences.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/wx_text.hpp"
#include "frameworks/data_paths.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <wx/app.h>
#include <wx/strconv.h>
#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/stopwatch.h>
#include <wx/translation.h>

#include <clocale>
#include <cstdio>
#include <string>

namespace assessa::gui {

class AssessaApp : public wxApp {
public:
    bool OnInit() override {
        wxStopWatch clock;
        // Every narrow string in Assessa is UTF-8 ("…" in messages, "·" in labels). wx converts
        // one it is given with the C library's encoding, which on Windows is the ANSI code page
        // ("â€¦"): make it UTF-8 on every system. (On POSIX the program runs with a UTF-8 ctype
        // anyway, see ensure_utf8_ctype.)
        wxConvLibcPtr = &wxConvUTF8;
        SetAppName("assessa");
        SetVendorName("Assessa");
        init_runtime();
        if (!wxApp::OnInit()) return false;
        if (only_print_) return true;  // --help or --version: printed, OnRun ends at once
        // The desktop program reads the same catalogs as the core (locale_dir()).
        locale_.Init(wxLANGUAGE_DEFAULT);
        // The messages are UTF-8 ("…"); under a non-UTF-8 locale (LANG=C) they would not decode.
        platform::ensure_utf8_ctype();
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(locale_dir()));
        auto* translations = new wxTranslations;
        const Preferences prefs = Preferences::load();
        std::string lang = prefs.ui_language.empty() ? Translator::current().language() : utf8(prefs.ui_language);
        if (!prefs.ui_language.empty()) Translator::set_current(lang);
        if (lang != "en") translations->SetLanguage(wxString::FromUTF8(lang == "zh" ? "zh_CN" : lang));
        wxTranslations::Set(translations);
        translations->AddCatalog("assessa");

        // A member opening their packet gets only their own workspace.
        if (!file_.empty() && is_packet_path(utf8(file_))) {
            if (open_packet_frame(utf8(file_), [](const wxString& m) {
                    wxMessageBox(m, _("Assessa"), wxOK | wxICON_ERROR);
                }))
                return true;
            file_.clear();  // the problem was shown: go on with the main window
        }
        auto* frame = new MainFrame(FrameworkLibrary::load_default());
        show_within_work_area(frame);
        if (!file_.empty()) frame->open_project(utf8(file_));
        // The first start shows the demo, so that a new user sees a filled project at once
        // (an installed program is started from the menu, with no file to open). Runs that
        // measure or check the start-up leave the first start to the user.
        wxConfigBase* config = wxConfigBase::Get();
        if (!timing_ && !exit_after_startup_ && !config->ReadBool("/Started", false)) {
            if (config->Write("/Started", true)) config->Flush();
            if (file_.empty()) frame->open_demo();
        }
        if (timing_ || exit_after_startup_) {
            // Start-up measured to a usable window: shown, laid out and painted.
            frame->Update();
            wxYield();
            if (timing_) {
                std::printf("startup_ms %ld\n", clock.Time());
                std::fflush(stdout);
            }
            if (exit_after_startup_) frame->CallAfter([frame] { frame->Close(); });
        }
        return true;
    }

    int OnRun() override { return only_print_ ? 0 : wxApp::OnRun(); }

    bool OnCmdLineHelp(wxCmdLineParser& parser) override {
        parser.Usage();
        only_print_ = true;
        return true;
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddSwitch("", "print-startup-time", _("print the time from start to a usable window"));
        parser.AddSwitch("", "exit-after-startup", _("close again once the window is ready (for measuring and checking an installation)"));
        parser.AddSwitch("", "version", _("print the version and exit"));
        parser.AddParam(_("project or packet file"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        timing_ = parser.Found("print-startup-time");
        exit_after_startup_ = parser.Found("exit-after-startup");
        if (parser.Found("version")) {
            std::printf("assessa %s\n", ASSESSA_VERSION);
            std::fflush(stdout);
            only_print_ = true;
        }
        if (parser.GetParamCount() > 0) file_ = parser.GetParam(0);
        return wxApp::OnCmdLineParsed(parser);
    }

private:
    wxLocale locale_;
    wxString file_;
    bool timing_ = false;
    bool exit_after_startup_ = false;
    bool only_print_ = false;  // --help or --version
};

}  // namespace assessa::gui

wxIMPLEMENT_APP(assessa::gui::AssessaApp);
