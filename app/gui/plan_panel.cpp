#include "app/gui/plan_panel.hpp"
#include "app/gui/notebook_pages.hpp"
#include "app/gui/member_label.hpp"

#include "app/gui/action_editor.hpp"
#include "app/gui/action_table.hpp"
#include "app/gui/plan_departments.hpp"
#include "app/gui/plan_ids.hpp"
#include "app/gui/plan_create_dialog.hpp"
#include "app/gui/plan_matrix.hpp"
#include "app/gui/plan_timeline.hpp"
#include "app/gui/wx_text.hpp"
#include "model/plan_edits.hpp"

#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

namespace assessa::gui {

PlanPanel::PlanPanel(wxWindow* parent, WorkspaceHost& host) : wxPanel(parent, wxID_ANY), host_(host) {
    run_editor = [](ActionEditor& e) { return e.ShowModal(); };
    run_plan_dialog = [](PlanCreateDialog& d) { return d.ShowModal(); };
    auto* top = new wxBoxSizer(wxVERTICAL);
    book_ = new wxSimplebook(this, wxID_ANY);

    // While there is no plan: what the plan is for, and the one button that creates it.
    no_plan_ = new wxPanel(book_, wxID_ANY);
    auto* empty = new wxBoxSizer(wxVERTICAL);
    empty->AddStretchSpacer(1);
    empty->Add(make_heading(no_plan_, _("This cycle has no improvement plan yet"), 1.4f), 0, wxALIGN_CENTER | wxALL,
               FromDIP(8));
    no_plan_text_ = new wxStaticText(no_plan_, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxALIGN_CENTER_HORIZONTAL);
    set_wrapped(
        no_plan_text_,
        _("The plan turns the agreed areas for improvement into actions over two or three years, each led by one "
          "department (V) with others taking part (D). Create it with its start, its horizon and who approves it; "
          "then add actions here or from an area for improvement on the consensus page."),
        FromDIP(520));
    empty->Add(no_plan_text_, 0, wxALIGN_CENTER | wxALL, FromDIP(8));
    create_button_ = new wxButton(no_plan_, wxID_ANY, _("Create the improvement plan…"));
    create_button_->SetFont(create_button_->GetFont().Scaled(1.15f).Bold());
    create_button_->SetLabel(_("Create the improvement plan…"));  // measured in its own font
    create_button_->SetInitialSize();
    create_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { create_plan(); });
    empty->Add(create_button_, 0, wxALIGN_CENTER | wxALL, FromDIP(12));
    empty->AddStretchSpacer(2);
    no_plan_->SetSizer(empty);
    book_->AddPage(no_plan_, "");

    views_ = new wxNotebook(book_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxNB_BOTTOM);
    ActionTable::Handlers h;
    h.create = [this] { new_action(); };
    h.edit = [this](Id id) { edit_action(id); };
    h.remove = [this](Id id) { delete_action(id); };
    h.move = [this](Id id, int by) { move_action(id, by); };
    h.create_from_afi = [this](Id afi) { new_action_from_afi(afi); };
    table_ = new ActionTable(views_, h);
    matrix_ = new PlanMatrix(views_, [this](Id id, int impact, int feasibility) {
        return perform(edit_rate_action(host_.session().project(), id, impact, feasibility));
    }, [this](Id id) { edit_action(id); });
    timeline_ = new PlanTimeline(page_holder(views_), [this](Id id, long days) {
        return perform(edit_shift_action(host_.session().project(), id, days));
    }, [this](Id id) { edit_action(id); });
    departments_ = new PlanDepartments(views_);
    views_->AddPage(table_, _("Actions"));
    views_->AddPage(matrix_, _("Impact × feasibility"));
    views_->AddPage(held(timeline_), _("Timeline"));
    views_->AddPage(departments_, _("Departments"));
    size_pages_with_notebook(views_);
    book_->AddPage(views_, "");
    top->Add(book_, 1, wxEXPAND);
    SetSizer(top);
    // Agreed AFIs change on other pages: read the plan again whenever the tab is shown.
    parent->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this, parent](wxBookCtrlEvent& e) {
        if (auto* book = dynamic_cast<wxNotebook*>(parent); book && book->GetCurrentPage() == this) refresh();
        e.Skip();
    });
}

void PlanPanel::refresh() {
    PlanViewData fresh = PlanViewData::load(host_.session());
    table_->detach();
    data_ = std::move(fresh);
    table_->set(data_);
    matrix_->set(data_);
    timeline_->set(data_);
    departments_->set(data_);
    const size_t page = data_.plan ? 1 : 0;
    if (book_->GetSelection() != static_cast<int>(page)) book_->ChangeSelection(page);
    create_button_->Enable(!host_.session().project().read_only());
}

bool PlanPanel::showing_no_plan() const { return book_->GetSelection() == 0; }

bool PlanPanel::create_plan(bool before_action) {
    refresh();
    if (data_.plan) return true;
    if (host_.session().project().read_only()) return false;
    PlanCreateDialog dialog(wxGetTopLevelParent(this), host_.session(), before_action);
    // A refusal by the store is shown, and the dialog opens again with what was typed.
    while (run_plan_dialog(dialog) == wxID_OK) {
        if (!dialog.problems().empty()) continue;
        Edit edit;
        try {
            edit = edit_create_plan(host_.session().project(), dialog.plan());
        } catch (const InvalidEdit&) {
            refresh();  // created meanwhile: nothing more to do here
            return data_.plan.has_value();
        }
        if (perform(std::move(edit))) return data_.plan.has_value();
    }
    return false;
}

void PlanPanel::show_view(View v) { views_->SetSelection(static_cast<size_t>(v)); }

void PlanPanel::menu_command(int id) {
    switch (id) {
    case id_plan_create: create_plan(); break;
    case id_plan_new_action: new_action(); break;
    case id_plan_edit_action:
        show_view(table_view);
        if (auto sel = table_->selected()) edit_action(*sel);
        break;
    case id_plan_show_table: show_view(table_view); break;
    case id_plan_show_matrix: show_view(matrix_view); break;
    case id_plan_show_timeline: show_view(timeline_view); break;
    case id_plan_show_departments: show_view(departments_view); break;
    default: break;
    }
}

bool PlanPanel::perform(Edit edit) {
    const bool done = host_.perform(std::move(edit));
    refresh();
    return done;
}

ImprovementAction PlanPanel::blank_action() const {
    ImprovementAction a;
    a.code = next_action_code(data_.actions);
    if (data_.plan)
        if (const auto start = CalendarDate::parse(data_.plan->starts_on); start && data_.plan->ends_on()) {
            const CalendarDate end = *data_.plan->ends_on();
            CalendarDate from = *start;
            if (const auto today = CalendarDate::parse(now_utc().substr(0, 10)); today && *today > from && *today < end)
                from = *today;
            a.starts_on = from.to_string();
            a.due_on = std::min(from.plus_months(6).plus_days(-1), end).to_string();
        }
    return a;
}

void PlanPanel::new_action() {
    if (!data_.plan && !create_plan(true)) return;
    open_editor(blank_action(), true);
}

void PlanPanel::new_action_from_afi(Id afi) {
    if (data_.cycle_id != host_.session().cycle().id || !data_.context.afi_nodes.count(afi)) refresh();
    // Without a plan, offer to create it first and then go on to the action.
    if (!data_.plan && !create_plan(true)) return;
    ImprovementAction a = blank_action();
    if (const auto text = data_.context.afi_texts.find(afi); text != data_.context.afi_texts.end()) a.title = text->second;
    a.afi_ids = {afi};
    open_editor(a, true);
}

void PlanPanel::edit_action(Id action_id) {
    if (const ImprovementAction* a = data_.find(action_id)) open_editor(*a, false);
}

void PlanPanel::open_editor(const ImprovementAction& action, bool is_new) {
    if (!host_.session().access().editable()) return;
    ActionEditor editor(wxGetTopLevelParent(this), data_, action, is_new);
    if (host_.projector_mode())
        editor.hide_names([this](const std::string& text) {
            return without_member_names(host_.session(), text, true);
        });
    // A refusal by the store is shown, and the dialog opens again with what was typed.
    while (run_editor(editor) == wxID_OK)
        if (apply_editor(editor, is_new)) break;
}

bool PlanPanel::apply_editor(const ActionEditor& editor, bool is_new) {
    if (!editor.problems().empty()) return false;
    ProjectSession& s = host_.session();
    const ImprovementAction a = editor.action();
    Id id = a.id;
    if (is_new) {
        if (!perform(edit_add_action(s.cycle().id, a))) return false;
        id = data_.actions.empty() ? 0 : data_.actions.back().id;
    } else if (a != *data_.find(a.id)) {
        if (!perform(edit_update_action(s.project(), a))) return false;
    }
    if (editor.status_changed() && id != 0) {
        const std::string today = now_utc().substr(0, 10);
        if (!perform(edit_action_status(s.project(), id, editor.status(), editor.progress(), editor.status_comment(),
                                        utf8(wxGetUserName()), today)))
            return false;
    }
    table_->select(id);
    return true;
}

void PlanPanel::delete_action(Id action_id) { perform(edit_remove_action(host_.session().project(), action_id)); }

void PlanPanel::move_action(Id action_id, int by) {
    for (std::size_t i = 0; i < data_.actions.size(); ++i)
        if (data_.actions[i].id == action_id) {
            const int to = static_cast<int>(i) + by;
            if (to < 0 || to >= static_cast<int>(data_.actions.size())) return;
            perform(edit_move_action(host_.session().project(), action_id, to));
            table_->select(action_id);
            return;
        }
}

}  // namespace assessa::gui
