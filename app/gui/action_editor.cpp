#include "app/gui/action_editor.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/projector_font.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/wx_text.hpp"
#include "model/plan_rules.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <sstream>

namespace assessa::gui {

namespace {

std::string join(const std::vector<std::string>& codes) {
    std::string s;
    for (const auto& c : codes) s += (s.empty() ? "" : " ") + c;
    return s;
}

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string c; in >> c;) out.push_back(c);
    return out;
}

// A label and its control in a two-column grid.
// Labels of lists and multi-line fields stay at their top.
void add_row(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, wxWindow* control, int flags = wxEXPAND) {
    const bool tall = control->GetMinSize().y > parent->FromDIP(50) || control->GetBestSize().y > parent->FromDIP(50);
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, (tall ? wxALIGN_TOP : wxALIGN_CENTER_VERTICAL) | wxALL,
              parent->FromDIP(tall ? 6 : 3));
    grid->Add(control, 0, flags | wxALL, parent->FromDIP(3));
}

}  // namespace

ActionEditor::ActionEditor(wxWindow* parent, const PlanViewData& data, const ImprovementAction& action, bool is_new)
    : wxDialog(parent, wxID_ANY, is_new ? _("New improvement action") : wxString::Format(_("Action %s"), u8(action.code)),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      data_(data), original_(action), milestones_(action.milestones) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* book = new wxNotebook(this, wxID_ANY);
    book->AddPage(general_page(book), _("Action"));
    book->AddPage(people_page(book), _("Departments and dates"));
    book->AddPage(links_page(book), _("Areas for improvement and ISO"));
    book->AddPage(status_page(book), _("Indicator and status"));
    book->AddPage(strategy_page(book), _("Strategy, risks and check"));
    top->Add(book, 1, wxEXPAND | wxALL, FromDIP(8));
    messages_ = new wxStaticText(this, wxID_ANY, "");
    messages_->SetForegroundColour(wxColour(170, 0, 0));
    top->Add(messages_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
    // Fitted to the pages, but the lists have a width of their own: long area-for-improvement
    // texts and the history's columns would make it wider than a 1024x768 screen. They scroll
    // sideways instead.
    SetSizer(top);
    // Projector mode's font is given to every control before anything is measured, and the
    // dialog is laid out before it is shown. GTK applies the font to a control only once its
    // window is shown: measured before, a control gets less room than GTK needs for it in that
    // font (GTK critical messages when its page is shown). The spin buttons are measured for
    // their largest value, and everything is measured and laid out again once the dialog is up.
    use_projector_font(this);
    for (wxSpinCtrl* spin : {impact_, feasibility_, progress_}) fit_spin_to_font(spin);
    fit_to_pages(book);
    Bind(wxEVT_SHOW, [this, book](wxShowEvent& e) {
        if (e.IsShown()) fit_to_pages(book);
        e.Skip();
    });

    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (accept()) EndModal(wxID_OK);
    }, wxID_OK);
    auto changed = [this](wxEvent& e) {
        revalidate();
        e.Skip();
    };
    Bind(wxEVT_TEXT, changed);
    Bind(wxEVT_CHOICE, changed);
    Bind(wxEVT_SPINCTRL, changed);
    Bind(wxEVT_CHECKLISTBOX, changed);
    Bind(wxEVT_CHECKBOX, changed);
    revalidate();
    title_->SetFocus();
}

void ActionEditor::fit_to_pages(wxNotebook* book) {
    std::function<void(wxWindow*)> forget = [&](wxWindow* w) {
        w->InvalidateBestSize();
        for (wxWindow* child : w->GetChildren()) forget(child);
    };
    forget(this);
    const wxSize best = GetBestSize();
    SetMinSize(best);
    wxSize wanted = GetSize();
    if (!IsShown()) wanted = FromDIP(wxSize(760, 600));
    wanted.IncTo(best);
    if (!IsShown() || wanted != GetSize()) place_on_display(this, wxRect(IsShown() ? GetPosition() : wxPoint(-1, -1), wanted));
    Layout();
    for (size_t i = 0; i < book->GetPageCount(); ++i) {
        book->GetPage(i)->SetSize(book->GetCurrentPage()->GetSize());
        book->GetPage(i)->Layout();
    }
}

wxWindow* ActionEditor::general_page(wxWindow* book) {
    auto* page = new wxPanel(book);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    code_ = new wxTextCtrl(page, wxID_ANY, u8(original_.code));
    add_row(page, grid, _("Code:"), code_, 0);
    title_ = new wxTextCtrl(page, wxID_ANY, u8(original_.title));
    add_row(page, grid, _("Title:"), title_);
    description_ = new wxTextCtrl(page, wxID_ANY, u8(original_.description), wxDefaultPosition, FromDIP(wxSize(-1, 80)),
                                  wxTE_MULTILINE);
    add_row(page, grid, _("Description:"), description_);
    expected_ = new wxTextCtrl(page, wxID_ANY, u8(original_.expected_result), wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                               wxTE_MULTILINE);
    add_row(page, grid, _("Expected result:"), expected_);
    impact_ = new wxSpinCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 5, original_.impact);
    add_row(page, grid, _("Impact (1–5):"), impact_, 0);
    feasibility_ = new wxSpinCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 5,
                                  original_.feasibility);
    add_row(page, grid, _("Feasibility (1–5):"), feasibility_, 0);
    effort_ = new wxTextCtrl(page, wxID_ANY, u8(original_.effort));
    effort_->SetHint(_("for example 20 person-days"));
    add_row(page, grid, _("Effort:"), effort_);
    cost_ = new wxTextCtrl(page, wxID_ANY, u8(original_.cost));
    cost_->SetHint(_("for example 3 000 EUR"));
    add_row(page, grid, _("Cost:"), cost_);
    category_ = new wxChoice(page, wxID_ANY);
    category_->Append("");  // "derived", labelled by update_derived()
    for (ActionCategory c : all_action_categories) category_->Append(u8(action_category_label(c)));
    category_->SetSelection(original_.category_override ? 1 + static_cast<int>(*original_.category_override) : 0);
    add_row(page, grid, _("Category:"), category_, 0);
    page->SetSizer(grid);
    return page;
}

wxWindow* ActionEditor::people_page(wxWindow* book) {
    auto* page = new wxPanel(book);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    leader_ = new wxChoice(page, wxID_ANY);
    leader_->Append(_("(choose the leading department)"));
    participants_ = new wxCheckListBox(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(300, 130)));
    for (std::size_t i = 0; i < data_.departments.size(); ++i) {
        const Department& d = data_.departments[i];
        const wxString label = u8(d.code) + " – " + u8(d.name);
        leader_->Append(label);
        participants_->Append(label);
        if (original_.lead_department == d.id) leader_->SetSelection(static_cast<int>(i) + 1);
        const auto& part = original_.participating_departments;
        if (std::find(part.begin(), part.end(), d.id) != part.end()) participants_->Check(static_cast<unsigned>(i));
    }
    if (leader_->GetSelection() == wxNOT_FOUND) leader_->SetSelection(0);
    add_row(page, grid, _("Leads (V):"), leader_);
    add_row(page, grid, _("Take part (D):"), participants_);
    responsible_ = new wxTextCtrl(page, wxID_ANY, u8(original_.responsible));
    add_row(page, grid, _("Responsible person:"), responsible_);
    starts_ = new DateEntry(page, original_.starts_on);
    add_row(page, grid, _("Starts on:"), starts_, 0);
    due_ = new DateEntry(page, original_.due_on);
    add_row(page, grid, _("Due on:"), due_, 0);

    auto* ms = new wxBoxSizer(wxVERTICAL);
    milestone_list_ = new wxListView(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(300, 110)), wxLC_REPORT);
    milestone_list_->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(110));
    milestone_list_->AppendColumn(_("Milestone"), wxLIST_FORMAT_LEFT, FromDIP(380));
    ms->Add(milestone_list_, 1, wxEXPAND);
    auto* add = new wxBoxSizer(wxHORIZONTAL);
    milestone_date_ = new DateEntry(page, original_.due_on);
    milestone_text_ = new wxTextCtrl(page, wxID_ANY, "");
    milestone_text_->SetHint(_("What is done by then"));
    auto* add_button = new wxButton(page, wxID_ANY, _("Add"));
    auto* remove_button = new wxButton(page, wxID_ANY, _("Remove"));
    add->Add(milestone_date_, 0, wxRIGHT, FromDIP(4));
    add->Add(milestone_text_, 1, wxRIGHT, FromDIP(4));
    add->Add(add_button, 0, wxRIGHT, FromDIP(4));
    add->Add(remove_button);
    ms->Add(add, 0, wxEXPAND | wxTOP, FromDIP(4));
    add_row(page, grid, _("Milestones:"), new wxStaticText(page, wxID_ANY, ""));
    grid->Add(0, 0);
    grid->Add(ms, 0, wxEXPAND | wxALL, FromDIP(3));
    add_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_milestone(); });
    remove_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const long row = milestone_list_->GetFirstSelected();
        if (row < 0 || row >= static_cast<long>(milestones_.size())) return;
        milestones_.erase(milestones_.begin() + row);
        fill_milestones();
        revalidate();
    });
    fill_milestones();
    page->SetSizer(grid);
    return page;
}

wxWindow* ActionEditor::links_page(wxWindow* book) {
    auto* page = new wxPanel(book);
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(new wxStaticText(page, wxID_ANY, _("Agreed areas for improvement this action answers:")), 0, wxALL,
             FromDIP(3));
    afis_ = new wxCheckListBox(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(300, 220)));
    for (const auto& [id, node] : data_.context.afi_nodes) {
        const auto text = data_.context.afi_texts.find(id);
        afi_ids_.push_back(id);
        afis_->Append(u8(node) + "  " + (text == data_.context.afi_texts.end() ? wxString() : u8(text->second)));
        const auto& linked = original_.afi_ids;
        if (std::find(linked.begin(), linked.end(), id) != linked.end())
            afis_->Check(static_cast<unsigned>(afi_ids_.size() - 1));
    }
    box->Add(afis_, 1, wxEXPAND | wxALL, FromDIP(3));
    derived_iso_ = new wxStaticText(page, wxID_ANY, "");
    box->Add(derived_iso_, 0, wxEXPAND | wxALL, FromDIP(3));
    iso_override_ = new wxCheckBox(page, wxID_ANY, _("Name the ISO 9001 clauses myself:"));
    iso_override_->SetValue(original_.iso_clauses.has_value());
    box->Add(iso_override_, 0, wxALL, FromDIP(3));
    iso_clauses_ = new wxTextCtrl(page, wxID_ANY, original_.iso_clauses ? u8(join(*original_.iso_clauses)) : wxString());
    iso_clauses_->SetHint(_("clause numbers separated by spaces, for example 9.1.2 10.3"));
    iso_clauses_->Enable(original_.iso_clauses.has_value());
    iso_override_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) {
        iso_clauses_->Enable(e.IsChecked());
        e.Skip();
    });
    box->Add(iso_clauses_, 0, wxEXPAND | wxALL, FromDIP(3));
    page->SetSizer(box);
    return page;
}

wxWindow* ActionEditor::status_page(wxWindow* book) {
    auto* page = new wxPanel(book);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    indicator_ = new wxTextCtrl(page, wxID_ANY, u8(original_.indicator));
    add_row(page, grid, _("Indicator:"), indicator_);
    target_ = new wxTextCtrl(page, wxID_ANY, u8(original_.target));
    add_row(page, grid, _("Target:"), target_);
    status_ = new wxChoice(page, wxID_ANY);
    for (ActionStatus s : all_action_statuses) status_->Append(u8(action_status_label(s)));
    status_->SetSelection(static_cast<int>(original_.status));
    add_row(page, grid, _("Status:"), status_, 0);
    progress_ = new wxSpinCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 100,
                               original_.progress);
    add_row(page, grid, _("Progress (%):"), progress_, 0);
    comment_ = new wxTextCtrl(page, wxID_ANY, "");
    comment_->SetHint(_("What happened: recorded in the action's history with a status change"));
    add_row(page, grid, _("Comment:"), comment_);
    auto* history = new wxListView(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(300, 160)), wxLC_REPORT);
    history->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(100));
    history->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, FromDIP(100));
    history->AppendColumn(_("Progress"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    history->AppendColumn(_("Comment"), wxLIST_FORMAT_LEFT, FromDIP(260));
    history->AppendColumn(_("By"), wxLIST_FORMAT_LEFT, FromDIP(100));
    history_ = history;
    for (const auto& h : original_.history) {
        const long row = history->InsertItem(history->GetItemCount(), data_.date(h.changed_on));
        history->SetItem(row, 1, u8(action_status_label(h.status)));
        history->SetItem(row, 2, wxString::Format("%d %%", h.progress));
        history->SetItem(row, 3, u8(h.comment));
        history->SetItem(row, 4, u8(h.changed_by));
    }
    add_row(page, grid, _("History:"), history);
    page->SetSizer(grid);
    return page;
}

wxWindow* ActionEditor::strategy_page(wxWindow* book) {
    auto* page = new wxPanel(book);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 2)));
    grid->AddGrowableCol(1, 1);
    objectives_ = new wxCheckListBox(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(300, 90)));
    objectives_->SetName("action objectives");
    for (std::size_t i = 0; i < data_.objectives.size(); ++i) {
        const StrategicObjective& o = data_.objectives[i];
        objectives_->Append(u8(o.code) + " – " + u8(o.title));
        const auto& linked = original_.objective_ids;
        if (std::find(linked.begin(), linked.end(), o.id) != linked.end()) objectives_->Check(static_cast<unsigned>(i));
    }
    if (data_.objectives.empty())
        objectives_->SetToolTip(_("The cycle's strategic objectives are recorded in step 7 on the Steps tab."));
    add_row(page, grid, _("Strategic objectives:"), objectives_);
    risks_ = new wxTextCtrl(page, wxID_ANY, u8(original_.risks), wxDefaultPosition, FromDIP(wxSize(-1, 56)),
                            wxTE_MULTILINE);
    risks_->SetName("action risks");
    risks_->SetHint(_("what could stop it, and what it takes for granted"));
    add_row(page, grid, _("Risks and assumptions:"), risks_);
    resources_ = new wxTextCtrl(page, wxID_ANY, u8(original_.resources), wxDefaultPosition, FromDIP(wxSize(-1, 56)),
                                wxTE_MULTILINE);
    resources_->SetName("action resources");
    resources_->SetHint(_("people, time, money, tools"));
    add_row(page, grid, _("Resources:"), resources_);
    check_method_ = new wxTextCtrl(page, wxID_ANY, u8(original_.check_method), wxDefaultPosition,
                                   FromDIP(wxSize(-1, 56)), wxTE_MULTILINE);
    check_method_->SetName("action check method");
    check_method_->SetHint(_("how the effect will be measured"));
    add_row(page, grid, _("Check (how):"), check_method_);
    check_on_ = new DateEntry(page, original_.check_on);
    check_on_->set_optional(true);
    check_on_->SetName("action check date");
    add_row(page, grid, _("Check (when):"), check_on_, 0);
    page->SetSizer(grid);
    return page;
}

void ActionEditor::add_milestone() {
    const wxString text = milestone_text_->GetValue().Strip(wxString::both);
    const std::string date = milestone_date_->iso();
    if (text.empty() || date.empty()) {
        revalidate();
        return;
    }
    milestones_.push_back({0, utf8(text), date, false});
    std::stable_sort(milestones_.begin(), milestones_.end(),
                     [](const Milestone& a, const Milestone& b) { return a.due_on < b.due_on; });
    milestone_text_->Clear();
    fill_milestones();
    revalidate();
}

void ActionEditor::fill_milestones() {
    milestone_list_->DeleteAllItems();
    for (const auto& m : milestones_) {
        const long row = milestone_list_->InsertItem(milestone_list_->GetItemCount(), data_.date(m.due_on));
        milestone_list_->SetItem(row, 1, u8(m.title));
    }
}

ImprovementAction ActionEditor::action() const {
    ImprovementAction a = original_;
    a.code = utf8(code_->GetValue().Strip(wxString::both));
    a.title = utf8(title_->GetValue().Strip(wxString::both));
    a.description = utf8(description_->GetValue());
    a.expected_result = utf8(expected_->GetValue());
    a.impact = impact_->GetValue();
    a.feasibility = feasibility_->GetValue();
    a.effort = utf8(effort_->GetValue());
    a.cost = utf8(cost_->GetValue());
    const int cat = category_->GetSelection();
    a.category_override = cat > 0 ? std::optional<ActionCategory>(all_action_categories[cat - 1]) : std::nullopt;
    const int lead = leader_->GetSelection();
    a.lead_department = lead > 0 ? std::optional<Id>(data_.departments[static_cast<std::size_t>(lead - 1)].id) : std::nullopt;
    a.participating_departments.clear();
    for (unsigned i = 0; i < participants_->GetCount(); ++i)
        if (participants_->IsChecked(i)) a.participating_departments.push_back(data_.departments[i].id);
    a.responsible = names_hidden_ ? original_.responsible : utf8(responsible_->GetValue());
    a.starts_on = starts_->iso();
    a.due_on = due_->iso();
    a.milestones = milestones_;
    a.afi_ids.clear();
    for (unsigned i = 0; i < afis_->GetCount(); ++i)
        if (afis_->IsChecked(i)) a.afi_ids.push_back(afi_ids_[i]);
    a.iso_clauses = iso_override_->GetValue() ? std::optional(split(utf8(iso_clauses_->GetValue()))) : std::nullopt;
    a.indicator = utf8(indicator_->GetValue());
    a.target = utf8(target_->GetValue());
    a.objective_ids.clear();
    for (unsigned i = 0; i < objectives_->GetCount(); ++i)
        if (objectives_->IsChecked(i)) a.objective_ids.push_back(data_.objectives[i].id);
    a.risks = utf8(risks_->GetValue());
    a.resources = utf8(resources_->GetValue());
    a.check_method = utf8(check_method_->GetValue());
    a.check_on = check_on_->iso();
    return a;
}

std::vector<std::string> ActionEditor::problems() const {
    if (!data_.plan) return {tr("create the improvement plan (its start and horizon) before adding actions")};
    // A date that cannot be read is named with the core's message, before anything else.
    std::vector<std::string> dates;
    const std::pair<DateEntry*, wxString> fields[] = {
        {starts_, _("Starts on:")}, {due_, _("Due on:")}};
    for (const auto& [field, label] : fields)
        if (const wxString why = field->problem(); !why.empty()) dates.push_back(utf8(label + " " + why));
    // The check date may be left empty.
    if (const wxString why = check_on_->problem(); !why.empty() && !check_on_->GetValue().Strip(wxString::both).empty())
        dates.push_back(utf8(_("Check (when):") + " " + why));
    if (const wxString m = milestone_date_->problem(); !m.empty() && !milestone_text_->GetValue().Strip(wxString::both).empty())
        dates.push_back(utf8(_("Milestones:") + " " + m));
    if (!dates.empty()) return dates;
    auto found = validate_action(action(), *data_.plan, data_.departments);
    if (progress() < 0 || progress() > 100) found.push_back(trf("progress must be from 0 to 100 %, not {}", progress()));
    return found;
}

bool ActionEditor::status_changed() const {
    return status() != original_.status || progress() != original_.progress ||
           !comment_->GetValue().Strip(wxString::both).empty();
}
ActionStatus ActionEditor::status() const { return all_action_statuses[std::max(0, status_->GetSelection())]; }
int ActionEditor::progress() const { return progress_->GetValue(); }
std::string ActionEditor::status_comment() const { return utf8(comment_->GetValue().Strip(wxString::both)); }

void ActionEditor::update_derived() {
    const ImprovementAction a = action();
    const ActionCategory derived = derive_category(a.impact, a.feasibility, a.starts_on, a.due_on);
    category_->SetString(0, wxString::Format(_("Derived: %s"), u8(action_category_label(derived))));
    if (category_->GetSelection() == wxNOT_FOUND) category_->SetSelection(0);
    const auto clauses = derived_iso_clauses(nodes_of(a, data_.context), data_.context);
    derived_iso_->SetLabel(clauses.empty() ? _("Derived ISO 9001 clauses: none (link an area for improvement)")
                                           : wxString::Format(_("Derived ISO 9001 clauses: %s"), u8(join(clauses))));
}

void ActionEditor::revalidate() {
    update_derived();
    const auto found = problems();
    wxString text;
    for (const auto& p : found) text += (text.empty() ? "" : "\n") + u8(p);
    if (shown_messages_ != text) {
        shown_messages_ = text;
        set_wrapped(messages_, text, GetClientSize().x - FromDIP(24));
        Layout();
    }
    if (wxWindow* ok = FindWindow(wxID_OK)) ok->Enable(found.empty());
}

bool ActionEditor::accept() {
    revalidate();
    return problems().empty();
}

void ActionEditor::hide_names(const std::function<wxString(const std::string&)>& shown) {
    names_hidden_ = true;
    responsible_->ChangeValue(shown(original_.responsible));
    responsible_->SetEditable(false);
    responsible_->SetToolTip(_("Members' names are hidden in projector mode: leave it (F11) to see them."));
    if (!history_) return;
    for (long row = 0; row < history_->GetItemCount() && static_cast<std::size_t>(row) < original_.history.size(); ++row)
        history_->SetItem(row, 4, shown(original_.history[static_cast<std::size_t>(row)].changed_by));
}

}  // namespace assessa::gui
