// The consensus meeting on a projector: a window that fits the screen, anonymity that holds,
// the meeting view driven from the keyboard.
#include "app/gui/action_editor.hpp"
#include "app/gui/consensus_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/meeting_view.hpp"
#include "app/gui/node_tree.hpp"
#include "app/gui/packet_actions.hpp"
#include "app/gui/plan_panel.hpp"
#include "app/gui/report_commands.hpp"
#include "app/gui/subcriterion_page.hpp"
#include "app/gui/window_fit.hpp"
#include "model/edit_history.hpp"
#include "model/meeting_record.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"
#include "tests/gui/real_wheel.hpp"
#include "tests/gui/text_scan.hpp"
#include "tests/gui/window_walk.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/statusbr.h>
#include <wx/config.h>
#include <wx/display.h>
#include <wx/filename.h>
#include <wx/notebook.h>
#include <wx/simplebook.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/translation.h>
#include <wx/uiaction.h>

#include <algorithm>
#include <cstdio>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

TEST_CASE("gui: a window is made to fit the projector's work area", "[gui][projector]") {
    // 1024x768 and 1280x720 projectors, with a 24-pixel panel at the top.
    const wxRect small(0, 24, 1024, 744), wide(0, 24, 1280, 696);
    CHECK(fit_rect({-1, -1, 1280, 800}, small) == wxRect(0, 24, 1024, 744));
    CHECK(fit_rect({-1, -1, 1000, 600}, small) == wxRect(12, 96, 1000, 600));
    CHECK(fit_rect({400, 300, 1280, 800}, wide) == wxRect(0, 24, 1280, 696));
    CHECK(fit_rect({900, 600, 800, 500}, wide) == wxRect(480, 220, 800, 500));  // moved back on screen
    CHECK(fit_rect({-5000, -5000, 300, 200}, wide) == wxRect(0, 24, 300, 200));

    // A size saved on a larger screen comes back within this one.
    wxConfigBase* c = wxConfigBase::Get();
    CHECK(c->Write("/Window/X", 600));
    CHECK(c->Write("/Window/Y", 500));
    CHECK(c->Write("/Window/Width", 2400));
    CHECK(c->Write("/Window/Height", 1400));
    CHECK(c->Write("/Window/Maximized", false));
    auto* frame = new MainFrame(library());
    show_within_work_area(frame);
    wait_until_placed(frame, 0);
    const wxRect area = wxDisplay(frame).GetClientArea();
    const wxRect r = frame->GetRect();
    CHECK(area.Contains(r.GetTopLeft()));
    CHECK(r.GetRight() <= area.GetRight());
    CHECK(r.GetBottom() <= area.GetBottom() + 1);
    CHECK(r.width >= area.width - 40);  // as large as the screen allows
    frame->Destroy();
    settle();
    for (const char* key : {"/Window/X", "/Window/Y", "/Window/Width", "/Window/Height"}) c->DeleteEntry(key);
}

namespace {

std::vector<std::string> member_names(const std::string& path) {
    auto p = Project::open(path, Project::Mode::read_only);
    std::vector<std::string> names;
    for (const Member& m : p->members()) {
        names.push_back(m.name);
        names.push_back(m.name.substr(m.name.rfind(' ') + 1));  // the surname alone
    }
    return names;
}

// Fails on every text of the window that names a member; returns how many texts were read.
std::size_t check_no_names(wxWindow* window, const std::vector<std::string>& names, const char* where) {
    const auto texts = visible_texts(window);
    for (const wxString& text : texts)
        for (const std::string& name : names)
            if (text.Contains(wxString::FromUTF8(name))) FAIL_CHECK(where << ": \"" << text.utf8_string() << "\"");
    return texts.size();
}

}  // namespace

TEST_CASE("gui: in projector mode no member's name shows in any window, tab, dialog or list", "[gui][projector][anonymity]") {
    DemoCopy demo;
    const auto names = member_names(demo.path);
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    settle();
    // Without projector mode the names are there: the scan does find them.
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    std::size_t found = 0;
    for (const wxString& text : visible_texts(w.frame))
        for (const std::string& name : names) found += text.Contains(wxString::FromUTF8(name));
    CHECK(found > 0);

    w.frame->set_projector_mode(true);
    settle();
    std::size_t read = 0;
    wxNotebook* pages = w.frame->pages();
    for (size_t i = 0; i < pages->GetPageCount(); ++i) {
        pages->SetSelection(i);
        settle();
        read += check_no_names(w.frame, names, "tab");
    }
    PlanPanel* plan = w.frame->plan_panel();
    pages->SetSelection(static_cast<size_t>(pages->FindPage(plan)));
    for (auto v : {PlanPanel::table_view, PlanPanel::matrix_view, PlanPanel::timeline_view, PlanPanel::departments_view}) {
        plan->show_view(v);
        settle();
        read += check_no_names(w.frame, names, "plan view");
    }
    // Every action in its editor: the responsible person and the history's "by" are members.
    int editors = 0;
    plan->run_editor = [&](ActionEditor& e) {
        ++editors;
        e.Show();
        settle();
        read += check_no_names(&e, names, "action editor");
        CHECK(e.action().responsible == plan->data().find(e.action().id)->responsible);  // kept, not "Member N"
        e.Hide();
        return wxID_CANCEL;
    };
    for (const auto& a : plan->data().actions) plan->edit_action(a.id);
    CHECK(editors >= 5);
    // Every entry of the "Assessment of" chooser, and each member's page.
    w.frame->show_page(MainFrame::assessment_page);
    settle();
    wxChoice* who = w.frame->subcriterion_page()->member_choice();
    const int entries = static_cast<int>(who->GetCount());
    for (int i = 0; i < entries; ++i) {
        w.choose(w.frame->subcriterion_page()->member_choice(), i);
        read += check_no_names(w.frame, names, "assessment of a member");
    }
    // The numbers follow a random order kept in the file, not the group list.
    {
        auto p = Project::open(demo.path, Project::Mode::read_only);
        const auto numbers = p->member_numbers(p->current_cycle().id);
        REQUIRE(numbers.size() == p->members().size());
        bool group_order = true;
        int n = 0;
        for (const Member& m : p->members()) group_order = group_order && numbers.at(m.id) == ++n;
        CHECK_FALSE(group_order);
    }
    // The agenda and the meeting view on several items.
    w.frame->open_meeting();
    settle();
    for (int i = 0; i < 4; ++i) {
        read += check_no_names(w.frame, names, "meeting view");
        w.frame->meeting_view()->step(1);
        settle();
    }
    w.frame->meeting_view()->leave();
    settle();
    read += check_no_names(w.frame, names, "agenda");

    // Dialogs: the report dialogs come up without names; those that show the group's names
    // (group, packets, approvals) do not open in projector mode.
    for (int id : {static_cast<int>(id_report_assessment), static_cast<int>(id_report_plan)})
        CHECK(with_modal_dialog([&] { w.menu(id); }, [&](wxWindow* dlg) { read += check_no_names(dlg, names, "report dialog"); }));
    for (int id : {static_cast<int>(id_approve_report), static_cast<int>(id_approve_plan)})
        CHECK_FALSE(with_modal_dialog([&] { w.menu(id); }, [&](wxWindow* dlg) { check_no_names(dlg, names, "refused dialog"); }));
    int presented = 0;
    w.frame->packets()->present = [&](wxDialog& dlg) {
        ++presented;
        check_no_names(&dlg, names, "packet status");
    };
    w.frame->packets()->show_status();
    settle();
    CHECK(presented == 0);
    CHECK(w.frame->GetStatusBar()->GetStatusText(0).Contains("F11"));
    // The group dialog and the next-cycle wizard list the members by name: refused too.
    for (const auto& [menu, item] : {std::pair(_("&Edit"), _("&Group and organisation…")),
                                     std::pair(_("&File"), _("Start the ne&xt self-assessment…"))}) {
        const int id = w.frame->GetMenuBar()->FindMenuItem(menu, item);
        REQUIRE(id != wxNOT_FOUND);
        w.frame->SetStatusText("", 0);
        CHECK_FALSE(with_modal_dialog([&] { w.menu(id); }, [&](wxWindow* dlg) { check_no_names(dlg, names, "refused dialog"); }));
        CHECK(w.frame->GetStatusBar()->GetStatusText(0).Contains("F11"));
    }
    CHECK(with_modal_dialog([&] { w.menu(wxID_PREFERENCES); }, [&](wxWindow* dlg) { read += check_no_names(dlg, names, "preferences"); }));
    read += check_no_names(w.frame, names, "status bar after a refusal");
    std::printf("anonymity: %zu texts read\n", read);
    CHECK(read > 500);
    w.frame->set_projector_mode(false);
}

namespace {

// Under Xvfb the window under the pointer gets the keys.
void point_at(wxWindow* w) {
    wxUIActionSimulator sim;
    sim.MouseMove(w->GetScreenPosition() + wxPoint(w->GetSize().x / 2, w->GetSize().y / 3));
    settle();
}

void press(int key, int modifiers = wxMOD_NONE) {
    wxUIActionSimulator sim;
    sim.Char(key, modifiers);
    for (int i = 0; i < 3; ++i) {
        wxMilliSleep(30);
        settle();
    }
}

}  // namespace

TEST_CASE("gui: the meeting view from the keyboard: a score, an agreed line, the next item at its top, back to the agenda", "[gui][projector][meeting]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    settle();
    const Id cycle = w.frame->session().cycle().id;
    const std::vector<std::string> agenda = w.frame->session().summary().agenda;
    REQUIRE(agenda.size() > 2);
    const std::string first = agenda[0], second = agenda[1];
    const auto agreed_before = w.frame->session().project().consensus(cycle, first).items.size();
    point_at(w.frame);

    // The agenda's top item (Home in the list), then F5.
    w.frame->agenda()->Show();
    w.frame->tree()->GetParent()->Show();
    dynamic_cast<wxNotebook*>(w.frame->agenda()->GetParent())->SetSelection(1);
    settle();
    windows_of<wxListView>(w.frame->agenda()).at(0)->SetFocus();
    settle();
    press(WXK_HOME);
    press(WXK_F5);
    MeetingView* view = w.frame->meeting_view();
    REQUIRE(w.frame->meeting_shown());
    CHECK(view->code() == first);
    CHECK(view->GetFont().GetPointSize() == 18);  // the projector font size

    // The focus is in the first consensus score: type it.
    const std::string phase = w.frame->session().panel(first)->phases.at(0).id;
    ScoreInput* input = view->score_input(phase);
    REQUIRE(input);
    CHECK(wxWindow::FindFocus() == input->field());
    wxUIActionSimulator sim;
    input->field()->SelectAll();
    sim.Text("63");
    settle();
    CHECK(input->value() == 63);

    // The first line's "Agree" button, pressed with the space bar. (Under Xvfb the Tab key
    // leaves the wx focus chain after the score field, so the focus is put on the button here.)
    // The members come in their random order: the first line not agreed yet in the demo.
    const auto& lines = view->agree_buttons(NoteKind::strength);
    const auto open = std::find_if(lines.begin(), lines.end(), [](wxButton* b) { return b->IsEnabled(); });
    REQUIRE(open != lines.end());
    const std::size_t line = static_cast<std::size_t>(open - lines.begin());
    wxButton* agree = *open;
    agree->SetFocus();
    settle();
    press(WXK_SPACE);
    settle();
    CHECK(w.frame->session().project().consensus(cycle, first).items.size() == agreed_before + 1);

    // Ctrl+Z takes the agreed line back, in the file and on the screen; the Edit menu says so
    // with its accelerator. Ctrl+Y agrees it again.
    w.frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
    CHECK(w.frame->GetMenuBar()->GetLabel(wxID_UNDO).Contains("Ctrl+Z"));
    press('Z', wxMOD_CONTROL);
    CHECK(w.frame->session().project().consensus(cycle, first).items.size() == agreed_before);
    CHECK(view->code() == first);
    CHECK(view->agree_buttons(NoteKind::strength).at(line)->IsEnabled());
    press('Y', wxMOD_CONTROL);
    CHECK(w.frame->session().project().consensus(cycle, first).items.size() == agreed_before + 1);
    CHECK_FALSE(view->agree_buttons(NoteKind::strength).at(line)->IsEnabled());
    CHECK(view->score_input(phase)->value() == 63);

    // Read down the page with the wheel, then the next item: it opens at its top.
    REQUIRE(turn_wheel(view->statistics(), 10));
    CHECK(view->GetViewStart().y > 0);
    point_at(view);
    press(WXK_PAGEDOWN);
    CHECK(view->code() == second);
    CHECK(view->GetViewStart().y == 0);
    CHECK(view->statistics()->GetScreenRect().GetBottom() < view->GetScreenRect().GetBottom());
    press(WXK_RIGHT, wxMOD_ALT);
    CHECK(view->code() == agenda[2]);
    press(WXK_LEFT, wxMOD_ALT);
    CHECK(view->code() == second);

    // Esc: back to the agenda, which shows the time spent.
    press(WXK_ESCAPE);
    CHECK_FALSE(w.frame->meeting_shown());
    w.frame->close_project();

    auto p = Project::open(demo.path, Project::Mode::read_only);
    CHECK(p->consensus(cycle, first).scores.at(phase) == 63);
    CHECK(p->consensus(cycle, first).items.size() == agreed_before + 1);
    const MeetingItem a = p->meeting_item(cycle, first), b = p->meeting_item(cycle, second);
    CHECK(a.seconds >= 1);
    CHECK(a.rounds == 1);
    CHECK(b.seconds >= 2);  // shown twice
    CHECK(meeting_totals(*p, cycle).items_discussed == 3);
}

TEST_CASE("gui: the meeting view at 1024x768 in Lithuanian and the Dashboard in projector mode", "[gui][projector][screenshots]") {
    UiLanguage lt("lt");
    DemoCopy demo;
    Window w;
    w.frame->SetSize(1024, 768);
    REQUIRE(w.frame->open_project(demo.path));
    w.frame->set_projector_mode(true);
    settle();
    w.frame->open_meeting();
    settle();
    MeetingView* view = w.frame->meeting_view();
    // The statistics in Lithuanian number form, every one of them on screen.
    const wxString stats = view->statistics()->GetLabel();
    CHECK(stats.Contains("mediana"));
    CHECK(stats.Contains("SN"));
    auto decimal_mark = [&](wxUniChar mark) {
        for (size_t i = 1; i + 1 < stats.size(); ++i)
            if (stats[i] == mark && wxIsdigit(stats[i - 1]) && wxIsdigit(stats[i + 1])) return true;
        return false;
    };
    CHECK(decimal_mark(','));
    CHECK_FALSE(decimal_mark('.'));
    const wxRect page = view->GetScreenRect();
    CHECK(page.Contains(view->statistics()->GetScreenRect()));
    screenshot(w.frame, "meeting-view-lt-1024");
    w.frame->meeting_view()->leave();
    settle();
    w.frame->show_page(MainFrame::dashboard_tab);
    settle();
    screenshot(w.frame, "dashboard-projector-lt-1024");
    w.frame->set_projector_mode(false);
}

namespace {

// An empty directory for a new project, removed afterwards.
struct WorkDir {
    wxString dir;
    WorkDir() {
        dir = wxFileName::CreateTempFileName("assessa-meeting");
        wxRemoveFile(dir);
        wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    }
    ~WorkDir() { wxFileName::Rmdir(dir, wxPATH_RMDIR_RECURSIVE); }
    WorkDir(const WorkDir&) = delete;
    WorkDir& operator=(const WorkDir&) = delete;
    std::string file(const std::string& name) const { return (dir + "/" + wxString::FromUTF8(name)).utf8_string(); }
};

// The views a facilitator shows on the projector during the meeting, each run through the
// layout check: the consensus and dashboard tabs, the agenda, the meeting view on its first
// items, with the tree pane shown and hidden (F9).
void check_meeting_views(Window& w, const std::string& where) {
    w.frame->set_projector_mode(true);
    settle();
    for (MainFrame::Page page : {MainFrame::consensus_tab, MainFrame::dashboard_tab}) {
        w.frame->show_page(page);
        settle();
        check_layout(w.frame, w.frame->pages()->GetPageText(static_cast<size_t>(page)).utf8_string() + " tab, " + where);
    }
    if (auto* left = dynamic_cast<wxNotebook*>(w.frame->agenda()->GetParent())) {
        left->SetSelection(1);
        settle();
        check_layout(w.frame, "agenda, " + where);
    }
    w.frame->open_meeting();
    settle();
    MeetingView* view = w.frame->meeting_view();
    for (int i = 0; i < 3; ++i) {
        check_layout(w.frame, "meeting view on " + view->code() + ", " + where);
        // Every statistic is on screen, whole.
        CHECK(view->GetScreenRect().Contains(view->statistics()->GetScreenRect()));
        view->step(1);
        settle();
    }
    view->leave();
    settle();
    w.frame->toggle_tree_pane();
    settle();
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    check_layout(w.frame, "consensus tab without the tree pane, " + where);
    w.frame->toggle_tree_pane();
    w.frame->set_projector_mode(false);
    settle();
}

}  // namespace

TEST_CASE("gui: in projector mode the meeting's views are laid out at 1024x768 and 1280x720, in en and lt", "[gui][projector][layout]") {
    for (const std::string lang : {"en", "lt"})
        for (const wxSize screen : {layout_screen(), wxSize(1280, 720)}) {
            UiLanguage language(lang);
            DemoCopy demo;
            Window w;
            w.frame->SetSize(wxRect(wxPoint(0, 0), screen));
            REQUIRE(w.frame->open_project(demo.path));
            settle();
            check_meeting_views(w, lang + " " + std::to_string(screen.x) + "x" + std::to_string(screen.y));
            CHECK(w.errors.empty());
        }
}

TEST_CASE("gui: the meeting from an empty project: no scores yet, then two members' scores, in projector mode", "[gui][projector][empty-start]") {
    UiLanguage language("lt");
    WorkDir dir;
    const std::string path = dir.file("meeting.assessa");
    std::vector<std::string> names{"Rasa Petrauskienė", "Jonas Jonaitis", "Ona Kazlauskienė"};
    {
        OrganisationProfile org;
        org.name = "Vėjupio seniūnija";
        org.language = "lt";
        auto p = Project::create(path, library(), {"caf-2020", "classical", "2026", org});
        p->add_member({0, names[0], MemberRole::facilitator, std::nullopt, ""});
        p->add_member({0, names[1], MemberRole::member, std::nullopt, ""});
        p->add_member({0, names[2], MemberRole::member, std::nullopt, ""});
    }
    Window w;
    w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
    REQUIRE(w.frame->open_project(path));
    settle();
    const Id cycle = w.frame->session().cycle().id;

    // Nothing scored yet: the meeting view still opens, says so, and fits.
    w.frame->set_projector_mode(true);
    w.frame->open_meeting();
    settle();
    MeetingView* view = w.frame->meeting_view();
    REQUIRE(w.frame->meeting_shown());
    CHECK(view->statistics()->GetLabel() == _("No complete individual scores yet."));
    check_layout(w.frame, "meeting view of an empty project");
    check_no_names(w.frame, names, "meeting view of an empty project");
    view->leave();
    settle();

    // Two members score 1.1 and write a strength each, as they would on the Assessment tab.
    {
        const auto members = w.frame->session().project().members();
        int score = 40;
        for (std::size_t i = 1; i < members.size(); ++i, score += 20) {
            const Project& p = w.frame->session().project();
            REQUIRE(w.frame->perform(edit_score(p, cycle, members[i].id, "1.1", "overall", score)));
            REQUIRE(w.frame->perform(
                edit_add_item(cycle, members[i].id, "1.1", NoteKind::strength, "Strength number " + std::to_string(i))));
        }
    }
    w.frame->open_meeting();
    settle();
    CHECK(view->code() == "1.1");  // the only item with a spread comes first
    CHECK(view->statistics()->GetLabel().Contains("vidurkis 50"));
    CHECK(view->agree_buttons(NoteKind::strength).size() == 2);
    check_layout(w.frame, "meeting view of the first scores");
    check_no_names(w.frame, names, "meeting view of the first scores");
    view->agree_buttons(NoteKind::strength).front()->SetFocus();
    click(view->agree_buttons(NoteKind::strength).front());
    settle();
    view->leave();
    settle();
    check_meeting_views(w, "empty start, lt 1024x768");
    w.frame->close_project();

    auto p = Project::open(path, Project::Mode::read_only);
    CHECK(p->consensus(cycle, "1.1").items.size() == 1);
    CHECK(p->meeting_item(cycle, "1.1").seconds >= 1);
    CHECK(p->member_numbers(cycle).size() == 3);
}
