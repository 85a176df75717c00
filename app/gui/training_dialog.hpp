#pragma once

#include "app/gui/step_dialog.hpp"
#include "app/gui/step_list_editor.hpp"

class wxCheckListBox;
class wxListView;

namespace assessa::gui {

// Step 4: the group's training sessions: date, topic, trainer, notes and who attended, checked
// in the cycle's group (in projector mode as "Member N", in the order of those numbers).
class TrainingDialog : public StepDialog {
public:
    TrainingDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps);

    const std::vector<TrainingSession>& sessions() const { return sessions_.rows(); }
    wxListView* list() { return list_; }
    DateEntry* date() { return date_; }
    wxTextCtrl* topic() { return topic_; }
    wxTextCtrl* trainer() { return trainer_; }
    wxTextCtrl* notes() { return notes_; }
    wxCheckListBox* attendees() { return attendees_; }
    StepListButtons& buttons() { return sessions_.buttons(); }

protected:
    void store(CycleSteps& steps) const override;
    std::vector<std::string> own_problems() const override;

private:
    std::vector<std::string> form_problems() const;
    StepListEditor<TrainingSession>::Form form();

    StepListEditor<TrainingSession> sessions_;
    std::vector<Member> listed_;  // rows of attendees_
    wxListView* list_ = nullptr;
    DateEntry* date_ = nullptr;
    wxTextCtrl* topic_ = nullptr;
    wxTextCtrl* trainer_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxCheckListBox* attendees_ = nullptr;
};

}  // namespace assessa::gui
