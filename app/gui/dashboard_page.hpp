#pragma once

#include "app/gui/charts.hpp"
#include "app/gui/workspace_host.hpp"

#include <wx/scrolwin.h>

#include <vector>

class wxChoice;
class wxListView;
class wxStaticText;

namespace assessa::gui {

// Where the cycle stands: progress per member and per criterion, the criterion profile with
// the members' spread, the radar of the criteria, and the change since the previous cycle.
class DashboardPage : public wxScrolledWindow {
public:
    DashboardPage(wxWindow* parent, WorkspaceHost& host);
    void refresh();
    wxListView* members() { return members_; }
    wxChoice* comparison() { return comparison_; }  // the earlier cycle to compare with

private:
    WorkspaceHost& host_;
    wxStaticText* heading_ = nullptr;
    wxListView* members_ = nullptr;
    wxListView* criteria_ = nullptr;
    ProfileChart* profile_ = nullptr;
    RadarChart* radar_ = nullptr;
    wxStaticText* legend_ = nullptr;
    wxChoice* comparison_ = nullptr;
    std::vector<Id> comparison_ids_;  // the cycles offered, in the choice's order
};

}  // namespace assessa::gui
