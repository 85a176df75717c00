#pragma once

#include "app/gui/plan_data.hpp"

#include <wx/panel.h>

#include <functional>
#include <vector>

namespace assessa::gui {

// The impact x feasibility matrix: a 5x5 grid (impact up, feasibility to the right) with the
// actions rated so in each cell. Dragging an action to another cell re-rates it.
class PlanMatrix : public wxPanel {
public:
    // Asked to re-rate an action; returns false when the store refused.
    using Rerate = std::function<bool(Id action, int impact, int feasibility)>;
    PlanMatrix(wxWindow* parent, Rerate rerate, std::function<void(Id)> open);
    void set(const PlanViewData& data);

    // What a drop does: the action moves to the cell (impact, feasibility), each 1-5.
    bool drop(Id action_id, int impact, int feasibility);
    // The cell under a point of the panel, as {impact, feasibility}; {0, 0} outside the grid.
    std::pair<int, int> cell_at(const wxPoint& p) const;
    // Where an action's label is drawn (empty when it is not shown).
    wxRect label_rect(Id action_id) const;

private:
    void paint();
    wxRect grid_rect() const;
    wxRect cell_rect(int impact, int feasibility) const;

    Rerate rerate_;
    std::function<void(Id)> open_;
    const PlanViewData* data_ = nullptr;
    std::vector<std::pair<wxRect, Id>> labels_;  // as last painted
    Id dragging_ = 0;
    wxPoint drag_at_;
};

}  // namespace assessa::gui
