#include "app/gui/iso_page.hpp"

#include "app/gui/wx_text.hpp"
#include "model/date_format.hpp"
#include "model/number_format.hpp"

#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <algorithm>
#include <map>

namespace assessa::gui {

namespace {

enum Column { col_clause, col_nodes, col_score, col_coverage, col_processes, col_actions, column_count };

const std::string& view_language() { return Translator::current().language(); }

wxString coverage_text(IsoCoverage c) {
    // The marker makes a gap visible without its colour (colour-blind users, grey projectors).
    switch (c) {
    case IsoCoverage::none: return wxString::FromUTF8("\u26a0 ") + _("Gap: no coverage");
    case IsoCoverage::weak: return wxString::FromUTF8("\u26a0 ") + _("Weak coverage");
    case IsoCoverage::covered: break;
    }
    return _("Covered");
}

wxString nodes_text(const IsoClauseView& c) {
    if (c.depth == 0) return c.links.empty() ? wxString() : wxString::Format(wxPLURAL("%zu link", "%zu links", c.links.size()), c.links.size());
    wxString out;
    for (const auto& l : c.links) {
        if (!out.empty()) out += ", ";
        out += u8(l.node) + " (" + u8(strength_label(l.strength)) + (l.target == c.code ? "" : " \u2192 " + u8(l.target)) + ")";
    }
    return out;
}

wxItemAttr coverage_attr(IsoCoverage c) {
    wxItemAttr a;
    if (c == IsoCoverage::none) {
        a.SetBackgroundColour(wxColour(0xF8, 0xD7, 0xDA));
        a.SetTextColour(wxColour(0x72, 0x1C, 0x24));
    } else if (c == IsoCoverage::weak) {
        a.SetBackgroundColour(wxColour(0xFF, 0xF0, 0xC2));
        a.SetTextColour(wxColour(0x66, 0x4D, 0x03));
    }
    return a;
}

void* item_id(std::size_t index) { return reinterpret_cast<void*>(index + 1); }
std::size_t index_of(const wxDataViewItem& item) { return reinterpret_cast<std::size_t>(item.GetID()) - 1; }

}  // namespace

// The clause tree over an IsoView; items carry the clause's index in the ISO framework + 1.
class IsoTreeModel : public wxDataViewModel {
public:
    void set(const IsoView* view, std::map<Id, std::string> process_codes) {
        view_ = view;
        process_codes_ = std::move(process_codes);
    }

    unsigned int GetColumnCount() const override { return column_count; }
    wxString GetColumnType(unsigned int) const override { return "string"; }

    void GetValue(wxVariant& value, const wxDataViewItem& item, unsigned int col) const override {
        value = item.IsOk() && view_ ? text(index_of(item), col) : wxString();
    }
    bool SetValue(const wxVariant&, const wxDataViewItem&, unsigned int) override { return false; }

    bool GetAttr(const wxDataViewItem& item, unsigned int col, wxDataViewItemAttr& attr) const override {
        if (!view_ || !item.IsOk() || col == col_clause) return false;
        const auto& c = view_->clauses[index_of(item)];
        if (col == col_processes) {
            if (!c.needs_process) return false;
            const wxItemAttr a = coverage_attr(IsoCoverage::none);
            attr.SetBackgroundColour(a.GetBackgroundColour());
            attr.SetColour(a.GetTextColour());
            attr.SetBold(true);
            return true;
        }
        if (c.state == IsoCoverage::covered) return false;
        const wxItemAttr a = coverage_attr(c.state);
        attr.SetBackgroundColour(a.GetBackgroundColour());
        attr.SetColour(a.GetTextColour());
        attr.SetBold(col == col_coverage);
        return true;
    }

    wxDataViewItem GetParent(const wxDataViewItem& item) const override {
        if (!view_ || !item.IsOk()) return {};
        const auto parent = view_->iso->nodes()[index_of(item)].parent;
        return parent ? wxDataViewItem(item_id(*parent)) : wxDataViewItem();
    }
    bool IsContainer(const wxDataViewItem& item) const override {
        if (!view_) return false;
        if (!item.IsOk()) return true;
        return !view_->iso->nodes()[index_of(item)].children.empty();
    }
    bool HasContainerColumns(const wxDataViewItem&) const override { return true; }
    unsigned int GetChildren(const wxDataViewItem& item, wxDataViewItemArray& children) const override {
        if (!view_) return 0;
        const auto& nodes = view_->iso->nodes();
        const std::vector<std::size_t> list = item.IsOk() ? nodes[index_of(item)].children : view_->iso->roots();
        for (std::size_t i : list) children.Add(wxDataViewItem(item_id(i)));
        return static_cast<unsigned int>(list.size());
    }

    wxString text(std::size_t index, unsigned col) const {
        const auto& c = view_->clauses[index];
        switch (col) {
        case col_clause: return u8(c.code) + "  " + u8(view_->iso->nodes()[index].title.get(view_language()));
        case col_nodes: return nodes_text(c);
        case col_score: return u8(format_score(c.weighted_score, view_language()));
        case col_coverage: return coverage_text(c.state);
        case col_processes: return processes_text(c);
        case col_actions: return c.actions.empty() ? wxString() : wxString::Format("%zu", c.actions.size());
        }
        return {};
    }

    // The codes of the processes claiming the clause; clauses 4.4 and 8.x say when none does.
    wxString processes_text(const IsoClauseView& c) const {
        if (c.needs_process) return wxString::FromUTF8("\u26a0 ") + _("No process covers it");
        wxString out;
        for (Id id : c.processes) {
            const auto code = process_codes_.find(id);
            if (code == process_codes_.end()) continue;
            if (!out.empty()) out += ", ";
            out += u8(code->second);
        }
        return out;
    }

private:
    const IsoView* view_ = nullptr;
    std::map<Id, std::string> process_codes_;
};

IsoPage::IsoPage(wxWindow* parent, WorkspaceHost& host) : wxPanel(parent), host_(host), model_(new IsoTreeModel) {
    auto* page = new wxBoxSizer(wxVERTICAL);
    note_ = new wxStaticText(this, wxID_ANY, " ");
    note_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    page->Add(note_, 0, wxEXPAND | wxALL, FromDIP(6));

    auto* split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    split->SetMinimumPaneSize(FromDIP(120));
    split->SetSashGravity(0.6);
    tree_ = new wxDataViewCtrl(split, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES | wxDV_VERT_RULES);
    tree_->AssociateModel(model_.get());
    tree_->AppendTextColumn(_("Clause"), col_clause, wxDATAVIEW_CELL_INERT, FromDIP(330), wxALIGN_LEFT,
                            wxDATAVIEW_COL_RESIZABLE);
    tree_->AppendTextColumn(_("Mapped CAF nodes"), col_nodes, wxDATAVIEW_CELL_INERT, FromDIP(210), wxALIGN_LEFT,
                            wxDATAVIEW_COL_RESIZABLE);
    tree_->AppendTextColumn(_("Weighted score"), col_score, wxDATAVIEW_CELL_INERT, FromDIP(132), wxALIGN_RIGHT,
                            wxDATAVIEW_COL_RESIZABLE);
    tree_->AppendTextColumn(_("Coverage"), col_coverage, wxDATAVIEW_CELL_INERT, FromDIP(185), wxALIGN_LEFT,
                            wxDATAVIEW_COL_RESIZABLE);
    tree_->AppendTextColumn(_("Processes"), col_processes, wxDATAVIEW_CELL_INERT, FromDIP(150), wxALIGN_LEFT,
                            wxDATAVIEW_COL_RESIZABLE);
    tree_->AppendTextColumn(_("Actions"), col_actions, wxDATAVIEW_CELL_INERT, FromDIP(65), wxALIGN_CENTER,
                            wxDATAVIEW_COL_RESIZABLE);
    tree_->SetExpanderColumn(tree_->GetColumn(col_clause));

    auto* details = details_ = new wxPanel(split);
    auto* box = new wxBoxSizer(wxVERTICAL);
    clause_title_ = make_heading(details, " ");
    box->Add(clause_title_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
    clause_hint_ = new wxStaticText(details, wxID_ANY, " ");
    box->Add(clause_hint_, 0, wxEXPAND | wxALL, FromDIP(6));
    auto* lists = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    nodes_heading_ = make_heading(details, _("Mapped CAF nodes (double-click to open)"));
    left->Add(nodes_heading_, 0, wxBOTTOM, FromDIP(3));
    nodes_ = new wxListView(details, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    nodes_->AppendColumn(_("CAF node"), wxLIST_FORMAT_LEFT, FromDIP(270));
    nodes_->AppendColumn(_("Link"), wxLIST_FORMAT_LEFT, FromDIP(110));
    nodes_->AppendColumn(_("Score"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    nodes_->SetMinSize(FromDIP(wxSize(160, 60)));  // the two lists share the width; their columns scroll
    left->Add(nodes_, 1, wxEXPAND);
    lists->Add(left, 1, wxEXPAND | wxRIGHT, FromDIP(8));
    auto* right = new wxBoxSizer(wxVERTICAL);
    actions_heading_ = make_heading(details, _("Improvement actions touching the clause"));
    right->Add(actions_heading_, 0, wxBOTTOM, FromDIP(3));
    actions_ = new wxListView(details, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    actions_->AppendColumn(_("Action"), wxLIST_FORMAT_LEFT, FromDIP(300));
    actions_->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, FromDIP(110));
    actions_->AppendColumn(_("Due"), wxLIST_FORMAT_LEFT, FromDIP(100));
    actions_->SetMinSize(FromDIP(wxSize(160, 60)));
    right->Add(actions_, 1, wxEXPAND);
    lists->Add(right, 1, wxEXPAND);
    box->Add(lists, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    details->SetSizer(box);
    details->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        wrap_details();
        e.Skip();
    });

    split->SplitHorizontally(tree_, details, -FromDIP(240));  // the details keep room for a few rows
    page->Add(split, 1, wxEXPAND);
    SetSizer(page);

    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        wrap_note();
        e.Skip();
    });
    tree_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { show_details(); });
    nodes_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        const IsoClauseView* c = chosen();
        const long row = e.GetIndex();
        if (c && row >= 0 && static_cast<std::size_t>(row) < c->links.size()) host_.show_node(c->links[static_cast<std::size_t>(row)].node);
    });
}

void IsoPage::refresh() {
    const std::string selected = chosen() ? chosen()->code : std::string();
    ProjectSession& s = host_.session();
    const CycleSummary& summary = s.summary();
    view_ = iso_view(s.project(), summary);
    all_actions_ = s.project().actions(summary.cycle.id);
    all_processes_ = s.project().processes();
    std::map<Id, std::string> codes;
    for (const Process& p : all_processes_) codes[p.id] = p.code;
    model_->set(view_ ? &*view_ : nullptr, std::move(codes));
    model_->Cleared();
    if (!view_) {
        note_->SetLabel(_("The project holds no mapping from its framework to ISO 9001."));
        show_details();
        return;
    }
    note_text_ = view_->official()
                        ? _("The mapping between CAF and ISO 9001 is published by the framework owners.")
                        : _("No official mapping between CAF and ISO 9001 is published: this one is authored for "
                            "Assessa. Weights: strong 1, partial 0.5, weak 0.25; less than 1 in all is weak coverage.");
    note_->SetLabel(note_text_);
    wrap_note();
    for (std::size_t root : view_->iso->roots()) tree_->Expand(wxDataViewItem(item_id(root)));
    if (!selected.empty()) select_clause(selected);
    else show_details();
    Layout();
}

void IsoPage::wrap_note() {
    const int width = GetClientSize().x - FromDIP(12);
    if (width < FromDIP(200) || !view_) return;
    note_->SetLabel(note_text_);
    note_->Wrap(width);
}

bool IsoPage::select_clause(const std::string& code) {
    if (!view_) return false;
    const IsoClauseView* c = view_->find(code);
    if (!c) return false;
    const wxDataViewItem item(item_id(c->index));
    tree_->EnsureVisible(item);
    tree_->Select(item);
    show_details();
    return true;
}

wxString IsoPage::cell(const std::string& code, unsigned column) const {
    if (!view_) return {};
    const IsoClauseView* c = view_->find(code);
    return c ? model_->text(c->index, column) : wxString();
}

wxString IsoPage::processes_line(const IsoClauseView& c) const {
    if (c.needs_process)
        return wxString::FromUTF8("\u26a0 ") +
               _("No process of the register covers this clause (ISO 9001:2015, 4.4): describe one on the Processes tab.");
    if (c.processes.empty()) return _("No process of the register claims this clause.");
    wxString names;
    for (Id id : c.processes)
        for (const Process& p : all_processes_)
            if (p.id == id) {
                if (!names.empty()) names += ", ";
                names += u8(p.code) + " " + u8(p.name);
            }
    return wxString::Format(_("Processes claiming it: %s"), names);
}

const IsoClauseView* IsoPage::chosen() const {
    if (!view_) return nullptr;
    const wxDataViewItem item = tree_->GetSelection();
    if (!item.IsOk()) return nullptr;
    const std::size_t i = index_of(item);
    return i < view_->clauses.size() ? &view_->clauses[i] : nullptr;
}

void IsoPage::set_details_text(const wxString& title, const wxString& hint) {
    clause_title_text_ = title;
    clause_hint_text_ = hint;
    wrap_details();
}

// The details share their pane's width: its texts and the two lists' headings wrap to it.
void IsoPage::wrap_details() {
    const int width = details_->GetClientSize().x - FromDIP(12);
    const int column = (width - FromDIP(8)) / 2;
    const int wrap = width < FromDIP(200) ? FromDIP(600) : width;  // not sized yet
    set_wrapped(clause_title_, clause_title_text_, wrap);
    fit_label(clause_title_);
    set_wrapped(clause_hint_, clause_hint_text_, wrap);
    set_wrapped(nodes_heading_, _("Mapped CAF nodes (double-click to open)"), std::max(column, FromDIP(150)));
    fit_label(nodes_heading_);
    set_wrapped(actions_heading_, _("Improvement actions touching the clause"), std::max(column, FromDIP(150)));
    fit_label(actions_heading_);
    details_->Layout();
}

void IsoPage::show_details() {
    nodes_->DeleteAllItems();
    actions_->DeleteAllItems();
    const IsoClauseView* c = chosen();
    if (!c) {
        set_details_text(_("Choose a clause to see the CAF nodes mapped to it and the actions touching it."), " ");
        return;
    }
    const std::string& lang = view_language();
    wxString hint;
    switch (c->state) {
    case IsoCoverage::none:
        hint = coverage_text(c->state) + " – " +
               _("No CAF subcriterion maps to this clause: look for evidence in internal audits or process reviews.");
        break;
    case IsoCoverage::weak:
        hint = coverage_text(c->state) + " – " +
               _("Only weak or partial links reach this clause: the self-assessment says little about it.");
        break;
    case IsoCoverage::covered:
        hint = wxString::Format(_("Weighted consensus score %s from the mapped nodes."),
                                u8(format_score(c->weighted_score, lang)));
        break;
    }
    hint += "\n" + processes_line(*c);
    set_details_text(u8(c->code) + "  " + u8(view_->iso->nodes()[c->index].title.get(lang)), hint);
    const wxItemAttr attr = coverage_attr(c->state);
    clause_hint_->SetForegroundColour(attr.HasTextColour() ? attr.GetTextColour()
                                                           : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    const Framework& caf = host_.session().framework();
    for (const auto& l : c->links) {
        const Node* n = caf.find(l.node);
        const long row = nodes_->InsertItem(nodes_->GetItemCount(), u8(l.node) + "  " + (n ? u8(n->title.get(lang)) : wxString()));
        nodes_->SetItem(row, 1, u8(strength_label(l.strength)) + (l.target == c->code ? "" : " \u2192 " + u8(l.target)));
        nodes_->SetItem(row, 2, u8(format_score(l.score, lang)));
    }
    for (Id id : c->actions) {
        auto it = std::find_if(all_actions_.begin(), all_actions_.end(), [id](const ImprovementAction& a) { return a.id == id; });
        if (it == all_actions_.end()) continue;
        const long row = actions_->InsertItem(actions_->GetItemCount(), u8(it->code) + "  " + u8(it->title));
        actions_->SetItem(row, 1, u8(action_status_label(it->status)));
        actions_->SetItem(row, 2, u8(format_iso_ui_date(it->due_on, lang)));
    }
    Layout();
}

}  // namespace assessa::gui
