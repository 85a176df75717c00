#pragma once
// What every GUI test needs: settling the event loop, a fresh demo project, the main window
// with its dialogs replaced by recorders, simulated user actions and screenshots.
#include "app/gui/main_frame.hpp"
#include "model/project_types.hpp"

#include <catch2/catch.hpp>
#include <wx/string.h>
#include <wx/filedlg.h>
#include <wx/testing.h>
#include <wx/window.h>
#include <wx/wizard.h>

#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace assessa::gui::testing {

// Lets pending events and idle handlers run, as the event loop would between user actions.
void settle();

// After show_within_work_area(): waits until the window manager (if any) has framed the window
// and it lies within the work area, at least `min_width` wide.
void wait_until_placed(wxTopLevelWindow* window, int min_width);

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
    std::vector<wxString> urls;  // pages the program asked the web browser to show
    bool answer_yes = true;
    wxString answer_text;  // what the user types when asked for a line of text
    Window();
    explicit Window(const FrameworkLibrary& lib);  // with another framework library than the default
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;
    void menu(int id);
    void select_node(const std::string& code);
    void choose(wxChoice* choice, int index);
    void type_and_enter(wxTextCtrl* field, const wxString& text);
};

int score(const Rating& r, const std::string& phase);  // -1 when the phase has no score

// What a user types into the new-project wizard. The departments are one "CODE Name" per line,
// the group one "Name[, CODE]" per line with the facilitator first.
struct WizardAnswers {
    wxString organisation = wxString::FromUTF8("Vėjupio viešoji biblioteka");
    wxString type = "public library";
    wxString label = "2027";
    wxString departments = "FIN Finance and Budget Department\nREAD Reading rooms\n";
    wxString group = wxString::FromUTF8("Rūta Petrauskienė, FIN\nJonas Jonaitis, READ\nAgnė Kairė\n");
    std::string where = "en";  // named in layout failures; "en" and "lt" also take screenshots
    bool screenshots = true;
};

// Fills in every page of the new-project wizard (File ▸ New), as a user does: each page is checked
// for its layout the first time it is shown, and "Next" and "Finish" are clicked with the mouse
// where they are drawn. The classical method of the first framework is chosen.
class FillWizard : public wxExpectModalBase<wxWizard, FillWizard> {
public:
    explicit FillWizard(WizardAnswers answers = {}) : answers_(std::move(answers)) {}

protected:
    int OnInvoked(wxWizard* wizard) const override;

private:
    WizardAnswers answers_;
};

// The file chooser answered with `path`, shown while it is answered, as a user sees it. GTK's
// chooser reads the folder of the path in the background; destroyed before it has shown it (as
// wxExpectModal<wxFileDialog> does), the reading ends on a destroyed list with Gtk-CRITICAL
// messages (gtk_tree_view_get_selection and others).
class ChooseFile : public wxExpectModalBase<wxFileDialog, ChooseFile> {
public:
    explicit ChooseFile(wxString path) : path_(std::move(path)) {}

protected:
    int OnInvoked(wxFileDialog* dialog) const override;

private:
    wxString path_;
};

// Writes $ASSESSA_SCREENSHOT_DIR/NAME.png of the window when that variable is set.
void screenshot(wxWindow* window, const char* name);

}  // namespace assessa::gui::testing
