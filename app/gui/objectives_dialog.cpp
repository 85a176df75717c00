#include "app/gui/objectives_dialog.hpp"

#include "model/idea_collection.hpp"
#include "app/gui/notebook_pages.hpp"
#include "app/gui/list_columns.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <set>
#include <utility>

namespace assessa::gui {

namespace {

std::string trimmed(const wxTextCtrl* t) { return utf8(t->GetValue().Strip(wxString::both)); }

template <class T>
void move_row(wxListView* list, std::vector<T>& rows, int by) {
    const long row = list->GetFirstSelected();
    const long to = row + by;
    if (row < 0 || to < 0 || to >= static_cast<long>(rows.size())) return;
    std::swap(rows[static_cast<std::size_t>(row)], rows[static_cast<std::size_t>(to)]);
}

}  // namespace

ObjectivesDialog::ObjectivesDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps, int plan_id)
    : StepDialog(parent, host, 7, steps), objectives_(steps.objectives), ideas_(steps.declined_ideas) {
    auto* content = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, "");
    set_wrapped(intro,
                _("The plan's actions are on the Plan tab. Here: the strategic objectives the actions serve, and the "
                  "ideas of the self-assessment the plan does not take up, with the reason."),
                FromDIP(620));
    content->Add(intro, 0, wxBOTTOM, FromDIP(6));
    book_ = new wxNotebook(this, wxID_ANY);
    book_->AddPage(objectives_page(book_), _("Strategic objectives"));
    book_->AddPage(ideas_page(book_), _("Ideas not taken up"));
    size_pages_with_notebook(book_);
    content->Add(book_, 1, wxEXPAND);
    auto* plan = new wxButton(this, wxID_ANY, _("Go to the Plan tab"));
    plan->Bind(wxEVT_BUTTON, [this, plan_id](wxCommandEvent&) {
        if (accept()) EndModal(plan_id);
    });
    fill_objectives();
    fill_ideas();
    finish(content, {plan});
    revalidate();
}

wxWindow* ObjectivesDialog::objectives_page(wxWindow* book) {
    auto* page = new wxPanel(book);
    auto* box = new wxBoxSizer(wxVERTICAL);
    objective_list_ = new wxListView(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 110)),
                                     wxLC_REPORT | wxLC_SINGLE_SEL);
    objective_list_->SetName("strategic objectives");
    objective_list_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, FromDIP(70));
    objective_list_->AppendColumn(_("Objective"), wxLIST_FORMAT_LEFT, FromDIP(220));
    objective_list_->AppendColumn(_("Description"), wxLIST_FORMAT_LEFT, FromDIP(300));
    fit_column_headings(objective_list_);
    box->Add(objective_list_, 1, wxEXPAND | wxALL, FromDIP(4));
    box->Add(objective_buttons_.make(page, true), 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(4));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    code_ = new wxTextCtrl(page, wxID_ANY, "");
    code_->SetName("objective code");
    code_->SetHint("SO-1");
    add_field(page, grid, _("Code:"), code_, 0);
    title_ = new wxTextCtrl(page, wxID_ANY, "");
    title_->SetName("objective title");
    add_field(page, grid, _("Objective:"), title_);
    description_ = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 44)), wxTE_MULTILINE);
    description_->SetName("objective description");
    add_field(page, grid, _("Description:"), description_);
    box->Add(grid, 0, wxEXPAND | wxALL, FromDIP(4));
    page->SetSizer(box);

    objective_buttons_.add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_objective(); });
    objective_buttons_.save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_objective(); });
    objective_buttons_.remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_objective(); });
    objective_buttons_.up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_objective(-1); });
    objective_buttons_.down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_objective(1); });
    objective_list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        const auto& o = objectives_.at(static_cast<std::size_t>(e.GetIndex()));
        code_->ChangeValue(u8(o.code));
        title_->ChangeValue(u8(o.title));
        description_->ChangeValue(u8(o.description));
        objective_buttons_.update(e.GetIndex(), objective_list_->GetItemCount());
        e.Skip();
    });
    objective_list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent& e) {
        objective_buttons_.update(objective_list_->GetFirstSelected(), objective_list_->GetItemCount());
        e.Skip();
    });
    return page;
}

wxWindow* ObjectivesDialog::ideas_page(wxWindow* book) {
    auto* page = new wxPanel(book);
    auto* box = new wxBoxSizer(wxVERTICAL);
    idea_list_ = new wxListView(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 110)), wxLC_REPORT | wxLC_SINGLE_SEL);
    idea_list_->SetName("ideas not taken up");
    idea_list_->AppendColumn(_("Subcriterion"), wxLIST_FORMAT_LEFT, FromDIP(90));
    idea_list_->AppendColumn(_("Idea"), wxLIST_FORMAT_LEFT, FromDIP(280));
    idea_list_->AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, FromDIP(220));
    fit_column_headings(idea_list_);
    box->Add(idea_list_, 1, wxEXPAND | wxALL, FromDIP(4));
    auto* row = idea_buttons_.make(page, false);
    row->AddStretchSpacer(1);
    auto* collect = new wxButton(page, wxID_ANY, _("Collect ideas"));
    collect->SetToolTip(_("Adds the members' and agreed ideas and the agreed areas for improvement that no action "
                          "answers and that are not listed yet."));
    collect->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { collect_ideas(); });
    row->Add(collect);
    box->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(4));
    collected_ = new wxStaticText(page, wxID_ANY, "");
    box->Add(collected_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(4));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    idea_node_ = new wxTextCtrl(page, wxID_ANY, "");
    idea_node_->SetName("idea subcriterion");
    idea_node_->SetHint("2.1");
    add_field(page, grid, _("Subcriterion:"), idea_node_, 0);
    idea_text_ = new wxTextCtrl(page, wxID_ANY, "");
    idea_text_->SetName("idea text");
    add_field(page, grid, _("Idea:"), idea_text_);
    reason_ = new wxTextCtrl(page, wxID_ANY, "");
    reason_->SetName("idea reason");
    reason_->SetHint(_("why the plan does not take it up"));
    add_field(page, grid, _("Reason:"), reason_);
    box->Add(grid, 0, wxEXPAND | wxALL, FromDIP(4));
    page->SetSizer(box);

    idea_buttons_.add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_idea(); });
    idea_buttons_.save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_idea(); });
    idea_buttons_.remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_idea(); });
    idea_list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        const auto& d = ideas_.at(static_cast<std::size_t>(e.GetIndex()));
        idea_node_->ChangeValue(u8(d.node_code));
        idea_text_->ChangeValue(u8(d.text));
        reason_->ChangeValue(u8(d.reason));
        idea_buttons_.update(e.GetIndex(), idea_list_->GetItemCount());
        e.Skip();
    });
    idea_list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent& e) {
        idea_buttons_.update(idea_list_->GetFirstSelected(), idea_list_->GetItemCount());
        e.Skip();
    });
    return page;
}

void ObjectivesDialog::fill_objectives() {
    const long selected = objective_list_->GetFirstSelected();
    objective_list_->DeleteAllItems();
    for (const StrategicObjective& o : objectives_) {
        const long row = objective_list_->InsertItem(objective_list_->GetItemCount(), u8(o.code));
        objective_list_->SetItem(row, 1, u8(o.title));
        objective_list_->SetItem(row, 2, u8(o.description));
    }
    if (selected >= 0 && selected < objective_list_->GetItemCount()) objective_list_->Select(selected);
    objective_buttons_.update(objective_list_->GetFirstSelected(), objective_list_->GetItemCount());
}

void ObjectivesDialog::fill_ideas() {
    const long selected = idea_list_->GetFirstSelected();
    idea_list_->DeleteAllItems();
    for (const DeclinedIdea& d : ideas_) {
        const long row = idea_list_->InsertItem(idea_list_->GetItemCount(), u8(d.node_code));
        idea_list_->SetItem(row, 1, u8(d.text));
        idea_list_->SetItem(row, 2, d.reason.empty() ? _("(no reason yet)") : u8(d.reason));
    }
    if (selected >= 0 && selected < idea_list_->GetItemCount()) idea_list_->Select(selected);
    idea_buttons_.update(idea_list_->GetFirstSelected(), idea_list_->GetItemCount());
}

bool ObjectivesDialog::add_objective() {
    if (trimmed(code_).empty() || trimmed(title_).empty()) return false;
    objectives_.push_back(objective_from_form({}));
    fill_objectives();
    objective_list_->Select(static_cast<long>(objectives_.size()) - 1);
    revalidate();
    return true;
}

bool ObjectivesDialog::save_objective() {
    const long row = objective_list_->GetFirstSelected();
    if (row < 0 || trimmed(code_).empty() || trimmed(title_).empty()) return false;
    StrategicObjective& o = objectives_[static_cast<std::size_t>(row)];
    o = objective_from_form(o);
    fill_objectives();
    revalidate();
    return true;
}

void ObjectivesDialog::remove_objective() {
    const long row = objective_list_->GetFirstSelected();
    if (row < 0) return;
    objectives_.erase(objectives_.begin() + row);
    for (wxTextCtrl* t : {code_, title_, description_}) t->ChangeValue(wxString());
    fill_objectives();
    revalidate();
}

void ObjectivesDialog::move_objective(int by) {
    const long row = objective_list_->GetFirstSelected();
    move_row(objective_list_, objectives_, by);
    const long to = row + by;
    if (row < 0 || to < 0 || to >= static_cast<long>(objectives_.size())) return;
    objective_list_->Select(row, false);
    fill_objectives();
    objective_list_->Select(to);
}

bool ObjectivesDialog::add_idea() {
    if (trimmed(idea_text_).empty()) return false;
    ideas_.push_back(idea_from_form({}));
    fill_ideas();
    idea_list_->Select(static_cast<long>(ideas_.size()) - 1);
    return true;
}

bool ObjectivesDialog::save_idea() {
    const long row = idea_list_->GetFirstSelected();
    if (row < 0 || trimmed(idea_text_).empty()) return false;
    DeclinedIdea& d = ideas_[static_cast<std::size_t>(row)];
    d = idea_from_form(d);
    fill_ideas();
    return true;
}

void ObjectivesDialog::remove_idea() {
    const long row = idea_list_->GetFirstSelected();
    if (row < 0) return;
    ideas_.erase(ideas_.begin() + row);
    for (wxTextCtrl* t : {idea_node_, idea_text_, reason_}) t->ChangeValue(wxString());
    fill_ideas();
}

int ObjectivesDialog::collect_ideas() {
    const ProjectSession& s = host_.session();
    auto found = ideas_not_taken_up(s.project(), s.cycle().id, ideas_);
    for (auto& d : found) ideas_.push_back(std::move(d));
    fill_ideas();
    const int n = static_cast<int>(found.size());
    collected_->SetLabel(n == 0 ? _("No new ideas: every idea is answered by an action or listed.")
                                : wxString::Format(wxPLURAL("%d idea added: give the reason for it.",
                                                            "%d ideas added: give the reason for each.", n),
                                                   n));
    fit_label(collected_);
    collected_->GetParent()->Layout();
    return n;
}

StrategicObjective ObjectivesDialog::objective_from_form(StrategicObjective o) const {
    o.code = trimmed(code_);
    o.title = trimmed(title_);
    o.description = trimmed(description_);
    return o;
}

DeclinedIdea ObjectivesDialog::idea_from_form(DeclinedIdea d) const {
    d.node_code = trimmed(idea_node_);
    d.text = trimmed(idea_text_);
    d.reason = trimmed(reason_);
    return d;
}

std::vector<StrategicObjective> ObjectivesDialog::objectives_with_form() const {
    return rows_with_form(objectives_, objective_list_->GetFirstSelected(), !trimmed(code_).empty() && !trimmed(title_).empty(),
                          [this](const StrategicObjective& o) { return objective_from_form(o); });
}

std::vector<DeclinedIdea> ObjectivesDialog::ideas_with_form() const {
    return rows_with_form(ideas_, idea_list_->GetFirstSelected(), !trimmed(idea_text_).empty(),
                          [this](const DeclinedIdea& d) { return idea_from_form(d); });
}

void ObjectivesDialog::store(CycleSteps& steps) const {
    steps.objectives = objectives_with_form();
    steps.declined_ideas = ideas_with_form();
}

std::vector<std::string> ObjectivesDialog::own_problems() const {
    std::vector<std::string> out;
    std::set<std::string> codes;
    for (const StrategicObjective& o : objectives_with_form())
        if (!codes.insert(o.code).second)
            out.push_back(utf8(wxString::Format(_("Two strategic objectives have the code %s."), u8(o.code))));
    return out;
}

}  // namespace assessa::gui
