#include "app/gui/process_card_editor.hpp"

#include "app/gui/wx_text.hpp"
#include "model/process_edits.hpp"
#include "model/process_rules.hpp"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>

#include <algorithm>

namespace assessa::gui {

namespace {

// The list fields typed one item per line (the card's numbers).
constexpr int list_fields[] = {6, 7, 8, 11, 12};
enum CriterionColumn { col_text, col_indicator, col_target, criterion_columns };

std::vector<std::string> lines_of(const wxTextCtrl* field) {
    std::vector<std::string> out;
    wxStringTokenizer lines(field->GetValue(), "\n", wxTOKEN_RET_EMPTY_ALL);
    while (lines.HasMoreTokens()) {
        wxString line = lines.GetNextToken();
        line.Trim(true).Trim(false);
        if (!line.empty()) out.push_back(utf8(line));
    }
    return out;
}

wxString one_per_line(const std::vector<std::string>& items) {
    wxString out;
    for (const auto& item : items) {
        if (!out.empty()) out += "\n";
        out += u8(item);
    }
    return out;
}

std::string trimmed(const wxString& s) {
    wxString t = s;
    return utf8(t.Trim(true).Trim(false));
}

wxString field_heading(int number) { return wxString::Format("%d. ", number) + u8(process_field_label(number)); }

}  // namespace

ProcessCardEditor::ProcessCardEditor(wxWindow* parent, WorkspaceHost& host) : wxPanel(parent, wxID_ANY), host_(host) {
    auto* page = new wxBoxSizer(wxVERTICAL);
    body_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL);
    body_->SetScrollRate(0, FromDIP(12));
    auto* column = new wxBoxSizer(wxVERTICAL);
    build_fields(body_, column);
    body_->SetSizer(column);
    page->Add(body_, 1, wxEXPAND);

    problems_ = new wxStaticText(this, wxID_ANY, "");
    problems_->SetForegroundColour(wxColour(0x9C, 0x1C, 0x1C));
    page->Add(problems_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    save_ = new wxButton(this, wxID_ANY, _("Save card"));
    discard_ = new wxButton(this, wxID_ANY, _("Discard changes"));
    buttons->Add(save_, 0, wxRIGHT, FromDIP(6));
    buttons->Add(discard_, 0);
    page->Add(buttons, 0, wxALL, FromDIP(6));
    SetSizer(page);

    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    discard_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { discard(); });
    body_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        fit_criteria();
        e.Skip();
    });
    show(std::nullopt);
}

void ProcessCardEditor::build_fields(wxWindow* body, wxSizer* column) {
    const int gap = FromDIP(6);
    const auto heading = [&](const wxString& text) {
        auto* h = make_heading(body, text);
        keep_wrapped_to_parent(h, text, FromDIP(24));
        column->Add(h, 0, wxLEFT | wxRIGHT | wxTOP, gap);
    };
    const auto text_box = [&](int number, bool one_item_per_line) {
        heading(field_heading(number));
        if (one_item_per_line) {
            auto* hint = new wxStaticText(body, wxID_ANY, _("One item per line."));
            hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
            column->Add(hint, 0, wxLEFT | wxRIGHT, gap);
        }
        auto* t = new wxTextCtrl(body, wxID_ANY, "", wxDefaultPosition, wxSize(-1, FromDIP(64)), wxTE_MULTILINE);
        t->SetName(field_heading(number));
        t->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { changed(); });
        texts_[number] = t;
        column->Add(t, 0, wxEXPAND | wxALL, gap);
    };

    heading(field_heading(1));
    name_ = new wxTextCtrl(body, wxID_ANY);
    name_->SetName(field_heading(1));
    column->Add(name_, 0, wxEXPAND | wxALL, gap);
    auto* code_and_kind = new wxFlexGridSizer(2, FromDIP(wxSize(6, 4)));
    code_and_kind->Add(new wxStaticText(body, wxID_ANY, _("Code:")), 0, wxALIGN_CENTER_VERTICAL);
    code_ = new wxTextCtrl(body, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(90, -1)));
    code_->SetName(_("Code:"));
    code_and_kind->Add(code_, 0);
    code_and_kind->Add(new wxStaticText(body, wxID_ANY, _("Kind:")), 0, wxALIGN_CENTER_VERTICAL);
    kind_ = new wxChoice(body, wxID_ANY);
    kind_->SetName(_("Kind:"));
    for (ProcessKind k : all_process_kinds) kind_->Append(u8(process_kind_label(k)));
    code_and_kind->Add(kind_, 0);
    column->Add(code_and_kind, 0, wxALL, gap);

    heading(field_heading(2));
    owner_ = new wxChoice(body, wxID_ANY);
    owner_->SetName(field_heading(2));
    column->Add(owner_, 0, wxEXPAND | wxALL, gap);

    text_box(3, false);
    text_box(4, false);

    heading(field_heading(5));
    clauses_ = new wxCheckListBox(body, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(130)));
    clauses_->SetName(field_heading(5));
    column->Add(clauses_, 0, wxEXPAND | wxALL, gap);
    no_iso_ = new wxStaticText(body, wxID_ANY, _("The project holds no ISO 9001 framework to choose clauses from."));
    column->Add(no_iso_, 0, wxALL, gap);

    text_box(6, true);
    text_box(7, true);
    text_box(8, true);

    heading(field_heading(9));
    auto* kinds = new wxFlexGridSizer(2, FromDIP(wxSize(6, 4)));
    kinds->AddGrowableCol(1);
    for (ResourceKind k : all_resource_kinds) {
        kinds->Add(new wxStaticText(body, wxID_ANY, u8(resource_kind_label(k)) + ":"), 0, wxTOP, FromDIP(4));
        auto* t = new wxTextCtrl(body, wxID_ANY, "", wxDefaultPosition, wxSize(-1, FromDIP(48)), wxTE_MULTILINE);
        t->SetName(u8(resource_kind_label(k)));
        t->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { changed(); });
        resources_[k] = t;
        kinds->Add(t, 1, wxEXPAND);
    }
    column->Add(kinds, 0, wxEXPAND | wxALL, gap);

    heading(field_heading(10));
    auto* hint = new wxStaticText(body, wxID_ANY, _("A criterion per row; the last row adds one, a cleared row is left out."));
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    keep_wrapped_to_parent(hint, hint->GetLabel(), FromDIP(24));
    column->Add(hint, 0, wxLEFT | wxRIGHT, gap);
    criteria_ = new wxGrid(body, wxID_ANY);
    criteria_->SetName(field_heading(10));
    criteria_->CreateGrid(1, criterion_columns);
    criteria_->SetColLabelValue(col_text, _("Criterion"));
    criteria_->SetColLabelValue(col_indicator, _("Indicator"));
    criteria_->SetColLabelValue(col_target, _("Target"));
    criteria_->SetRowLabelSize(FromDIP(44));
    criteria_->ShowScrollbars(wxSHOW_SB_NEVER, wxSHOW_SB_NEVER);  // sized to its rows; the card scrolls
    criteria_->Bind(wxEVT_GRID_CELL_CHANGED, [this](wxGridEvent& e) {
        const int last = criteria_->GetNumberRows() - 1;
        bool last_filled = false;
        for (int c = 0; c < criterion_columns; ++c) last_filled |= !criteria_->GetCellValue(last, c).IsEmpty();
        if (last_filled) {
            criteria_->AppendRows(1);
            criteria_->SetRowLabelValue(last + 1, wxString::Format("10.%d", last + 2));
            fit_criteria();
        }
        changed();
        e.Skip();
    });
    column->Add(criteria_, 0, wxEXPAND | wxALL, gap);

    text_box(11, true);
    text_box(12, true);
    auto* raise_row = new wxBoxSizer(wxHORIZONTAL);
    goal_ = new wxChoice(body, wxID_ANY);
    goal_->SetName(_("Improvement goal"));
    goal_->SetMinSize(FromDIP(wxSize(120, -1)));
    raise_row->Add(goal_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    raise_ = new wxButton(body, wxID_ANY, _("Raise as AFI at 5.1"));
    raise_->SetToolTip(_("Records the saved goal as an agreed area for improvement of subcriterion 5.1, "
                         "where the plan can answer it."));
    raise_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { raise_goal(); });
    raise_row->Add(raise_, 0, wxALIGN_CENTER_VERTICAL);
    column->Add(raise_row, 0, wxEXPAND | wxALL, gap);

    for (wxWindow* w : std::initializer_list<wxWindow*>{name_, code_})
        w->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { changed(); });
    kind_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { changed(); });
    owner_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { changed(); });
    clauses_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { changed(); });
}

bool ProcessCardEditor::editable() const {
    if (!id_) return false;
    return host_.session().access().editable();
}

void ProcessCardEditor::show(std::optional<Id> process_id) {
    id_ = process_id;
    Process p;
    if (id_) {
        try {
            p = host_.session().project().process(*id_);
        } catch (const std::exception&) {
            id_.reset();  // removed (an undo): nothing to show
        }
    }
    loading_ = true;
    load(p);
    loading_ = false;
    dirty_ = false;
    show_problems({});
    const bool can_edit = editable();
    for (wxWindow* child : body_->GetChildren())
        if (child != goal_ && child != raise_ && !dynamic_cast<wxStaticText*>(child)) child->Enable(can_edit);
    update_buttons();
    body_->FitInside();
    Layout();
}

void ProcessCardEditor::load(const Process& p) {
    code_->ChangeValue(u8(p.code));
    name_->ChangeValue(u8(p.name));
    kind_->SetSelection(static_cast<int>(p.kind));
    texts_.at(3)->ChangeValue(u8(p.purpose));
    texts_.at(4)->ChangeValue(u8(p.customer_requirements));
    texts_.at(6)->ChangeValue(one_per_line(p.subprocesses));
    texts_.at(7)->ChangeValue(one_per_line(p.documents));
    texts_.at(8)->ChangeValue(one_per_line(p.records));
    texts_.at(11)->ChangeValue(one_per_line(p.constraints));
    texts_.at(12)->ChangeValue(one_per_line(p.improvement_goals));
    for (ResourceKind k : all_resource_kinds) {
        std::vector<std::string> of_kind;
        for (const auto& r : p.resources)
            if (r.kind == k) of_kind.push_back(r.text);
        resources_.at(k)->ChangeValue(one_per_line(of_kind));
    }
    fill_owners(p);
    fill_clauses(p);
    fill_criteria(p.criteria);
    fill_goals(p);
}

void ProcessCardEditor::fill_owners(const Process& p) {
    owner_->Clear();
    owner_ids_.clear();
    owner_->Append(_("(no owner yet)"));
    owner_ids_.emplace_back();
    int chosen = 0;
    if (id_) {
        const Project& project = host_.session().project();
        for (const Member& m : project.members()) {
            owner_->Append(u8(m.name));
            owner_ids_.emplace_back(m.id, std::nullopt);
            if (p.owner_member_id == m.id) chosen = static_cast<int>(owner_ids_.size()) - 1;
        }
        for (const Department& d : project.departments()) {
            owner_->Append(wxString::Format(_("%s (department)"), u8(d.name)));
            owner_ids_.emplace_back(std::nullopt, d.id);
            if (p.owner_department_id == d.id) chosen = static_cast<int>(owner_ids_.size()) - 1;
        }
    }
    owner_->SetSelection(chosen);
}

void ProcessCardEditor::fill_clauses(const Process& p) {
    clauses_->Clear();
    clause_codes_.clear();
    const FrameworkPtr iso = id_ ? iso_framework_of(host_.session().project()) : nullptr;
    if (iso) {
        const std::string& lang = host_.session().language();
        for (const Node& n : iso->nodes()) {
            clauses_->Append(wxString(' ', static_cast<size_t>(3 * n.depth)) + u8(n.code) + "  " + u8(n.title.get(lang)));
            clause_codes_.push_back(n.code);
        }
        for (std::size_t i = 0; i < clause_codes_.size(); ++i)
            if (std::find(p.iso_clauses.begin(), p.iso_clauses.end(), clause_codes_[i]) != p.iso_clauses.end())
                clauses_->Check(static_cast<unsigned>(i));
    }
    clauses_->Show(!id_ || iso != nullptr);
    no_iso_->Show(id_ && iso == nullptr);
}

void ProcessCardEditor::fill_criteria(const std::vector<ProcessCriterion>& criteria) {
    if (criteria_->GetNumberRows() > 0) criteria_->DeleteRows(0, criteria_->GetNumberRows());
    criteria_->AppendRows(static_cast<int>(criteria.size()) + 1);
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const int row = static_cast<int>(i);
        criteria_->SetCellValue(row, col_text, u8(criteria[i].text));
        criteria_->SetCellValue(row, col_indicator, u8(criteria[i].indicator));
        criteria_->SetCellValue(row, col_target, u8(criteria[i].target));
    }
    for (int row = 0; row < criteria_->GetNumberRows(); ++row)
        criteria_->SetRowLabelValue(row, wxString::Format("10.%d", row + 1));
    fit_criteria();
}

void ProcessCardEditor::fill_goals(const Process& p) {
    goal_->Clear();
    for (const auto& goal : p.improvement_goals) goal_->Append(u8(goal));
    if (!p.improvement_goals.empty()) goal_->SetSelection(0);
}

// The grid shows all its rows (the card scrolls, not the grid) and shares the width out.
void ProcessCardEditor::fit_criteria() {
    const int width = body_->GetClientSize().x - FromDIP(12) - criteria_->GetRowLabelSize();
    if (width > FromDIP(150)) {
        criteria_->SetColSize(col_text, width / 2);
        criteria_->SetColSize(col_indicator, width / 4);
        criteria_->SetColSize(col_target, width - width / 2 - width / 4 - 2);
    }
    int height = criteria_->GetColLabelSize() + 2;
    for (int row = 0; row < criteria_->GetNumberRows(); ++row) height += criteria_->GetRowSize(row);
    criteria_->SetMinSize(wxSize(FromDIP(150), height));
    body_->FitInside();
    body_->Layout();
}

Process ProcessCardEditor::card() const {
    Process p;
    if (id_) p = host_.session().project().process(*id_);
    p.code = trimmed(code_->GetValue());
    p.name = trimmed(name_->GetValue());
    p.kind = all_process_kinds.at(static_cast<std::size_t>(std::max(0, kind_->GetSelection())));
    const int owner = owner_->GetSelection();
    if (owner >= 0 && static_cast<std::size_t>(owner) < owner_ids_.size()) {
        p.owner_member_id = owner_ids_[static_cast<std::size_t>(owner)].first;
        p.owner_department_id = owner_ids_[static_cast<std::size_t>(owner)].second;
    }
    p.purpose = trimmed(texts_.at(3)->GetValue());
    p.customer_requirements = trimmed(texts_.at(4)->GetValue());
    p.iso_clauses.clear();
    for (std::size_t i = 0; i < clause_codes_.size(); ++i)
        if (clauses_->IsChecked(static_cast<unsigned>(i))) p.iso_clauses.push_back(clause_codes_[i]);
    p.subprocesses = lines_of(texts_.at(6));
    p.documents = lines_of(texts_.at(7));
    p.records = lines_of(texts_.at(8));
    p.resources.clear();
    for (ResourceKind k : all_resource_kinds)
        for (const auto& line : lines_of(resources_.at(k))) p.resources.push_back({k, line});
    p.criteria.clear();
    for (int row = 0; row < criteria_->GetNumberRows(); ++row) {
        ProcessCriterion c{trimmed(criteria_->GetCellValue(row, col_text)), trimmed(criteria_->GetCellValue(row, col_indicator)),
                           trimmed(criteria_->GetCellValue(row, col_target))};
        if (!c.text.empty() || !c.indicator.empty() || !c.target.empty()) p.criteria.push_back(std::move(c));
    }
    p.constraints = lines_of(texts_.at(11));
    p.improvement_goals = lines_of(texts_.at(12));
    return p;
}

bool ProcessCardEditor::save() {
    if (!id_ || !editable()) return false;
    if (criteria_->IsCellEditControlEnabled()) criteria_->SaveEditControlValue();
    ProjectSession& s = host_.session();
    const Process p = card();
    const auto problems = process_problems(p, process_context(s.project()));
    if (!problems.empty()) {
        show_problems(problems);
        return false;
    }
    if (p == s.project().process(*id_)) {
        show(id_);
        return true;
    }
    if (!host_.perform(edit_update_process(s.project(), p, N_("Edit process card")))) return false;
    show(id_);
    if (on_saved) on_saved();
    return true;
}

void ProcessCardEditor::raise_goal() {
    if (!id_) return;
    const int goal = goal_->GetSelection();
    if (goal < 0) return;
    ProjectSession& s = host_.session();
    host_.perform(edit_raise_process_goal(s.project(), s.cycle().id, *id_, static_cast<std::size_t>(goal)));
}

void ProcessCardEditor::changed() {
    if (loading_) return;
    dirty_ = true;
    update_buttons();
}

void ProcessCardEditor::show_problems(const std::vector<std::string>& problems) {
    wxString text;
    for (const auto& problem : problems) {
        if (!text.empty()) text += "\n";
        text += wxString::FromUTF8("\u2022 ") + u8(problem);
    }
    set_wrapped(problems_, text, std::max(FromDIP(200), GetClientSize().x - FromDIP(12)));
    problems_->Show(!problems.empty());
    Layout();
}

void ProcessCardEditor::update_buttons() {
    save_->Enable(dirty_ && editable());
    discard_->Enable(dirty_);
    // A goal is raised as it is stored: with changes pending, the card is saved first.
    goal_->Enable(id_ && !dirty_ && goal_->GetCount() > 0);
    raise_->Enable(editable() && !dirty_ && goal_->GetCount() > 0);
}

}  // namespace assessa::gui
