#pragma once

#include "app/gui/step_dialog.hpp"
#include "app/gui/step_list_editor.hpp"

class wxListView;

namespace assessa::gui {

// Steps 2 and 8: a communication plan (of the self-assessment, or of the improvement plan) as a
// list of entries: to whom, what, through which channel, when planned, who is responsible and
// when it was done. An entry is typed in the form under the list and added, or a row is chosen,
// changed in the form and saved.
class CommunicationDialog : public StepDialog {
public:
    CommunicationDialog(wxWindow* parent, WorkspaceHost& host, CommunicationPlan plan, const CycleSteps& steps);

    const std::vector<CommunicationEntry>& entries() const { return entries_.rows(); }
    wxListView* list() { return list_; }
    wxTextCtrl* audience() { return audience_; }
    wxTextCtrl* message() { return message_; }
    wxTextCtrl* channel() { return channel_; }
    DateEntry* planned() { return planned_; }
    wxTextCtrl* responsible() { return responsible_; }
    DateEntry* done() { return done_; }
    StepListButtons& buttons() { return entries_.buttons(); }

protected:
    void store(CycleSteps& steps) const override;
    std::vector<std::string> own_problems() const override;

private:
    std::vector<std::string> form_problems() const;
    StepListEditor<CommunicationEntry>::Form form();

    CommunicationPlan plan_;
    StepListEditor<CommunicationEntry> entries_;
    wxListView* list_ = nullptr;
    wxTextCtrl* audience_ = nullptr;
    wxTextCtrl* message_ = nullptr;
    wxTextCtrl* channel_ = nullptr;
    DateEntry* planned_ = nullptr;
    wxTextCtrl* responsible_ = nullptr;
    DateEntry* done_ = nullptr;
};

}  // namespace assessa::gui
