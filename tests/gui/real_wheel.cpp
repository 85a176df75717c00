#include "tests/gui/real_wheel.hpp"

#include "tests/gui/gui_support.hpp"

#include <wx/dynlib.h>
#include <wx/uiaction.h>
#include <wx/utils.h>
#include <wx/window.h>

namespace assessa::gui::testing {

namespace {

// libX11 and libXtst are loaded at run time: their headers are not needed to build the tests.
struct XTest {
    using OpenDisplay = void* (*)(const char*);
    using Flush = int (*)(void*);
    using FakeButton = int (*)(void*, unsigned int, int, unsigned long);
    wxDynamicLibrary x11{"libX11.so.6", wxDL_VERBATIM | wxDL_QUIET};
    wxDynamicLibrary xtst{"libXtst.so.6", wxDL_VERBATIM | wxDL_QUIET};
    void* display = nullptr;
    Flush flush = nullptr;
    FakeButton fake_button = nullptr;

    XTest() {
        if (!x11.IsLoaded() || !xtst.IsLoaded()) return;
        auto open = reinterpret_cast<OpenDisplay>(x11.GetSymbol("XOpenDisplay"));
        flush = reinterpret_cast<Flush>(x11.GetSymbol("XFlush"));
        fake_button = reinterpret_cast<FakeButton>(xtst.GetSymbol("XTestFakeButtonEvent"));
        if (open && flush && fake_button) display = open(nullptr);
    }
};

}  // namespace

bool turn_wheel(wxWindow* window, int notches) {
    static XTest x;
    if (!x.display) return false;
    wxUIActionSimulator sim;
    const wxRect r = window->GetScreenRect();
    sim.MouseMove(r.x + r.width / 2, r.y + r.height / 2);
    settle();
    wxMilliSleep(50);
    settle();
    const unsigned button = notches > 0 ? 5 : 4;  // X buttons 4 and 5: the wheel up and down
    for (int i = 0; i < (notches > 0 ? notches : -notches); ++i) {
        x.fake_button(x.display, button, 1, 0);
        x.fake_button(x.display, button, 0, 0);
    }
    x.flush(x.display);
    for (int i = 0; i < 4; ++i) {
        wxMilliSleep(40);
        settle();
    }
    return true;
}

}  // namespace assessa::gui::testing
