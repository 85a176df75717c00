#include "app/gui/node_tree.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>

namespace assessa::gui {

namespace {

class CodeData : public wxTreeItemData {
public:
    explicit CodeData(std::string c) : code(std::move(c)) {}
    std::string code;
};

bool matches(const Node& n, const std::string& lang, const wxString& needle) {
    if (needle.empty()) return true;
    const wxString hay = (u8(n.code) + " " + u8(n.title.get(lang)) + " " + u8(n.guidance.get(lang))).Lower();
    return hay.Contains(needle);
}

}  // namespace

NodeTree::NodeTree(wxWindow* parent, WorkspaceHost& host, std::function<void(const std::string&)> chosen)
    : wxPanel(parent, wxID_ANY), host_(host), chosen_(std::move(chosen)) {
    auto* box = new wxBoxSizer(wxVERTICAL);
    filter_ = new wxSearchCtrl(this, wxID_ANY);
    filter_->SetDescriptiveText(_("Filter by code or words"));
    filter_->ShowCancelButton(true);
    box->Add(filter_, 0, wxEXPAND | wxALL, FromDIP(4));
    tree_ = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxTR_DEFAULT_STYLE | wxTR_HIDE_ROOT | wxTR_FULL_ROW_HIGHLIGHT | wxTR_SINGLE);
    box->Add(tree_, 1, wxEXPAND);
    SetSizer(box);
    filter_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { rebuild(); });
    filter_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { filter_->Clear(); });
    tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent& e) {
        if (filling_) return;
        auto* data = dynamic_cast<CodeData*>(tree_->GetItemData(e.GetItem()));
        if (data && host_.session().panel(data->code)) chosen_(data->code);
    });
}

wxString NodeTree::label(const Node& n) {
    ProjectSession& s = host_.session();
    const CycleSummary& summary = s.summary();
    wxString text = u8(n.code) + "  " + u8(n.title.get(s.language()));
    if (const NodeSummary* ns = summary.node(n.code)) {
        wxString state;
        if (auto m = s.chosen_member()) {
            const Rating r = s.project().rating(s.cycle().id, *m, n.code);
            const Panel* p = s.panel(n.code);
            state = r.no_opinion ? _("no opinion") : (p && phases_complete(*p, r.scores)) ? _("✓ scored") : _("open");
        } else {
            state = wxString::Format(_("%zu/%zu done"), ns->completed, s.members().size());
        }
        text += "   [" + state + (ns->consensus ? wxString::Format(_(" · consensus %.0f"), *ns->consensus) : wxString()) + "]";
    } else if (auto v = summary.consensus.node(n.code)) {
        text += wxString::Format("   [%.1f]", *v);
    }
    return text;
}

std::string NodeTree::label_of(const std::string& code) const {
    auto it = items_.find(code);
    return it == items_.end() ? std::string() : utf8(tree_->GetItemText(it->second));
}

void NodeTree::rebuild() {
    ProjectSession& s = host_.session();
    const Framework& fw = s.framework();
    const wxString needle = filter_->GetValue().Lower().Trim().Trim(false);
    filling_ = true;
    tree_->Freeze();
    tree_->DeleteAllItems();
    items_.clear();
    const wxTreeItemId root = tree_->AddRoot("");
    for (std::size_t r : fw.roots()) {
        const Node& top = fw.nodes()[r];
        std::vector<const Node*> children;
        for (std::size_t c : top.children)
            if (matches(fw.nodes()[c], s.language(), needle) || matches(top, s.language(), needle))
                children.push_back(&fw.nodes()[c]);
        if (children.empty() && !matches(top, s.language(), needle)) continue;
        const wxTreeItemId t = tree_->AppendItem(root, label(top), -1, -1, new CodeData(top.code));
        tree_->SetItemBold(t);
        items_[top.code] = t;
        for (const Node* child : children)
            items_[child->code] = tree_->AppendItem(t, label(*child), -1, -1, new CodeData(child->code));
        tree_->Expand(t);
    }
    tree_->Thaw();
    filling_ = false;
    select(s.node());
}

void NodeTree::update_labels() {
    const Framework& fw = host_.session().framework();
    for (auto& [code, item] : items_)
        if (const Node* n = fw.find(code)) tree_->SetItemText(item, label(*n));
}

void NodeTree::select(const std::string& code) {
    auto it = items_.find(code);
    if (it == items_.end() || tree_->GetSelection() == it->second) return;
    filling_ = true;
    tree_->SelectItem(it->second);
    tree_->EnsureVisible(it->second);
    filling_ = false;
}

}  // namespace assessa::gui
