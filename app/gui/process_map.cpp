#include "app/gui/process_map.hpp"

#include "app/gui/wx_text.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>

namespace assessa::gui {

namespace {

wxColour band_colour(ProcessKind k) {
    switch (k) {
    case ProcessKind::management: return {0xE8, 0xEE, 0xF7};
    case ProcessKind::core: return {0xE6, 0xF2, 0xE6};
    case ProcessKind::support: return {0xF5, 0xF0, 0xE4};
    }
    return *wxWHITE;
}

}  // namespace

ProcessMap::ProcessMap(wxWindow* parent, std::function<void(Id)> open)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL), open_(std::move(open)) {
    SetName(_("Process map"));
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(12));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        arrange();
        Refresh();
        e.Skip();
    });
    Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& e) {
        if (const auto id = process_at(CalcUnscrolledPosition(e.GetPosition()))) open_(*id);
    });
    Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        SetCursor(process_at(CalcUnscrolledPosition(e.GetPosition())) ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
        e.Skip();
    });
}

void ProcessMap::set(std::vector<Box> boxes) {
    boxes_ = std::move(boxes);
    arrange();
    Refresh();
}

// Bands one above the other, each as tall as its boxes need when they flow left to right.
void ProcessMap::arrange() {
    placed_.clear();
    bands_.clear();
    const int margin = FromDIP(8), gap = FromDIP(10);
    const int width = std::max(GetClientSize().x, FromDIP(240)) - 2 * margin;
    const int box_width = std::clamp((width - 4 * gap) / 3, FromDIP(110), FromDIP(190));  // three in a row
    wxClientDC dc(this);
    dc.SetFont(GetFont());
    const int line = dc.GetCharHeight();
    int y = margin;
    for (ProcessKind kind : all_process_kinds) {
        const int band_top = y;
        y += line + gap;  // the band's title
        int x = margin + gap, row_height = 0;
        for (std::size_t i = 0; i < boxes_.size(); ++i) {
            if (boxes_[i].kind != kind) continue;
            const wxString title = wrapped_text(this, GetFont().Bold(), boxes_[i].title, box_width - 2 * gap);
            const wxString owner = wrapped_text(this, boxes_[i].owner, box_width - 2 * gap);
            const int lines = static_cast<int>(title.Freq('\n') + owner.Freq('\n')) + 2;
            const int height = lines * line + 2 * gap;
            if (x + box_width > margin + width && x > margin + gap) {
                x = margin + gap;
                y += row_height + gap;
                row_height = 0;
            }
            placed_.push_back({wxRect(x, y, box_width, height), i, title, owner});
            x += box_width + gap;
            row_height = std::max(row_height, height);
        }
        if (row_height == 0) row_height = line;  // an empty band still shows
        y += row_height + gap;
        bands_.push_back({kind, wxRect(margin, band_top, width, y - band_top)});
        y += gap;
    }
    SetVirtualSize(-1, y);
}

wxRect ProcessMap::box_rect(Id id) const {
    for (const auto& p : placed_)
        if (boxes_[p.box].id == id) return p.rect;
    return {};
}

std::optional<Id> ProcessMap::process_at(const wxPoint& map_point) const {
    for (const auto& p : placed_)
        if (p.rect.Contains(map_point)) return boxes_[p.box].id;
    return std::nullopt;
}

void ProcessMap::paint() {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    dc.SetFont(GetFont());
    const int pad = FromDIP(10);
    for (const Band& b : bands_) {
        dc.SetPen(wxPen(band_colour(b.kind).ChangeLightness(80)));
        dc.SetBrush(wxBrush(band_colour(b.kind)));
        dc.DrawRoundedRectangle(b.rect, FromDIP(6));
        dc.SetFont(GetFont().Bold());
        dc.SetTextForeground(wxColour(0x33, 0x33, 0x33));
        dc.DrawText(u8(process_kind_label(b.kind)), b.rect.x + pad, b.rect.y + FromDIP(4));
    }
    for (const Placed& p : placed_) {
        dc.SetPen(wxPen(wxColour(0x55, 0x66, 0x77)));
        dc.SetBrush(*wxWHITE_BRUSH);
        dc.DrawRoundedRectangle(p.rect, FromDIP(4));
        const int title_lines = static_cast<int>(p.title.Freq('\n')) + 1;
        dc.SetFont(GetFont());
        const int line = dc.GetCharHeight();
        dc.SetTextForeground(wxColour(0x55, 0x55, 0x55));
        dc.DrawText(p.owner, p.rect.x + pad, p.rect.y + pad + title_lines * line);
        dc.SetFont(GetFont().Bold());
        dc.SetTextForeground(*wxBLACK);
        dc.DrawText(p.title, p.rect.x + pad, p.rect.y + pad);
    }
}

}  // namespace assessa::gui
