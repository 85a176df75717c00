#include "app/gui/action_editor.hpp"
#include "app/gui/action_table.hpp"
#include "app/gui/consensus_page.hpp"
#include "app/gui/date_entry.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/plan_ids.hpp"
#include "app/gui/plan_matrix.hpp"
#include "app/gui/plan_panel.hpp"
#include "app/gui/plan_timeline.hpp"
#include "model/plan_rules.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

// The project file as another program reads it (the window keeps it open and locked).
std::vector<ImprovementAction> actions_in_file(const std::string& path) {
    auto p = Project::open(path, Project::Mode::read_only);
    return p->actions(p->current_cycle().id);
}

const ImprovementAction* find_code(const std::vector<ImprovementAction>& actions, const std::string& code) {
    for (const auto& a : actions)
        if (a.code == code) return &a;
    return nullptr;
}

wxButton* find_button(wxWindow* root, const wxString& label) {
    for (wxWindow* child : root->GetChildren()) {
        if (auto* b = dynamic_cast<wxButton*>(child); b && b->GetLabel() == label) return b;
        if (wxButton* found = find_button(child, label)) return found;
    }
    return nullptr;
}

void click(wxButton* b) {
    wxCommandEvent e(wxEVT_BUTTON, b->GetId());
    e.SetEventObject(b);
    b->ProcessWindowEvent(e);
    settle();
}

// Opens the demo and shows the Plan tab.
PlanPanel* open_plan(Window& w, const DemoCopy& demo) {
    REQUIRE(w.frame->open_project(demo.path));
    w.menu(id_plan_show_table);
    PlanPanel* plan = w.frame->plan_panel();
    REQUIRE(w.frame->pages()->GetCurrentPage() == plan);
    return plan;
}

}  // namespace

TEST_CASE("gui: an action made from an agreed AFI, edited and given a status reaches the file; undo takes it back",
          "[gui][plan]") {
    DemoCopy demo;
    Window w;
    PlanPanel* plan = open_plan(w, demo);
    const std::size_t before = plan->data().actions.size();
    REQUIRE(before == 32);

    // An agreed AFI on the consensus page, chosen in its list.
    const Id cycle = w.frame->session().cycle().id;
    std::string node;
    Id afi = 0;
    std::string afi_text;
    for (const auto& c : w.frame->session().project().consensus_all(cycle))
        for (const auto& item : c.items)
            if (item.kind == NoteKind::afi && !afi) {
                node = c.node_code;
                afi = item.id;
                afi_text = item.text;
            }
    REQUIRE(afi != 0);
    w.select_node(node);
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    NoteList* agreed = w.frame->consensus_page()->agreed(NoteKind::afi);
    agreed->list()->Select(0);
    REQUIRE(agreed->rows().at(0).id == afi);

    int shown = 0;
    plan->run_editor = [&](ActionEditor& e) {
        ++shown;
        CHECK(e.title()->GetValue() == wxString::FromUTF8(afi_text));
        CHECK(e.action().afi_ids == std::vector<Id>{afi});
        CHECK(e.leader()->GetSelection() == 0);  // the leader is left to the user
        CHECK_FALSE(e.FindWindow(wxID_OK)->IsEnabled());
        CHECK(e.messages()->GetLabel().Contains(_("leading department")));
        w.choose(e.leader(), 1);
        e.participants()->Check(1);
        e.impact()->SetValue(5);
        e.feasibility()->SetValue(2);
        e.revalidate();
        CHECK(e.problems().empty());
        CHECK(e.FindWindow(wxID_OK)->IsEnabled());
        return e.accept() ? wxID_OK : wxID_CANCEL;
    };
    click(find_button(w.frame->consensus_page(), _("Create action from this AFI…")));
    CHECK(shown == 1);
    CHECK(w.errors.empty());
    CHECK(w.frame->pages()->GetCurrentPage() == plan);

    auto in_file = actions_in_file(demo.path);
    REQUIRE(in_file.size() == before + 1);
    const ImprovementAction made = in_file.back();
    CHECK(made.title == afi_text);
    CHECK(made.afi_ids == std::vector<Id>{afi});
    CHECK(made.lead_department == plan->data().departments.at(0).id);
    CHECK(made.participating_departments == std::vector<Id>{plan->data().departments.at(1).id});
    CHECK(made.impact == 5);
    CHECK(made.feasibility == 2);
    CHECK(plan->table()->selected() == made.id);

    // Editing it: a new title and a status change with its comment.
    plan->run_editor = [&](ActionEditor& e) {
        e.title()->SetValue("Publish the vision review");
        w.choose(e.status_choice(), static_cast<int>(ActionStatus::in_progress));
        e.progress_spin()->SetValue(30);
        e.comment()->SetValue("Kick-off meeting held");
        return e.accept() ? wxID_OK : wxID_CANCEL;
    };
    w.menu(id_plan_edit_action);
    in_file = actions_in_file(demo.path);
    const ImprovementAction* edited = find_code(in_file, made.code);
    REQUIRE(edited);
    CHECK(edited->title == "Publish the vision review");
    CHECK(edited->status == ActionStatus::in_progress);
    CHECK(edited->progress == 30);
    CHECK(edited->history.back().comment == "Kick-off meeting held");

    // Undo: the status, the title, then the action itself.
    w.menu(wxID_UNDO);
    in_file = actions_in_file(demo.path);
    CHECK(find_code(in_file, made.code)->status == ActionStatus::planned);
    CHECK(find_code(in_file, made.code)->history.size() == 1);
    w.menu(wxID_UNDO);
    CHECK(find_code(actions_in_file(demo.path), made.code)->title == afi_text);
    w.menu(wxID_UNDO);
    CHECK(actions_in_file(demo.path).size() == before);
    CHECK(plan->data().actions.size() == before);
    w.menu(wxID_REDO);
    CHECK(actions_in_file(demo.path).size() == before + 1);
    CHECK(w.errors.empty());
}

TEST_CASE("gui: the table sorts by priority, filters, deletes and reorders through undoable edits", "[gui][plan]") {
    DemoCopy demo;
    Window w;
    PlanPanel* plan = open_plan(w, demo);
    ActionTable* table = plan->table();
    const auto all = plan->data().actions;
    std::vector<Id> by_priority;
    for (const auto& a : all) by_priority.push_back(a.id);
    CHECK(table->shown() == by_priority);

    w.choose(table->filter(ActionTable::by_status), 1 + static_cast<int>(ActionStatus::done));
    const auto done = table->shown();
    CHECK(done.size() < all.size());
    for (Id id : done) CHECK(plan->data().find(id)->status == ActionStatus::done);
    w.choose(table->filter(ActionTable::by_status), 0);
    CHECK(table->shown().size() == all.size());

    // The second action up, then the first deleted; undo restores both.
    table->select(all[1].id);
    click(find_button(table, _("Up")));
    CHECK(actions_in_file(demo.path).front().code == all[1].code);
    table->select(all[1].id);
    click(find_button(table, _("Delete")));
    CHECK(find_code(actions_in_file(demo.path), all[1].code) == nullptr);
    w.menu(wxID_UNDO);
    const auto restored = actions_in_file(demo.path);
    REQUIRE(restored.front().code == all[1].code);
    REQUIRE(restored.front().history.size() == all[1].history.size());
    for (std::size_t i = 0; i < all[1].history.size(); ++i) {
        CHECK(restored.front().history[i].comment == all[1].history[i].comment);
        CHECK(restored.front().history[i].status == all[1].history[i].status);
    }
    w.menu(wxID_UNDO);
    CHECK(actions_in_file(demo.path).front().code == all[0].code);
    CHECK(w.errors.empty());
}

TEST_CASE("gui: dragging in the matrix re-rates and dragging a bar moves dates; both undo", "[gui][plan]") {
    DemoCopy demo;
    Window w;
    PlanPanel* plan = open_plan(w, demo);
    plan->show_view(PlanPanel::matrix_view);
    settle();
    const ImprovementAction a = plan->data().actions.front();

    // The label is drawn in the cell of its rating; the drop goes to another cell.
    PlanMatrix* matrix = plan->matrix();
    matrix->Update();
    const wxRect label = matrix->label_rect(a.id);
    REQUIRE_FALSE(label.IsEmpty());
    CHECK(matrix->cell_at(label.GetPosition() + wxPoint(2, 2)) == std::make_pair(a.impact, a.feasibility));
    const int impact = a.impact == 1 ? 2 : 1;
    REQUIRE(matrix->drop(a.id, impact, 5));
    const ImprovementAction rated = *find_code(actions_in_file(demo.path), a.code);
    CHECK(rated.impact == impact);
    CHECK(rated.feasibility == 5);

    plan->show_view(PlanPanel::timeline_view);
    settle();
    PlanTimeline* timeline = plan->timeline();
    CHECK_FALSE(timeline->bar_rect(a.id).IsEmpty());
    CHECK(timeline->days_for(0, false) == 0);
    REQUIRE(timeline->move_bar(a.id, 14));
    auto moved = *find_code(actions_in_file(demo.path), a.code);
    CHECK(moved.starts_on == CalendarDate::parse(a.starts_on)->plus_days(14).to_string());
    CHECK(moved.due_on == CalendarDate::parse(a.due_on)->plus_days(14).to_string());

    // Past the end of the plan: the core's message, nothing written.
    CHECK_FALSE(timeline->move_bar(a.id, 3 * 365));
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors[0].Contains("outside"));
    CHECK(*find_code(actions_in_file(demo.path), a.code) == moved);

    w.menu(wxID_UNDO);
    w.menu(wxID_UNDO);
    const ImprovementAction back = *find_code(actions_in_file(demo.path), a.code);
    CHECK(back.starts_on == a.starts_on);
    CHECK(back.impact == a.impact);
    CHECK(back.feasibility == a.feasibility);
}

TEST_CASE("gui: an action whose due date is before its start gets the core's message and is not written",
          "[gui][plan]") {
    DemoCopy demo;
    Window w;
    PlanPanel* plan = open_plan(w, demo);
    const auto before = actions_in_file(demo.path);
    int shown = 0;
    std::vector<std::string> expected;
    plan->run_editor = [&](ActionEditor& e) {
        if (++shown > 1) return static_cast<int>(wxID_CANCEL);  // the user gives up
        e.title()->SetValue("Quarterly service reviews");
        w.choose(e.leader(), 1);
        const CalendarDate start = *e.starts()->date();
        e.due()->SetValue(wxString::FromUTF8(start.plus_days(-10).to_string()));  // typed in ISO form
        e.revalidate();
        expected = validate_action(e.action(), *plan->data().plan, plan->data().departments);
        REQUIRE_FALSE(expected.empty());
        for (const auto& message : expected) {
            INFO(message);
            CHECK(e.messages()->GetLabel().Contains(wxString::FromUTF8(message)));
        }
        CHECK_FALSE(e.FindWindow(wxID_OK)->IsEnabled());
        CHECK_FALSE(e.accept());
        return static_cast<int>(wxID_OK);  // as if OK got through: apply must refuse
    };
    w.menu(id_plan_new_action);
    CHECK(shown == 2);
    CHECK(actions_in_file(demo.path) == before);
    CHECK_FALSE(w.frame->session().history().can_undo());
}

TEST_CASE("gui: plan views of the demo", "[gui][plan][screenshots][!mayfail]") {
    DemoCopy demo;
    Window w;
    PlanPanel* plan = open_plan(w, demo);
    REQUIRE(plan->data().actions.size() == 32);
    w.frame->SetSize(0, 0, 1366, 768);  // the place saved by an earlier run may push it off the screen
    settle();
    check_layout(w.frame, "plan table");
    screenshot(w.frame, "plan-table");
    w.menu(id_plan_show_matrix);
    check_layout(w.frame, "plan matrix");
    screenshot(w.frame, "plan-matrix");
    w.menu(id_plan_show_timeline);
    check_layout(w.frame, "plan timeline");
    screenshot(w.frame, "plan-timeline");
    w.menu(id_plan_show_departments);
    check_layout(w.frame, "plan departments");
    screenshot(w.frame, "plan-departments");
    plan->run_editor = [](ActionEditor& e) {
        e.Show();
        settle();
        check_layout(&e, "action editor");
        screenshot(&e, "plan-editor");
        for (wxWindow* child : e.GetChildren())
            if (auto* book = dynamic_cast<wxNotebook*>(child)) {
                book->SetSelection(1);
                screenshot(&e, "plan-editor-departments");
                book->SetSelection(3);
                screenshot(&e, "plan-editor-status");
            }
        e.Hide();
        return static_cast<int>(wxID_CANCEL);
    };
    plan->edit_action(plan->data().actions.at(1).id);
    CHECK(w.errors.empty());
}
