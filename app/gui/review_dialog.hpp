#pragma once

#include "app/gui/step_dialog.hpp"

class wxButton;
class wxGrid;
class wxListView;

namespace assessa::gui {

// Step 9: one progress review. A new one comes prefilled from the plan (review_from_plan), so
// that a quarterly review is a matter of updating the grid: each action's status, progress,
// comment and the indicator's value, edited in place, and management's conclusions.
class ReviewDialog : public wxDialog {
public:
    enum Column { col_code, col_title, col_status, col_progress, col_comment, col_indicator, col_target, col_value, columns };

    ReviewDialog(wxWindow* parent, WorkspaceHost& host, const ProgressReview& review, bool is_new);

    ProgressReview review() const;  // as the fields say
    std::vector<std::string> problems() const;
    bool accept();
    void revalidate();

    DateEntry* held_on() { return held_on_; }
    wxTextCtrl* reviewer() { return reviewer_; }
    wxGrid* grid() { return grid_; }
    wxTextCtrl* conclusions() { return conclusions_; }
    wxStaticText* messages() { return messages_; }
    // Sets a cell as typing into it does.
    void set_cell(int row, Column column, const wxString& value);

private:
    void fit();

    ProgressReview original_;
    bool names_hidden_ = false;
    DateEntry* held_on_ = nullptr;
    wxTextCtrl* reviewer_ = nullptr;
    wxGrid* grid_ = nullptr;
    wxTextCtrl* conclusions_ = nullptr;
    wxStaticText* messages_ = nullptr;
    wxString shown_messages_;
};

// Step 9's editor: the cycle's progress reviews (date, reviewer, how the actions stood) with
// New, Edit and Remove, each applied at once as an edit of its own; and the step record, saved
// with OK.
class ReviewsDialog : public StepDialog {
public:
    ReviewsDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps, DialogRunner run);

    wxListView* list() { return list_; }
    wxButton* new_button() { return new_; }
    wxButton* edit_button() { return edit_; }
    wxButton* remove_button() { return remove_; }
    const std::vector<ProgressReview>& reviews() const { return reviews_; }

    void new_review();
    void edit_review(long row);
    void remove_review(long row);

private:
    void fill();

    DialogRunner run_;
    std::vector<ProgressReview> reviews_;
    wxListView* list_ = nullptr;
    wxStaticText* no_plan_ = nullptr;
    wxButton* new_ = nullptr;
    wxButton* edit_ = nullptr;
    wxButton* remove_ = nullptr;
};

}  // namespace assessa::gui
