#include "exports/report/plan_data.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace assessa::report {

using namespace pdf;

namespace {

Color status_color(ActionStatus s) {
    switch (s) {
        case ActionStatus::planned: return {0.45, 0.62, 0.82};
        case ActionStatus::in_progress: return {0.20, 0.45, 0.70};
        case ActionStatus::done: return {0.30, 0.62, 0.38};
        case ActionStatus::postponed: return {0.90, 0.62, 0.25};
        case ActionStatus::cancelled: return {0.70, 0.70, 0.72};
    }
    return colors::accent;
}

struct Timeline {
    double x0 = 0, width = 0;
    long first = 0, days = 1;
    double at(const CalendarDate& date) const {
        const double f = static_cast<double>(date.days_since_epoch() - first) / static_cast<double>(days);
        return x0 + width * std::clamp(f, 0.0, 1.0);
    }
};

void header(Document& doc, const std::vector<Quarter>& quarters, const Timeline& tl, const std::string& action_label,
            const std::string& lang) {
    const double row = 14;
    const double top = doc.cursor();
    doc.fill_rect(doc.left(), top - 2 * row, doc.content_width(), 2 * row, colors::accent);
    const Style year_style{8, Weight::bold, colors::white};
    const Style q_style{7, Weight::regular, colors::white};
    for (std::size_t i = 0; i < quarters.size(); ++i) {
        const auto& q = quarters[i];
        const double x1 = tl.at(q.first), x2 = tl.at(q.last.plus_days(1));
        // A quarter cut short by the plan's start may be too narrow for its name: then the number alone.
        std::string label = format_quarter_short(q.number, lang);
        if (doc.text_width(label, q_style) > x2 - x1 - 2) label = std::to_string(q.number);
        if (doc.text_width(label, q_style) <= x2 - x1) doc.draw_text((x1 + x2) / 2, top - 2 * row + 4, label, q_style, Align::center);
        doc.line(x1, top - 2 * row, x1, top - (q.number == 1 ? 0 : row), colors::white, 0.5);
        if (q.number == 1 || i == 0) {
            auto last = i;
            while (last + 1 < quarters.size() && quarters[last + 1].year == q.year) ++last;
            doc.draw_text((x1 + tl.at(quarters[last].last.plus_days(1))) / 2, top - row + 4, format_year(q.year, lang), year_style,
                          Align::center);
        }
    }
    doc.draw_text(doc.left() + 4, top - 2 * row + 4, action_label, {8, Weight::bold, colors::white});
    doc.move_down(2 * row);
}

}  // namespace

void write_gantt(Document& doc, const PlanData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Timeline"), Orientation::landscape);
    const auto quarters = plan_quarters(d.plan);
    const auto start = CalendarDate::parse(d.plan.starts_on);
    const auto end = d.plan.ends_on();
    if (quarters.empty() || !start || !end) {
        doc.paragraph(t.tr("The plan has no valid start date."));
        return;
    }
    const double label_w = 250;
    Timeline tl;
    tl.x0 = doc.left() + label_w;
    tl.width = doc.content_width() - label_w;
    tl.first = quarters.front().first.days_since_epoch();
    tl.days = std::max(1L, quarters.back().last.plus_days(1).days_since_epoch() - tl.first);

    doc.paragraph(t.tr("Actions by quarter, grouped by the leading department. The bar runs from the start to the due "
                       "date; its darker part shows the progress reported; diamonds are milestones (filled when done)."),
                  {8.5, Weight::regular, colors::muted});
    header(doc, quarters, tl, t.tr("Action"), d.lang());

    const Style group_style{8.5, Weight::bold, colors::accent};
    const Style label{7.6, Weight::regular, colors::text};
    const double row_h = 15;
    std::vector<std::optional<Id>> groups;
    for (const auto& dep : d.departments) groups.push_back(dep.id);
    groups.push_back(std::nullopt);
    for (const auto& group : groups) {
        std::vector<const ImprovementAction*> rows;
        for (const auto& a : d.actions)
            if (a.lead_department == group) rows.push_back(&a);
        if (rows.empty()) continue;
        if (!doc.fits(row_h * 2 + 2)) {
            doc.add_page(Orientation::landscape);
            header(doc, quarters, tl, t.tr("Action"), d.lang());
        }
        const Department* dep = group ? d.department(*group) : nullptr;
        doc.fill_rect(doc.left(), doc.cursor() - row_h, doc.content_width(), row_h, colors::accent_light);
        doc.draw_text(doc.left() + 4, doc.cursor() - row_h + 4.5,
                      dep ? dep->name + " (" + dep->code + ")" : std::string(t.tr("No leading department")), group_style);
        doc.move_down(row_h);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& a = *rows[i];
            if (!doc.fits(row_h)) {
                doc.add_page(Orientation::landscape);
                header(doc, quarters, tl, t.tr("Action"), d.lang());
            }
            const double top = doc.cursor();
            if (i % 2 == 1) doc.fill_rect(doc.left(), top - row_h, doc.content_width(), row_h, colors::shade);
            for (const auto& q : quarters)
                doc.line(tl.at(q.first), top, tl.at(q.first), top - row_h, q.number == 1 ? colors::rule : Color{0.88, 0.89, 0.91}, 0.4);
            auto lines = doc.wrap(a.title, label_w - 44, label);
            std::string title = lines.front() + (lines.size() > 1 ? "…" : "");
            doc.draw_text(doc.left() + 4, top - row_h + 4.5, a.code, {7.6, Weight::bold, colors::text});
            doc.draw_text(doc.left() + 40, top - row_h + 4.5, title, label);
            const auto s = CalendarDate::parse(a.starts_on);
            const auto e = CalendarDate::parse(a.due_on);
            if (s && e) {
                const double x1 = tl.at(*s), x2 = std::max(tl.at(e->plus_days(1)), x1 + 2);
                const Color c = status_color(a.status);
                doc.fill_rect(x1, top - row_h + 3.5, x2 - x1, row_h - 7, a.status == ActionStatus::in_progress ? colors::accent_light : c);
                if (a.status == ActionStatus::in_progress && a.progress > 0)
                    doc.fill_rect(x1, top - row_h + 3.5, (x2 - x1) * a.progress / 100.0, row_h - 7, c);
                for (const auto& m : a.milestones)
                    if (auto due = CalendarDate::parse(m.due_on)) {
                        const double mx = tl.at(*due), my = top - row_h / 2;
                        doc.polygon({{mx, my + 4}, {mx + 4, my}, {mx, my - 4}, {mx - 4, my}},
                                    m.done ? std::optional<Color>(colors::text) : std::optional<Color>(colors::white), colors::text, 0.7);
                    }
            }
            doc.move_down(row_h);
        }
    }
    if (auto today = CalendarDate::parse(d.s.date); today && *today >= quarters.front().first && *today <= quarters.back().last)
        doc.draw_text(doc.left(), doc.cursor() - 12, t.trf("Status as reported on {}.", d.s.long_date(d.s.date)), {7.5, Weight::regular, colors::muted});
    // Legend.
    doc.ensure(30);
    doc.move_down(28);
    double x = doc.left();
    const Style ls{7.5, Weight::regular, colors::muted};
    for (auto st : all_action_statuses) {
        doc.fill_rect(x, doc.cursor() - 1, 16, 7, status_color(st));
        doc.draw_text(x + 20, doc.cursor(), action_status_label(st, t), ls);
        x += 20 + doc.text_width(action_status_label(st, t), ls) + 16;
    }
    doc.move_down(10);
}

}  // namespace assessa::report
