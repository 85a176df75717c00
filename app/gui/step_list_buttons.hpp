#pragma once

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/translation.h>

#include <functional>

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

}  // namespace assessa::gui
