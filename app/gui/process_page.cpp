#include "app/gui/process_page.hpp"

#include "app/gui/notebook_pages.hpp"
#include "app/gui/organisation_matrix_view.hpp"
#include "app/gui/process_card_editor.hpp"
#include "app/gui/process_map.hpp"
#include "app/gui/process_matrix_editor.hpp"
#include "app/gui/wx_text.hpp"
#include "model/process_edits.hpp"
#include "model/process_rules.hpp"

#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/treectrl.h>
#include <wx/wrapsizer.h>

#include <algorithm>

namespace assessa::gui {

namespace {

struct ProcessItem : wxTreeItemData {
    explicit ProcessItem(Id i) : id(i) {}
    Id id;
};

// The register index of the next process of the same kind before (by < 0) or after `at`: the
// register shows each kind as a group, so a process moves within its group.
std::optional<int> neighbour_in_kind(const std::vector<Process>& processes, std::vector<Process>::const_iterator at, int by) {
    const int step = by < 0 ? -1 : 1;
    for (int i = static_cast<int>(at - processes.begin()) + step; i >= 0 && i < static_cast<int>(processes.size()); i += step)
        if (processes[static_cast<std::size_t>(i)].kind == at->kind) return i;
    return std::nullopt;
}

}  // namespace

ProcessPage::ProcessPage(wxWindow* parent, WorkspaceHost& host) : wxPanel(parent, wxID_ANY), host_(host) {
    auto* split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    split->SetMinimumPaneSize(FromDIP(140));
    split->SetSashGravity(0.0);

    auto* left = new wxPanel(split, wxID_ANY);
    auto* column = new wxBoxSizer(wxVERTICAL);
    tree_ = new wxTreeCtrl(left, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxTR_HIDE_ROOT | wxTR_HAS_BUTTONS | wxTR_SINGLE | wxTR_NO_LINES);
    tree_->SetName(_("Process register"));
    column->Add(tree_, 1, wxEXPAND | wxALL, FromDIP(4));
    empty_note_ = new wxStaticText(left, wxID_ANY, "");
    const wxString empty = _("No processes yet. \"New process\" adds the first card.");
    keep_wrapped_to_parent(empty_note_, empty, FromDIP(16));
    empty_note_->SetLabel(empty);
    column->Add(empty_note_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    add_ = new wxButton(left, wxID_ANY, _("New process"));
    remove_ = new wxButton(left, wxID_ANY, _("Delete"));
    up_ = new wxButton(left, wxID_ANY, wxString::FromUTF8("\u2191"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    up_->SetToolTip(_("Move up in the register"));
    up_->SetName(_("Move up in the register"));
    down_ = new wxButton(left, wxID_ANY, wxString::FromUTF8("\u2193"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    down_->SetToolTip(_("Move down in the register"));
    down_->SetName(_("Move down in the register"));
    for (wxButton* b : {add_, remove_, up_, down_}) buttons->Add(b, 0, wxALL, FromDIP(3));
    column->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(3));
    left->SetSizer(column);

    views_ = new wxNotebook(split, wxID_ANY);
    card_ = new ProcessCardEditor(views_, host_);
    views_->AddPage(card_, _("Card"));
    card_->on_saved = [this] {
        fill_register();
        matrix_->show(chosen_);
    };
    matrix_ = new ProcessMatrixEditor(views_, host_);
    matrix_->on_changed = [this] { fill_register(); };
    views_->AddPage(matrix_, _("Matrix"));
    map_ = new ProcessMap(page_holder(views_), [this](Id id) {
        if (choose(id)) show_view(card_view);
    });
    views_->AddPage(held(map_), _("Map"));
    organisation_ = new OrganisationMatrixView(views_);
    views_->AddPage(organisation_, _("All processes"));
    size_pages_with_notebook(views_);

    split->SplitVertically(left, views_, FromDIP(180));
    auto* page = new wxBoxSizer(wxVERTICAL);
    page->Add(split, 1, wxEXPAND);
    SetSizer(page);

    tree_->Bind(wxEVT_TREE_SEL_CHANGING, [this](wxTreeEvent& e) {
        if (filling_) return;
        // A card that cannot be saved keeps the register on it, with its problems shown.
        if (card_->dirty() && !card_->save()) e.Veto();
    });
    tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent& e) {
        if (filling_) return;
        chosen_ = process_of(e.GetItem());
        show_chosen();
    });
    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_process(); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_chosen(); });
    up_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_chosen(-1); });
    down_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_chosen(1); });
}

bool ProcessPage::editable() const {
    return host_.session().access().editable();
}

std::optional<Id> ProcessPage::process_of(const wxTreeItemId& item) const {
    if (!item.IsOk()) return std::nullopt;
    const auto* data = dynamic_cast<const ProcessItem*>(tree_->GetItemData(item));
    return data ? std::optional<Id>(data->id) : std::nullopt;
}

void ProcessPage::refresh() {
    const auto processes = host_.session().project().processes();
    if (chosen_ && std::none_of(processes.begin(), processes.end(), [&](const Process& p) { return p.id == *chosen_; }))
        chosen_.reset();
    fill_register();
    show_chosen();
}

void ProcessPage::fill_register() {
    ProjectSession& s = host_.session();
    const auto processes = s.project().processes();
    filling_ = true;
    tree_->DeleteAllItems();
    const wxTreeItemId root = tree_->AddRoot("");
    wxTreeItemId chosen_item;
    for (ProcessKind kind : all_process_kinds) {
        const wxTreeItemId group = tree_->AppendItem(root, u8(process_kind_label(kind)));
        tree_->SetItemBold(group);
        for (const Process& p : processes) {
            if (p.kind != kind) continue;
            const wxTreeItemId item = tree_->AppendItem(group, u8(p.code) + "  " + u8(p.name), -1, -1, new ProcessItem(p.id));
            if (chosen_ == p.id) chosen_item = item;
        }
        tree_->Expand(group);
    }
    if (chosen_item.IsOk()) tree_->SelectItem(chosen_item);
    filling_ = false;
    empty_note_->Show(processes.empty());

    std::vector<ProcessMap::Box> boxes;
    const auto departments = s.project().departments();
    const auto members = s.project().members();
    for (const Process& p : processes) {
        std::string owner = process_owner_name(p, departments, members);
        boxes.push_back({p.id, p.kind, u8(p.code) + "  " + u8(p.name), owner.empty() ? _("no owner yet") : u8(owner)});
    }
    map_->set(std::move(boxes));
    organisation_->set(processes, departments);
    Layout();
}

void ProcessPage::show_chosen() {
    card_->show(chosen_);
    matrix_->show(chosen_);
    update_buttons();
}

void ProcessPage::update_buttons() {
    const bool can_edit = editable();
    add_->Enable(can_edit);
    const auto processes = host_.session().project().processes();
    const auto at = std::find_if(processes.begin(), processes.end(), [&](const Process& p) { return p.id == chosen_; });
    const bool has = at != processes.end();
    remove_->Enable(can_edit && has);
    up_->Enable(can_edit && has && neighbour_in_kind(processes, at, -1));
    down_->Enable(can_edit && has && neighbour_in_kind(processes, at, 1));
}

bool ProcessPage::choose(std::optional<Id> process_id) {
    if (process_id == chosen_) return true;
    if (card_->dirty() && !card_->save()) return false;
    chosen_ = process_id;
    fill_register();
    show_chosen();
    return true;
}

bool ProcessPage::save_pending() { return !card_->dirty() || card_->save(); }

void ProcessPage::close() {
    save_pending();
    chosen_.reset();
    card_->show(std::nullopt);
    matrix_->show(std::nullopt);
}

void ProcessPage::show_view(View v) { views_->SetSelection(static_cast<size_t>(v)); }

std::optional<Id> ProcessPage::add_process() {
    if (!editable() || (card_->dirty() && !card_->save())) return std::nullopt;
    ProjectSession& s = host_.session();
    const auto processes = s.project().processes();
    Process p;
    p.code = next_process_code(processes);
    p.name = utf8(_("New process"));
    if (chosen_)
        if (const auto at = std::find_if(processes.begin(), processes.end(), [&](const Process& x) { return x.id == chosen_; });
            at != processes.end())
            p.kind = at->kind;
    if (!host_.perform(edit_add_process(p))) return std::nullopt;
    const auto now = s.project().processes();
    if (now.empty()) return std::nullopt;
    chosen_ = now.back().id;
    fill_register();
    show_chosen();
    show_view(card_view);
    card_->name_field()->SetFocus();
    card_->name_field()->SelectAll();
    return chosen_;
}

bool ProcessPage::remove_chosen() {
    if (!chosen_ || !editable()) return false;
    if (!host_.perform(edit_remove_process(host_.session().project(), *chosen_))) return false;
    chosen_.reset();
    refresh();
    return true;
}

bool ProcessPage::move_chosen(int by) {
    if (!chosen_ || !editable() || (card_->dirty() && !card_->save())) return false;
    const auto processes = host_.session().project().processes();
    const auto at = std::find_if(processes.begin(), processes.end(), [&](const Process& p) { return p.id == chosen_; });
    if (at == processes.end()) return false;
    const auto index = neighbour_in_kind(processes, at, by);
    if (!index) return false;
    if (!host_.perform(edit_move_process(host_.session().project(), *chosen_, *index))) return false;
    refresh();
    return true;
}

}  // namespace assessa::gui
