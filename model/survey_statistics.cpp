#include "model/survey_statistics.hpp"

#include "i18n/translator.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace assessa {

namespace {

constexpr double z_95 = 1.959963984540054;  // the standard normal's 0.975 quantile

// The continued fraction of the regularized incomplete beta function, evaluated with the
// modified Lentz method; converges quickly for x < (a + 1) / (a + b + 2).
double beta_continued_fraction(double a, double b, double x) {
    constexpr double tiny = 1e-300, epsilon = 1e-15;
    double c = 1, d = 1 - (a + b) * x / (a + 1);
    if (std::fabs(d) < tiny) d = tiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 500; ++m) {
        const double m2 = 2.0 * m;
        double step = m * (b - m) * x / ((a + m2 - 1) * (a + m2));  // the even term
        d = 1 + step * d;
        c = 1 + step / c;
        if (std::fabs(d) < tiny) d = tiny;
        if (std::fabs(c) < tiny) c = tiny;
        d = 1 / d;
        h *= d * c;
        step = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));  // the odd term
        d = 1 + step * d;
        c = 1 + step / c;
        if (std::fabs(d) < tiny) d = tiny;
        if (std::fabs(c) < tiny) c = tiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < epsilon) break;
    }
    return h;
}

// I_x(a, b), the regularized incomplete beta function.
double incomplete_beta(double a, double b, double x) {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    const double front =
        std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1) / (a + b + 2)) return front * beta_continued_fraction(a, b, x) / a;
    return 1 - front * beta_continued_fraction(b, a, 1 - x) / b;
}

// P(T <= t) for Student's t with `df` degrees of freedom.
double student_t_cdf(double t, double df) {
    const double tail = 0.5 * incomplete_beta(df / 2, 0.5, df / (df + t * t));
    return t >= 0 ? 1 - tail : tail;
}

MeanEstimate mean_estimate(const std::vector<double>& values) {
    MeanEstimate e;
    e.n = static_cast<int>(values.size());
    if (values.empty()) return e;
    double sum = 0;
    for (double v : values) sum += v;
    e.mean = sum / e.n;
    if (e.n < 2) return e;
    double squares = 0;
    for (double v : values) squares += (v - e.mean) * (v - e.mean);
    const double sd = std::sqrt(squares / (e.n - 1));
    const double half = student_t_quantile(0.975, e.n - 1) * sd / std::sqrt(static_cast<double>(e.n));
    e.ci_low = e.mean - half;
    e.ci_high = e.mean + half;
    return e;
}

// The estimate's interval cut to the ends of the scale, where answers cannot go.
void clamp_to_scale(MeanEstimate& e, const ResponseScale& scale) {
    if (e.ci_low) e.ci_low = std::max(*e.ci_low, static_cast<double>(scale.min));
    if (e.ci_high) e.ci_high = std::min(*e.ci_high, static_cast<double>(scale.max));
}

double score_of(double mean, const ResponseScale& scale) {
    if (scale.max <= scale.min) return 0;
    return (mean - scale.min) / (scale.max - scale.min) * 100;
}

// The weighted mean of `scores` with `weights`, over the entries with a positive weight.
std::optional<double> weighted_mean(const std::vector<std::pair<double, double>>& score_weight) {
    double sum = 0, weights = 0;
    for (const auto& [score, weight] : score_weight) {
        if (weight <= 0) continue;
        sum += score * weight;
        weights += weight;
    }
    if (weights <= 0) return std::nullopt;
    return sum / weights;
}

SurveyAnswer answer_at(const std::vector<SurveyAnswer>& answers, std::size_t i) {
    return i < answers.size() ? answers[i] : SurveyAnswer{};
}

// Each item's weight in the index: its fixed weight, or where importance is asked the mean of
// the importance ratings it got; an item nobody rated gets the mean of the other items'
// weights, and when no item was rated all weigh the same.
std::vector<double> item_weights(const Questionnaire& q, const std::vector<SurveyResponse>& responses) {
    std::vector<double> weights(q.items.size(), 1.0);
    if (q.importance != Questionnaire::Importance::asked) {
        for (std::size_t i = 0; i < q.items.size(); ++i) weights[i] = q.items[i].weight;
        return weights;
    }
    std::vector<std::optional<double>> rated(q.items.size());
    double sum_of_means = 0;
    int rated_items = 0;
    for (std::size_t i = 0; i < q.items.size(); ++i) {
        double sum = 0;
        int n = 0;
        for (const auto& r : responses) {
            const SurveyAnswer a = answer_at(r.importance, i);
            if (a.has_value()) {
                sum += a.value;
                ++n;
            }
        }
        if (n > 0) {
            rated[i] = sum / n;
            sum_of_means += *rated[i];
            ++rated_items;
        }
    }
    const double fallback = rated_items > 0 ? sum_of_means / rated_items : 1.0;
    for (std::size_t i = 0; i < q.items.size(); ++i) weights[i] = rated[i].value_or(fallback);
    return weights;
}

void set_wilson_interval(ItemStatistics& s, int satisfied) {
    const int n = s.answer.n;
    if (n == 0) return;
    const double p = static_cast<double>(satisfied) / n, z2 = z_95 * z_95;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z_95 / denominator * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    s.percent_satisfied_ci_low = std::max(0.0, centre - half) * 100;
    s.percent_satisfied_ci_high = std::min(1.0, centre + half) * 100;
}

}  // namespace

double student_t_quantile(double p, int df) {
    if (df < 1 || !(p > 0 && p < 1)) return std::numeric_limits<double>::quiet_NaN();
    if (p < 0.5) return -student_t_quantile(1 - p, df);
    if (p == 0.5) return 0;
    // Bisection on the distribution function, which rises monotonically: 200 halvings of
    // [0, 1e6] leave far less than a double's precision.
    double low = 0, high = 1e6;
    for (int i = 0; i < 200 && high - low > 1e-12 * std::max(1.0, low); ++i) {
        const double mid = (low + high) / 2;
        (student_t_cdf(mid, df) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

SurveyStatistics survey_statistics(const Questionnaire& q, const std::vector<SurveyResponse>& responses) {
    SurveyStatistics s;
    s.respondents = static_cast<int>(responses.size());
    const std::vector<double> weights = item_weights(q, responses);

    std::vector<std::pair<double, double>> index_terms;
    for (std::size_t i = 0; i < q.items.size(); ++i) {
        ItemStatistics item;
        item.item_id = q.items[i].id;
        item.dimension = q.items[i].dimension;
        std::vector<double> values;
        int satisfied = 0;
        for (const auto& r : responses) {
            const SurveyAnswer a = answer_at(r.answers, i);
            if (a.kind == SurveyAnswer::Kind::dont_know) ++item.dont_know;
            if (!a.has_value()) continue;
            values.push_back(a.value);
            if (q.scale.is_satisfied(a.value)) ++satisfied;
        }
        item.answer = mean_estimate(values);
        clamp_to_scale(item.answer, q.scale);
        item.importance = weights[i];
        if (item.answer.n > 0) {
            item.percent_satisfied = 100.0 * satisfied / item.answer.n;
            set_wilson_interval(item, satisfied);
            item.score = score_of(item.answer.mean, q.scale);
            index_terms.emplace_back(item.score, item.importance);
        }
        s.items.push_back(std::move(item));
    }
    s.index = weighted_mean(index_terms);

    for (const auto& d : q.dimensions) {
        DimensionStatistics dim;
        dim.dimension_id = d.id;
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < q.items.size(); ++i)
            if (q.items[i].dimension == d.id) members.push_back(i);
        std::vector<double> respondent_means;
        int answers = 0, satisfied = 0;
        for (const auto& r : responses) {
            double sum = 0;
            int n = 0;
            for (std::size_t i : members) {
                const SurveyAnswer a = answer_at(r.answers, i);
                if (!a.has_value()) continue;
                sum += a.value;
                ++n;
                if (q.scale.is_satisfied(a.value)) ++satisfied;
            }
            answers += n;
            if (n > 0) respondent_means.push_back(sum / n);
        }
        dim.answer = mean_estimate(respondent_means);
        clamp_to_scale(dim.answer, q.scale);
        if (answers > 0) dim.percent_satisfied = 100.0 * satisfied / answers;
        std::vector<std::pair<double, double>> terms;
        for (std::size_t i : members)
            if (s.items[i].answer.n > 0) terms.emplace_back(s.items[i].score, s.items[i].importance);
        dim.score = weighted_mean(terms).value_or(0);
        s.dimensions.push_back(std::move(dim));
    }

    double most_important = 0;
    for (const auto& item : s.items)
        if (item.answer.n > 0) most_important = std::max(most_important, item.importance);
    if (most_important > 0) {
        double importance_sum = 0, satisfaction_sum = 0;
        for (const auto& item : s.items) {
            if (item.answer.n == 0) continue;
            const double importance = item.importance / most_important * 100;
            s.priorities.push_back({item.item_id, importance, item.score, PriorityQuadrant::maintain});
            importance_sum += importance;
            satisfaction_sum += item.score;
        }
        const auto n = static_cast<double>(s.priorities.size());
        // A small tolerance, so that equal weights (every item at 100) all count as important.
        constexpr double tolerance = 1e-9;
        const double average_importance = importance_sum / n - tolerance;
        const double average_satisfaction = satisfaction_sum / n - tolerance;
        for (auto& p : s.priorities) {
            const bool important = p.importance >= average_importance;
            const bool satisfied = p.satisfaction >= average_satisfaction;
            p.quadrant = important ? (satisfied ? PriorityQuadrant::keep_up : PriorityQuadrant::improve_first)
                                   : (satisfied ? PriorityQuadrant::maintain : PriorityQuadrant::watch);
        }
    }
    return s;
}

std::vector<ItemStatistics> weakest_items(const SurveyStatistics& s, std::size_t count) {
    std::vector<ItemStatistics> answered;
    for (const auto& item : s.items)
        if (item.answer.n > 0) answered.push_back(item);
    std::stable_sort(answered.begin(), answered.end(),
                     [](const ItemStatistics& a, const ItemStatistics& b) { return a.score < b.score; });
    if (answered.size() > count) answered.resize(count);
    return answered;
}

SurveyTrend survey_trend(const Survey& current, const std::vector<Survey>& all_surveys, const Questionnaire& q) {
    std::vector<const Survey*> same;
    bool current_listed = false;
    for (const auto& survey : all_surveys) {
        if (survey.questionnaire_id != current.questionnaire_id) continue;
        if (survey.id == current.id) {
            current_listed = true;
            same.push_back(&current);
        } else {
            same.push_back(&survey);
        }
    }
    if (!current_listed) same.push_back(&current);
    std::stable_sort(same.begin(), same.end(), [](const Survey* a, const Survey* b) {
        return a->conducted_on != b->conducted_on ? a->conducted_on < b->conducted_on : a->id < b->id;
    });

    SurveyTrend trend;
    for (const Survey* survey : same) {
        SurveyTrendPoint point{survey->id, survey->title, survey->conducted_on, std::nullopt};
        // An earlier version of the questionnaire with another list of items is not comparable.
        const bool comparable = std::all_of(survey->responses.begin(), survey->responses.end(), [&](const SurveyResponse& r) {
            return r.answers.size() == q.items.size();
        });
        if (comparable) point.index = survey_statistics(q, survey->responses).index;
        trend.points.push_back(std::move(point));
        if (survey == &current) break;
    }
    if (trend.points.size() >= 2) {
        const auto& last = trend.points.back();
        const auto& previous = trend.points[trend.points.size() - 2];
        if (last.index && previous.index) trend.change = *last.index - *previous.index;
    }
    return trend;
}

const char* priority_quadrant_label(PriorityQuadrant q, const Translator& t) {
    switch (q) {
        case PriorityQuadrant::improve_first: return t.tr("Improve first");
        case PriorityQuadrant::keep_up: return t.tr("Keep up");
        case PriorityQuadrant::watch: return t.tr("Watch");
        case PriorityQuadrant::maintain: return t.tr("Maintain");
    }
    return "";
}

}  // namespace assessa
