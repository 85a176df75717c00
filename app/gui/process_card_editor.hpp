#pragma once

#include "app/gui/workspace_host.hpp"
#include "model/process_types.hpp"

#include <wx/panel.h>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class wxButton;
class wxCheckListBox;
class wxChoice;
class wxGrid;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace assessa::gui {

// The twelve numbered fields of one process card, as the card lays them out. List fields take
// one item per line; the criteria (field 10) are rows of criterion, indicator and target. The
// fields are written together by "Save card" as one undoable edit; a card the store would refuse
// is not written, and its problems are listed above the buttons.
class ProcessCardEditor : public wxPanel {
public:
    ProcessCardEditor(wxWindow* parent, WorkspaceHost& host);
    // Called after the card was written to the project or a goal raised.
    std::function<void()> on_saved;

    // Shows the stored card of a process (none: an empty, disabled card); unsaved changes are dropped.
    void show(std::optional<Id> process_id);
    std::optional<Id> process_id() const { return id_; }
    bool dirty() const { return dirty_; }
    // Writes the fields as the process's card. False when nothing is shown or the card has
    // problems (listed on the page); true when it is saved or was unchanged.
    bool save();
    void discard() { show(id_); }
    // The card as the fields hold it.
    Process card() const;

    wxTextCtrl* code_field() { return code_; }
    wxTextCtrl* name_field() { return name_; }
    wxChoice* kind_choice() { return kind_; }
    wxChoice* owner_choice() { return owner_; }
    // Fields 3, 4, 6, 7, 8, 11 and 12: text, or one item per line.
    wxTextCtrl* text_field(int number) { return texts_.at(number); }
    wxTextCtrl* resource_field(ResourceKind kind) { return resources_.at(kind); }
    wxCheckListBox* clause_list() { return clauses_; }
    wxGrid* criteria_grid() { return criteria_; }
    wxButton* save_button() { return save_; }
    wxButton* discard_button() { return discard_; }
    wxChoice* goal_choice() { return goal_; }
    wxButton* raise_goal_button() { return raise_; }
    wxStaticText* problems_label() { return problems_; }

private:
    void build_fields(wxWindow* body, wxSizer* column);
    void load(const Process& p);
    void fill_owners(const Process& p);
    void fill_clauses(const Process& p);
    void fill_criteria(const std::vector<ProcessCriterion>& criteria);
    void fill_goals(const Process& p);
    void changed();
    void show_problems(const std::vector<std::string>& problems);
    void update_buttons();
    void fit_criteria();
    void raise_goal();
    bool editable() const;

    WorkspaceHost& host_;
    std::optional<Id> id_;
    bool dirty_ = false;
    bool loading_ = false;
    wxScrolledWindow* body_ = nullptr;
    wxTextCtrl* code_ = nullptr;
    wxTextCtrl* name_ = nullptr;
    wxChoice* kind_ = nullptr;
    wxChoice* owner_ = nullptr;
    std::vector<std::pair<std::optional<Id>, std::optional<Id>>> owner_ids_;  // member, department per entry
    std::map<int, wxTextCtrl*> texts_;
    std::map<ResourceKind, wxTextCtrl*> resources_;
    wxCheckListBox* clauses_ = nullptr;
    std::vector<std::string> clause_codes_;  // per entry of clauses_
    wxStaticText* no_iso_ = nullptr;
    wxGrid* criteria_ = nullptr;
    wxChoice* goal_ = nullptr;
    wxButton* raise_ = nullptr;
    wxStaticText* problems_ = nullptr;
    wxButton* save_ = nullptr;
    wxButton* discard_ = nullptr;
};

}  // namespace assessa::gui
