#pragma once

#include "model/criterion_profile.hpp"

#include <wx/panel.h>

#include <optional>
#include <string>
#include <vector>

namespace assessa::gui {

// The scale a chart draws: the panel's, or for criteria the method's (Framework::method_scale);
// CAF 0-100, a social-work station 1-5.
struct ChartScale {
    int min = 0, max = 100;
};

// The distribution of the members' scores of one node on the panel's scale: a dot per member
// (stacked where equal), the mean as a tick, the consensus as a diamond, the bands shaded and
// labelled at their bounds (0, 10, 30, 50, 70, 90, 100 for CAF; 1, 2, 3, 4, 5 for a station).
class StripChart : public wxPanel {
public:
    explicit StripChart(wxWindow* parent);
    void set(std::vector<double> scores, std::optional<double> consensus, std::vector<int> band_starts,
             ChartScale scale);

private:
    void paint();
    std::vector<double> scores_;
    std::optional<double> consensus_;
    std::vector<int> band_starts_;
    ChartScale scale_;
};

// A bar per criterion: the consensus score as the bar, the members' min-max as a whisker, their
// mean as a tick, the previous cycle as an outlined marker.
class ProfileChart : public wxPanel {
public:
    explicit ProfileChart(wxWindow* parent);
    void set(std::vector<CriterionProfile> rows, ChartScale scale);

private:
    void paint();
    std::vector<CriterionProfile> rows_;
    ChartScale scale_;
};

// The criteria as axes of a radar: the consensus polygon, and the previous cycle's dashed.
class RadarChart : public wxPanel {
public:
    explicit RadarChart(wxWindow* parent);
    void set(std::vector<CriterionProfile> rows, ChartScale scale);

private:
    void paint();
    std::vector<CriterionProfile> rows_;
    ChartScale scale_;
};

}  // namespace assessa::gui
