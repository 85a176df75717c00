#pragma once

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/translation.h>

#include <functional>
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
    // Enables what makes sense for the selected row of `list` (-1: none).
    void update(long selected, long count) {
        save->Enable(selected >= 0);
        remove->Enable(selected >= 0);
        if (up) up->Enable(selected > 0);
        if (down) down->Enable(selected >= 0 && selected + 1 < count);
    }
};

// The rows of a list editor with what its form holds, so that OK keeps a row typed but not added,
// or changes typed into the selected row but not saved. `form_holds_row`: the form is complete
// enough to be a row; `from_form` makes a row from the form over a base row.
template <class Row, class FromForm>
std::vector<Row> rows_with_form(std::vector<Row> rows, long selected, bool form_holds_row, FromForm from_form) {
    if (!form_holds_row) return rows;
    if (selected >= 0 && selected < static_cast<long>(rows.size())) {
        Row& row = rows[static_cast<std::size_t>(selected)];
        row = from_form(row);
    } else {
        rows.push_back(from_form(Row{}));
    }
    return rows;
}

}  // namespace assessa::gui
