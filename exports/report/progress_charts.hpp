#pragma once

#include "exports/pdf/document.hpp"

#include <string>
#include <vector>

namespace assessa::report {

// The five standings of a progress review (on track, late, done, postponed, cancelled) in the
// colours both charts use.
pdf::Color standing_color(std::size_t index);

// One horizontal bar per review, split into the counts of its standings, oldest review on top.
struct StandingsChart {
    struct Row {
        std::string label;        // the review's date
        std::vector<int> values;  // one per standing
    };
    std::vector<Row> rows;
    std::vector<std::string> legend;  // the standings' names
};
void draw_standings_chart(pdf::Document& doc, const StandingsChart& chart);

// Vertical bars in pairs, the earlier review's light beside the later one's full colour, one
// pair per standing, with the counts above the bars.
struct ComparisonChart {
    struct Group {
        std::string label;
        int before = 0, after = 0;
    };
    std::vector<Group> groups;
    std::string before_label, after_label;
};
void draw_comparison_chart(pdf::Document& doc, const ComparisonChart& chart);

}  // namespace assessa::report
