#pragma once

#include "app/gui/plan_data.hpp"
#include "app/gui/workspace_host.hpp"

#include <wx/panel.h>

#include <functional>

class wxButton;
class wxNotebook;
class wxSimplebook;
class wxStaticText;

namespace assessa::gui {

class ActionEditor;
class PlanCreateDialog;
class ActionTable;
class PlanDepartments;
class PlanMatrix;
class PlanTimeline;

// The "Plan" tab: the improvement plan of the session's cycle as a table of actions, the
// impact x feasibility matrix, the timeline and the department view; while the cycle has no
// plan, a page that says so with the button that creates it. Every change goes through the
// host's undo history.
class PlanPanel : public wxPanel {
public:
    enum View { table_view, matrix_view, timeline_view, departments_view };

    PlanPanel(wxWindow* parent, WorkspaceHost& host);
    // Reads the plan again and shows it in every view.
    void refresh();
    void show_view(View v);
    // The "Plan" menu's commands (plan_ids.hpp).
    void menu_command(int id);

    // Plan ▸ Create the improvement plan…: the dialog, then the edit. True when a plan exists
    // afterwards (created now or before).
    bool create_plan(bool before_action = false);
    void new_action();
    void new_action_from_afi(Id afi);
    void edit_action(Id action_id);
    void delete_action(Id action_id);
    void move_action(Id action_id, int by);

    // Shows the editor and returns wxID_OK or wxID_CANCEL; the GUI tests replace it.
    std::function<int(ActionEditor&)> run_editor;
    std::function<int(PlanCreateDialog&)> run_plan_dialog;
    // Writes what the editor holds (the action, then a status change); false when refused.
    bool apply_editor(const ActionEditor& editor, bool is_new);

    const PlanViewData& data() const { return data_; }
    wxNotebook* views() { return views_; }
    bool showing_no_plan() const;
    wxWindow* no_plan_page() { return no_plan_; }
    wxButton* create_plan_button() { return create_button_; }
    ActionTable* table() { return table_; }
    PlanMatrix* matrix() { return matrix_; }
    PlanTimeline* timeline() { return timeline_; }
    PlanDepartments* departments() { return departments_; }

private:
    void open_editor(const ImprovementAction& action, bool is_new);
    bool perform(Edit edit);
    ImprovementAction blank_action() const;

    WorkspaceHost& host_;
    PlanViewData data_;
    wxSimplebook* book_ = nullptr;  // the "no plan yet" page, or the views
    wxWindow* no_plan_ = nullptr;
    wxStaticText* no_plan_text_ = nullptr;
    wxButton* create_button_ = nullptr;
    wxNotebook* views_ = nullptr;
    ActionTable* table_ = nullptr;
    PlanMatrix* matrix_ = nullptr;
    PlanTimeline* timeline_ = nullptr;
    PlanDepartments* departments_ = nullptr;
};

}  // namespace assessa::gui
