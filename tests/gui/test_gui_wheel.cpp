// The mouse wheel passing over a value control the user has not clicked or tabbed into changes
// nothing: the page under it scrolls instead.
#include "app/gui/action_editor.hpp"
#include "app/gui/action_table.hpp"
#include "app/gui/consensus_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/node_tree.hpp"
#include "app/gui/plan_ids.hpp"
#include "app/gui/plan_panel.hpp"
#include "app/gui/subcriterion_page.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/real_wheel.hpp"
#include "tests/gui/window_walk.hpp"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/slider.h>
#include <wx/spinctrl.h>
#include <wx/treectrl.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

struct Scores {
    std::map<std::string, PhaseScores> consensus;
    std::map<std::string, PhaseScores> ratings;  // member id + node
    bool operator==(const Scores& o) const { return consensus == o.consensus && ratings == o.ratings; }
};

Scores scores_in_file(const std::string& path) {
    auto p = Project::open(path, Project::Mode::read_only);
    Scores s;
    const Cycle c = p->current_cycle();
    const auto fw = p->framework(c.framework_id);
    for (std::size_t i : fw->assessable_nodes()) {
        const std::string& code = fw->nodes()[i].code;
        s.consensus[code] = p->consensus(c.id, code).scores;
        for (const Member& m : p->members()) s.ratings[std::to_string(m.id) + "/" + code] = p->rating(c.id, m.id, code).scores;
    }
    return s;
}

// Brings `control` into the middle of the visible part of `page`.
void show_in_page(wxScrolledWindow* page, wxWindow* control) {
    int unit_x = 0, unit_y = 0;
    page->GetScrollPixelsPerUnit(&unit_x, &unit_y);
    const wxPoint at = page->CalcUnscrolledPosition(control->GetScreenPosition() - page->GetScreenPosition());
    const int top = std::max(0, at.y - page->GetClientSize().y / 2);
    page->Scroll(-1, unit_y > 0 ? top / unit_y : 0);
    settle();
}

int view_y(wxScrolledWindow* page) {
    int x = 0, y = 0;
    page->GetViewStart(&x, &y);
    return y;
}

// Turns the wheel over every control of the page and checks that the page scrolled.
template <class Control>
int wheel_over_all(wxScrolledWindow* page, const std::vector<Control*>& controls) {
    int scrolled = 0;
    for (Control* c : controls) {
        if (!c->IsShownOnScreen()) continue;
        show_in_page(page, c);
        const int before = view_y(page);
        const int direction = before > 0 ? -1 : 1;  // towards where the page can go
        REQUIRE(turn_wheel(c, direction));
        const int after = view_y(page);
        if (direction < 0 ? after < before : after > before) ++scrolled;
        else FAIL_CHECK("the page did not scroll under the wheel at y=" << before);
    }
    return scrolled;
}

}  // namespace

TEST_CASE("gui: the mouse wheel over score sliders, choosers, filters and spin controls not clicked changes nothing", "[gui][wheel]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    settle();
    Scores before = scores_in_file(demo.path);

    w.select_node("1.1");
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    w.frame->tree()->tree()->SetFocus();
    settle();
    ConsensusPage* consensus = w.frame->consensus_page();
    auto sliders = windows_of<wxSlider>(consensus);
    REQUIRE(sliders.size() == 4);  // plan, do, check, act of 1.1
    std::vector<int> values;
    for (auto* s : sliders) values.push_back(s->GetValue());
    CHECK(wheel_over_all(consensus, sliders) == 4);
    for (std::size_t i = 0; i < sliders.size(); ++i) CHECK(sliders[i]->GetValue() == values[i]);

    // One member's assessment: the sliders and the "Assessment of" chooser.
    w.frame->show_page(MainFrame::assessment_page);
    settle();
    w.choose(w.frame->subcriterion_page()->member_choice(), 1);
    w.frame->tree()->tree()->SetFocus();
    settle();
    SubcriterionPage* page = w.frame->subcriterion_page();
    sliders = windows_of<wxSlider>(page);
    REQUIRE(sliders.size() == 4);
    CHECK(wheel_over_all(page->body(), sliders) == 4);
    wxChoice* who = page->member_choice();
    const int chosen = who->GetSelection();
    page->body()->Scroll(0, 0);
    settle();
    REQUIRE(turn_wheel(who, 1));
    REQUIRE(turn_wheel(page->member_choice(), -1));
    CHECK(page->member_choice()->GetSelection() == chosen);

    // The plan's filters.
    PlanPanel* plan = w.frame->plan_panel();
    w.frame->pages()->SetSelection(static_cast<size_t>(w.frame->pages()->FindPage(plan)));
    settle();
    w.frame->tree()->tree()->SetFocus();
    settle();
    for (int f = 0; f < ActionTable::filter_count; ++f) {
        wxChoice* filter = plan->table()->filter(static_cast<ActionTable::Filter>(f));
        const int sel = filter->GetSelection();
        REQUIRE(turn_wheel(filter, 1));
        REQUIRE(turn_wheel(filter, 1));
        CHECK(filter->GetSelection() == sel);
    }

    // The action editor's ratings (impact, feasibility) and progress.
    int shown = 0;
    plan->run_editor = [&](ActionEditor& e) {
        ++shown;
        e.Show();
        settle();
        e.title()->SetFocus();
        settle();
        for (wxSpinCtrl* spin : {e.impact(), e.feasibility(), e.progress_spin()}) {
            if (!spin->IsShownOnScreen()) continue;
            const int v = spin->GetValue();
            REQUIRE(turn_wheel(spin, -1));
            REQUIRE(turn_wheel(spin, 1));
            CHECK(spin->GetValue() == v);
        }
        e.Hide();
        return wxID_CANCEL;
    };
    w.menu(id_plan_new_action);
    CHECK(shown == 1);

    // Once clicked into, the slider does follow the wheel: the guard only waits for intent.
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    sliders = windows_of<wxSlider>(w.frame->consensus_page());
    show_in_page(w.frame->consensus_page(), sliders[0]);
    sliders[0]->SetFocus();
    settle();
    sliders[0]->SetValue(50);  // shown only: the wheel's change is what gets saved
    REQUIRE(turn_wheel(sliders[0], 1));
    CHECK(sliders[0]->GetValue() != 50);
    CHECK(w.frame->session().project().consensus(w.frame->session().cycle().id, "1.1").scores.at("plan") ==
          sliders[0]->GetValue());
    w.frame->close_project();

    CHECK(w.errors.empty());
    Scores after = scores_in_file(demo.path);
    CHECK(after.ratings == before.ratings);
    after.consensus["1.1"] = before.consensus["1.1"];  // the deliberate change above
    CHECK(after == before);
}
