#include "app/gui/consensus_page.hpp"
#include "app/gui/dashboard_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/node_tree.hpp"
#include "app/gui/subcriterion_page.hpp"
#include "app/gui/welcome_page.hpp"
#include "exports/demo_project.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/utils.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>
#include <wx/stopwatch.h>
#include <wx/textctrl.h>

#include <cstdio>
#include <fstream>
#include <iterator>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

TEST_CASE("gui: a score, a strength and a consensus reach the project file; undo takes them back", "[gui]") {
    DemoCopy demo;
    Window w;
    wxStopWatch clock;
    REQUIRE(w.frame->open_project(demo.path));
    settle();
    std::printf("open_demo_to_usable_ms %ld\n", clock.Time());
    REQUIRE(w.errors.empty());

    w.select_node("2.1");
    CHECK(w.frame->session().node() == "2.1");
    SubcriterionPage* page = w.frame->subcriterion_page();
    w.choose(page->member_choice(), 2);  // the third member of the group
    const Id member = *w.frame->session().chosen_member();
    const Id cycle = w.frame->session().cycle().id;

    ScoreInput* plan = w.frame->subcriterion_page()->score_input("plan");
    REQUIRE(plan);
    plan->field()->SetValue("77");  // typing fires the text event
    settle();
    w.type_and_enter(w.frame->subcriterion_page()->note_list(NoteKind::strength)->entry(),
                     "The new budget process publishes its calendar.");
    CHECK(wxString(w.frame->GetStatusBar()->GetStatusText(1)) == _("Saved"));

    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    ConsensusPage* consensus = w.frame->consensus_page();
    wxListView* picks = consensus->member_items(NoteKind::strength);
    long ours = -1;
    for (long i = 0; i < picks->GetItemCount(); ++i)
        if (picks->GetItemText(i).Contains("publishes its calendar")) ours = i;
    REQUIRE(ours >= 0);
    picks->Select(ours);
    wxButton* agree_each = consensus->agree_buttons(NoteKind::strength).first;
    wxCommandEvent click(wxEVT_BUTTON, agree_each->GetId());
    click.SetEventObject(agree_each);
    agree_each->ProcessWindowEvent(click);
    settle();
    const auto agreed_plan_before = w.frame->session().project().consensus(cycle, "2.1").scores;
    consensus->score_input("plan")->field()->SetValue("12");
    settle();
    CHECK(w.frame->session().project().consensus(cycle, "2.1").scores.at("plan") == 12);

    w.menu(wxID_UNDO);  // Ctrl+Z: the consensus score goes back
    CHECK(w.frame->session().project().consensus(cycle, "2.1").scores == agreed_plan_before);
    w.menu(wxID_REDO);
    CHECK(w.frame->session().project().consensus(cycle, "2.1").scores.at("plan") == 12);
    w.menu(wxID_UNDO);
    w.frame->close_project();

    auto p = Project::open(demo.path);
    const Rating r = p->rating(cycle, member, "2.1");
    CHECK(score(r, "plan") == 77);
    const NoteItem* added = nullptr;
    for (const NoteItem* it : r.items_of(NoteKind::strength))
        if (it->text == "The new budget process publishes its calendar.") added = it;
    REQUIRE(added);
    const Consensus c = p->consensus(cycle, "2.1");
    CHECK(c.scores == agreed_plan_before);
    bool linked = false;
    for (const auto& item : c.items)
        linked = linked || (item.text == added->text && item.source_item_ids == std::vector<Id>{added->id});
    CHECK(linked);
}

TEST_CASE("gui: undo of a deleted strength puts it back in the file", "[gui]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    w.select_node("1.1");
    w.choose(w.frame->subcriterion_page()->member_choice(), 0);
    const Id member = *w.frame->session().chosen_member();
    const Id cycle = w.frame->session().cycle().id;
    NoteList* list = w.frame->subcriterion_page()->note_list(NoteKind::strength);
    REQUIRE(!list->rows().empty());
    const auto before = w.frame->session().project().rating(cycle, member, "1.1").items.size();
    list->list()->Select(0);
    list->remove_selected();  // the Delete key
    settle();
    CHECK(w.frame->session().project().rating(cycle, member, "1.1").items.size() == before - 1);
    w.menu(wxID_UNDO);
    CHECK(w.frame->session().project().rating(cycle, member, "1.1").items.size() == before);
}

TEST_CASE("gui: the filter narrows the tree to matching codes and words", "[gui]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    w.frame->tree()->filter()->SetValue("4.3");
    settle();
    CHECK(w.frame->tree()->item("4.3").IsOk());
    CHECK_FALSE(w.frame->tree()->item("1.1").IsOk());
    w.frame->tree()->filter()->SetValue("");
    settle();
    CHECK(w.frame->tree()->item("1.1").IsOk());
    CHECK(w.frame->tree()->label_of("1.1").find("consensus") != std::string::npos);
}

TEST_CASE("gui: a damaged file shows the core's message; a locked file offers read-only", "[gui]") {
    DemoCopy demo;
    Window w;
    const std::string bad = (demo.dir + "/damaged.assessa").utf8_string();
    std::ofstream(bad) << "this is not a project";
    CHECK_FALSE(w.frame->open_project(bad));
    REQUIRE(w.errors.size() == 1);
    try {
        Project::open(bad);
    } catch (const ProjectError& e) {
        CHECK(w.errors[0] == wxString::FromUTF8(e.what()));
    }
    CHECK_FALSE(w.frame->has_project());

    auto holder = Project::open(demo.path);  // someone else has it open
    REQUIRE(w.frame->open_project(demo.path));
    REQUIRE(w.questions.size() == 1);
    CHECK(w.frame->session().project().read_only());
    w.frame->close_project();
    w.answer_yes = false;
    CHECK_FALSE(w.frame->open_project(demo.path));
    CHECK(w.errors.size() == 1);
}

TEST_CASE("gui: the demo opens from the welcome page and the views are captured", "[gui][screenshots]") {
    Window w;
    w.frame->SetSize(0, 0, 1366, 768);  // no window manager under Xvfb: place it on the screen
    w.frame->set_projector_mode(false);
    check_layout(w.frame, "welcome page");
    screenshot(w.frame, "welcome");
    REQUIRE(w.frame->open_demo());  // written to the data directory on first use
    REQUIRE(w.frame->has_project());
    CHECK(w.frame->session().members().size() == 10);
    w.select_node("3.1");
    w.choose(w.frame->subcriterion_page()->member_choice(), 3);
    check_layout(w.frame, "assessment tab");
    screenshot(w.frame, "subcriterion");
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    check_layout(w.frame, "consensus tab");
    screenshot(w.frame, "consensus");
    w.frame->show_page(MainFrame::dashboard_tab);
    settle();
    CHECK(w.frame->dashboard_page()->members()->GetItemCount() == 10);
    check_layout(w.frame, "dashboard tab");
    screenshot(w.frame, "dashboard");
    w.frame->set_projector_mode(true);
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    check_layout(w.frame, "consensus tab in projector mode");
    screenshot(w.frame, "consensus-projector");
    w.frame->close_project();
    CHECK(w.frame->welcome_page()->recent()->GetCount() >= 1);
}

TEST_CASE("gui: Help ▸ Facilitator's guide opens the guide shipped with the program in the interface language",
          "[gui][guide]") {
    for (const std::string lang : {"en", "lt", "zh"}) {
        INFO(lang);
        UiLanguage speaking(lang);
        Window w;
        const int id = w.frame->GetMenuBar()->FindMenuItem(_("&Help"), _("&Facilitator's guide\tF1"));
        REQUIRE(id != wxNOT_FOUND);
        w.menu(id);
        CHECK(w.errors.empty());
        REQUIRE(w.urls.size() == 1);
        const wxFileName file = wxFileName::URLToFileName(w.urls[0]);
        CHECK(w.urls[0].StartsWith("file://"));
        CHECK(file.FileExists());
        CHECK(file.GetFullPath().EndsWith("/guide/" + wxString(lang) + "/index.html"));
        // The page is in that language: its <html lang> says so.
        std::ifstream page(file.GetFullPath().utf8_string());
        const std::string text((std::istreambuf_iterator<char>(page)), std::istreambuf_iterator<char>());
        CHECK(text.find("<html lang=\"" + lang + "\">") != std::string::npos);
    }
}

TEST_CASE("gui: a project closed and opened again in the same window shows its pages", "[gui][workspace]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    w.frame->show_page(MainFrame::assessment_page);
    w.frame->close_project();
    CHECK_FALSE(w.frame->has_project());
    REQUIRE(w.frame->open_project(demo.path));
    w.frame->show_page(MainFrame::assessment_page);
    wxYield();
    CHECK(w.frame->subcriterion_page()->member_choice()->GetCount() > 0);
    w.frame->show_page(MainFrame::consensus_tab);
    wxYield();
}
