#pragma once

#include "app/gui/workspace_host.hpp"

#include <wx/panel.h>

#include <optional>

class wxButton;
class wxNotebook;
class wxStaticText;
class wxTreeCtrl;
class wxTreeItemId;

namespace assessa::gui {

class OrganisationMatrixView;
class ProcessCardEditor;
class ProcessMap;
class ProcessMatrixEditor;

// The "Processes" tab (ISO 9001:2015, 4.4; CAF 5.1): the register grouped by kind on the left,
// and on the right the chosen process's card and responsibility matrix, the process map and the
// organisation-wide matrix. Every change goes through the host's undo history.
class ProcessPage : public wxPanel {
public:
    enum View { card_view, matrix_view, map_view, organisation_view };

    ProcessPage(wxWindow* parent, WorkspaceHost& host);
    // Reads the register again (after any change, undo or redo) and shows the chosen process.
    void refresh();
    // Chooses a process as a click in the register does; unsaved card changes are saved first,
    // and a card that cannot be saved keeps the choice where it is (false).
    bool choose(std::optional<Id> process_id);
    std::optional<Id> chosen() const { return chosen_; }
    void show_view(View v);
    // Writes the card being edited, as leaving the tab or the project does (false: it has problems,
    // listed on the card).
    bool save_pending();
    // Before the project closes: the pending card written, nothing chosen.
    void close();

    // The buttons under the register.
    std::optional<Id> add_process();
    bool remove_chosen();
    bool move_chosen(int by);

    wxTreeCtrl* register_tree() { return tree_; }
    wxNotebook* views() { return views_; }
    ProcessCardEditor* card() { return card_; }
    ProcessMatrixEditor* matrix() { return matrix_; }
    ProcessMap* map() { return map_; }
    OrganisationMatrixView* organisation() { return organisation_; }
    wxButton* add_button() { return add_; }
    wxButton* remove_button() { return remove_; }

private:
    void fill_register();
    void show_chosen();
    void update_buttons();
    std::optional<Id> process_of(const wxTreeItemId& item) const;
    bool editable() const;

    WorkspaceHost& host_;
    std::optional<Id> chosen_;
    bool filling_ = false;
    wxTreeCtrl* tree_ = nullptr;
    wxStaticText* empty_note_ = nullptr;
    wxButton* add_ = nullptr;
    wxButton* remove_ = nullptr;
    wxButton* up_ = nullptr;
    wxButton* down_ = nullptr;
    wxNotebook* views_ = nullptr;
    ProcessCardEditor* card_ = nullptr;
    ProcessMatrixEditor* matrix_ = nullptr;
    ProcessMap* map_ = nullptr;
    OrganisationMatrixView* organisation_ = nullptr;
};

}  // namespace assessa::gui
