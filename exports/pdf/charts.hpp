#pragma once

#include "exports/pdf/document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace assessa::pdf {

// Minimum, maximum and mean of the individual scores behind a consensus value.
struct ScoreRange {
    double min = 0, max = 0, mean = 0;
};

struct ProfileRow {
    std::string label;
    bool strong = false;  // a criterion row among subcriteria
    std::optional<double> value;     // consensus
    std::string value_text;          // the value as printed
    std::optional<ScoreRange> range;
    std::optional<double> previous;  // the previous cycle's consensus
};

// Horizontal bars on the scale with the min-max whisker, the mean tick and the previous
// cycle's value; breaks across pages between rows.
struct ProfileChart {
    std::vector<ProfileRow> rows;
    double scale_min = 0, scale_max = 100;
    std::vector<double> gridlines;  // band boundaries
    std::string legend_value, legend_range, legend_mean, legend_previous;
};
void draw_profile(Document& doc, const ProfileChart& chart);

// A radar of the criteria: one axis per label, the current values filled, the previous
// cycle's outlined dashed.
struct RadarChart {
    std::vector<std::string> labels;
    std::vector<std::optional<double>> current;
    std::vector<std::optional<double>> previous;  // empty: no previous cycle
    double scale_min = 0, scale_max = 100;  // the centre is scale_min
    std::string current_label, previous_label;
};
void draw_radar(Document& doc, const RadarChart& chart, double height);

// A dot per individual score on the scale, with the consensus marked: the distribution
// without names.
void draw_strip(Document& doc, const std::vector<double>& scores, std::optional<double> consensus, double scale_min,
                double scale_max, const std::vector<double>& gridlines, double x, double width);

// Box plots on one scale, one row each: the box from the first to the third quartile with the
// median, whiskers to the minimum and maximum, optionally the individual values as dots and a
// marked value (the organisation's); a row without a box prints its note instead.
struct BoxStats {
    double min = 0, q1 = 0, median = 0, q3 = 0, max = 0;
};
struct BoxRow {
    std::string label;
    bool strong = false;
    std::optional<BoxStats> box;
    std::vector<double> dots;
    std::optional<double> mark;
    std::string note;        // shown in the plot area when there is no box
    std::string value_text;  // the right-hand column
};
struct BoxPlotChart {
    std::vector<BoxRow> rows;
    double scale_min = 0, scale_max = 100;
    std::vector<double> gridlines;
    double value_width = 34;  // the right-hand column
    std::string value_header;  // printed above the right-hand column
    std::string legend_box, legend_whiskers, legend_dots, legend_mark;  // empty: not in the legend
};
void draw_box_plot(Document& doc, const BoxPlotChart& chart);

}  // namespace assessa::pdf
