#pragma once

#include "app/gui/plan_data.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>

class wxChoice;
class wxDataViewCtrl;
class wxScrolledWindow;
class wxStaticText;

namespace assessa::gui {

class ActionRows;

// The plan's actions as a sortable table (priority order until a column header is clicked),
// with filters, the buttons that change the plan, and the agreed AFIs no action answers yet.
class ActionTable : public wxPanel {
public:
    struct Handlers {
        std::function<void()> create;
        std::function<void(Id)> edit;
        std::function<void(Id)> remove;
        std::function<void(Id, int)> move;  // by -1 (up) or +1 (down)
        std::function<void(Id)> create_from_afi;
    };
    enum Column { col_priority, col_code, col_title, col_category, col_lead, col_start, col_due, col_status,
                  col_progress, column_count };
    enum Filter { by_department, by_category, by_status, by_year, by_criterion, filter_count };

    ActionTable(wxWindow* parent, Handlers handlers);
    ~ActionTable() override;
    // Called before the data given to set() is replaced: the rows point into it.
    void detach();
    void set(const PlanViewData& data);

    std::optional<Id> selected() const;
    void select(Id action_id);
    // Actions shown, top to bottom as the table is sorted now.
    std::vector<Id> shown() const;

    wxDataViewCtrl* view() { return view_; }
    wxChoice* filter(Filter f) { return filters_[f]; }
    wxScrolledWindow* uncovered() { return uncovered_; }

private:
    void fill_filters();
    void apply_filters();
    void fill_uncovered();

    Handlers handlers_;
    const PlanViewData* data_ = nullptr;
    ActionRows* rows_ = nullptr;
    wxDataViewCtrl* view_ = nullptr;
    wxChoice* filters_[filter_count] = {};
    std::vector<wxString> filter_keys_[filter_count];  // per choice entry; "" = all
    std::optional<Id> kept_selection_;  // across detach() and set()
    wxStaticText* count_ = nullptr;
    wxStaticText* uncovered_title_ = nullptr;
    wxScrolledWindow* uncovered_ = nullptr;
};

}  // namespace assessa::gui
