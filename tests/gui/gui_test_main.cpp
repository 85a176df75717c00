// The GUI tests: a real wxApp on an X display (CTest runs them under xvfb-run), driving the
// main window the way a user's actions reach it and checking the project file through the core.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "frameworks/data_paths.hpp"

#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/init.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    // Settings and the demo go to a private directory, never to the user's.
    const wxString home = wxFileName::CreateTempFileName("assessa-gui-home");
    wxRemoveFile(home);
    wxFileName::Mkdir(home, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    setenv("XDG_DATA_HOME", home.utf8_str(), 1);
    setenv("XDG_CONFIG_HOME", home.utf8_str(), 1);

    // A failed wx assertion would open a modal dialog nobody can close: report it and fail.
    wxSetAssertHandler([](const wxString& file, int line, const wxString& func, const wxString& cond,
                          const wxString& msg) {
        std::fprintf(stderr, "wx assertion failed: %s:%d %s: %s %s\n", static_cast<const char*>(file.utf8_str()), line,
                     static_cast<const char*>(func.utf8_str()), static_cast<const char*>(cond.utf8_str()),
                     static_cast<const char*>(msg.utf8_str()));
        std::abort();
    });
    // The messages are UTF-8 ("…"): the C library must decode them whatever LANG says.
    std::setlocale(LC_ALL, "C.UTF-8");
    wxApp::SetInstance(new wxApp);
    int wx_argc = 1;
    if (!wxEntryStart(wx_argc, argv)) return 2;
    wxTheApp->CallOnInit();
    wxInitAllImageHandlers();
    wxConfigBase::Set(new wxFileConfig("assessa", "", home + "/assessa.ini"));
    assessa::init_runtime();

    const int result = Catch::Session().run(argc, argv);
    delete wxConfigBase::Set(nullptr);
    wxEntryCleanup();
    wxFileName::Rmdir(home, wxPATH_RMDIR_RECURSIVE);
    return result;
}
