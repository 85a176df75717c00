#include "app/gui/plan_timeline.hpp"

#include "app/gui/wx_text.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <cmath>

namespace assessa::gui {

namespace {

wxColour status_colour(ActionStatus s) {
    switch (s) {
    case ActionStatus::planned: return wxColour(120, 160, 210);
    case ActionStatus::in_progress: return wxColour(70, 130, 200);
    case ActionStatus::done: return wxColour(90, 170, 100);
    case ActionStatus::postponed: return wxColour(220, 170, 80);
    case ActionStatus::cancelled: return wxColour(170, 170, 170);
    }
    return *wxBLUE;
}

}  // namespace

PlanTimeline::PlanTimeline(wxWindow* parent, Shift shift, std::function<void(Id)> open)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL),
      shift_(std::move(shift)), open_(std::move(open)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(10));
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        Refresh();
        e.Skip();
    });
    Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& e) {
        const wxPoint p = CalcUnscrolledPosition(e.GetPosition());
        if (Id id = bar_at(p)) {
            dragging_ = id;
            drag_from_ = p.x;
            drag_dx_ = 0;
            CaptureMouse();
            SetCursor(wxCursor(wxCURSOR_SIZEWE));
        }
    });
    Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        if (!dragging_) return;
        drag_dx_ = CalcUnscrolledPosition(e.GetPosition()).x - drag_from_;
        Refresh();
    });
    Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& e) {
        if (!dragging_) return;
        const Id id = dragging_;
        const long days = days_for(drag_dx_, e.ShiftDown());
        dragging_ = 0;
        drag_dx_ = 0;
        if (HasCapture()) ReleaseMouse();
        SetCursor(wxNullCursor);
        Refresh();
        if (days != 0) CallAfter([this, id, days] { move_bar(id, days); });
    });
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) { dragging_ = 0; });
    Bind(wxEVT_LEFT_DCLICK, [this](wxMouseEvent& e) {
        if (Id id = bar_at(CalcUnscrolledPosition(e.GetPosition()))) open_(id);
    });
}

void PlanTimeline::set(const PlanViewData& data) {
    data_ = &data;
    layout_rows();
    Refresh();
}

void PlanTimeline::layout_rows() {
    rows_.clear();
    const PlanViewData& d = *data_;
    auto add_group = [&](const wxString& heading, std::optional<Id> lead) {
        std::vector<Row> actions;
        for (const auto& a : d.actions)
            if (a.lead_department == lead) actions.push_back({a.id, short_label(a, 26)});
        if (actions.empty()) return;
        rows_.push_back({0, heading});
        rows_.insert(rows_.end(), actions.begin(), actions.end());
    };
    for (const auto& dep : d.departments) add_group(u8(dep.code) + " – " + u8(dep.name), dep.id);
    add_group(_("No leading department"), std::nullopt);
    const int row_h = GetCharHeight() + FromDIP(8);
    SetVirtualSize(-1, FromDIP(50) + row_h * static_cast<int>(rows_.size()) + FromDIP(10));
}

int PlanTimeline::x_of(const CalendarDate& d) const {
    const int left = FromDIP(230), right = FromDIP(12);
    const int width = std::max(100, GetClientSize().x - left - right);
    const CalendarDate start = *CalendarDate::parse(data_->plan->starts_on);
    const long total = days_between(start, *data_->plan->ends_on()) + 1;
    return left + static_cast<int>(std::lround(static_cast<double>(width) * days_between(start, d) / total));
}

long PlanTimeline::days_for(int dx, bool by_days) const {
    if (!data_ || !data_->plan || !data_->plan->ends_on()) return 0;
    const CalendarDate start = *CalendarDate::parse(data_->plan->starts_on);
    const double px_per_day = static_cast<double>(x_of(start.plus_days(1000)) - x_of(start)) / 1000.0;
    const double days = dx / std::max(0.01, px_per_day);
    return by_days ? std::lround(days) : 7 * std::lround(days / 7.0);
}

bool PlanTimeline::move_bar(Id action_id, long days) {
    if (!data_ || !data_->find(action_id) || days == 0) return false;
    return shift_(action_id, days);
}

wxRect PlanTimeline::bar_rect(Id action_id) const {
    if (!data_ || !data_->plan || !data_->plan->ends_on()) return {};
    const int row_h = GetCharHeight() + FromDIP(8);
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].action != action_id) continue;
        const ImprovementAction* a = data_->find(action_id);
        const auto s = CalendarDate::parse(a->starts_on), e = CalendarDate::parse(a->due_on);
        if (!s || !e) return {};
        const int x0 = x_of(*s), x1 = std::max(x0 + 3, x_of(e->plus_days(1)));
        return wxRect(x0, FromDIP(50) + row_h * static_cast<int>(i) + FromDIP(3), x1 - x0, row_h - FromDIP(6));
    }
    return {};
}

Id PlanTimeline::bar_at(const wxPoint& p) const {
    for (const auto& row : rows_)
        if (row.action && bar_rect(row.action).Contains(p)) return row.action;
    return 0;
}

void PlanTimeline::paint() {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    if (!data_ || !data_->plan || !data_->plan->ends_on()) {
        dc.DrawText(_("The plan has no start and horizon yet."), FromDIP(10), FromDIP(10));
        return;
    }
    dc.SetFont(GetFont());
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    dc.SetTextForeground(text);
    const int row_h = GetCharHeight() + FromDIP(8);
    const int top = FromDIP(50);
    const int bottom = top + row_h * static_cast<int>(rows_.size());
    const CalendarDate end = *data_->plan->ends_on();

    // Quarters: alternate shading, quarter and year labels.
    const auto quarters = plan_quarters(*data_->plan);
    for (std::size_t i = 0; i < quarters.size(); ++i) {
        const Quarter& q = quarters[i];
        const int x0 = x_of(std::max(q.first, *CalendarDate::parse(data_->plan->starts_on)));
        const int x1 = x_of(std::min(q.last, end).plus_days(1));
        if (i % 2 == 0) {
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(wxColour(243, 245, 248)));
            dc.DrawRectangle(x0, top, x1 - x0, bottom - top);
        }
        dc.SetPen(wxPen(wxColour(200, 200, 200)));
        dc.DrawLine(x0, FromDIP(24), x0, bottom);
        const wxString label = wxString::Format(_("Q%d"), q.number);
        dc.DrawText(label, x0 + (x1 - x0 - dc.GetTextExtent(label).x) / 2, FromDIP(28));
        if (q.number == 1 || i == 0) {
            dc.SetFont(GetFont().Bold());
            dc.DrawText(wxString::Format("%d", q.year), x0 + FromDIP(4), FromDIP(4));
            dc.SetFont(GetFont());
            dc.SetPen(wxPen(wxColour(120, 120, 120)));
            dc.DrawLine(x0, 0, x0, bottom);
        }
    }

    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const Row& row = rows_[i];
        const int y = top + row_h * static_cast<int>(i);
        if (!row.action) {
            dc.SetFont(GetFont().Bold());
            dc.DrawText(row.label, FromDIP(6), y + FromDIP(4));
            dc.SetFont(GetFont());
            dc.SetPen(wxPen(wxColour(180, 180, 180)));
            dc.DrawLine(0, y, GetClientSize().x, y);
            continue;
        }
        dc.DrawText(row.label, FromDIP(16), y + FromDIP(4));
        const ImprovementAction* a = data_->find(row.action);
        wxRect r = bar_rect(row.action);
        if (!a || r.IsEmpty()) continue;
        if (row.action == dragging_) r.x += drag_dx_;
        const wxColour c = status_colour(a->status);
        dc.SetPen(wxPen(c.ChangeLightness(70)));
        dc.SetBrush(wxBrush(c.ChangeLightness(150)));
        dc.DrawRectangle(r);
        dc.SetBrush(wxBrush(c));
        dc.DrawRectangle(r.x, r.y, std::max(0, r.width * a->progress / 100), r.height);
        const int shift = row.action == dragging_ ? drag_dx_ : 0;
        for (const auto& m : a->milestones) {
            const auto md = CalendarDate::parse(m.due_on);
            if (!md) continue;
            const int mx = x_of(*md) + shift, my = r.y + r.height / 2, h = r.height / 2 + FromDIP(1);
            const wxPoint diamond[] = {{mx, my - h}, {mx + h, my}, {mx, my + h}, {mx - h, my}};
            dc.SetPen(wxPen(wxColour(40, 40, 40)));
            dc.SetBrush(wxBrush(m.done ? wxColour(40, 40, 40) : wxColour(255, 215, 0)));
            dc.DrawPolygon(4, diamond);
        }
    }

    if (const auto today = CalendarDate::parse(now_utc().substr(0, 10));
        today && *today >= *CalendarDate::parse(data_->plan->starts_on) && *today <= end) {
        const int x = x_of(*today);
        dc.SetPen(wxPen(wxColour(200, 30, 30), FromDIP(2)));
        dc.DrawLine(x, FromDIP(24), x, bottom);
        dc.SetTextForeground(wxColour(200, 30, 30));
        dc.DrawText(_("today"), x + FromDIP(3), FromDIP(4));
    }
    // Legend, in the corner above the action titles.
    const std::pair<ActionStatus, int> legend[] = {{ActionStatus::planned, 0}, {ActionStatus::in_progress, 1},
                                                   {ActionStatus::done, 2}, {ActionStatus::postponed, 3}};
    for (const auto& [status, i] : legend) {
        const int lx = FromDIP(6) + (i % 2) * FromDIP(110), ly = FromDIP(4) + (i / 2) * FromDIP(20);
        dc.SetPen(wxPen(status_colour(status).ChangeLightness(70)));
        // A small bar half done, drawn as the bars are.
        dc.SetBrush(wxBrush(status_colour(status).ChangeLightness(150)));
        dc.DrawRectangle(lx, ly + FromDIP(3), FromDIP(14), FromDIP(10));
        dc.SetBrush(wxBrush(status_colour(status)));
        dc.DrawRectangle(lx, ly + FromDIP(3), FromDIP(7), FromDIP(10));
        dc.SetTextForeground(text);
        dc.DrawText(u8(action_status_label(status)), lx + FromDIP(18), ly);
    }
    if (dragging_) {
        const long days = days_for(drag_dx_, wxGetKeyState(WXK_SHIFT));
        const wxString hint = wxString::Format(wxPLURAL("%+ld day", "%+ld days", std::labs(days)), days);
        dc.SetTextForeground(text);
        const wxRect r = bar_rect(dragging_);
        dc.DrawText(hint, r.x + drag_dx_, r.y - row_h / 2);
    }
}

}  // namespace assessa::gui
