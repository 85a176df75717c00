#pragma once

#include "app/gui/bench_chart.hpp"
#include "app/gui/charts.hpp"
#include "app/gui/workspace_host.hpp"

#include <wx/scrolwin.h>

#include <vector>

class wxChoice;
class wxListView;
class wxStaticText;

namespace assessa::gui {

// Where the cycle stands: progress per member and per criterion, the criterion profile with
// the members' spread, the radar of the criteria, the change since the previous cycle, and
// where the organisation stands among other institutions (an imported comparison set).
class DashboardPage : public wxScrolledWindow {
public:
    DashboardPage(wxWindow* parent, WorkspaceHost& host);
    void refresh();
    wxListView* members() { return members_; }
    wxChoice* comparison() { return comparison_; }  // the earlier cycle to compare with
    BenchChart* bench_chart() { return bench_chart_; }
    wxStaticText* bench_status() { return bench_status_; }
    wxStaticText* bench_candidates() { return bench_candidates_; }

private:
    WorkspaceHost& host_;
    wxStaticText* heading_ = nullptr;
    wxListView* members_ = nullptr;
    wxListView* criteria_ = nullptr;
    ProfileChart* profile_ = nullptr;
    RadarChart* radar_ = nullptr;
    wxStaticText* legend_ = nullptr;
    wxChoice* comparison_ = nullptr;
    std::vector<Id> comparison_ids_;
    wxStaticText* bench_status_ = nullptr;
    BenchChart* bench_chart_ = nullptr;
    wxStaticText* bench_candidates_ = nullptr;
    void build_bench_box(wxSizer* page);
    void refresh_bench();  // the cycles offered, in the choice's order
};

}  // namespace assessa::gui
