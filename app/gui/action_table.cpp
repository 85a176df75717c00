#include "app/gui/action_table.hpp"

#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include <algorithm>
#include <set>

namespace assessa::gui {

// The rows the table shows (the filtered actions), and how each column sorts.
class ActionRows : public wxDataViewVirtualListModel {
public:
    const PlanViewData* data = nullptr;
    std::vector<const ImprovementAction*> rows;

    void reset(std::vector<const ImprovementAction*> shown) {
        rows = std::move(shown);
        Reset(static_cast<unsigned>(rows.size()));
    }
    const ImprovementAction* at(const wxDataViewItem& item) const {
        if (!item.IsOk()) return nullptr;
        const unsigned row = GetRow(item);
        return row < rows.size() ? rows[row] : nullptr;
    }

    unsigned GetColumnCount() const override { return ActionTable::column_count; }
    wxString GetColumnType(unsigned col) const override { return col == ActionTable::col_progress ? "long" : "string"; }

    void GetValueByRow(wxVariant& value, unsigned row, unsigned col) const override {
        const ImprovementAction& a = *rows[row];
        switch (col) {
        case ActionTable::col_priority: value = wxString::Format("%d", a.priority + 1); break;
        case ActionTable::col_code: value = u8(a.code); break;
        case ActionTable::col_title: value = u8(a.title); break;
        case ActionTable::col_category: value = u8(action_category_label(category_of(a))); break;
        case ActionTable::col_lead: value = data->department_code(a.lead_department); break;
        case ActionTable::col_start: value = data->date(a.starts_on); break;
        case ActionTable::col_due: value = data->date(a.due_on); break;
        case ActionTable::col_status: value = u8(action_status_label(a.status)); break;
        case ActionTable::col_progress: value = static_cast<long>(a.progress); break;
        default: value = wxString();
        }
    }
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

    // Dates, priority, category and status sort by what they mean, not by their text.
    int Compare(const wxDataViewItem& i1, const wxDataViewItem& i2, unsigned col, bool ascending) const override {
        const ImprovementAction& a = *rows[GetRow(i1)];
        const ImprovementAction& b = *rows[GetRow(i2)];
        auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
        int r = 0;
        switch (col) {
        case ActionTable::col_code: r = cmp(a.code, b.code); break;
        case ActionTable::col_title: r = u8(a.title).CmpNoCase(u8(b.title)); break;
        case ActionTable::col_category: r = cmp(static_cast<int>(category_of(a)), static_cast<int>(category_of(b))); break;
        case ActionTable::col_lead: r = data->department_code(a.lead_department).CmpNoCase(data->department_code(b.lead_department)); break;
        case ActionTable::col_start: r = cmp(a.starts_on, b.starts_on); break;
        case ActionTable::col_due: r = cmp(a.due_on, b.due_on); break;
        case ActionTable::col_status: r = cmp(static_cast<int>(a.status), static_cast<int>(b.status)); break;
        case ActionTable::col_progress: r = cmp(a.progress, b.progress); break;
        default: break;
        }
        if (r == 0) r = cmp(a.priority, b.priority);
        return ascending ? r : -r;
    }
};

ActionTable::ActionTable(wxWindow* parent, Handlers handlers)
    : wxPanel(parent, wxID_ANY), handlers_(std::move(handlers)) {
    auto* top = new wxBoxSizer(wxVERTICAL);

    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    const wxString names[filter_count] = {_("Department:"), _("Category:"), _("Status:"), _("Year:"), _("Criterion:")};
    for (int f = 0; f < filter_count; ++f) {
        filters->Add(new wxStaticText(this, wxID_ANY, names[f]), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(3));
        filters_[f] = new wxChoice(this, wxID_ANY);
        // Long entries (criterion titles) must not widen the page beyond the window.
        filters_[f]->SetInitialSize(FromDIP(wxSize(f == by_criterion ? 160 : 80, -1)));
        filters_[f]->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filters(); });
        filters->Add(filters_[f], f == by_criterion ? 3 : 1, wxRIGHT, FromDIP(8));
    }
    top->Add(filters, 0, wxEXPAND | wxALL, FromDIP(6));

    view_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES | wxDV_SINGLE);
    rows_ = new ActionRows;
    view_->AssociateModel(rows_);
    auto text_column = [this](const wxString& title, int col, int width) {
        view_->AppendTextColumn(title, static_cast<unsigned>(col), wxDATAVIEW_CELL_INERT, FromDIP(width), wxALIGN_NOT,
                                wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE);
    };
    text_column(_("No."), col_priority, 44);
    text_column(_("Id"), col_code, 60);
    text_column(_("Title"), col_title, 320);
    text_column(_("Category"), col_category, 95);
    text_column(_("Leads"), col_lead, 60);
    text_column(_("Starts"), col_start, 95);
    text_column(_("Due"), col_due, 95);
    text_column(_("Status"), col_status, 90);
    view_->AppendProgressColumn(_("Progress"), col_progress, wxDATAVIEW_CELL_INERT, FromDIP(80), wxALIGN_NOT,
                                wxDATAVIEW_COL_SORTABLE | wxDATAVIEW_COL_RESIZABLE);
    view_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (auto id = selected()) handlers_.edit(*id);
    });
    // The title takes the room the other columns leave, so that the last column stays in sight.
    view_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        int others = 0;
        for (unsigned i = 0; i < view_->GetColumnCount(); ++i)
            if (view_->GetColumn(i)->GetModelColumn() != static_cast<unsigned>(col_title))
                others += view_->GetColumn(i)->GetWidth();
        const int room = view_->GetClientSize().x - others - FromDIP(4);
        for (unsigned i = 0; i < view_->GetColumnCount(); ++i)
            if (view_->GetColumn(i)->GetModelColumn() == static_cast<unsigned>(col_title))
                view_->GetColumn(i)->SetWidth(std::max(FromDIP(140), room));
    });
    top->Add(view_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));

    // The buttons and the count go on to a second line where the pane is narrow for its font.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    auto button = [&](const wxString& label, std::function<void()> act) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->Bind(wxEVT_BUTTON, [act](wxCommandEvent&) { act(); });
        buttons->Add(b, 0, wxRIGHT | wxBOTTOM, FromDIP(4));
    };
    button(_("New…"), [this] { handlers_.create(); });
    button(_("Edit…"), [this] { if (auto id = selected()) handlers_.edit(*id); });
    button(_("Delete"), [this] { if (auto id = selected()) handlers_.remove(*id); });
    button(_("Up"), [this] { if (auto id = selected()) handlers_.move(*id, -1); });
    button(_("Down"), [this] { if (auto id = selected()) handlers_.move(*id, +1); });
    count_ = new wxStaticText(this, wxID_ANY, "");
    buttons->Add(count_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(8));
    top->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(6));

    uncovered_title_ = make_heading(this, " ");
    top->Add(uncovered_title_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
    uncovered_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 130)), wxVSCROLL);
    uncovered_->SetScrollRate(0, FromDIP(10));
    top->Add(uncovered_, 0, wxEXPAND | wxALL, FromDIP(6));
    SetSizer(top);
}

ActionTable::~ActionTable() { rows_->DecRef(); }

void ActionTable::detach() {
    kept_selection_ = selected();
    rows_->reset({});
}

void ActionTable::set(const PlanViewData& data) {
    data_ = &data;
    rows_->data = &data;
    fill_filters();
    apply_filters();
    fill_uncovered();
}

void ActionTable::fill_filters() {
    const PlanViewData& d = *data_;
    for (int f = 0; f < filter_count; ++f) {
        const wxString was = filters_[f]->GetSelection() > 0 ? filter_keys_[f][filters_[f]->GetSelection()] : wxString();
        filters_[f]->Clear();
        filter_keys_[f].clear();
        filters_[f]->Append(_("All"));
        filter_keys_[f].push_back("");
        auto add = [&](const wxString& key, const wxString& label) {
            filters_[f]->Append(label);
            filter_keys_[f].push_back(key);
        };
        switch (f) {
        case by_department:
            for (const auto& dep : d.departments) add(wxString::Format("%lld", static_cast<long long>(dep.id)), u8(dep.code));
            break;
        case by_category:
            for (ActionCategory c : all_action_categories) add(u8(std::string(to_string(c))), u8(action_category_label(c)));
            break;
        case by_status:
            for (ActionStatus s : all_action_statuses) add(u8(std::string(to_string(s))), u8(action_status_label(s)));
            break;
        case by_year:
            if (d.plan)
                for (const auto& [year, ids] : actions_by_year(*d.plan, d.actions))
                    add(wxString::Format("%d", year), wxString::Format("%d", year));
            break;
        case by_criterion:
            if (d.context.framework)
                for (std::size_t i : d.context.framework->roots()) {
                    const Node& node = d.context.framework->nodes()[i];
                    add(u8(node.code), u8(node.code) + " " + u8(node.title.get(d.language)));
                }
            break;
        default: break;
        }
        int sel = 0;
        for (std::size_t i = 1; i < filter_keys_[f].size(); ++i)
            if (filter_keys_[f][i] == was) sel = static_cast<int>(i);
        filters_[f]->SetSelection(sel);
    }
}

void ActionTable::apply_filters() {
    const PlanViewData& d = *data_;
    auto key = [this](Filter f) {
        const int sel = filters_[f]->GetSelection();
        return sel > 0 ? utf8(filter_keys_[f][static_cast<std::size_t>(sel)]) : std::string();
    };
    std::set<Id> in_year, in_criterion;
    if (const std::string year = key(by_year); !year.empty() && d.plan)
        for (const auto& [y, ids] : actions_by_year(*d.plan, d.actions))
            if (std::to_string(y) == year) in_year.insert(ids.begin(), ids.end());
    if (const std::string crit = key(by_criterion); !crit.empty())
        for (const auto& [node, ids] : actions_by_criterion(d.actions, d.context))
            if (node == crit) in_criterion.insert(ids.begin(), ids.end());
    std::vector<const ImprovementAction*> shown;
    for (const auto& a : d.actions) {
        if (const std::string dep = key(by_department); !dep.empty()) {
            const Id id = std::stoll(dep);
            const auto& part = a.participating_departments;
            if (a.lead_department != id && std::find(part.begin(), part.end(), id) == part.end()) continue;
        }
        if (const std::string cat = key(by_category); !cat.empty() && to_string(category_of(a)) != cat) continue;
        if (const std::string st = key(by_status); !st.empty() && to_string(a.status) != st) continue;
        if (!key(by_year).empty() && !in_year.count(a.id)) continue;
        if (!key(by_criterion).empty() && !in_criterion.count(a.id)) continue;
        shown.push_back(&a);
    }
    const std::optional<Id> was = kept_selection_ ? kept_selection_ : selected();
    kept_selection_.reset();
    rows_->reset(std::move(shown));
    count_->SetLabel(wxString::Format(wxPLURAL("%zu of %zu action", "%zu of %zu actions", d.actions.size()),
                                      rows_->rows.size(), d.actions.size()));
    fit_label(count_);
    Layout();
    if (was) select(*was);
}

void ActionTable::fill_uncovered() {
    const PlanViewData& d = *data_;
    uncovered_->DestroyChildren();
    const auto afis = uncovered_afis(d.actions, d.context);
    uncovered_title_->SetLabel(afis.empty() ? _("Every agreed area for improvement is answered by an action.")
                                            : wxString::Format(wxPLURAL("%zu agreed area for improvement has no action:",
                                                                        "%zu agreed areas for improvement have no action:",
                                                                        afis.size()),
                                                               afis.size()));
    fit_label(uncovered_title_);
    auto* grid = new wxFlexGridSizer(3, FromDIP(wxSize(8, 2)));
    grid->AddGrowableCol(1, 1);
    for (Id afi : afis) {
        const auto node = d.context.afi_nodes.find(afi);
        const auto text = d.context.afi_texts.find(afi);
        auto* code = new wxStaticText(uncovered_, wxID_ANY, node == d.context.afi_nodes.end() ? "" : u8(node->second));
        code->SetForegroundColour(wxColour(170, 80, 0));
        fit_label(code);  // in the pane's font, which GTK applies only once the pane is shown
        grid->Add(code, 0, wxALIGN_CENTER_VERTICAL);
        auto* label = new wxStaticText(uncovered_, wxID_ANY, text == d.context.afi_texts.end() ? "" : u8(text->second),
                                       wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
        // A long text ends in "…" on a narrow screen; the whole of it is in the tooltip.
        label->SetName("uncovered area for improvement");
        label->SetToolTip(label->GetLabel());
        grid->Add(label, 1, wxEXPAND | wxALIGN_CENTER_VERTICAL);
        auto* create = new wxButton(uncovered_, wxID_ANY, _("Create action"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        create->Bind(wxEVT_BUTTON, [this, afi](wxCommandEvent&) { handlers_.create_from_afi(afi); });
        grid->Add(create, 0, wxALIGN_CENTER_VERTICAL);
    }
    uncovered_->SetSizer(grid);
    // As tall as its rows, up to about five of them; the table takes the rest.
    uncovered_->SetMinSize(wxSize(-1, std::min(grid->CalcMin().y + FromDIP(4), FromDIP(150))));
    uncovered_->FitInside();
    uncovered_->Show(!afis.empty());
    Layout();
}

std::optional<Id> ActionTable::selected() const {
    if (const ImprovementAction* a = rows_->at(view_->GetSelection())) return a->id;
    return std::nullopt;
}

void ActionTable::select(Id action_id) {
    for (unsigned i = 0; i < rows_->rows.size(); ++i)
        if (rows_->rows[i]->id == action_id) {
            const wxDataViewItem item = rows_->GetItem(i);
            view_->Select(item);
            view_->EnsureVisible(item);
            return;
        }
    view_->UnselectAll();
}

std::vector<Id> ActionTable::shown() const {
    std::vector<Id> ids;
    for (const auto* a : rows_->rows) ids.push_back(a->id);
    return ids;
}

}  // namespace assessa::gui
