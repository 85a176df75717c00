#include "app/gui/process_matrix_editor.hpp"

#include "app/gui/wx_text.hpp"
#include "model/process_edits.hpp"
#include "model/process_rules.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include <algorithm>

namespace assessa::gui {

namespace {

wxString legend_text() {
    const wxString dash = wxString::FromUTF8(" \u2013 ");
    return u8(responsibility_letter(Responsibility::leads)) + dash + _("carries it out, is the main one responsible") +
           "    " + u8(responsibility_letter(Responsibility::takes_part)) + dash +
           _("takes part, helps the one carrying it out") + "\n" +
           _("Click a cell to step it: empty, V, D. Keys: arrows move, V and D set, Space steps, Delete clears.");
}

// The letter a key stands for: V and D, or the interface language's own letters.
std::optional<Responsibility> responsibility_of_key(int key_code) {
    for (Responsibility r : {Responsibility::leads, Responsibility::takes_part}) {
        const wxString letter = u8(responsibility_letter(r)).Upper();
        if (key_code == (r == Responsibility::leads ? 'V' : 'D') || (!letter.empty() && wxUniChar(key_code) == letter[0]))
            return r;
    }
    return std::nullopt;
}

}  // namespace

ProcessMatrixEditor::ProcessMatrixEditor(wxWindow* parent, WorkspaceHost& host) : wxPanel(parent, wxID_ANY), host_(host) {
    const int gap = FromDIP(6);
    auto* page = new wxBoxSizer(wxVERTICAL);
    legend_ = new wxStaticText(this, wxID_ANY, legend_text());
    keep_wrapped_to_parent(legend_, legend_text(), FromDIP(16));
    page->Add(legend_, 0, wxEXPAND | wxALL, gap);

    grid_ = new wxGrid(this, wxID_ANY);
    grid_->SetName(_("Responsibility matrix"));
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->SetDefaultCellAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    grid_->SetDefaultCellFont(grid_->GetDefaultCellFont().Bold());
    grid_->SetMinSize(FromDIP(wxSize(200, 120)));
    page->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);

    warnings_ = new wxStaticText(this, wxID_ANY, "");
    warnings_->SetForegroundColour(wxColour(0x7A, 0x4A, 0x00));
    page->Add(warnings_, 0, wxEXPAND | wxALL, gap);

    auto* rows = new wxFlexGridSizer(3, FromDIP(wxSize(6, 4)));
    rows->AddGrowableCol(1);
    rows->Add(new wxStaticText(this, wxID_ANY, _("Department:")), 0, wxALIGN_CENTER_VERTICAL);
    department_ = new wxChoice(this, wxID_ANY);
    department_->SetName(_("Department:"));
    department_->SetMinSize(FromDIP(wxSize(100, -1)));
    rows->Add(department_, 1, wxEXPAND);
    add_department_ = new wxButton(this, wxID_ANY, _("Add row"));
    add_department_->SetName(_("Add department row"));
    rows->Add(add_department_, 0, wxEXPAND);
    rows->Add(new wxStaticText(this, wxID_ANY, _("Role:")), 0, wxALIGN_CENTER_VERTICAL);
    role_ = new wxTextCtrl(this, wxID_ANY);
    role_->SetName(_("Role:"));
    role_->SetHint(_("e.g. Director"));
    rows->Add(role_, 1, wxEXPAND);
    add_role_ = new wxButton(this, wxID_ANY, _("Add row"));
    add_role_->SetName(_("Add role row"));
    rows->Add(add_role_, 0, wxEXPAND);
    rows->Add(new wxStaticText(this, wxID_ANY, _("Column:")), 0, wxALIGN_CENTER_VERTICAL);
    column_name_ = new wxTextCtrl(this, wxID_ANY);
    column_name_->SetName(_("Column:"));
    column_name_->SetHint(_("subprocess or stakeholder"));
    rows->Add(column_name_, 1, wxEXPAND);
    add_column_ = new wxButton(this, wxID_ANY, _("Add column"));
    rows->Add(add_column_, 0, wxEXPAND);
    rows->Add(new wxStaticText(this, wxID_ANY, _("Purpose:")), 0, wxALIGN_CENTER_VERTICAL);
    column_purpose_ = new wxTextCtrl(this, wxID_ANY);
    column_purpose_->SetName(_("Purpose:"));
    rows->Add(column_purpose_, 1, wxEXPAND);
    change_column_ = new wxButton(this, wxID_ANY, _("Change column"));
    rows->Add(change_column_, 0, wxEXPAND);
    page->Add(rows, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);

    auto* removing = new wxWrapSizer(wxHORIZONTAL);
    remove_row_ = new wxButton(this, wxID_ANY, _("Remove row"));
    remove_column_ = new wxButton(this, wxID_ANY, _("Remove column"));
    removing->Add(remove_row_, 0, wxRIGHT | wxTOP, gap);
    removing->Add(remove_column_, 0, wxTOP, gap);
    page->Add(removing, 0, wxLEFT | wxRIGHT | wxBOTTOM, gap);
    SetSizer(page);

    const auto on_cell = [this](wxGridEvent& e) {
        click_cell(e.GetRow(), e.GetCol());
        e.Skip();  // the cell becomes the current one too
    };
    grid_->Bind(wxEVT_GRID_CELL_LEFT_CLICK, on_cell);
    grid_->Bind(wxEVT_GRID_CELL_LEFT_DCLICK, on_cell);
    grid_->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& e) {
        cell_chosen(e.GetRow(), e.GetCol());
        e.Skip();
    });
    grid_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (!e.HasModifiers() && key_on_cell(grid_->GetGridCursorRow(), grid_->GetGridCursorCol(), e.GetKeyCode())) return;
        e.Skip();
    });
    add_department_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int chosen = department_->GetSelection();
        if (chosen >= 0 && static_cast<std::size_t>(chosen) < department_ids_.size())
            add_row({department_ids_[static_cast<std::size_t>(chosen)], {}});
    });
    add_role_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxString role = role_->GetValue();
        if (role.Trim(true).Trim(false).empty()) return;
        add_row({std::nullopt, utf8(role)});
    });
    add_column_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxString name = column_name_->GetValue(), purpose = column_purpose_->GetValue();
        if (name.Trim(true).Trim(false).empty()) return;
        if (change_matrix(N_("Add matrix column"), [&](ResponsibilityMatrix& m) {
                m.columns.push_back({utf8(name), utf8(purpose.Trim(true).Trim(false))});
                m.normalise();
            }))
            grid_->SetGridCursor(std::max(0, grid_->GetGridCursorRow()), grid_->GetNumberCols() - 1);
    });
    change_column_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int column = grid_->GetGridCursorCol();
        wxString name = column_name_->GetValue(), purpose = column_purpose_->GetValue();
        if (column < 0 || name.Trim(true).Trim(false).empty()) return;
        change_matrix(N_("Change matrix column"), [&](ResponsibilityMatrix& m) {
            m.columns.at(static_cast<std::size_t>(column)) = {utf8(name), utf8(purpose.Trim(true).Trim(false))};
        });
    });
    remove_row_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int row = grid_->GetGridCursorRow();
        if (row < 0 || row >= grid_->GetNumberRows()) return;
        change_matrix(N_("Remove matrix row"), [&](ResponsibilityMatrix& m) {
            m.normalise();
            m.rows.erase(m.rows.begin() + row);
            m.cells.erase(m.cells.begin() + row);
        });
    });
    remove_column_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int column = grid_->GetGridCursorCol();
        if (column < 0 || column >= grid_->GetNumberCols()) return;
        change_matrix(N_("Remove matrix column"), [&](ResponsibilityMatrix& m) {
            m.normalise();
            m.columns.erase(m.columns.begin() + column);
            for (auto& cells : m.cells) cells.erase(cells.begin() + column);
        });
    });
    show(std::nullopt);
}

bool ProcessMatrixEditor::editable() const {
    if (!process_) return false;
    return host_.session().access().editable();
}

void ProcessMatrixEditor::show(std::optional<Id> process_id) {
    id_ = process_id;
    process_.reset();
    if (id_) {
        try {
            process_ = host_.session().project().process(*id_);
            process_->matrix.normalise();
        } catch (const std::exception&) {
            id_.reset();
        }
    }
    department_->Clear();
    department_ids_.clear();
    if (process_)
        for (const Department& d : host_.session().project().departments()) {
            const bool listed = std::any_of(process_->matrix.rows.begin(), process_->matrix.rows.end(),
                                            [&](const MatrixParticipant& r) { return r.department_id == d.id; });
            if (listed) continue;
            department_->Append(u8(d.name));
            department_ids_.push_back(d.id);
        }
    if (!department_ids_.empty()) department_->SetSelection(0);
    fill();
    update_controls();
}

void ProcessMatrixEditor::fill() {
    const int rows = process_ ? static_cast<int>(process_->matrix.rows.size()) : 0;
    const int columns = process_ ? static_cast<int>(process_->matrix.columns.size()) : 0;
    grid_->BeginBatch();
    if (grid_->GetNumberRows() > rows) grid_->DeleteRows(rows, grid_->GetNumberRows() - rows);
    if (grid_->GetNumberRows() < rows) grid_->AppendRows(rows - grid_->GetNumberRows());
    if (grid_->GetNumberCols() > columns) grid_->DeleteCols(columns, grid_->GetNumberCols() - columns);
    if (grid_->GetNumberCols() < columns) grid_->AppendCols(columns - grid_->GetNumberCols());
    wxString warnings;
    if (process_) {
        const ResponsibilityMatrix& m = process_->matrix;
        const auto departments = host_.session().project().departments();
        wxClientDC dc(grid_);
        dc.SetFont(grid_->GetLabelFont());
        int label_width = FromDIP(80);
        for (int r = 0; r < rows; ++r) {
            const wxString name = u8(participant_name(m.rows[static_cast<std::size_t>(r)], departments));
            grid_->SetRowLabelValue(r, name);
            label_width = std::max(label_width, dc.GetTextExtent(name).x + FromDIP(12));
        }
        grid_->SetRowLabelSize(std::min(label_width, FromDIP(220)));
        const int column_width = FromDIP(96);
        int label_lines = 1;
        for (int c = 0; c < columns; ++c) {
            const wxString label = wrapped_text(grid_, u8(m.columns[static_cast<std::size_t>(c)].name), column_width - FromDIP(8));
            grid_->SetColLabelValue(c, label);
            grid_->SetColSize(c, column_width);
            label_lines = std::max(label_lines, static_cast<int>(label.Freq('\n')) + 1);
        }
        grid_->SetColLabelSize(std::min(4, label_lines) * dc.GetCharHeight() + FromDIP(8));
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c) {
                const Responsibility v = m.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c));
                grid_->SetCellValue(r, c, u8(responsibility_letter(v)));
                grid_->SetCellBackgroundColour(r, c, v == Responsibility::leads       ? wxColour(0xCF, 0xE2, 0xF3)
                                                     : v == Responsibility::takes_part ? wxColour(0xEC, 0xEC, 0xEC)
                                                                                       : grid_->GetDefaultCellBackgroundColour());
            }
        for (const MatrixWarning& w : matrix_warnings(m)) {
            if (!warnings.empty()) warnings += "\n";
            warnings += wxString::FromUTF8("\u26a0 ") + u8(w.message);
        }
        if (rows == 0 || columns == 0)
            warnings = _("Add the participants (departments or roles) and the columns (subprocesses or stakeholders) below.");
    }
    grid_->EndBatch();
    set_wrapped(warnings_, warnings, std::max(FromDIP(200), GetClientSize().x - FromDIP(12)));
    Layout();
}

void ProcessMatrixEditor::update_controls() {
    const bool can_edit = editable();
    const bool has_cell = grid_->GetNumberRows() > 0 && grid_->GetNumberCols() > 0;
    department_->Enable(can_edit && !department_ids_.empty());
    add_department_->Enable(can_edit && !department_ids_.empty());
    for (wxWindow* w : std::initializer_list<wxWindow*>{role_, add_role_, column_name_, column_purpose_, add_column_})
        w->Enable(can_edit);
    change_column_->Enable(can_edit && grid_->GetNumberCols() > 0);
    remove_row_->Enable(can_edit && grid_->GetNumberRows() > 0);
    remove_column_->Enable(can_edit && grid_->GetNumberCols() > 0);
    grid_->Enable(process_.has_value());
    if (has_cell) cell_chosen(grid_->GetGridCursorRow(), grid_->GetGridCursorCol());
}

void ProcessMatrixEditor::cell_chosen(int, int column) {
    if (!process_ || column < 0 || static_cast<std::size_t>(column) >= process_->matrix.columns.size()) return;
    const MatrixColumn& c = process_->matrix.columns[static_cast<std::size_t>(column)];
    column_name_->ChangeValue(u8(c.name));
    column_purpose_->ChangeValue(u8(c.purpose));
}

template <class Change>
bool ProcessMatrixEditor::change_matrix(const char* label, Change change) {
    if (!editable()) return false;
    Process p = host_.session().project().process(*id_);  // as stored now: the card may have changed since
    p.matrix.normalise();
    change(p.matrix);
    const int row = grid_->GetGridCursorRow(), column = grid_->GetGridCursorCol();
    const bool done = host_.perform(edit_update_process(host_.session().project(), p, label));
    show(id_);
    if (done && on_changed) on_changed();
    const int rows = grid_->GetNumberRows(), columns = grid_->GetNumberCols();
    if (rows > 0 && columns > 0) grid_->SetGridCursor(std::clamp(row, 0, rows - 1), std::clamp(column, 0, columns - 1));
    return done;
}

void ProcessMatrixEditor::add_row(MatrixParticipant participant) {
    if (change_matrix(N_("Add matrix row"), [&](ResponsibilityMatrix& m) {
            m.rows.push_back(std::move(participant));
            m.normalise();
        })) {
        role_->ChangeValue("");
        if (grid_->GetNumberCols() > 0) grid_->SetGridCursor(grid_->GetNumberRows() - 1, std::max(0, grid_->GetGridCursorCol()));
    }
}

bool ProcessMatrixEditor::set_cell(int row, int column, Responsibility value) {
    if (!editable() || row < 0 || column < 0 || row >= grid_->GetNumberRows() || column >= grid_->GetNumberCols()) return false;
    const bool done = host_.perform(edit_matrix_cell(host_.session().project(), *id_, static_cast<std::size_t>(row),
                                                     static_cast<std::size_t>(column), value));
    show(id_);
    if (done && on_changed) on_changed();
    return done;
}

bool ProcessMatrixEditor::click_cell(int row, int column) {
    if (!process_) return false;
    return set_cell(row, column,
                    next_responsibility(process_->matrix.at(static_cast<std::size_t>(row), static_cast<std::size_t>(column))));
}

bool ProcessMatrixEditor::key_on_cell(int row, int column, int key_code) {
    if (!process_) return false;
    if (key_code == WXK_SPACE) return click_cell(row, column);
    if (key_code == WXK_DELETE || key_code == WXK_BACK || key_code == WXK_NUMPAD_DELETE)
        return set_cell(row, column, Responsibility::none);
    if (const auto r = responsibility_of_key(key_code)) return set_cell(row, column, *r);
    return false;
}

}  // namespace assessa::gui
