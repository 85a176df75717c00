#include "tests/gui/text_scan.hpp"

#include "tests/gui/gui_support.hpp"

#include <wx/bookctrl.h>
#include <wx/ctrlsub.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/statusbr.h>
#include <wx/textentry.h>
#include <wx/timer.h>
#include <wx/tooltip.h>
#include <wx/toplevel.h>
#include <wx/treectrl.h>

namespace assessa::gui::testing {

namespace {

void tree_texts(wxTreeCtrl* tree, const wxTreeItemId& item, std::vector<wxString>& out) {
    if (!item.IsOk()) return;
    if (item != tree->GetRootItem() || !tree->HasFlag(wxTR_HIDE_ROOT)) out.push_back(tree->GetItemText(item));
    wxTreeItemIdValue cookie;
    for (wxTreeItemId c = tree->GetFirstChild(item, cookie); c.IsOk(); c = tree->GetNextChild(item, cookie))
        tree_texts(tree, c, out);
}

void dataview_texts(wxDataViewCtrl* view, std::vector<wxString>& out) {
    wxDataViewModel* model = view->GetModel();
    if (!model) return;
    wxDataViewItemArray rows;
    model->GetChildren(wxDataViewItem(nullptr), rows);
    for (const wxDataViewItem& row : rows)
        for (unsigned c = 0; c < view->GetColumnCount(); ++c) {
            wxVariant v;
            model->GetValue(v, row, view->GetColumn(c)->GetModelColumn());
            out.push_back(v.MakeString());
        }
    for (unsigned c = 0; c < view->GetColumnCount(); ++c) out.push_back(view->GetColumn(c)->GetTitle());
}

void collect(wxWindow* w, bool hidden_too, std::vector<wxString>& out) {
    if (!hidden_too && !w->IsShown()) return;
    out.push_back(w->GetLabel());
    out.push_back(w->GetName());
    if (w->GetToolTip()) out.push_back(w->GetToolTip()->GetTip());
    if (auto* t = dynamic_cast<wxTopLevelWindow*>(w)) out.push_back(t->GetTitle());
    if (auto* e = dynamic_cast<wxTextEntry*>(w)) out.push_back(e->GetValue());
    if (auto* items = dynamic_cast<wxItemContainerImmutable*>(w))
        for (unsigned i = 0; i < items->GetCount(); ++i) out.push_back(items->GetString(i));
    if (auto* list = dynamic_cast<wxListCtrl*>(w)) {
        for (int c = 0; c < list->GetColumnCount(); ++c) {
            wxListItem col;
            col.SetMask(wxLIST_MASK_TEXT);
            if (list->GetColumn(c, col)) out.push_back(col.GetText());
        }
        for (long r = 0; r < list->GetItemCount(); ++r)
            for (int c = 0; c < std::max(1, list->GetColumnCount()); ++c) out.push_back(list->GetItemText(r, c));
    }
    if (auto* tree = dynamic_cast<wxTreeCtrl*>(w)) tree_texts(tree, tree->GetRootItem(), out);
    if (auto* view = dynamic_cast<wxDataViewCtrl*>(w)) dataview_texts(view, out);
    if (auto* book = dynamic_cast<wxBookCtrlBase*>(w))
        for (size_t p = 0; p < book->GetPageCount(); ++p) out.push_back(book->GetPageText(p));
    if (auto* bar = dynamic_cast<wxStatusBar*>(w))
        for (int f = 0; f < bar->GetFieldsCount(); ++f) out.push_back(bar->GetStatusText(f));
    for (wxWindow* child : w->GetChildren()) collect(child, hidden_too, out);
}

}  // namespace

std::vector<wxString> visible_texts(wxWindow* root, bool hidden_too) {
    std::vector<wxString> out;
    collect(root, hidden_too, out);
    return out;
}

bool with_modal_dialog(const std::function<void()>& open, const std::function<void(wxWindow*)>& inspect) {
    bool seen = false;
    wxTimer timer;
    timer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
        for (wxWindow* w : wxTopLevelWindows) {
            auto* dlg = dynamic_cast<wxDialog*>(w);
            if (!dlg || !dlg->IsModal()) continue;
            seen = true;
            timer.Stop();
            inspect(dlg);
            dlg->EndModal(wxID_CANCEL);
            return;
        }
    });
    timer.Start(150);
    open();
    timer.Stop();
    settle();
    return seen;
}

}  // namespace assessa::gui::testing
