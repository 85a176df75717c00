#pragma once

#include "app/gui/step_dialog.hpp"
#include "app/gui/step_list_buttons.hpp"

class wxCheckListBox;
class wxListView;

namespace assessa::gui {

// Step 4: the group's training sessions: date, topic, trainer, notes and who attended, checked
// in the cycle's group (in projector mode as "Member N", in the order of those numbers).
class TrainingDialog : public StepDialog {
public:
    TrainingDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps);

    const std::vector<TrainingSession>& sessions() const { return sessions_; }
    wxListView* list() { return list_; }
    DateEntry* date() { return date_; }
    wxTextCtrl* topic() { return topic_; }
    wxTextCtrl* trainer() { return trainer_; }
    wxTextCtrl* notes() { return notes_; }
    wxCheckListBox* attendees() { return attendees_; }
    StepListButtons& buttons() { return buttons_; }

    bool add_session();
    bool save_session();
    void remove_session();
    void select(long row);

protected:
    void store(CycleSteps& steps) const override;
    std::vector<std::string> own_problems() const override;

private:
    std::vector<std::string> form_problems() const;
    TrainingSession from_form(const TrainingSession& base) const;
    // The sessions with what the form holds: OK keeps a session typed but not added, or changes
    // typed into the selected one but not saved.
    std::vector<TrainingSession> sessions_with_form() const;
    void clear_form();
    void fill();

    std::vector<TrainingSession> sessions_;
    std::vector<Member> listed_;  // rows of attendees_
    wxListView* list_ = nullptr;
    DateEntry* date_ = nullptr;
    wxTextCtrl* topic_ = nullptr;
    wxTextCtrl* trainer_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxCheckListBox* attendees_ = nullptr;
    StepListButtons buttons_;
};

}  // namespace assessa::gui
