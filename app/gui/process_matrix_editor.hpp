#pragma once

#include "app/gui/workspace_host.hpp"
#include "model/process_types.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>

class wxButton;
class wxChoice;
class wxGrid;
class wxStaticText;
class wxTextCtrl;

namespace assessa::gui {

// The responsibility matrix of one process as a grid: participants down, subprocesses or
// stakeholders across. A click on a cell steps it empty -> V -> D -> empty; on the keyboard the
// arrows move, V and D set the letter, Space steps it and Delete clears it. Rows and columns are
// added and removed with the controls below; the warnings (a column nobody carries out, or
// several do) are listed under the grid. Every change is one undoable edit.
class ProcessMatrixEditor : public wxPanel {
public:
    ProcessMatrixEditor(wxWindow* parent, WorkspaceHost& host);
    // Called after each change written to the project.
    std::function<void()> on_changed;

    // Shows the stored matrix of a process (none: an empty, disabled grid).
    void show(std::optional<Id> process_id);

    // What a click on a cell does; false when the edit was refused or nothing is shown.
    bool click_cell(int row, int column);
    // What a key pressed on a cell does (V, D, Space, Delete); false for any other key.
    bool key_on_cell(int row, int column, int key_code);

    wxGrid* grid() { return grid_; }
    wxChoice* department_choice() { return department_; }
    wxButton* add_department_button() { return add_department_; }
    wxTextCtrl* role_field() { return role_; }
    wxButton* add_role_button() { return add_role_; }
    wxTextCtrl* column_name_field() { return column_name_; }
    wxTextCtrl* column_purpose_field() { return column_purpose_; }
    wxButton* add_column_button() { return add_column_; }
    wxButton* change_column_button() { return change_column_; }
    wxButton* remove_row_button() { return remove_row_; }
    wxButton* remove_column_button() { return remove_column_; }
    wxStaticText* warnings_label() { return warnings_; }

private:
    void fill();
    void cell_chosen(int row, int column);
    bool set_cell(int row, int column, Responsibility value);
    // The process with its matrix changed by `change`, written as one edit named `label`.
    template <class Change>
    bool change_matrix(const char* label, Change change);
    void add_row(MatrixParticipant participant);
    void update_controls();
    bool editable() const;

    WorkspaceHost& host_;
    std::optional<Id> id_;
    std::optional<Process> process_;  // as stored
    std::vector<Id> department_ids_;  // per entry of department_
    wxGrid* grid_ = nullptr;
    wxStaticText* legend_ = nullptr;
    wxStaticText* warnings_ = nullptr;
    wxChoice* department_ = nullptr;
    wxButton* add_department_ = nullptr;
    wxTextCtrl* role_ = nullptr;
    wxButton* add_role_ = nullptr;
    wxTextCtrl* column_name_ = nullptr;
    wxTextCtrl* column_purpose_ = nullptr;
    wxButton* add_column_ = nullptr;
    wxButton* change_column_ = nullptr;
    wxButton* remove_row_ = nullptr;
    wxButton* remove_column_ = nullptr;
};

}  // namespace assessa::gui
