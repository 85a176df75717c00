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

#include <functional>
#include <set>
#include <utility>

namespace assessa::gui {

namespace {

std::string trimmed(const wxTextCtrl* t) { return utf8(t->GetValue().Strip(wxString::both)); }

// Both forms are text fields, each holding one text of the row. `fields` is asked at each use:
// the fields are made after the editor is attached.
template <class Row>
using TextFields = std::vector<std::pair<wxTextCtrl*, std::string Row::*>>;

template <class Row>
void edit_with_text_fields(typename StepListEditor<Row>::Form& f, std::function<TextFields<Row>()> fields) {
    f.load = [fields](const Row& row) {
        for (const auto& [field, text] : fields()) field->ChangeValue(u8(row.*text));
    };
    f.read = [fields](Row row) {
        for (const auto& [field, text] : fields()) row.*text = trimmed(field);
        return row;
    };
    f.clear = [fields] {
        for (const auto& [field, text] : fields()) field->ChangeValue(wxString());
    };
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
    objectives_.fill();
    ideas_.fill();
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
    box->Add(objectives_.attach(objective_list_, true, objective_form()), 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(4));
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
    auto* row = ideas_.attach(idea_list_, false, idea_form());
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

    return page;
}

int ObjectivesDialog::collect_ideas() {
    const ProjectSession& s = host_.session();
    auto found = ideas_not_taken_up(s.project(), s.cycle().id, ideas_.rows());
    const int n = static_cast<int>(found.size());
    ideas_.append(std::move(found));
    collected_->SetLabel(n == 0 ? _("No new ideas: every idea is answered by an action or listed.")
                                : wxString::Format(wxPLURAL("%d idea added: give the reason for it.",
                                                            "%d ideas added: give the reason for each.", n),
                                                   n));
    fit_label(collected_);
    collected_->GetParent()->Layout();
    return n;
}

StepListEditor<StrategicObjective>::Form ObjectivesDialog::objective_form() {
    StepListEditor<StrategicObjective>::Form f;
    f.cells = [](const StrategicObjective& o) { return std::vector<wxString>{u8(o.code), u8(o.title), u8(o.description)}; };
    edit_with_text_fields<StrategicObjective>(f, [this] {
        return TextFields<StrategicObjective>{{code_, &StrategicObjective::code},
                                              {title_, &StrategicObjective::title},
                                              {description_, &StrategicObjective::description}};
    });
    f.holds_row = [this] { return !trimmed(code_).empty() && !trimmed(title_).empty(); };
    f.changed = [this] { revalidate(); };
    return f;
}

StepListEditor<DeclinedIdea>::Form ObjectivesDialog::idea_form() {
    StepListEditor<DeclinedIdea>::Form f;
    f.cells = [](const DeclinedIdea& d) {
        return std::vector<wxString>{u8(d.node_code), u8(d.text), d.reason.empty() ? _("(no reason yet)") : u8(d.reason)};
    };
    edit_with_text_fields<DeclinedIdea>(f, [this] {
        return TextFields<DeclinedIdea>{
            {idea_node_, &DeclinedIdea::node_code}, {idea_text_, &DeclinedIdea::text}, {reason_, &DeclinedIdea::reason}};
    });
    f.holds_row = [this] { return !trimmed(idea_text_).empty(); };
    f.changed = [this] { revalidate(); };
    return f;
}

void ObjectivesDialog::store(CycleSteps& steps) const {
    steps.objectives = objectives_.rows_with_form();
    steps.declined_ideas = ideas_.rows_with_form();
}

std::vector<std::string> ObjectivesDialog::own_problems() const {
    std::vector<std::string> out;
    std::set<std::string> codes;
    for (const StrategicObjective& o : objectives_.rows_with_form())
        if (!codes.insert(o.code).second)
            out.push_back(utf8(wxString::Format(_("Two strategic objectives have the code %s."), u8(o.code))));
    return out;
}

}  // namespace assessa::gui
