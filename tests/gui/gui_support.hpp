#pragma once
// What every GUI test needs: settling the event loop, a fresh demo project, the main window
// with its dialogs replaced by recorders, simulated user actions and screenshots.
#include "app/gui/main_frame.hpp"
#include "model/project_types.hpp"

#include <catch2/catch.hpp>
#include <wx/string.h>
#include <wx/window.h>

#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace assessa::gui::testing {

// Lets pending events and idle handlers run, as the event loop would between user actions.
void settle();

// The control named `name` under `parent`, of type T; the test fails when there is none.
template <class T>
T* named(wxWindow* parent, const wxString& name) {
    auto* w = dynamic_cast<T*>(wxWindow::FindWindowByName(name, parent));
    REQUIRE(w);
    return w;
}

// A click on a button and a choice in a drop-down, as the user's own events, then settle().
void click(wxWindow* button);
void choose(wxChoice* choice, int index);

const FrameworkLibrary& library();

// A fresh copy of the demo project in a temporary directory, removed afterwards.
struct DemoCopy {
    wxString dir;
    std::string path;
    DemoCopy();
    ~DemoCopy();
    DemoCopy(const DemoCopy&) = delete;
    DemoCopy& operator=(const DemoCopy&) = delete;
};

// The main window (1366x768, the smallest projector size we support) with the user's
// dialogs replaced by recorders.
struct Window {
    MainFrame* frame;
    std::vector<wxString> errors, questions;
    bool answer_yes = true;
    wxString answer_text;  // what the user types when asked for a line of text
    Window();
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;
    void menu(int id);
    void select_node(const std::string& code);
    void choose(wxChoice* choice, int index);
    void type_and_enter(wxTextCtrl* field, const wxString& text);
};

int score(const Rating& r, const std::string& phase);  // -1 when the phase has no score

// Writes $ASSESSA_SCREENSHOT_DIR/NAME.png of the window when that variable is set.
void screenshot(wxWindow* window, const char* name);

}  // namespace assessa::gui::testing
