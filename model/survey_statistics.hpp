#pragma once

#include "frameworks/questionnaire.hpp"
#include "i18n/translator.hpp"
#include "model/survey_types.hpp"

#include <optional>
#include <string>
#include <vector>

namespace assessa {

// The figures of one survey (formulas in docs/surveys.md). "Don't know" and blank answers are
// left out of n, means and percentages; `dont_know` counts them.

// A mean with its 95% confidence interval (Student's t; none when n < 2).
struct MeanEstimate {
    int n = 0;
    double mean = 0;
    std::optional<double> ci_low;
    std::optional<double> ci_high;
};

struct ItemStatistics {
    std::string item_id;
    std::string dimension;
    MeanEstimate answer;             // on the questionnaire's scale
    int dont_know = 0;
    double percent_satisfied = 0;    // share of n in the top two answers, 0-100
    std::optional<double> percent_satisfied_ci_low;   // Wilson interval, 0-100
    std::optional<double> percent_satisfied_ci_high;
    double score = 0;                // the mean scaled to 0-100
    double importance = 0;           // the weight used in the index
};

struct DimensionStatistics {
    std::string dimension_id;
    MeanEstimate answer;             // over respondents' mean answer in the dimension
    double percent_satisfied = 0;    // over all answers in the dimension
    double score = 0;                // 0-100
};

// Where an item stands between importance and satisfaction, split at the survey's averages.
enum class PriorityQuadrant {
    improve_first,  // important, below average satisfaction
    keep_up,        // important, above average satisfaction
    watch,          // less important, below average satisfaction
    maintain        // less important, above average satisfaction
};

struct ItemPriority {
    std::string item_id;
    double importance = 0;    // 0-100 relative to the most important item
    double satisfaction = 0;  // the item's score, 0-100
    PriorityQuadrant quadrant = PriorityQuadrant::maintain;
};

struct SurveyStatistics {
    int respondents = 0;
    std::optional<double> index;     // 0-100; none when no item was answered
    std::vector<ItemStatistics> items;           // questionnaire order
    std::vector<DimensionStatistics> dimensions; // questionnaire order
    std::vector<ItemPriority> priorities;        // questionnaire order, answered items only
};

SurveyStatistics survey_statistics(const Questionnaire& q, const std::vector<SurveyResponse>& responses);

// The `count` items with the lowest score (ties in questionnaire order), answered items only.
std::vector<ItemStatistics> weakest_items(const SurveyStatistics& s, std::size_t count);

// One point of a questionnaire's trend: a survey and its index.
struct SurveyTrendPoint {
    std::int64_t survey_id = 0;
    std::string title;
    std::string conducted_on;
    std::optional<double> index;
};
// The surveys of the same questionnaire id as `current`, oldest first by conducted_on, up to and
// including `current`; the change is current's index minus the previous point's.
struct SurveyTrend {
    std::vector<SurveyTrendPoint> points;
    std::optional<double> change;
};
SurveyTrend survey_trend(const Survey& current, const std::vector<Survey>& all_surveys,
                         const Questionnaire& q);

const char* priority_quadrant_label(PriorityQuadrant q, const Translator& t = Translator::current());  // translated

// The p-quantile of Student's t distribution with `df` degrees of freedom (df >= 1, 0 < p < 1),
// found by inverting its distribution function (the regularized incomplete beta function).
double student_t_quantile(double p, int df);

}  // namespace assessa
