#pragma once

#include "app/gui/workspace_host.hpp"
#include "model/iso_view.hpp"

#include <wx/dataview.h>
#include <wx/panel.h>

#include <optional>
#include <string>

class wxListView;
class wxStaticText;

namespace assessa::gui {

class IsoTreeModel;

// The ISO 9001 view: every clause with the CAF nodes mapped to it, their consensus scores
// weighted by link strength and the coverage, gaps marked in colour and in words. Choosing a
// clause lists its mapped nodes (double-click shows the node) and the actions touching it.
class IsoPage : public wxPanel {
public:
    IsoPage(wxWindow* parent, WorkspaceHost& host);

    // Recomputes the view from the project (after any change).
    void refresh();
    // Chooses a clause as a click would; false if there is no such clause.
    bool select_clause(const std::string& code);

    wxDataViewCtrl* tree() { return tree_; }
    wxListView* nodes() { return nodes_; }
    wxListView* actions() { return actions_; }
    const std::optional<IsoView>& view() const { return view_; }
    // The text a row shows in a column (0 clause, 1 mapped nodes, 2 score, 3 coverage, 4 processes, 5 actions).
    wxString cell(const std::string& code, unsigned column) const;

private:
    void show_details();
    void wrap_note();
    void wrap_details();
    void set_details_text(const wxString& title, const wxString& hint);
    const IsoClauseView* chosen() const;
    wxString processes_line(const IsoClauseView& c) const;

    WorkspaceHost& host_;
    std::optional<IsoView> view_;
    std::vector<ImprovementAction> all_actions_;
    std::vector<Process> all_processes_;
    wxObjectDataPtr<IsoTreeModel> model_;
    wxStaticText* note_ = nullptr;
    wxString note_text_;
    wxDataViewCtrl* tree_ = nullptr;
    wxStaticText* clause_title_ = nullptr;
    wxStaticText* clause_hint_ = nullptr;
    wxString clause_title_text_, clause_hint_text_;  // as written, before wrapping
    wxPanel* details_ = nullptr;
    wxStaticText* nodes_heading_ = nullptr;
    wxStaticText* actions_heading_ = nullptr;
    wxListView* nodes_ = nullptr;
    wxListView* actions_ = nullptr;
};

}  // namespace assessa::gui
