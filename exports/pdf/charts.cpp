#include "exports/pdf/charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace assessa::pdf {

namespace {

constexpr Color bar_color{0.20, 0.45, 0.70};
constexpr Color bar_strong{0.07, 0.28, 0.50};
constexpr Color whisker{0.25, 0.25, 0.28};
constexpr Color mean_color{0.85, 0.40, 0.10};
constexpr Color previous_color{0.45, 0.45, 0.48};
constexpr Color grid{0.82, 0.84, 0.87};

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

void diamond(Document& doc, double x, double y, double r, Color c) {
    doc.polygon({{x, y + r}, {x + r, y}, {x, y - r}, {x - r, y}}, colors::white, c, 0.9);
}

struct Axis {
    double x0, width, lo, hi;
    double at(double v) const { return x0 + width * clamp01((v - lo) / (hi - lo)); }
};

void draw_scale(Document& doc, const ProfileChart& chart, const Axis& axis) {
    const Style s{7, Weight::regular, colors::muted};
    doc.move_down(10);
    std::vector<double> ticks = {chart.scale_min};
    ticks.insert(ticks.end(), chart.gridlines.begin(), chart.gridlines.end());
    ticks.push_back(chart.scale_max);
    for (double t : ticks) doc.draw_text(axis.at(t), doc.cursor() + 2, fmt::format("{:g}", t), s, Align::center);
    doc.move_down(3);
}

void legend(Document& doc, const ProfileChart& chart, double x) {
    const Style s{7.5, Weight::regular, colors::muted};
    doc.ensure(16);
    doc.move_down(14);
    const double y = doc.cursor() + 3;
    doc.fill_rect(x, y - 3, 14, 6, bar_color);
    x += 18;
    doc.draw_text(x, y - 2.5, chart.legend_value, s);
    x += doc.text_width(chart.legend_value, s) + 14;
    doc.line(x, y, x + 14, y, whisker, 0.8);
    doc.line(x, y - 3, x, y + 3, whisker, 0.8);
    doc.line(x + 14, y - 3, x + 14, y + 3, whisker, 0.8);
    x += 18;
    doc.draw_text(x, y - 2.5, chart.legend_range, s);
    x += doc.text_width(chart.legend_range, s) + 14;
    doc.line(x + 3, y - 5, x + 3, y + 5, mean_color, 1.6);
    x += 9;
    doc.draw_text(x, y - 2.5, chart.legend_mean, s);
    x += doc.text_width(chart.legend_mean, s) + 14;
    if (!chart.legend_previous.empty()) {
        diamond(doc, x + 4, y, 3.2, previous_color);
        x += 11;
        doc.draw_text(x, y - 2.5, chart.legend_previous, s);
    }
    doc.move_down(6);
}

}  // namespace

void draw_profile(Document& doc, const ProfileChart& chart) {
    const double label_w = doc.content_width() * 0.42;
    const double value_w = 34;
    const Axis axis{doc.left() + label_w + 6, doc.content_width() - label_w - 6 - value_w, chart.scale_min, chart.scale_max};
    const Style label{7.8, Weight::regular, colors::text};
    const Style strong_label{8.2, Weight::bold, colors::text};

    doc.ensure(60);
    draw_scale(doc, chart, axis);
    for (const auto& row : chart.rows) {
        const Style& ls = row.strong ? strong_label : label;
        auto lines = doc.wrap(row.label, label_w - 10, ls);
        if (lines.size() > 2) {
            lines.resize(2);
            lines.back() += "…";
        }
        const double h = std::max(row.strong ? 17.0 : 14.0, static_cast<double>(lines.size()) * Document::leading(ls) + 3);
        if (!doc.fits(h)) {
            doc.add_page(doc.orientation());
            draw_scale(doc, chart, axis);
        }
        const double top = doc.cursor();
        const double mid = top - h / 2;
        if (row.strong) doc.fill_rect(doc.left(), top - h, doc.content_width(), h, colors::shade);
        double base = mid + (static_cast<double>(lines.size()) * Document::leading(ls)) / 2 - ls.size;
        for (const auto& l : lines) {
            doc.draw_text(doc.left() + 2, base, l, ls);
            base -= Document::leading(ls);
        }
        for (double g : chart.gridlines) doc.line(axis.at(g), top, axis.at(g), top - h, grid, 0.5);
        doc.line(axis.at(chart.scale_min), top, axis.at(chart.scale_min), top - h, colors::rule, 0.6);
        const double bar_h = row.strong ? 8 : 6;
        if (row.value)
            doc.fill_rect(axis.at(chart.scale_min), mid - bar_h / 2, axis.at(*row.value) - axis.at(chart.scale_min), bar_h,
                          row.strong ? bar_strong : bar_color);
        if (row.range) {
            const double x1 = axis.at(row.range->min), x2 = axis.at(row.range->max);
            doc.line(x1, mid, x2, mid, whisker, 0.8);
            doc.line(x1, mid - 3, x1, mid + 3, whisker, 0.8);
            doc.line(x2, mid - 3, x2, mid + 3, whisker, 0.8);
            doc.line(axis.at(row.range->mean), mid - 5, axis.at(row.range->mean), mid + 5, mean_color, 1.6);
        }
        if (row.previous) diamond(doc, axis.at(*row.previous), mid, 3.2, previous_color);
        doc.draw_text(doc.right(), mid - ls.size * 0.35, row.value_text, ls, Align::right);
        doc.move_down(h);
    }
    legend(doc, chart, doc.left() + label_w + 6);
}

void draw_radar(Document& doc, const RadarChart& chart, double height) {
    doc.ensure(height);
    const double cx = doc.left() + doc.content_width() / 2;
    const double radius = height / 2 - 34;
    const double cy = doc.cursor() - height / 2 + 6;
    const std::size_t n = chart.labels.size();
    if (n < 3) return;
    const double span = chart.scale_max - chart.scale_min;
    if (span <= 0) return;
    auto point = [&](std::size_t i, double v) {
        const double angle = std::numbers::pi / 2 - 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        const double rr = radius * std::max(0.0, (v - chart.scale_min) / span);
        return std::pair{cx + rr * std::cos(angle), cy + rr * std::sin(angle)};
    };
    // A ring per point of a short scale (1-5: rings at 2, 3, 4, 5), else five rings (0-100: 20, 40...).
    const int rings = span <= 10 && span == std::floor(span) ? static_cast<int>(span) : 5;
    for (int ring = 1; ring <= rings; ++ring) {
        const double v = chart.scale_min + span * ring / rings;
        std::vector<std::pair<double, double>> pts;
        for (std::size_t i = 0; i < n; ++i) pts.push_back(point(i, v));
        doc.polygon(pts, std::nullopt, grid, 0.5);
        const auto p = point(0, v);
        doc.draw_text(p.first + 3, p.second - 8, fmt::format("{:g}", v), {6.5, Weight::regular, colors::muted});
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto p = point(i, chart.scale_max);
        doc.line(cx, cy, p.first, p.second, grid, 0.5);
    }
    auto shape = [&](const std::vector<std::optional<double>>& values) {
        std::vector<std::pair<double, double>> pts;
        for (std::size_t i = 0; i < n; ++i)
            pts.push_back(point(i, i < values.size() && values[i] ? *values[i] : chart.scale_min));
        return pts;
    };
    doc.polygon(shape(chart.current), colors::accent_light, bar_strong, 1.4);
    if (!chart.previous.empty()) {
        const auto pts = shape(chart.previous);
        for (std::size_t i = 0; i < n; ++i) {
            const auto& a = pts[i];
            const auto& b = pts[(i + 1) % n];
            doc.line(a.first, a.second, b.first, b.second, previous_color, 1.0, true);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto p = point(i, chart.current.size() > i && chart.current[i] ? *chart.current[i] : chart.scale_min);
        doc.circle(p.first, p.second, 2.2, bar_strong);
    }
    const Style ls{7.5, Weight::regular, colors::text};
    for (std::size_t i = 0; i < n; ++i) {
        const auto p = point(i, chart.scale_max + span * 0.1);
        const double dx = p.first - cx;
        const Align a = std::abs(dx) < 5 ? Align::center : dx > 0 ? Align::left : Align::right;
        auto lines = doc.wrap(chart.labels[i], 110, ls);
        if (lines.size() > 3) lines.resize(3);
        double y = p.second - 3;
        if (p.second > cy + 5) y += (static_cast<double>(lines.size()) - 1) * Document::leading(ls) + 5;
        else if (std::abs(p.second - cy) <= 5) y += (static_cast<double>(lines.size()) - 1) * Document::leading(ls) / 2;
        for (const auto& l : lines) {
            doc.draw_text(p.first, y, l, ls, a);
            y -= Document::leading(ls);
        }
    }
    // Legend under the chart.
    const Style s{7.5, Weight::regular, colors::muted};
    double x = doc.left() + doc.content_width() / 2 - 100;
    const double ly = doc.cursor() - height + 6;
    doc.fill_rect(x, ly, 14, 6, colors::accent_light);
    doc.stroke_rect(x, ly, 14, 6, bar_strong, 0.8);
    doc.draw_text(x + 18, ly, chart.current_label, s);
    if (!chart.previous.empty()) {
        x += 18 + doc.text_width(chart.current_label, s) + 18;
        doc.line(x, ly + 3, x + 14, ly + 3, previous_color, 1.0, true);
        doc.draw_text(x + 18, ly, chart.previous_label, s);
    }
    doc.move_down(height);
}

void draw_strip(Document& doc, const std::vector<double>& scores, std::optional<double> consensus, double scale_min,
                double scale_max, const std::vector<double>& gridlines, double x, double width) {
    const Axis axis{x, width, scale_min, scale_max};
    // Dots closer than a dot's width stack upwards so that every member's dot stays visible; on a
    // short scale (1-5) whole groups share a score, so the strip grows to hold the highest stack.
    constexpr double dot_step = 3.4;
    std::vector<double> sorted = scores;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> stacks(sorted.size(), 0);
    for (std::size_t i = 1; i < sorted.size(); ++i)
        if (axis.at(sorted[i]) - axis.at(sorted[i - 1]) < dot_step) stacks[i] = stacks[i - 1] + 1;
    const int highest = stacks.empty() ? 0 : *std::max_element(stacks.begin(), stacks.end());
    constexpr double first_dot = 5.6;  // clear of the consensus diamond on the axis
    const double above = std::max(9.0, first_dot + highest * dot_step + 3);
    const double h = above + 9;
    doc.ensure(h + 10);
    const double top = doc.cursor();
    const double mid = top - above;
    doc.line(x, mid, x + width, mid, colors::rule, 0.6);
    for (double g : gridlines) doc.line(axis.at(g), mid - 3, axis.at(g), mid + 3, colors::rule, 0.5);
    const Style s{6.5, Weight::regular, colors::muted};
    doc.draw_text(x, mid - 11, fmt::format("{:g}", scale_min), s, Align::center);
    doc.draw_text(x + width, mid - 11, fmt::format("{:g}", scale_max), s, Align::center);
    for (double g : gridlines) doc.draw_text(axis.at(g), mid - 11, fmt::format("{:g}", g), s, Align::center);
    for (std::size_t i = 0; i < sorted.size(); ++i)
        doc.circle(axis.at(sorted[i]), mid + first_dot + stacks[i] * dot_step, 1.7, bar_color);
    if (consensus) diamond(doc, axis.at(*consensus), mid, 3.6, mean_color);
    doc.move_down(h + 6);
}

namespace {

constexpr Color box_fill{0.78, 0.86, 0.94};
constexpr Color mark_color{0.85, 0.40, 0.10};
constexpr Color dot_color{0.35, 0.38, 0.42};

void box_scale(Document& doc, const BoxPlotChart& chart, const Axis& axis) {
    const Style s{7, Weight::regular, colors::muted};
    doc.move_down(10);
    if (!chart.value_header.empty()) doc.draw_text(doc.right(), doc.cursor() + 2, chart.value_header, s, Align::right);
    std::vector<double> ticks = {chart.scale_min};
    ticks.insert(ticks.end(), chart.gridlines.begin(), chart.gridlines.end());
    ticks.push_back(chart.scale_max);
    for (double t : ticks) doc.draw_text(axis.at(t), doc.cursor() + 2, fmt::format("{:g}", t), s, Align::center);
    doc.move_down(3);
}

void box_legend(Document& doc, const BoxPlotChart& chart, double x) {
    const Style s{7.5, Weight::regular, colors::muted};
    doc.ensure(16);
    doc.move_down(14);
    auto entry = [&](const std::string& text, auto&& symbol) {
        if (text.empty()) return;
        const double w = doc.text_width(text, s);
        if (x + 18 + w > doc.right()) {  // the next line
            doc.move_down(12);
            x = doc.left();
        }
        const double yy = doc.cursor() + 3;
        symbol(x, yy);
        doc.draw_text(x + 18, yy - 2.5, text, s);
        x += 18 + w + 14;
    };
    entry(chart.legend_box, [&](double x0, double yy) {
        doc.fill_rect(x0, yy - 3.5, 14, 7, box_fill);
        doc.stroke_rect(x0, yy - 3.5, 14, 7, whisker, 0.6);
        doc.line(x0 + 7, yy - 3.5, x0 + 7, yy + 3.5, bar_strong, 1.4);
    });
    entry(chart.legend_whiskers, [&](double x0, double yy) {
        doc.line(x0, yy, x0 + 14, yy, whisker, 0.8);
        doc.line(x0, yy - 3, x0, yy + 3, whisker, 0.8);
        doc.line(x0 + 14, yy - 3, x0 + 14, yy + 3, whisker, 0.8);
    });
    entry(chart.legend_dots, [&](double x0, double yy) {
        doc.circle(x0 + 4, yy, 1.4, dot_color);
        doc.circle(x0 + 10, yy, 1.4, dot_color);
    });
    entry(chart.legend_mark, [&](double x0, double yy) { diamond(doc, x0 + 7, yy, 3.6, mark_color); });
    doc.move_down(6);
}

}  // namespace

void draw_box_plot(Document& doc, const BoxPlotChart& chart) {
    const double label_w = doc.content_width() * 0.38;
    const double value_w = chart.value_width;
    const Axis axis{doc.left() + label_w + 6, doc.content_width() - label_w - 12 - value_w, chart.scale_min, chart.scale_max};
    const Style label{7.8, Weight::regular, colors::text};
    const Style strong_label{8.2, Weight::bold, colors::text};
    const Style note_style{7.5, Weight::regular, colors::muted};

    doc.ensure(60);
    box_scale(doc, chart, axis);
    for (const auto& row : chart.rows) {
        const Style& ls = row.strong ? strong_label : label;
        auto lines = doc.wrap(row.label, label_w - 10, ls);
        if (lines.size() > 2) {
            lines.resize(2);
            lines.back() += "…";
        }
        auto values = doc.wrap(row.value_text, value_w, ls);
        const double text_h = static_cast<double>(std::max(lines.size(), values.size())) * Document::leading(ls) + 4;
        const double h = std::max(row.strong ? 21.0 : 18.0, text_h);
        if (!doc.fits(h)) {
            doc.add_page(doc.orientation());
            box_scale(doc, chart, axis);
        }
        const double top = doc.cursor();
        const double mid = top - h / 2;
        if (row.strong) doc.fill_rect(doc.left(), top - h, doc.content_width(), h, colors::shade);
        double base = mid + (static_cast<double>(lines.size()) * Document::leading(ls)) / 2 - ls.size;
        for (const auto& l : lines) {
            doc.draw_text(doc.left() + 2, base, l, ls);
            base -= Document::leading(ls);
        }
        for (double g : chart.gridlines) doc.line(axis.at(g), top, axis.at(g), top - h, grid, 0.5);
        doc.line(axis.at(chart.scale_min), top, axis.at(chart.scale_min), top - h, colors::rule, 0.6);
        doc.line(axis.at(chart.scale_max), top, axis.at(chart.scale_max), top - h, colors::rule, 0.6);
        if (row.box) {
            const auto& b = *row.box;
            const double bh = row.strong ? 9 : 8;
            doc.line(axis.at(b.min), mid, axis.at(b.q1), mid, whisker, 0.8);
            doc.line(axis.at(b.q3), mid, axis.at(b.max), mid, whisker, 0.8);
            doc.line(axis.at(b.min), mid - 3, axis.at(b.min), mid + 3, whisker, 0.8);
            doc.line(axis.at(b.max), mid - 3, axis.at(b.max), mid + 3, whisker, 0.8);
            doc.fill_rect(axis.at(b.q1), mid - bh / 2, std::max(axis.at(b.q3) - axis.at(b.q1), 0.8), bh, box_fill);
            doc.stroke_rect(axis.at(b.q1), mid - bh / 2, std::max(axis.at(b.q3) - axis.at(b.q1), 0.8), bh, whisker, 0.6);
            doc.line(axis.at(b.median), mid - bh / 2, axis.at(b.median), mid + bh / 2, bar_strong, 1.6);
            for (double v : row.dots) doc.circle(axis.at(v), mid - bh / 2 - 2.6, 1.2, dot_color);
        } else if (!row.note.empty()) {
            const double w = doc.text_width(row.note, note_style);
            doc.fill_rect(axis.at(chart.scale_min) + 3, mid - note_style.size * 0.7, w + 6, note_style.size * 1.4, colors::white);
            doc.draw_text(axis.at(chart.scale_min) + 6, mid - note_style.size * 0.35, row.note, note_style);
        }
        if (row.mark) diamond(doc, axis.at(*row.mark), mid, 3.8, mark_color);
        double vbase = mid + (static_cast<double>(values.size()) * Document::leading(ls)) / 2 - ls.size;
        for (const auto& v : values) {
            doc.draw_text(doc.right(), vbase, v, ls, Align::right);
            vbase -= Document::leading(ls);
        }
        doc.move_down(h);
    }
    box_legend(doc, chart, doc.left() + label_w + 6);
}

}  // namespace assessa::pdf
