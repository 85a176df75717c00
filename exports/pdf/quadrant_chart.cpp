#include "exports/pdf/quadrant_chart.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace assessa::pdf {

void draw_quadrant_chart(Document& doc, const QuadrantChart& chart, double height) {
    doc.ensure(height);
    const Style axis{7, Weight::regular, colors::muted};
    const double plot_h = height - 34;
    const double plot_w = std::min(doc.content_width() - 40, plot_h * 1.6);
    const double x0 = doc.left() + 30 + (doc.content_width() - 40 - plot_w) / 2;
    const double y0 = doc.cursor() - plot_h - 6;
    const auto px = [&](double v) { return x0 + plot_w * std::clamp(v, 0.0, 100.0) / 100; };
    const auto py = [&](double v) { return y0 + plot_h * std::clamp(v, 0.0, 100.0) / 100; };

    const double sx = px(chart.x_split), sy = py(chart.y_split);
    const std::array<std::array<double, 4>, 4> quadrants{{{x0, sy, sx - x0, y0 + plot_h - sy},
                                                          {sx, sy, x0 + plot_w - sx, y0 + plot_h - sy},
                                                          {x0, y0, sx - x0, sy - y0},
                                                          {sx, y0, x0 + plot_w - sx, sy - y0}}};
    for (std::size_t i = 0; i < quadrants.size(); ++i) {
        const auto& q = quadrants[i];
        if (static_cast<int>(i) == chart.highlighted_quadrant) doc.fill_rect(q[0], q[1], q[2], q[3], colors::shade);
        const bool top = i < 2, left = i % 2 == 0;
        const Style title{7.5, Weight::bold, colors::muted};
        doc.draw_text(left ? q[0] + 4 : q[0] + q[2] - 4, top ? q[1] + q[3] - 10 : q[1] + 4, chart.quadrant_titles[i], title,
                      left ? Align::left : Align::right);
    }
    doc.stroke_rect(x0, y0, plot_w, plot_h, colors::rule);
    doc.line(sx, y0, sx, y0 + plot_h, colors::rule, 0.6, true);
    doc.line(x0, sy, x0 + plot_w, sy, colors::rule, 0.6, true);
    for (int v = 0; v <= 100; v += 25) {
        doc.draw_text(px(v), y0 - 9, fmt::format("{}", v), axis, Align::center);
        doc.draw_text(x0 - 3, py(v) - 2.5, fmt::format("{}", v), axis, Align::right);
    }
    doc.draw_text(x0 + plot_w / 2, y0 - 19, chart.x_title, {7.5, Weight::regular, colors::text}, Align::center);
    doc.draw_text(x0 - 26, y0 + plot_h + 6, chart.y_title, {7.5, Weight::regular, colors::text}, Align::left);

    const Style label{6.5, Weight::bold, colors::accent};
    for (const auto& p : chart.points) {
        doc.circle(px(p.x), py(p.y), 2.4, colors::accent);
        doc.draw_text(px(p.x) + 3.5, py(p.y) + 1.5, p.label, label);
    }
    doc.set_cursor(y0 - 26);
}

}  // namespace assessa::pdf
