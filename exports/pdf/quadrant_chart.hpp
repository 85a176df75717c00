#pragma once

#include "exports/pdf/document.hpp"

#include <array>
#include <string>
#include <vector>

namespace assessa::pdf {

// A scatter of items on two 0-100 axes split into four quadrants at given values, each point
// marked with a short label (the item's number) that a table beside it explains.
struct QuadrantPoint {
    std::string label;
    double x = 0, y = 0;
};
struct QuadrantChart {
    std::vector<QuadrantPoint> points;
    double x_split = 50, y_split = 50;
    std::string x_title, y_title;
    // Top left, top right, bottom left, bottom right.
    std::array<std::string, 4> quadrant_titles;
    int highlighted_quadrant = 0;  // shaded: 0 = top left
};
void draw_quadrant_chart(Document& doc, const QuadrantChart& chart, double height);

}  // namespace assessa::pdf
