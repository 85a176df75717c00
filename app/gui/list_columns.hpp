#pragma once

#include <wx/listctrl.h>

#include <algorithm>

namespace assessa::gui {

// Widens each column of a report list to at least its heading's text (translated headings are
// often longer than the English ones the widths were chosen for).
inline void fit_column_headings(wxListView* list) {
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        wxListItem item;
        item.SetMask(wxLIST_MASK_TEXT);
        list->GetColumn(c, item);
        const int wanted = list->GetTextExtent(item.GetText()).x + list->FromDIP(20);
        if (list->GetColumnWidth(c) < wanted) list->SetColumnWidth(c, wanted);
    }
}

}  // namespace assessa::gui
