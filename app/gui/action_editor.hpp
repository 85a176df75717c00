#pragma once

#include <functional>

#include "app/gui/plan_data.hpp"

#include <wx/dialog.h>

#include <vector>

class wxCheckBox;
class wxCheckListBox;
class wxChoice;
class wxListView;
class wxNotebook;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace assessa::gui {

class DateEntry;

// Every field of one improvement action. The core's rules (plan_rules) are checked as the user
// types: their messages are shown at the bottom and OK stays disabled while there are any.
// A status change (with its comment) is reported separately, for the action's history.
class ActionEditor : public wxDialog {
public:
    ActionEditor(wxWindow* parent, const PlanViewData& data, const ImprovementAction& action, bool is_new);

    ImprovementAction action() const;  // as the fields say
    std::vector<std::string> problems() const;
    bool status_changed() const;
    ActionStatus status() const;
    int progress() const;
    std::string status_comment() const;

    // What OK does: re-checks and refuses (showing the messages) while the action is invalid.
    bool accept();
    // Checks the fields again and updates the messages and OK (called on every change).
    void revalidate();

    wxTextCtrl* title() { return title_; }
    wxTextCtrl* code() { return code_; }
    wxChoice* leader() { return leader_; }
    wxCheckListBox* participants() { return participants_; }
    wxCheckListBox* afis() { return afis_; }
    DateEntry* starts() { return starts_; }
    DateEntry* due() { return due_; }
    DateEntry* milestone_date() { return milestone_date_; }
    wxTextCtrl* milestone_text() { return milestone_text_; }
    wxSpinCtrl* impact() { return impact_; }
    wxSpinCtrl* feasibility() { return feasibility_; }
    wxChoice* status_choice() { return status_; }
    wxSpinCtrl* progress_spin() { return progress_; }
    wxTextCtrl* comment() { return comment_; }
    wxTextCtrl* indicator() { return indicator_; }
    wxTextCtrl* target() { return target_; }
    wxCheckListBox* objectives() { return objectives_; }
    wxTextCtrl* risks() { return risks_; }
    wxTextCtrl* resources() { return resources_; }
    wxTextCtrl* check_method() { return check_method_; }
    DateEntry* check_on() { return check_on_; }
    wxStaticText* messages() { return messages_; }
    // Projector mode: names of members (the responsible person, who changed the status) are
    // shown through `shown` and cannot be edited; the action keeps its own.
    void hide_names(const std::function<wxString(const std::string&)>& shown);
    // Adds a milestone as the "Add" button does, from the date field and the text: nothing is
    // added while the date cannot be read (its problem is shown) or the text is empty.
    void add_milestone();

private:
    wxWindow* general_page(wxWindow* book);
    wxWindow* people_page(wxWindow* book);
    wxWindow* links_page(wxWindow* book);
    wxWindow* status_page(wxWindow* book);
    wxWindow* strategy_page(wxWindow* book);
    void fit_to_pages(wxNotebook* book);
    void fill_milestones();
    void update_derived();

    const PlanViewData& data_;
    ImprovementAction original_;
    std::vector<Id> afi_ids_;  // rows of afis_
    std::vector<Milestone> milestones_;

    wxTextCtrl* code_ = nullptr;
    wxTextCtrl* title_ = nullptr;
    wxTextCtrl* description_ = nullptr;
    wxTextCtrl* expected_ = nullptr;
    wxSpinCtrl* impact_ = nullptr;
    wxSpinCtrl* feasibility_ = nullptr;
    wxTextCtrl* effort_ = nullptr;
    wxTextCtrl* cost_ = nullptr;
    wxChoice* category_ = nullptr;
    wxChoice* leader_ = nullptr;
    wxCheckListBox* participants_ = nullptr;
    wxTextCtrl* responsible_ = nullptr;
    DateEntry* starts_ = nullptr;
    DateEntry* due_ = nullptr;
    wxListView* milestone_list_ = nullptr;
    DateEntry* milestone_date_ = nullptr;
    wxTextCtrl* milestone_text_ = nullptr;
    wxCheckListBox* afis_ = nullptr;
    wxStaticText* derived_iso_ = nullptr;
    wxCheckBox* iso_override_ = nullptr;
    wxTextCtrl* iso_clauses_ = nullptr;
    wxTextCtrl* indicator_ = nullptr;
    wxTextCtrl* target_ = nullptr;
    wxChoice* status_ = nullptr;
    wxSpinCtrl* progress_ = nullptr;
    wxTextCtrl* comment_ = nullptr;
    wxStaticText* messages_ = nullptr;
    wxCheckListBox* objectives_ = nullptr;  // rows: data_.objectives
    wxTextCtrl* risks_ = nullptr;
    wxTextCtrl* resources_ = nullptr;
    wxTextCtrl* check_method_ = nullptr;
    DateEntry* check_on_ = nullptr;
    wxString shown_messages_;  // as written, before wrapping
    bool names_hidden_ = false;
    wxListView* history_ = nullptr;
};

}  // namespace assessa::gui
