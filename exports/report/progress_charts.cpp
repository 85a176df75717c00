#include "exports/report/progress_charts.hpp"

#include <algorithm>

namespace assessa::report {

using namespace pdf;

Color standing_color(std::size_t index) {
    static const Color palette[] = {
        {0.20, 0.45, 0.70},  // on track
        {0.80, 0.25, 0.22},  // late
        {0.30, 0.62, 0.38},  // done
        {0.90, 0.62, 0.25},  // postponed
        {0.62, 0.62, 0.65},  // cancelled
    };
    return palette[index % std::size(palette)];
}

namespace {

Color lighter(Color c) { return {c.r + (1 - c.r) * 0.6, c.g + (1 - c.g) * 0.6, c.b + (1 - c.b) * 0.6}; }

// Swatches with their names in a row, wrapping to the next line when the row is full.
void draw_legend(Document& doc, const std::vector<std::pair<Color, std::string>>& items) {
    const Style ls{7.5, Weight::regular, colors::muted};
    double x = doc.left();
    doc.ensure(14);
    doc.move_down(10);
    for (const auto& [color, label] : items) {
        const double w = 16 + doc.text_width(label, ls) + 16;
        if (x + w > doc.right() && x > doc.left()) {
            x = doc.left();
            doc.move_down(12);
        }
        doc.fill_rect(x, doc.cursor() - 1, 11, 7, color);
        doc.draw_text(x + 15, doc.cursor(), label, ls);
        x += w;
    }
    doc.move_down(10);
}

// A step for gridlines that gives at most about six of them.
int grid_step(int max) {
    for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500})
        if (max / step <= 6) return step;
    return 1000;
}

}  // namespace

void draw_standings_chart(Document& doc, const StandingsChart& chart) {
    const double bar_h = 14, gap = 6, label_w = 70;
    const Style label{8, Weight::regular, colors::text};
    const Style inside{7.5, Weight::bold, colors::white};
    const double x0 = doc.left() + label_w, width = doc.content_width() - label_w;
    int max_total = 1;
    for (const auto& r : chart.rows) {
        int total = 0;
        for (int v : r.values) total += v;
        max_total = std::max(max_total, total);
    }
    doc.ensure(std::min<double>(chart.rows.size(), 4) * (bar_h + gap) + 30);
    for (const auto& r : chart.rows) {
        doc.ensure(bar_h + gap);
        const double y = doc.cursor() - bar_h;
        doc.draw_text(x0 - 6, y + 4, r.label, label, Align::right);
        double x = x0;
        for (std::size_t i = 0; i < r.values.size(); ++i) {
            if (r.values[i] == 0) continue;
            const double w = width * r.values[i] / max_total;
            doc.fill_rect(x, y, w, bar_h, standing_color(i));
            const std::string n = std::to_string(r.values[i]);
            if (doc.text_width(n, inside) + 4 <= w) doc.draw_text(x + w / 2, y + 4, n, inside, Align::center);
            x += w;
        }
        doc.move_down(bar_h + gap);
    }
    std::vector<std::pair<Color, std::string>> legend;
    for (std::size_t i = 0; i < chart.legend.size(); ++i) legend.emplace_back(standing_color(i), chart.legend[i]);
    draw_legend(doc, legend);
}

void draw_comparison_chart(Document& doc, const ComparisonChart& chart) {
    const double plot_h = 120, axis_w = 24, label_h = 24;
    doc.ensure(plot_h + label_h + 40);
    int max = 1;
    for (const auto& g : chart.groups) max = std::max({max, g.before, g.after});
    const int step = grid_step(max);
    const int top_value = (max + step - 1) / step * step;
    const double x0 = doc.left() + axis_w, width = doc.content_width() - axis_w;
    const double top = doc.cursor() - 12, base = top - plot_h;
    const Style axis{7.5, Weight::regular, colors::muted};
    for (int v = 0; v <= top_value; v += step) {
        const double y = base + plot_h * v / top_value;
        doc.line(x0, y, x0 + width, y, v == 0 ? colors::rule : Color{0.88, 0.89, 0.91}, v == 0 ? 0.8 : 0.4);
        doc.draw_text(x0 - 5, y - 2.5, std::to_string(v), axis, Align::right);
    }
    const double group_w = width / std::max<std::size_t>(chart.groups.size(), 1);
    const double bar_w = std::min(34.0, group_w * 0.32);
    const Style count{7.5, Weight::bold, colors::text};
    const Style name{8, Weight::regular, colors::text};
    for (std::size_t i = 0; i < chart.groups.size(); ++i) {
        const auto& g = chart.groups[i];
        const double centre = x0 + group_w * (i + 0.5);
        const Color c = standing_color(i);
        const std::pair<int, double> bars[] = {{g.before, centre - bar_w - 1}, {g.after, centre + 1}};
        for (std::size_t k = 0; k < 2; ++k) {
            const auto [value, x] = bars[k];
            const double h = plot_h * value / top_value;
            if (h > 0) doc.fill_rect(x, base, bar_w, h, k == 0 ? lighter(c) : c);
            doc.draw_text(x + bar_w / 2, base + h + 3, std::to_string(value), count, Align::center);
        }
        auto lines = doc.wrap(g.label, group_w - 4, name);
        double y = base - 11;
        for (const auto& l : lines) {
            doc.draw_text(centre, y, l, name, Align::center);
            y -= Document::leading(name);
        }
    }
    doc.set_cursor(base - label_h);
    const Color neutral{0.35, 0.38, 0.42};
    draw_legend(doc, {{lighter(neutral), chart.before_label}, {neutral, chart.after_label}});
}

}  // namespace assessa::report
