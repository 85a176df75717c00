#include "app/gui/plan_matrix.hpp"

#include "app/gui/wx_text.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

namespace assessa::gui {

namespace {

// Cells worth acting on first are green, those to leave for later grey-red.
wxColour cell_colour(int impact, int feasibility) {
    const int score = impact + feasibility;
    if (impact >= 4 && feasibility >= 4) return wxColour(205, 235, 205);
    if (impact >= 4) return wxColour(225, 238, 210);
    if (score >= 6) return wxColour(248, 243, 214);
    return wxColour(244, 226, 222);
}

}  // namespace

PlanMatrix::PlanMatrix(wxWindow* parent, Rerate rerate, std::function<void(Id)> open)
    : wxPanel(parent, wxID_ANY), rerate_(std::move(rerate)), open_(std::move(open)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        Refresh();
        e.Skip();
    });
    Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& e) {
        for (const auto& [rect, id] : labels_)
            if (rect.Contains(e.GetPosition())) {
                dragging_ = id;
                drag_at_ = e.GetPosition();
                CaptureMouse();
                SetCursor(wxCursor(wxCURSOR_HAND));
                return;
            }
    });
    Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& e) {
        if (!dragging_) return;
        const Id id = dragging_;
        dragging_ = 0;
        if (HasCapture()) ReleaseMouse();
        SetCursor(wxNullCursor);
        const auto [impact, feasibility] = cell_at(e.GetPosition());
        if (impact > 0) CallAfter([this, id, impact, feasibility] { drop(id, impact, feasibility); });
        Refresh();
    });
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) { dragging_ = 0; });
    Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        if (!dragging_) return;
        drag_at_ = e.GetPosition();
        Refresh();
    });
    Bind(wxEVT_LEFT_DCLICK, [this](wxMouseEvent& e) {
        for (const auto& [rect, id] : labels_)
            if (rect.Contains(e.GetPosition())) return open_(id);
    });
}

void PlanMatrix::set(const PlanViewData& data) {
    data_ = &data;
    Refresh();
}

bool PlanMatrix::drop(Id action_id, int impact, int feasibility) {
    const ImprovementAction* a = data_ ? data_->find(action_id) : nullptr;
    if (!a || (a->impact == impact && a->feasibility == feasibility)) return false;
    return rerate_(action_id, impact, feasibility);
}

wxRect PlanMatrix::grid_rect() const {
    const wxSize s = GetClientSize();
    const int left = FromDIP(90), bottom = FromDIP(56), top = FromDIP(12), right = FromDIP(12);
    return wxRect(left, top, std::max(10, s.x - left - right), std::max(10, s.y - top - bottom));
}

wxRect PlanMatrix::cell_rect(int impact, int feasibility) const {
    const wxRect g = grid_rect();
    const int x0 = g.x + g.width * (feasibility - 1) / 5, x1 = g.x + g.width * feasibility / 5;
    const int y0 = g.y + g.height * (5 - impact) / 5, y1 = g.y + g.height * (6 - impact) / 5;
    return wxRect(x0, y0, x1 - x0, y1 - y0);
}

std::pair<int, int> PlanMatrix::cell_at(const wxPoint& p) const {
    for (int impact = 1; impact <= 5; ++impact)
        for (int feasibility = 1; feasibility <= 5; ++feasibility)
            if (cell_rect(impact, feasibility).Contains(p)) return {impact, feasibility};
    return {0, 0};
}

wxRect PlanMatrix::label_rect(Id action_id) const {
    for (const auto& [rect, id] : labels_)
        if (id == action_id) return rect;
    return {};
}

void PlanMatrix::paint() {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    labels_.clear();
    if (!data_) return;
    dc.SetFont(GetFont());
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const ImpactFeasibilityMatrix m = impact_feasibility_matrix(data_->actions);
    const int line = dc.GetCharHeight() + FromDIP(2);
    for (int impact = 1; impact <= 5; ++impact)
        for (int feasibility = 1; feasibility <= 5; ++feasibility) {
            const wxRect r = cell_rect(impact, feasibility);
            dc.SetBrush(wxBrush(cell_colour(impact, feasibility)));
            dc.SetPen(wxPen(wxColour(160, 160, 160)));
            dc.DrawRectangle(r);
            const auto& ids = m.cells[static_cast<std::size_t>(impact - 1)][static_cast<std::size_t>(feasibility - 1)];
            const int fits = std::max(1, (r.height - FromDIP(6)) / line);
            const std::size_t chars = static_cast<std::size_t>(std::max(4, r.width / std::max(1, dc.GetCharWidth()) - 2));
            int y = r.y + FromDIP(3);
            dc.SetTextForeground(text);
            wxDCClipper clip(dc, r.Deflate(FromDIP(2), 0));
            if (ids.size() <= static_cast<std::size_t>(fits)) {
                for (Id id : ids) {
                    if (const ImprovementAction* a = data_->find(id)) dc.DrawText(short_label(*a, chars), r.x + FromDIP(4), y);
                    labels_.push_back({wxRect(r.x + FromDIP(2), y, r.width - FromDIP(4), line), id});
                    y += line;
                }
                continue;
            }
            // A crowded cell shows the codes only, side by side, each still draggable.
            int x = r.x + FromDIP(4);
            for (Id id : ids) {
                const ImprovementAction* a = data_->find(id);
                if (!a) continue;
                const wxString code = u8(a->code);
                const int w = dc.GetTextExtent(code).x + FromDIP(8);
                if (x + w > r.GetRight() && x > r.x + FromDIP(4)) {
                    x = r.x + FromDIP(4);
                    y += line;
                }
                dc.DrawText(code, x, y);
                labels_.push_back({wxRect(x - FromDIP(2), y, w, line), id});
                x += w;
            }
        }
    // Axes
    dc.SetTextForeground(text);
    const wxRect g = grid_rect();
    for (int v = 1; v <= 5; ++v) {
        const wxRect row = cell_rect(v, 1), col = cell_rect(1, v);
        const wxString n = wxString::Format("%d", v);
        const wxSize ts = dc.GetTextExtent(n);
        dc.DrawText(n, g.x - ts.x - FromDIP(6), row.y + (row.height - ts.y) / 2);
        dc.DrawText(n, col.x + (col.width - ts.x) / 2, g.GetBottom() + FromDIP(4));
    }
    wxFont bold = GetFont().Bold();
    dc.SetFont(bold);
    const wxString feasibility = _("Feasibility (1 hard – 5 easy) →");
    const wxSize fs = dc.GetTextExtent(feasibility);
    dc.DrawText(feasibility, g.x + (g.width - fs.x) / 2, g.GetBottom() + FromDIP(8) + line);
    const wxString impact = _("Impact →");
    const wxSize is = dc.GetTextExtent(impact);
    dc.DrawRotatedText(impact, FromDIP(16), g.y + (g.height + is.x) / 2, 90);
    if (dragging_) {
        if (const ImprovementAction* a = data_->find(dragging_)) {
            const wxString label = short_label(*a, 24);
            const wxSize ls = dc.GetTextExtent(label);
            dc.SetBrush(wxBrush(wxColour(255, 255, 220)));
            dc.SetPen(wxPen(wxColour(80, 80, 80)));
            dc.DrawRectangle(drag_at_.x + FromDIP(8), drag_at_.y, ls.x + FromDIP(8), ls.y + FromDIP(4));
            dc.DrawText(label, drag_at_.x + FromDIP(12), drag_at_.y + FromDIP(2));
        }
    }
}

}  // namespace assessa::gui
