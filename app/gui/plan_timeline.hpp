#pragma once

#include "app/gui/plan_data.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <vector>

namespace assessa::gui {

// The plan as a Gantt chart by quarter over its horizon, grouped by leading department: a bar
// per action (filled as far as its progress), milestones as diamonds and a line for today.
// Dragging a bar moves the action by whole weeks (with Shift held: days).
class PlanTimeline : public wxScrolledCanvas {
public:
    using Shift = std::function<bool(Id action, long days)>;
    PlanTimeline(wxWindow* parent, Shift shift, std::function<void(Id)> open);
    void set(const PlanViewData& data);

    // What dropping a dragged bar does.
    bool move_bar(Id action_id, long days);
    // Where an action's bar is drawn, in unscrolled coordinates (empty when not shown).
    wxRect bar_rect(Id action_id) const;
    // Days a horizontal drag of `dx` pixels moves a bar by, as the drop rounds it.
    long days_for(int dx, bool by_days) const;

private:
    struct Row {
        Id action = 0;   // 0: a department heading
        wxString label;
    };
    void layout_rows();
    void paint();
    int x_of(const CalendarDate& d) const;
    Id bar_at(const wxPoint& unscrolled) const;

    Shift shift_;
    std::function<void(Id)> open_;
    const PlanViewData* data_ = nullptr;
    std::vector<Row> rows_;
    Id dragging_ = 0;
    int drag_from_ = 0, drag_dx_ = 0;
};

}  // namespace assessa::gui
