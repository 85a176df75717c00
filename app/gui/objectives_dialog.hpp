#pragma once

#include "app/gui/step_dialog.hpp"
#include "app/gui/step_list_editor.hpp"

class wxListView;
class wxNotebook;

namespace assessa::gui {

// Step 7, beside the plan's actions: the institution's strategic objectives that actions serve,
// and the ideas of the self-assessment the plan does not take up, each with the reason.
// "Collect ideas" lists those not answered or listed yet (ideas_not_taken_up); another button
// leaves with `plan_id` to go to the Plan tab.
class ObjectivesDialog : public StepDialog {
public:
    ObjectivesDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps, int plan_id);

    const std::vector<StrategicObjective>& objectives() const { return objectives_.rows(); }
    const std::vector<DeclinedIdea>& ideas() const { return ideas_.rows(); }
    wxNotebook* book() { return book_; }
    wxListView* objective_list() { return objective_list_; }
    wxTextCtrl* code() { return code_; }
    wxTextCtrl* title() { return title_; }
    wxTextCtrl* description() { return description_; }
    wxListView* idea_list() { return idea_list_; }
    wxTextCtrl* idea_node() { return idea_node_; }
    wxTextCtrl* idea_text() { return idea_text_; }
    wxTextCtrl* reason() { return reason_; }
    StepListButtons& objective_buttons() { return objectives_.buttons(); }
    StepListButtons& idea_buttons() { return ideas_.buttons(); }

    // Adds the ideas not taken up and not listed yet; returns how many.
    int collect_ideas();

protected:
    void store(CycleSteps& steps) const override;
    std::vector<std::string> own_problems() const override;

private:
    wxWindow* objectives_page(wxWindow* book);
    wxWindow* ideas_page(wxWindow* book);
    StepListEditor<StrategicObjective>::Form objective_form();
    StepListEditor<DeclinedIdea>::Form idea_form();

    StepListEditor<StrategicObjective> objectives_;
    StepListEditor<DeclinedIdea> ideas_;
    wxNotebook* book_ = nullptr;
    wxListView* objective_list_ = nullptr;
    wxTextCtrl* code_ = nullptr;
    wxTextCtrl* title_ = nullptr;
    wxTextCtrl* description_ = nullptr;
    wxListView* idea_list_ = nullptr;
    wxTextCtrl* idea_node_ = nullptr;
    wxTextCtrl* idea_text_ = nullptr;
    wxTextCtrl* reason_ = nullptr;
    wxStaticText* collected_ = nullptr;
};

}  // namespace assessa::gui
