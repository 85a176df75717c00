#pragma once

#include "app/gui/workspace_host.hpp"

#include <wx/panel.h>
#include <wx/treectrl.h>

#include <functional>
#include <map>

class wxSearchCtrl;

namespace assessa::gui {

// The framework as a tree (criteria, subcriteria) with each node's progress, consensus state
// and consensus score, and a filter box matching codes and words of titles and guidance.
class NodeTree : public wxPanel {
public:
    NodeTree(wxWindow* parent, WorkspaceHost& host, std::function<void(const std::string&)> chosen);
    void rebuild();        // after a project is opened or the filter changes
    void update_labels();  // after an edit
    void select(const std::string& code);
    wxSearchCtrl* filter() { return filter_; }
    wxTreeCtrl* tree() { return tree_; }
    std::string label_of(const std::string& code) const;
    wxTreeItemId item(const std::string& code) const {
        auto it = items_.find(code);
        return it == items_.end() ? wxTreeItemId() : it->second;
    }

private:
    struct Label {
        wxString code, title, state;  // "1.1  ", the title, "   [✓ scored · consensus 55]"
        wxString full() const { return code + title + state; }
    };
    Label label(const Node& n);
    // The label shortened to the tree's width; the whole label is the item's tooltip.
    wxString fitted(const Label& l, const wxTreeItemId& item) const;
    WorkspaceHost& host_;
    std::function<void(const std::string&)> chosen_;
    wxSearchCtrl* filter_ = nullptr;
    wxTreeCtrl* tree_ = nullptr;
    std::map<std::string, wxTreeItemId> items_;
    std::map<std::string, Label> labels_;
    int fitted_width_ = 0;
    bool filling_ = false;
};

}  // namespace assessa::gui
