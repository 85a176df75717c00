#pragma once

#include "model/criterion_profile.hpp"

#include <wx/panel.h>

#include <optional>
#include <string>
#include <vector>

namespace assessa::gui {

// The distribution of the members' scores of one node on the 0-100 scale: a dot per member
// (stacked where equal), the mean as a tick, the consensus as a diamond, the bands shaded and
// labelled at their bounds (0, 10, 30, 50, 70, 90, 100 for CAF).
class StripChart : public wxPanel {
public:
    explicit StripChart(wxWindow* parent);
    void set(std::vector<double> scores, std::optional<double> consensus, std::vector<int> band_starts);

private:
    void paint();
    std::vector<double> scores_;
    std::optional<double> consensus_;
    std::vector<int> band_starts_;
};

// A bar per criterion: the consensus score as the bar, the members' min-max as a whisker, their
// mean as a tick, the previous cycle as an outlined marker.
class ProfileChart : public wxPanel {
public:
    explicit ProfileChart(wxWindow* parent);
    void set(std::vector<CriterionProfile> rows);

private:
    void paint();
    std::vector<CriterionProfile> rows_;
};

// The criteria as axes of a radar: the consensus polygon, and the previous cycle's dashed.
class RadarChart : public wxPanel {
public:
    explicit RadarChart(wxWindow* parent);
    void set(std::vector<CriterionProfile> rows);

private:
    void paint();
    std::vector<CriterionProfile> rows_;
};

}  // namespace assessa::gui
