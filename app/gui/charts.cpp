#include "app/gui/charts.hpp"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

namespace assessa::gui {

namespace {

const wxColour consensus_colour(0x2e, 0x6d, 0xb4);
const wxColour member_colour(0xe0, 0x7b, 0x24);
const wxColour previous_colour(0x70, 0x70, 0x70);

std::unique_ptr<wxGraphicsContext> begin_paint(wxWindow* w, wxAutoBufferedPaintDC& dc) {
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    gc->SetFont(w->GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    return gc;
}

wxString number(double v) { return wxString::Format("%.0f", v); }

// Gridlines: every point of a short scale (1-5), else five steps (0, 20, ... 100).
std::vector<double> ticks(ChartScale s) {
    const int span = s.max - s.min;
    const int steps = span <= 10 ? std::max(1, span) : 5;
    std::vector<double> out;
    for (int i = 0; i <= steps; ++i) out.push_back(s.min + static_cast<double>(span) * i / steps);
    return out;
}

// Where `v` lies on the scale, from 0 at its minimum to 1 at its maximum.
double fraction(ChartScale s, double v) { return s.max > s.min ? (v - s.min) / (s.max - s.min) : 0; }

}  // namespace

StripChart::StripChart(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(320, 120)));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) { Refresh(); e.Skip(); });
}

void StripChart::set(std::vector<double> scores, std::optional<double> consensus, std::vector<int> band_starts,
                     ChartScale scale) {
    scores_ = std::move(scores);
    consensus_ = consensus;
    band_starts_ = std::move(band_starts);
    scale_ = scale;
    Refresh();
}

void StripChart::paint() {
    wxAutoBufferedPaintDC dc(this);
    auto gc = begin_paint(this, dc);
    const wxSize sz = GetClientSize();
    // Room for the labels in the chart's own font, which is large on a projector.
    double widest, text_h;
    gc->GetTextExtent("100", &widest, &text_h);
    const double margin = std::max<double>(FromDIP(20), widest / 2 + FromDIP(2));
    const double left = margin, right = sz.x - margin;
    const double axis_y = sz.y - text_h - FromDIP(8);
    const double dot = FromDIP(7);
    auto x_of = [&](double v) { return left + (right - left) * fraction(scale_, v); };

    // The bands as the panel states them (0-10, 11-30, ... 91-100): shaded alternately, with a
    // line and a label at each band's upper bound.
    std::vector<int> bounds{scale_.min};
    for (int b : band_starts_)
        if (b > scale_.min && b - 1 > bounds.back()) bounds.push_back(b - 1);
    if (bounds.back() < scale_.max) bounds.push_back(scale_.max);
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW).ChangeLightness(95)));
    for (std::size_t i = 1; i < bounds.size(); i += 2)
        gc->DrawRectangle(x_of(bounds[i - 1]), FromDIP(6), x_of(bounds[i]) - x_of(bounds[i - 1]), axis_y - FromDIP(6));
    gc->SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT), 1));
    gc->StrokeLine(left, axis_y, right, axis_y);
    for (int b : bounds) {
        const double x = x_of(b);
        gc->StrokeLine(x, FromDIP(6), x, axis_y + FromDIP(4));
    }
    // A label only where it does not run into another: both ends always, then the inner bounds
    // that leave a gap to the labels already placed (narrow charts drop "10" and "90" first).
    std::vector<std::pair<double, double>> placed;  // left and right edge of each label drawn
    auto place = [&](int b) {
        const wxString text = wxString::Format("%d", b);
        double w, h;
        gc->GetTextExtent(text, &w, &h);
        const double from = x_of(b) - w / 2, to = from + w, gap = FromDIP(4);
        for (const auto& [l, r] : placed)
            if (from < r + gap && to + gap > l) return;
        placed.emplace_back(from, to);
        gc->DrawText(text, from, axis_y + FromDIP(5));
    };
    place(bounds.front());
    place(bounds.back());
    for (std::size_t i = bounds.size() / 2, k = 0; k < bounds.size(); ++k) {
        // From the middle outwards, so that the labels lost are those crowded at the ends.
        const std::size_t at = k % 2 == 0 ? i + k / 2 : i - (k + 1) / 2;
        if (at < bounds.size()) place(bounds[at]);
    }

    std::map<int, int> stacked;
    gc->SetPen(wxPen(member_colour.ChangeLightness(70), 1));
    gc->SetBrush(wxBrush(member_colour));
    for (double v : scores_) {
        const int level = stacked[static_cast<int>(std::lround(v))]++;
        const double y = axis_y - dot - level * (dot * 1.6) - FromDIP(2);
        gc->DrawEllipse(x_of(v) - dot / 2, y, dot, dot);
    }
    if (!scores_.empty()) {
        double mean = 0;
        for (double v : scores_) mean += v;
        mean /= static_cast<double>(scores_.size());
        gc->SetPen(wxPen(*wxBLACK, FromDIP(2)));
        gc->StrokeLine(x_of(mean), axis_y - FromDIP(10), x_of(mean), axis_y + FromDIP(4));
    }
    if (consensus_) {
        const double x = x_of(*consensus_), s = FromDIP(7);
        wxGraphicsPath p = gc->CreatePath();
        p.MoveToPoint(x, axis_y - s);
        p.AddLineToPoint(x + s, axis_y);
        p.AddLineToPoint(x, axis_y + s);
        p.AddLineToPoint(x - s, axis_y);
        p.CloseSubpath();
        gc->SetPen(wxPen(*wxWHITE, 1));
        gc->SetBrush(wxBrush(consensus_colour));
        gc->FillPath(p);
        gc->StrokePath(p);
    }
}

ProfileChart::ProfileChart(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(360, 220)));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) { Refresh(); e.Skip(); });
}

void ProfileChart::set(std::vector<CriterionProfile> rows, ChartScale scale) {
    rows_ = std::move(rows);
    scale_ = scale;
    Refresh();
}

void ProfileChart::paint() {
    wxAutoBufferedPaintDC dc(this);
    auto gc = begin_paint(this, dc);
    const wxSize sz = GetClientSize();
    double tw, th;
    gc->GetTextExtent("100", &tw, &th);
    const double left = tw + FromDIP(10), right = sz.x - FromDIP(10);
    const double top = FromDIP(8), bottom = sz.y - th - FromDIP(10);
    auto y_of = [&](double v) { return bottom - (bottom - top) * fraction(scale_, v); };

    gc->SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_3DLIGHT), 1));
    for (double v : ticks(scale_)) {
        gc->StrokeLine(left, y_of(v), right, y_of(v));
        double w, h;
        gc->GetTextExtent(number(v), &w, &h);
        gc->DrawText(number(v), left - w - FromDIP(4), y_of(v) - h / 2);
    }
    if (rows_.empty()) return;
    const double slot = (right - left) / static_cast<double>(rows_.size());
    const double bar = slot * 0.45;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const auto& r = rows_[i];
        const double cx = left + slot * (static_cast<double>(i) + 0.5);
        if (r.consensus) {
            gc->SetPen(*wxTRANSPARENT_PEN);
            gc->SetBrush(wxBrush(consensus_colour.ChangeLightness(140)));
            gc->DrawRectangle(cx - bar / 2, y_of(*r.consensus), bar, bottom - y_of(*r.consensus));
            gc->SetPen(wxPen(consensus_colour, FromDIP(2)));
            gc->StrokeLine(cx - bar / 2, y_of(*r.consensus), cx + bar / 2, y_of(*r.consensus));
        }
        if (r.spread) {
            gc->SetPen(wxPen(member_colour, FromDIP(2)));
            gc->StrokeLine(cx, y_of(r.spread->min), cx, y_of(r.spread->max));
            gc->StrokeLine(cx - bar / 5, y_of(r.spread->min), cx + bar / 5, y_of(r.spread->min));
            gc->StrokeLine(cx - bar / 5, y_of(r.spread->max), cx + bar / 5, y_of(r.spread->max));
            gc->SetPen(wxPen(*wxBLACK, FromDIP(3)));
            gc->StrokeLine(cx - bar / 3, y_of(r.spread->mean), cx + bar / 3, y_of(r.spread->mean));
        }
        if (r.previous) {
            gc->SetPen(wxPen(previous_colour, FromDIP(2), wxPENSTYLE_SHORT_DASH));
            gc->SetBrush(*wxTRANSPARENT_BRUSH);
            const double s = FromDIP(5);
            gc->DrawEllipse(cx + bar / 2 - s, y_of(*r.previous) - s, 2 * s, 2 * s);
        }
        double w, h;
        gc->GetTextExtent(wxString::FromUTF8(r.code), &w, &h);
        gc->DrawText(wxString::FromUTF8(r.code), cx - w / 2, bottom + FromDIP(4));
        if (r.consensus) {
            // One decimal on a short scale, where 2.7 and 3.3 are far apart.
            const wxString v = scale_.max - scale_.min <= 10 ? wxString::Format("%.1f", *r.consensus) : number(*r.consensus);
            gc->GetTextExtent(v, &w, &h);
            if (w > slot - FromDIP(4)) continue;  // too large for its slot (the table lists the scores)
            const double y = std::max(top, y_of(*r.consensus) - h - FromDIP(2));
            gc->DrawText(v, cx - bar / 2 - w - FromDIP(2) > left ? cx - bar / 2 - w - FromDIP(2) : cx - w / 2, y);
        }
    }
}

RadarChart::RadarChart(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(300, 300)));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) { Refresh(); e.Skip(); });
}

void RadarChart::set(std::vector<CriterionProfile> rows, ChartScale scale) {
    rows_ = std::move(rows);
    scale_ = scale;
    Refresh();
}

void RadarChart::paint() {
    wxAutoBufferedPaintDC dc(this);
    auto gc = begin_paint(this, dc);
    if (rows_.size() < 3) return;
    const wxSize sz = GetClientSize();
    double tw, th;
    gc->GetTextExtent("10", &tw, &th);
    const double cx = sz.x / 2.0, cy = sz.y / 2.0;
    const double radius = std::max(10.0, std::min(sz.x, sz.y) / 2.0 - th * 1.8);
    const std::size_t n = rows_.size();
    // `at` is the distance from the centre (the scale's minimum) as a share of the radius.
    auto point = [&](std::size_t i, double at) {
        const double a = -M_PI / 2 + 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        return wxPoint2DDouble(cx + std::cos(a) * radius * at, cy + std::sin(a) * radius * at);
    };
    gc->SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_3DLIGHT), 1));
    gc->SetBrush(*wxTRANSPARENT_BRUSH);
    for (double tick : ticks(scale_)) {
        const double ring = fraction(scale_, tick);
        if (ring <= 0) continue;
        wxGraphicsPath p = gc->CreatePath();
        for (std::size_t i = 0; i < n; ++i) {
            const auto pt = point(i, ring);
            if (i == 0) p.MoveToPoint(pt);
            else p.AddLineToPoint(pt);
        }
        p.CloseSubpath();
        gc->StrokePath(p);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto end = point(i, 1);
        gc->StrokeLine(cx, cy, end.m_x, end.m_y);
        const auto label = point(i, 1 + th / radius);
        double w, h;
        gc->GetTextExtent(wxString::FromUTF8(rows_[i].code), &w, &h);
        gc->DrawText(wxString::FromUTF8(rows_[i].code), label.m_x - w / 2, label.m_y - h / 2);
    }
    auto polygon = [&](auto value_of, const wxPen& pen, const wxBrush& brush) {
        wxGraphicsPath p = gc->CreatePath();
        for (std::size_t i = 0; i < n; ++i) {
            const auto value = value_of(rows_[i]);
            const auto pt = point(i, value ? std::max(0.0, fraction(scale_, *value)) : 0);  // no score: at the centre
            if (i == 0) p.MoveToPoint(pt);
            else p.AddLineToPoint(pt);
        }
        p.CloseSubpath();
        gc->SetPen(pen);
        gc->SetBrush(brush);
        gc->DrawPath(p);
    };
    bool has_previous = false;
    for (const auto& r : rows_) has_previous = has_previous || r.previous.has_value();
    if (has_previous)
        polygon([](const CriterionProfile& r) { return r.previous; },
                wxPen(previous_colour, FromDIP(2), wxPENSTYLE_SHORT_DASH), *wxTRANSPARENT_BRUSH);
    polygon([](const CriterionProfile& r) { return r.consensus; }, wxPen(consensus_colour, FromDIP(2)),
            wxBrush(wxColour(consensus_colour.Red(), consensus_colour.Green(), consensus_colour.Blue(), 70)));
}

}  // namespace assessa::gui
