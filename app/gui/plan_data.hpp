#pragma once

#include "model/cycle_steps_types.hpp"
#include "model/plan_views.hpp"

#include <wx/string.h>

#include <optional>
#include <string>
#include <vector>

namespace assessa::gui {

class ProjectSession;

// What every plan view shows, read from the project once per refresh.
struct PlanViewData {
    Id cycle_id = 0;
    std::optional<ImprovementPlan> plan;
    std::vector<ImprovementAction> actions;  // priority order
    std::vector<Department> departments;
    PlanContext context;
    std::vector<StrategicObjective> objectives;  // the cycle's (step 7), for the action editor
    std::string language;  // the UI language, for dates

    static PlanViewData load(ProjectSession& session);
    const ImprovementAction* find(Id action_id) const;
    const Department* department(Id id) const;
    wxString department_code(std::optional<Id> id) const;  // "–" when none
    wxString date(const std::string& iso) const;             // in the UI language
};

// "A-07 Short title…" cut to about `chars` characters, for cells and bars.
wxString short_label(const ImprovementAction& a, std::size_t chars);

}  // namespace assessa::gui
