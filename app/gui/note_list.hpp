#pragma once

#include "model/project_types.hpp"

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxListView;
class wxTextCtrl;
class wxListEvent;

namespace assessa::gui {

// An editable list of notes (strengths, AFIs, ideas, evidence): type a line and press Enter
// or "Add"; F2 or a double click edits in place; Delete removes; Alt+Up/Down reorder.
// The owner applies the changes through the callbacks and then calls set_items() again.
class NoteList : public wxPanel {
public:
    struct Row {
        Id id = 0;
        std::string text;
    };
    struct Handlers {
        std::function<void(const std::string&)> add;
        std::function<void(Id, const std::string&)> update;
        std::function<void(Id)> remove;
        std::function<void(Id, int)> move;  // new index
    };

    // The title wraps at `title_wrap` pixels when given (a list in a narrow column).
    NoteList(wxWindow* parent, const wxString& title, Handlers handlers, int title_wrap = -1);
    void set_items(std::vector<Row> rows);
    void set_read_only(bool read_only);

    // What the buttons and keys call.
    void add_typed();
    void remove_selected();
    void move_selected(int by);
    void edit_selected();

    wxTextCtrl* entry() { return entry_; }
    wxListView* list() { return list_; }
    const std::vector<Row>& rows() const { return rows_; }

private:
    void end_edit(wxListEvent& e);
    long selected() const;

    Handlers handlers_;
    std::vector<Row> rows_;
    wxListView* list_ = nullptr;
    wxTextCtrl* entry_ = nullptr;
    std::vector<wxWindow*> editing_controls_;
};

}  // namespace assessa::gui
