// The GUI tests: a real wxApp on an X display (CTest runs them under xvfb-run), driving the
// main window the way a user's actions reach it and checking the project file through the core.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "frameworks/data_paths.hpp"
#include "model/platform/platform.hpp"

#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/init.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstddef>
#include <string>

#ifdef __WXGTK__
#include <dlfcn.h>
#endif

// The sanitizers' stack printer, in the test build: where a critical message came from.
extern "C" void __sanitizer_print_stack_trace() __attribute__((weak));

namespace {

// GTK reports a misused widget (a negative size, a page laid out with no room, a list used after
// it was destroyed) as a critical message and carries on. Each one is printed with the test that
// caused it, and any fails the run; ASSESSA_GUI_STRICT_GTK=0 only reports them, for looking into
// a GTK version that brings new ones.
int gtk_criticals = 0;
std::string current_test;

struct TestNames : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo& info) override { current_test = info.name; }
};

#ifdef __WXGTK__
// GLib's log writer and its level flags, looked up at run time: GTK brings GLib along, its
// headers are not needed for these calls. Every message, structured or not, reaches the writer.
constexpr int glib_level_critical = 1 << 3;
constexpr int glib_level_warning = 1 << 4;
struct GlibLogField {
    const char* key;
    const void* value;
    long length;
};
using GlibWriter = int (*)(int level, const GlibLogField* fields, std::size_t n, void* data);
using GlibSetWriter = void (*)(GlibWriter writer, void* data, void (*destroy)(void*));
GlibWriter default_writer = nullptr;

int record_gtk_message(int level, const GlibLogField* fields, std::size_t n, void* data) {
    if ((level & glib_level_critical) != 0) {
        ++gtk_criticals;
        std::fprintf(stderr, "GTK critical message during test \"%s\":\n", current_test.c_str());
        if (__sanitizer_print_stack_trace) __sanitizer_print_stack_trace();
    } else if ((level & glib_level_warning) != 0) {
        std::fprintf(stderr, "GTK warning during test \"%s\":\n", current_test.c_str());  // not failing
    }
    return default_writer(level, fields, n, data);
}

void record_gtk_criticals() {
    auto set_writer = reinterpret_cast<GlibSetWriter>(dlsym(RTLD_DEFAULT, "g_log_set_writer_func"));
    default_writer = reinterpret_cast<GlibWriter>(dlsym(RTLD_DEFAULT, "g_log_writer_default"));
    if (set_writer && default_writer) set_writer(record_gtk_message, nullptr, nullptr);
}
#else
void record_gtk_criticals() {}
#endif

}  // namespace

CATCH_REGISTER_LISTENER(TestNames)

int main(int argc, char** argv) {
    // Settings and the demo go to a private directory, never to the user's.
    const wxString home = wxFileName::CreateTempFileName("assessa-gui-home");
    wxRemoveFile(home);
    wxFileName::Mkdir(home, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    assessa::platform::set_environment_variable("XDG_DATA_HOME", std::string(home.utf8_str()));
    assessa::platform::set_environment_variable("XDG_CONFIG_HOME", std::string(home.utf8_str()));

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
    record_gtk_criticals();
    wxApp::SetInstance(new wxApp);
    int wx_argc = 1;
    if (!wxEntryStart(wx_argc, argv)) return 2;
    wxTheApp->CallOnInit();
    wxInitAllImageHandlers();
    wxConfigBase::Set(new wxFileConfig("assessa", "", home + "/assessa.ini"));
    assessa::init_runtime();

    int result = Catch::Session().run(argc, argv);
    if (gtk_criticals > 0) {
        const char* strict = std::getenv("ASSESSA_GUI_STRICT_GTK");
        const bool fail = !(strict && std::string(strict) == "0");
        std::fprintf(stderr, "%s: %d GTK critical message(s) during the GUI tests (see above)\n",
                     fail ? "FAILED" : "WARNING", gtk_criticals);
        if (fail && result == 0) result = 1;
    }
    delete wxConfigBase::Set(nullptr);
    wxEntryCleanup();
    wxFileName::Rmdir(home, wxPATH_RMDIR_RECURSIVE);
    return result;
}
