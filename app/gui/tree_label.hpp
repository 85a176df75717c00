#pragma once

#include <wx/dcclient.h>
#include <wx/treectrl.h>

namespace assessa::gui {

// A tree item's label that fits the tree's width: "code  title  state" with the title shortened
// ("…"), so that the code and the state stay visible. Items not laid out yet keep it whole.
inline wxString fit_tree_label(wxTreeCtrl* tree, const wxTreeItemId& item, const wxString& code,
                               const wxString& title, const wxString& state) {
    const wxString full = code + title + state;
    wxRect r;
    if (!tree->GetBoundingRect(item, r, true)) return full;
    const int room = tree->GetClientSize().x - r.x - tree->FromDIP(8);
    wxClientDC dc(tree);
    wxFont f = tree->GetFont();
    if (tree->IsBold(item)) f.MakeBold();
    dc.SetFont(f);
    if (room <= 0 || dc.GetTextExtent(full).x <= room) return full;
    const wxString ellipsis = wxString::FromUTF8("…");
    wxString shortened = title;
    while (!shortened.empty() && dc.GetTextExtent(code + shortened + ellipsis + state).x > room) shortened.RemoveLast();
    return code + shortened.Trim() + ellipsis + state;
}

}  // namespace assessa::gui
