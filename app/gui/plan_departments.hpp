#pragma once

#include "app/gui/plan_data.hpp"

#include <wx/panel.h>

class wxListView;

namespace assessa::gui {

// For the management meeting that assigns the work: what each department leads (V) and where
// it takes part (D), and how many running actions it has in each quarter of the plan.
class PlanDepartments : public wxPanel {
public:
    explicit PlanDepartments(wxWindow* parent);
    void set(const PlanViewData& data);

    wxListView* assignments() { return assignments_; }
    wxListView* load() { return load_; }

private:
    void fill_assignments();

    const PlanViewData* data_ = nullptr;
    wxListView* assignments_ = nullptr;
    wxListView* load_ = nullptr;
};

}  // namespace assessa::gui
