#include "tests/gui/gui_support.hpp"

#include "app/gui/node_tree.hpp"
#include "app/gui/window_fit.hpp"
#include "tests/gui/layout_check.hpp"
#include "exports/demo_project.hpp"

#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/radiobox.h>
#include <wx/uiaction.h>
#include <wx/choice.h>
#include <wx/display.h>
#include <wx/filename.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/stopwatch.h>
#include <wx/utils.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace assessa::gui::testing {

void wait_until_placed(wxTopLevelWindow* window, int min_width) {
    // Under a window manager the window is framed a moment after it is shown, and placed again
    // within the work area; a project opened before then would be laid out at a size no user
    // has. Wait until the window lies within the work area, unchanged, for three looks in a row.
    const wxRect area = wxDisplay(window).GetClientArea();
    wxStopWatch waited;
    wxRect last;
    int steady = 0;
    while (steady < 3 && waited.Time() < 5000) {
        settle();
        const wxRect now = window->GetRect();
        steady = now == last && area.Contains(now) && now.width >= min_width ? steady + 1 : 0;
        last = now;
        if (steady < 3) wxMilliSleep(30);
    }
}

void settle() {
    for (int i = 0; i < 6; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->Yield(true);
    }
}

const FrameworkLibrary& library() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

DemoCopy::DemoCopy() {
    dir = wxFileName::CreateTempFileName("assessa-gui");
    wxRemoveFile(dir);
    wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    path = (dir + "/demo.assessa").utf8_string();
    write_demo_project(path, library(), "en");
}

DemoCopy::~DemoCopy() { wxFileName::Rmdir(dir, wxPATH_RMDIR_RECURSIVE); }

Window::Window() : Window(library()) {}

Window::Window(const FrameworkLibrary& lib) : frame(new MainFrame(lib)) {
    frame->set_prompts({[this](const wxString& m) { errors.push_back(m); },
                        [this](const wxString& q) {
                            questions.push_back(q);
                            return answer_yes;
                        },
                        [this](const wxString& q) {
                            questions.push_back(q);
                            return answer_text;
                        },
                        [this](const wxString& url) {
                            urls.push_back(url);
                            return true;
                        }});
    // As large as the CTest screen (1366x768), within the work area as the program does: under a
    // window manager at 1024x768 the window is as the facilitator sees it.
    place_on_display(frame, wxRect(-1, -1, 1366, 768));
    const wxSize placed = frame->GetSize();
    show_within_work_area(frame);  // as the program shows its window
    wait_until_placed(frame, placed.x / 2);
}

Window::~Window() {
    frame->close_project();
    frame->Destroy();
    settle();
}

void Window::menu(int id) {
    wxCommandEvent e(wxEVT_MENU, id);
    e.SetEventObject(frame);
    frame->ProcessWindowEvent(e);
    settle();
}

void Window::select_node(const std::string& code) {
    const wxTreeItemId item = frame->tree()->item(code);
    REQUIRE(item.IsOk());
    frame->tree()->tree()->SelectItem(item);  // as a click or the arrow keys do
    settle();
}

void Window::choose(wxChoice* choice, int index) { testing::choose(choice, index); }

void Window::type_and_enter(wxTextCtrl* field, const wxString& text) {
    field->SetValue(text);
    wxCommandEvent e(wxEVT_TEXT_ENTER, field->GetId());
    e.SetEventObject(field);
    e.SetString(text);
    field->ProcessWindowEvent(e);
    settle();
}

int score(const Rating& r, const std::string& phase) {
    auto it = r.scores.find(phase);
    return it == r.scores.end() ? -1 : it->second;
}

void screenshot(wxWindow* window, const char* name) {
    const char* dir = std::getenv("ASSESSA_SCREENSHOT_DIR");
    if (!dir) return;
    window->Raise();
    window->Refresh();
    window->Update();
    settle();
    wxMilliSleep(300);
    settle();
    // ImageMagick's import reads what the X server shows (wxScreenDC under GTK 3 may not).
    const wxRect r = window->GetScreenRect();
    const wxString file = wxString::FromUTF8(dir) + "/" + name + ".png";
    const wxString cmd = wxString::Format("import -window root -crop %dx%d+%d+%d +repage '%s'", r.width, r.height,
                                          std::max(0, r.x), std::max(0, r.y), file);
    REQUIRE(wxExecute(cmd, wxEXEC_SYNC) == 0);
    std::printf("wrote %s\n", static_cast<const char*>(file.utf8_str()));
}

void click(wxWindow* button) {
    REQUIRE(button);
    wxCommandEvent e(wxEVT_BUTTON, button->GetId());
    e.SetEventObject(button);
    button->ProcessWindowEvent(e);
    settle();
}

void choose(wxChoice* choice, int index) {
    choice->SetSelection(index);
    wxCommandEvent e(wxEVT_CHOICE, choice->GetId());
    e.SetEventObject(choice);
    e.SetInt(index);
    choice->ProcessWindowEvent(e);
    settle();
}

int ChooseFile::OnInvoked(wxFileDialog* dialog) const {
    dialog->SetPath(path_);
    dialog->Show();
    settle();
    // Showing the chooser may bring it back to the folder it last showed.
    for (int tries = 0; tries < 5 && dialog->GetPath() != path_; ++tries) {
        dialog->SetPath(path_);
        settle();
    }
    CHECK(dialog->GetPath() == path_);
    dialog->Hide();
    settle();
    return wxID_OK;
}

int FillWizard::OnInvoked(wxWizard* wizard) const {
    wizard->Show();
    wizard->Raise();
    settle();
    // The whole wizard fits on the smallest screen we support.
    CHECK(wizard->GetSize().x <= layout_screen().x);
    CHECK(wizard->GetSize().y <= layout_screen().y);
    int page_number = 0;
    auto check_page = [&] {
        ++page_number;
        check_layout(wizard, "new-project wizard page " + std::to_string(page_number) + ", " + answers_.where);
        // The page leaves the row of buttons free.
        const wxRect page = wizard->GetCurrentPage()->GetScreenRect();
        for (int id : {wxID_BACKWARD, wxID_FORWARD, wxID_CANCEL})
            if (wxWindow* b = wizard->FindWindow(id); b && b->IsShown())
                CHECK_FALSE(page.Intersects(b->GetScreenRect()));
    };
    auto next = [wizard] {
        wxWindow* button = wizard->FindWindow(wxID_FORWARD);
        REQUIRE(button);
        wxUIActionSimulator sim;
        sim.MouseMove(button->GetScreenRect().GetPosition() + button->GetSize() / 2);
        settle();
        sim.MouseClick();
        settle();
    };
    wxWizardPage* first = wizard->GetCurrentPage();
    check_page();
    next();  // no name yet: a message, and the page stays
    CHECK(wizard->GetCurrentPage() == first);

    named<wxTextCtrl>(wizard, _("Organisation name:"))->SetValue(answers_.organisation);
    named<wxTextCtrl>(wizard, _("Type (e.g. municipal administration):"))->SetValue(answers_.type);
    named<wxTextCtrl>(wizard, _("Label of this self-assessment:"))->SetValue(answers_.label);
    if (answers_.screenshots && answers_.where == "en") screenshot(wizard, "wizard");
    if (answers_.screenshots && answers_.where == "lt") screenshot(wizard, "wizard-lt");
    next();
    CHECK(wizard->GetCurrentPage() == first->GetNext());
    check_page();
    if (answers_.screenshots && answers_.where == "en") screenshot(wizard, "wizard-framework");
    next();  // the framework as chosen (the first)
    check_page();
    auto* methods = named<wxRadioBox>(wizard, _("Method"));
    // The methods of the framework chosen (the first that has any), in its order.
    int classical = -1;
    for (const auto& fw : library().frameworks())
        if (!fw->methods().empty()) {
            for (std::size_t i = 0; i < fw->methods().size(); ++i)
                if (fw->methods()[i].id == "classical") classical = static_cast<int>(i);
            break;
        }
    REQUIRE(classical >= 0);
    REQUIRE(static_cast<unsigned>(classical) < methods->GetCount());
    methods->SetSelection(classical);
    if (answers_.screenshots && answers_.where == "en") screenshot(wizard, "wizard-method");
    next();
    check_page();
    named<wxTextCtrl>(wizard, _("Departments"))->SetValue(answers_.departments);
    if (answers_.screenshots && answers_.where == "en") screenshot(wizard, "wizard-departments");
    next();
    check_page();
    named<wxTextCtrl>(wizard, _("Self-assessment group"))->SetValue(answers_.group);
    if (answers_.screenshots && answers_.where == "en") screenshot(wizard, "wizard-group");
    next();  // "Finish"
    CHECK_FALSE(wizard->IsShown());
    return wxID_OK;
}

}  // namespace assessa::gui::testing
