#pragma once

#include <wx/dcclient.h>
#include <wx/frame.h>
#include <wx/statusbr.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace assessa::gui {

// Gives every status bar field but the first the width of its text, so nothing is cut off;
// the first field takes what is left.
inline void fit_status_fields(wxStatusBar* bar) {
    if (!bar) return;
    const int n = bar->GetFieldsCount();
    std::vector<int> widths(static_cast<std::size_t>(n), -1);
    wxClientDC dc(bar);
    dc.SetFont(bar->GetFont());
    for (int i = 1; i < n; ++i) {
        const wxString text = bar->GetStatusText(i);
        int w = text.empty() ? 0 : dc.GetTextExtent(text).x + bar->FromDIP(24);
        if (i == n - 1 && w > 0) w += bar->FromDIP(20);  // the size grip
        widths[static_cast<std::size_t>(i)] = w;
    }
    // On a narrow window the texts share what the first field leaves; each is then shortened
    // with an ellipsis (its full text in the tooltip) instead of pushing the first field to a
    // negative width, which GTK cannot draw.
    int fixed = 0;
    for (int i = 1; i < n; ++i) fixed += widths[static_cast<std::size_t>(i)];
    const int room = std::max(0, bar->GetClientSize().x - bar->FromDIP(160));
    if (fixed > room && fixed > 0)
        for (int i = 1; i < n; ++i) {
            int& w = widths[static_cast<std::size_t>(i)];
            w = static_cast<int>(static_cast<long long>(w) * room / fixed);
        }
    bar->SetStatusWidths(n, widths.data());
}

// Keeps the fields fitted whenever their texts or the bar's width change, whoever sets them.
inline void keep_status_fields_fitted(wxFrame* frame) {
    auto texts = std::make_shared<std::vector<wxString>>();
    frame->Bind(wxEVT_IDLE, [frame, texts](wxIdleEvent& e) {
        e.Skip();
        wxStatusBar* bar = frame->GetStatusBar();
        if (!bar) return;
        std::vector<wxString> now;
        for (int i = 1; i < bar->GetFieldsCount(); ++i) now.push_back(bar->GetStatusText(i));
        now.push_back(wxString::Format("%d", bar->GetClientSize().x));
        if (now == *texts) return;
        *texts = std::move(now);
        fit_status_fields(bar);
    });
}

}  // namespace assessa::gui
