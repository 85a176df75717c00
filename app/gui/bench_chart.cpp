#include "app/gui/bench_chart.hpp"

#include <wx/control.h>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <algorithm>
#include <memory>

namespace assessa::gui {

namespace {

const wxColour box_colour(0xc9, 0xdb, 0xef);
const wxColour line_colour(0x2e, 0x4d, 0x74);
const wxColour own_colour(0xd9, 0x5f, 0x0e);

}  // namespace

BenchChart::BenchChart(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(360, 60)));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) { Refresh(); e.Skip(); });
}

// Each row: the criterion and where the organisation stands on one line, the box plot below
// it across the whole width, so that nothing is cut in a narrow page or a projector's font.
int BenchChart::row_height() const {
    return GetCharHeight() * 5 / 2 + FromDIP(6);
}

void BenchChart::set(std::vector<Row> rows) {
    rows_ = std::move(rows);
    SetMinSize(wxSize(FromDIP(300), GetCharHeight() * 3 / 2 + row_height() * static_cast<int>(rows_.size())));
    // A long criterion title may be shortened in its line: the tooltip has every row whole.
    wxString tip;
    for (const Row& r : rows_) tip += r.label + ": " + r.position + "\n";
    SetToolTip(tip.Trim());
    InvalidateBestSize();
    Refresh();
}

void BenchChart::paint() {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    dc.SetFont(GetFont());
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    gc->SetFont(GetFont(), text);
    const wxSize sz = GetClientSize();
    const double pad = FromDIP(8), line = GetCharHeight();
    const double left = pad + FromDIP(12), right = sz.x - pad - FromDIP(12);
    if (right - left < FromDIP(60)) return;
    auto x_of = [&](double v) { return left + (right - left) * v / 100.0; };
    const double axis = line * 3 / 2;
    double tw, th;
    gc->SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_3DLIGHT), 1));
    for (int v = 0; v <= 100; v += 20) {
        gc->StrokeLine(x_of(v), axis - FromDIP(2), x_of(v), sz.y);
        const wxString s = wxString::Format("%d", v);
        gc->GetTextExtent(s, &tw, &th);
        gc->DrawText(s, x_of(v) - tw / 2, (axis - th) / 2);
    }
    const int rh = row_height();
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const Row& r = rows_[i];
        const double top = axis + rh * static_cast<double>(i);
        double pw, ph;
        gc->GetTextExtent(r.position, &pw, &ph);
        const int label_room = static_cast<int>(sz.x - 2 * pad - pw - FromDIP(16));
        const wxString label = wxControl::Ellipsize(r.label, dc, wxELLIPSIZE_END, std::max(0, label_room));
        gc->DrawText(label, pad, top);
        gc->DrawText(r.position, sz.x - pad - pw, top);
        const double mid = top + line + (rh - line) / 2.0, half = (rh - line) * 0.28;
        if (r.network) {
            const Distribution& d = *r.network;
            gc->SetPen(wxPen(line_colour, FromDIP(1)));
            gc->StrokeLine(x_of(d.min), mid, x_of(d.q1), mid);
            gc->StrokeLine(x_of(d.q3), mid, x_of(d.max), mid);
            gc->StrokeLine(x_of(d.min), mid - half / 2, x_of(d.min), mid + half / 2);
            gc->StrokeLine(x_of(d.max), mid - half / 2, x_of(d.max), mid + half / 2);
            gc->SetBrush(wxBrush(box_colour));
            gc->DrawRectangle(x_of(d.q1), mid - half, std::max(1.0, x_of(d.q3) - x_of(d.q1)), 2 * half);
            gc->SetPen(wxPen(line_colour, FromDIP(2)));
            gc->StrokeLine(x_of(d.median), mid - half, x_of(d.median), mid + half);
        }
        if (r.own) {
            const double x = x_of(*r.own), s = half * 1.1;
            wxGraphicsPath p = gc->CreatePath();
            p.MoveToPoint(x, mid - s);
            p.AddLineToPoint(x + s, mid);
            p.AddLineToPoint(x, mid + s);
            p.AddLineToPoint(x - s, mid);
            p.CloseSubpath();
            gc->SetPen(wxPen(own_colour, FromDIP(2)));
            gc->SetBrush(*wxWHITE_BRUSH);
            gc->FillPath(p);
            gc->StrokePath(p);
        }
    }
}

}  // namespace assessa::gui
