#pragma once

#include "app/gui/step_dialog.hpp"
#include "app/gui/step_list_buttons.hpp"

class wxListView;

namespace assessa::gui {

// Steps 2 and 8: a communication plan (of the self-assessment, or of the improvement plan) as a
// list of entries: to whom, what, through which channel, when planned, who is responsible and
// when it was done. An entry is typed in the form under the list and added, or a row is chosen,
// changed in the form and saved.
class CommunicationDialog : public StepDialog {
public:
    CommunicationDialog(wxWindow* parent, WorkspaceHost& host, CommunicationPlan plan, const CycleSteps& steps);

    const std::vector<CommunicationEntry>& entries() const { return entries_; }
    wxListView* list() { return list_; }
    wxTextCtrl* audience() { return audience_; }
    wxTextCtrl* message() { return message_; }
    wxTextCtrl* channel() { return channel_; }
    DateEntry* planned() { return planned_; }
    wxTextCtrl* responsible() { return responsible_; }
    DateEntry* done() { return done_; }
    StepListButtons& buttons() { return buttons_; }

    // What the buttons do.
    bool add_entry();
    bool save_entry();
    void remove_entry();
    void move_entry(int by);
    void select(long row);

protected:
    void store(CycleSteps& steps) const override;
    std::vector<std::string> own_problems() const override;

private:
    std::vector<std::string> form_problems() const;
    CommunicationEntry from_form(const CommunicationEntry& base) const;
    // The entries with what the form holds: OK keeps an entry typed but not added, or changes
    // typed into the selected one but not saved.
    std::vector<CommunicationEntry> entries_with_form() const;
    void clear_form();
    void fill();

    CommunicationPlan plan_;
    std::vector<CommunicationEntry> entries_;
    wxListView* list_ = nullptr;
    wxTextCtrl* audience_ = nullptr;
    wxTextCtrl* message_ = nullptr;
    wxTextCtrl* channel_ = nullptr;
    DateEntry* planned_ = nullptr;
    wxTextCtrl* responsible_ = nullptr;
    DateEntry* done_ = nullptr;
    StepListButtons buttons_;
};

}  // namespace assessa::gui
