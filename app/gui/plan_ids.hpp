#pragma once

#include <wx/defs.h>

namespace assessa::gui {

// The "Plan" menu. Its ids start at wxID_HIGHEST + 100, clear of the main window's own.
enum PlanMenuId {
    id_plan_new_action = wxID_HIGHEST + 100,
    id_plan_create,
    id_plan_edit_action,
    id_plan_show_table,
    id_plan_show_matrix,
    id_plan_show_timeline,
    id_plan_show_departments,
    id_plan_last = id_plan_show_departments,
};

}  // namespace assessa::gui
