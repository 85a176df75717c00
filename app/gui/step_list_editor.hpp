#pragma once

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/translation.h>

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace assessa::gui {

// The buttons under a step editor's list: add what the form holds, save the form into the
// selected row, remove it, move it up or down.
struct StepListButtons {
    wxButton* add = nullptr;
    wxButton* save = nullptr;
    wxButton* remove = nullptr;
    wxButton* up = nullptr;
    wxButton* down = nullptr;

    wxBoxSizer* make(wxWindow* parent, bool movable) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        add = new wxButton(parent, wxID_ANY, _("Add"));
        save = new wxButton(parent, wxID_ANY, _("Save changes"));
        remove = new wxButton(parent, wxID_ANY, _("Remove"));
        for (wxButton* b : {add, save, remove}) row->Add(b, 0, wxRIGHT, parent->FromDIP(4));
        if (movable) {
            up = new wxButton(parent, wxID_ANY, _("Move up"));
            down = new wxButton(parent, wxID_ANY, _("Move down"));
            row->AddStretchSpacer(1);
            row->Add(up, 0, wxRIGHT, parent->FromDIP(4));
            row->Add(down);
        }
        return row;
    }
    // Enables what makes sense for the selected row (-1: none) of `count`.
    void update(long selected, long count) {
        save->Enable(selected >= 0);
        remove->Enable(selected >= 0);
        if (up) up->Enable(selected > 0);
        if (down) down->Enable(selected >= 0 && selected + 1 < count);
    }
};

// A step editor's list of rows (communication entries, training sessions, objectives, ideas):
// shown in a wxListView, one row at a time edited in a form beside it, with the buttons above.
template <class Row>
class StepListEditor {
public:
    // What the dialog's form does for the editor.
    struct Form {
        std::function<std::vector<wxString>(const Row&)> cells;  // the row's text, column by column
        std::function<void(const Row&)> load;                     // shows a row in the form
        std::function<Row(const Row&)> read;                      // the form's values over a row
        std::function<bool()> holds_row;                          // complete enough to be a row
        std::function<void()> clear;
        std::function<void()> changed;  // after the rows or the form changed: check them again
    };

    explicit StepListEditor(std::vector<Row> rows) : rows_(std::move(rows)) {}
    StepListEditor(const StepListEditor&) = delete;
    StepListEditor& operator=(const StepListEditor&) = delete;

    // Connects the list, the form and the buttons; returns the buttons' row for the dialog to place.
    wxBoxSizer* attach(wxListView* list, bool movable, Form form) {
        list_ = list;
        form_ = std::move(form);
        wxBoxSizer* row = buttons_.make(list->GetParent(), movable);
        buttons_.add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
        buttons_.save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
        buttons_.remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(); });
        if (movable) {
            buttons_.up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move(-1); });
            buttons_.down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move(1); });
        }
        list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
            select(e.GetIndex());
            e.Skip();
        });
        list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent& e) {
            buttons_.update(list_->GetFirstSelected(), list_->GetItemCount());
            e.Skip();
        });
        return row;
    }

    const std::vector<Row>& rows() const { return rows_; }
    StepListButtons& buttons() { return buttons_; }

    // The rows with what the form holds, so that OK keeps a row typed but not added, or changes
    // typed into the selected row but not saved.
    std::vector<Row> rows_with_form() const {
        std::vector<Row> out = rows_;
        if (!form_.holds_row()) return out;
        const long selected = list_->GetFirstSelected();
        if (selected >= 0 && selected < static_cast<long>(out.size())) {
            Row& row = out[static_cast<std::size_t>(selected)];
            row = form_.read(row);
        } else {
            out.push_back(form_.read(Row{}));
        }
        return out;
    }

    void fill() {
        const long selected = list_->GetFirstSelected();
        list_->DeleteAllItems();
        for (const Row& r : rows_) {
            const std::vector<wxString> cells = form_.cells(r);
            const long row = list_->InsertItem(list_->GetItemCount(), cells.empty() ? wxString() : cells.front());
            for (std::size_t c = 1; c < cells.size(); ++c) list_->SetItem(row, static_cast<int>(c), cells[c]);
        }
        if (selected >= 0 && selected < list_->GetItemCount()) list_->Select(selected);
        buttons_.update(list_->GetFirstSelected(), list_->GetItemCount());
    }

    bool add() {
        if (!form_.holds_row()) {
            form_.changed();
            return false;
        }
        rows_.push_back(form_.read(Row{}));
        fill();
        list_->Select(static_cast<long>(rows_.size()) - 1);
        form_.changed();
        return true;
    }

    bool save() {
        const long row = list_->GetFirstSelected();
        if (row < 0 || !form_.holds_row()) return false;
        Row& r = rows_[static_cast<std::size_t>(row)];
        r = form_.read(r);
        fill();
        form_.changed();
        return true;
    }

    void remove() {
        const long row = list_->GetFirstSelected();
        if (row < 0) return;
        rows_.erase(rows_.begin() + row);
        form_.clear();
        fill();
        form_.changed();
    }

    void move(int by) {
        const long row = list_->GetFirstSelected();
        const long to = row + by;
        if (row < 0 || to < 0 || to >= static_cast<long>(rows_.size())) return;
        std::swap(rows_[static_cast<std::size_t>(row)], rows_[static_cast<std::size_t>(to)]);
        list_->Select(row, false);
        fill();
        list_->Select(to);
    }

    void append(std::vector<Row> more) {
        for (Row& r : more) rows_.push_back(std::move(r));
        fill();
    }

private:
    void select(long row) {
        if (row < 0 || row >= static_cast<long>(rows_.size())) return;
        form_.load(rows_[static_cast<std::size_t>(row)]);
        buttons_.update(row, list_->GetItemCount());
        form_.changed();
    }

    std::vector<Row> rows_;
    Form form_;
    wxListView* list_ = nullptr;
    StepListButtons buttons_;
};

}  // namespace assessa::gui
