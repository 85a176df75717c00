#pragma once

#include "app/gui/step_dialog.hpp"

class wxCheckListBox;
class wxRadioButton;

namespace assessa::gui {

// Step 1: management's decision to carry out the self-assessment: when and by whom, the scope
// (the whole organisation or the departments listed), the objective, the process leader and the
// resources. The scoring method is the cycle's own, shown here only.
class DecisionDialog : public StepDialog {
public:
    DecisionDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps);

    DateEntry* decided_on() { return decided_on_; }
    wxTextCtrl* decided_by() { return decided_by_; }
    wxRadioButton* whole() { return whole_; }
    wxRadioButton* units() { return units_; }
    wxCheckListBox* departments() { return departments_; }
    wxTextCtrl* objective() { return objective_; }
    wxTextCtrl* leader() { return leader_; }
    wxTextCtrl* resources() { return resources_; }
    // As a click on a scope's radio button does.
    void choose_scope(AssessmentScope scope);

protected:
    void store(CycleSteps& steps) const override;
    std::vector<std::string> own_problems() const override;

private:
    std::vector<Id> department_ids_;  // rows of departments_
    DateEntry* decided_on_ = nullptr;
    wxTextCtrl* decided_by_ = nullptr;
    wxRadioButton* whole_ = nullptr;
    wxRadioButton* units_ = nullptr;
    wxCheckListBox* departments_ = nullptr;
    wxTextCtrl* objective_ = nullptr;
    wxTextCtrl* leader_ = nullptr;
    wxTextCtrl* resources_ = nullptr;
};

}  // namespace assessa::gui
