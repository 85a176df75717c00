#include "tests/gui/gui_support.hpp"

#include "app/gui/node_tree.hpp"
#include "exports/demo_project.hpp"

#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/utils.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace assessa::gui::testing {

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

Window::Window() : frame(new MainFrame(library())) {
    frame->set_prompts({[this](const wxString& m) { errors.push_back(m); },
                        [this](const wxString& q) {
                            questions.push_back(q);
                            return answer_yes;
                        },
                        [this](const wxString& q) {
                            questions.push_back(q);
                            return answer_text;
                        }});
    frame->SetSize(1366, 768);
    frame->Show();
    settle();
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

void Window::choose(wxChoice* choice, int index) {
    choice->SetSelection(index);
    wxCommandEvent e(wxEVT_CHOICE, choice->GetId());
    e.SetEventObject(choice);
    e.SetInt(index);
    choice->ProcessWindowEvent(e);
    settle();
}

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

}  // namespace assessa::gui::testing
