#include "app/gui/node_tree.hpp"
#include "app/gui/tree_label.hpp"
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
    tree_->Bind(wxEVT_TREE_ITEM_GETTOOLTIP, [this](wxTreeEvent& e) {
        if (auto* data = dynamic_cast<CodeData*>(tree_->GetItemData(e.GetItem())))
            if (auto it = labels_.find(data->code); it != labels_.end()) e.SetToolTip(it->second.full());
    });
    // Labels are fitted to the width: fit them again when it changes.
    tree_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        if (tree_->GetClientSize().x != fitted_width_) {
            fitted_width_ = tree_->GetClientSize().x;
            CallAfter([this] {
                if (IsShownOnScreen()) update_labels();  // not after the project was closed
            });
        }
        e.Skip();
    });
    tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent& e) {
        if (filling_) return;
        auto* data = dynamic_cast<CodeData*>(tree_->GetItemData(e.GetItem()));
        if (data && host_.session().panel(data->code)) chosen_(data->code);
    });
}

NodeTree::Label NodeTree::label(const Node& n) {
    ProjectSession& s = host_.session();
    const CycleSummary& summary = s.summary();
    Label out{u8(n.code) + "  ", u8(n.title.get(s.language())), ""};
    wxString& text = out.state;
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
        const Coverage c = summary.consensus.coverage_of_node(n.code);
        text += c.partial() ? wxString::Format(_("   [%.1f, %zu of %zu subcriteria]"), *v, c.scored, c.total)
                            : wxString::Format("   [%.1f]", *v);
    }
    return out;
}

wxString NodeTree::fitted(const Label& l, const wxTreeItemId& item) const {
    return fit_tree_label(tree_, item, l.code, l.title, l.state);
}

std::string NodeTree::label_of(const std::string& code) const {
    auto it = labels_.find(code);
    return it == labels_.end() ? std::string() : utf8(it->second.full());
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
        const wxTreeItemId t = tree_->AppendItem(root, label(top).full(), -1, -1, new CodeData(top.code));
        tree_->SetItemBold(t);
        items_[top.code] = t;
        for (const Node* child : children)
            items_[child->code] = tree_->AppendItem(t, label(*child).full(), -1, -1, new CodeData(child->code));
        tree_->Expand(t);
    }
    tree_->Thaw();
    filling_ = false;
    select(s.node());
    update_labels();
}

void NodeTree::update_labels() {
    const Framework& fw = host_.session().framework();
    labels_.clear();
    for (auto& [code, item] : items_)
        if (const Node* n = fw.find(code)) {
            const Label l = label(*n);
            const wxString text = fitted(l, item);
            if (tree_->GetItemText(item) != text) tree_->SetItemText(item, text);
            labels_[code] = l;
        }
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
