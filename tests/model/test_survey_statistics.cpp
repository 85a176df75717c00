// Survey statistics against examples worked by hand (the same numbers as docs/surveys.md).
// The questionnaire: tests/support/survey_questionnaires.hpp, scale 1-5 with "don't know",
// items q1 and q2 in dimension "access", q3 in "staff", weights 2, 1, 1.

#include <catch2/catch.hpp>

#include "model/survey_statistics.hpp"
#include "tests/support/survey_questionnaires.hpp"

#include <cmath>

using namespace assessa;
using namespace assessa::test;

namespace {

SurveyAnswer v(int value) { return SurveyAnswer::of(value); }
const SurveyAnswer dk = SurveyAnswer::dont_know();
const SurveyAnswer blank{};

SurveyResponse response(std::vector<SurveyAnswer> answers, std::vector<SurveyAnswer> importance = {}) {
    SurveyResponse r;
    r.answers = std::move(answers);
    r.importance = std::move(importance);
    return r;
}

//        q1  q2  q3
//   R1   5   4   3
//   R2   4   2   DK
//   R3   3   DK  4
//   R4   4   3   5
std::vector<SurveyResponse> example() {
    return {response({v(5), v(4), v(3)}), response({v(4), v(2), dk}), response({v(3), dk, v(4)}),
            response({v(4), v(3), v(5)})};
}

const ItemStatistics& item(const SurveyStatistics& s, const std::string& id) {
    for (const auto& i : s.items)
        if (i.item_id == id) return i;
    FAIL("no item " << id);
    return s.items.front();
}

}  // namespace

TEST_CASE("Student's t quantiles match the printed tables", "[survey]") {
    // Two-sided 95% (p = 0.975) from a t table, three decimals.
    CHECK(student_t_quantile(0.975, 1) == Approx(12.706).margin(0.0005));
    CHECK(student_t_quantile(0.975, 2) == Approx(4.303).margin(0.0005));
    CHECK(student_t_quantile(0.975, 3) == Approx(3.182).margin(0.0005));
    CHECK(student_t_quantile(0.975, 4) == Approx(2.776).margin(0.0005));
    CHECK(student_t_quantile(0.975, 10) == Approx(2.228).margin(0.0005));
    CHECK(student_t_quantile(0.975, 29) == Approx(2.045).margin(0.0005));
    CHECK(student_t_quantile(0.975, 120) == Approx(1.980).margin(0.0005));
    CHECK(student_t_quantile(0.975, 100000) == Approx(1.960).margin(0.0005));  // the normal's
    // Other levels: one-sided 95% and 99.5%, and the lower tail.
    CHECK(student_t_quantile(0.95, 10) == Approx(1.812).margin(0.0005));
    CHECK(student_t_quantile(0.995, 5) == Approx(4.032).margin(0.0005));
    CHECK(student_t_quantile(0.025, 4) == Approx(-2.776).margin(0.0005));
    CHECK(student_t_quantile(0.5, 7) == 0);
    CHECK(std::isnan(student_t_quantile(0.975, 0)));
}

TEST_CASE("Item figures: n, mean, confidence interval, percent satisfied, don't know", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    const SurveyStatistics s = survey_statistics(q, example());
    CHECK(s.respondents == 4);

    // q1: 5, 4, 3, 4. n = 4, mean = 16 / 4 = 4.
    //   squared deviations 1 + 0 + 1 + 0 = 2; sd = sqrt(2 / 3) = 0.8165; se = 0.8165 / sqrt(4) = 0.4082
    //   t(0.975, 3) = 3.182; half-width = 3.182 * 0.4082 = 1.2990; [2.7010, 5.2990], cut to the scale: [2.701, 5]
    //   satisfied (4 or 5): 5, 4, 4 = 3 of 4 = 75%
    //   Wilson, z = 1.96, z^2 = 3.8415: centre = (0.75 + 3.8415 / 8) / (1 + 3.8415 / 4) = 1.23018 / 1.96036 = 0.62753
    //   half = 1.96 / 1.96036 * sqrt(0.75 * 0.25 / 4 + 3.8415 / 64) = 0.99979 * 0.32695 = 0.32689 -> [30.06%, 95.44%]
    //   score = (4 - 1) / (5 - 1) * 100 = 75
    const auto& q1 = item(s, "q1");
    CHECK(q1.answer.n == 4);
    CHECK(q1.answer.mean == Approx(4.0));
    CHECK(*q1.answer.ci_low == Approx(2.701).margin(0.001));
    CHECK(*q1.answer.ci_high == Approx(5.0));
    CHECK(q1.dont_know == 0);
    CHECK(q1.percent_satisfied == Approx(75.0));
    CHECK(*q1.percent_satisfied_ci_low == Approx(30.06).margin(0.01));
    CHECK(*q1.percent_satisfied_ci_high == Approx(95.44).margin(0.01));
    CHECK(q1.score == Approx(75.0));
    CHECK(q1.importance == 2.0);

    // q2: 4, 2, 3 and one "don't know", which counts in nothing but dont_know.
    //   n = 3, mean = 9 / 3 = 3; sd = sqrt((1 + 1 + 0) / 2) = 1; se = 1 / sqrt(3) = 0.5774
    //   t(0.975, 2) = 4.303; half-width = 4.303 * 0.5774 = 2.4843; [0.5157, 5.4843], cut to [1, 5]
    //   satisfied: 4 only = 1 of 3 = 33.33%; score = (3 - 1) / 4 * 100 = 50
    const auto& q2 = item(s, "q2");
    CHECK(q2.answer.n == 3);
    CHECK(q2.dont_know == 1);
    CHECK(q2.answer.mean == Approx(3.0));
    CHECK(*q2.answer.ci_low == Approx(1.0));
    CHECK(*q2.answer.ci_high == Approx(5.0));
    CHECK(q2.percent_satisfied == Approx(100.0 / 3));
    CHECK(q2.score == Approx(50.0));

    // q3: 3, 4, 5 and one "don't know". n = 3, mean = 4, sd = 1;
    //   [4 - 2.4843, 4 + 2.4843] = [1.5157, 6.4843], cut to [1.516, 5]; satisfied 2 of 3 = 66.67%; score 75
    const auto& q3 = item(s, "q3");
    CHECK(q3.answer.n == 3);
    CHECK(q3.dont_know == 1);
    CHECK(*q3.answer.ci_low == Approx(1.516).margin(0.001));
    CHECK(q3.percent_satisfied == Approx(200.0 / 3));
    CHECK(q3.score == Approx(75.0));
}

TEST_CASE("Wilson interval and confidence interval at the edges", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    // Ten answers of 2: nobody satisfied. Wilson for 0 of 10: [0, z^2 / (n + z^2)] = [0, 3.8415 / 13.8415] = [0, 27.75%].
    // All answers equal: sd = 0, so the mean's interval is the mean itself.
    std::vector<SurveyResponse> tens(10, response({v(2), blank, blank}));
    const auto s = survey_statistics(q, tens);
    const auto& q1 = item(s, "q1");
    CHECK(q1.percent_satisfied == 0);
    CHECK(*q1.percent_satisfied_ci_low == Approx(0.0).margin(1e-9));
    CHECK(*q1.percent_satisfied_ci_high == Approx(27.75).margin(0.01));
    CHECK(*q1.answer.ci_low == Approx(2.0));
    CHECK(*q1.answer.ci_high == Approx(2.0));
    // One answer: a mean but no interval; Wilson still has one (1 of 1: [20.65%, 100%]).
    const auto one = survey_statistics(q, {response({v(5), blank, blank})});
    CHECK(item(one, "q1").answer.n == 1);
    CHECK_FALSE(item(one, "q1").answer.ci_low);
    CHECK(*item(one, "q1").percent_satisfied_ci_low == Approx(20.65).margin(0.01));
    CHECK(*item(one, "q1").percent_satisfied_ci_high == Approx(100.0));
    // Unanswered items (blank or only "don't know") have no figures and are left out of the index.
    CHECK(item(one, "q2").answer.n == 0);
    CHECK_FALSE(item(one, "q2").percent_satisfied_ci_low);
    CHECK(*one.index == Approx(100.0));  // only q1, answered 5: score 100
    CHECK(one.priorities.size() == 1);
}

TEST_CASE("The index with fixed weights, and the dimensions", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    const SurveyStatistics s = survey_statistics(q, example());
    // index = (2 * 75 + 1 * 50 + 1 * 75) / (2 + 1 + 1) = 275 / 4 = 68.75
    REQUIRE(s.index);
    CHECK(*s.index == Approx(68.75));

    REQUIRE(s.dimensions.size() == 2);
    // access (q1, q2): each respondent's mean over the items they answered:
    //   R1 (5 + 4) / 2 = 4.5, R2 (4 + 2) / 2 = 3, R3 3 (q2 "don't know"), R4 (4 + 3) / 2 = 3.5
    //   mean = 14 / 4 = 3.5; sd = sqrt((1 + 0.25 + 0.25 + 0) / 3) = 0.7071; half = 3.182 * 0.7071 / 2 = 1.1251
    //   -> [2.375, 4.625]
    //   satisfied over all answers: q1 3 of 4, q2 1 of 3 = 4 of 7 = 57.14%
    //   score = the index over its items: (2 * 75 + 1 * 50) / 3 = 66.67
    const auto& access = s.dimensions[0];
    CHECK(access.dimension_id == "access");
    CHECK(access.answer.n == 4);
    CHECK(access.answer.mean == Approx(3.5));
    CHECK(*access.answer.ci_low == Approx(2.375).margin(0.001));
    CHECK(*access.answer.ci_high == Approx(4.625).margin(0.001));
    CHECK(access.percent_satisfied == Approx(400.0 / 7));
    CHECK(access.score == Approx(200.0 / 3));
    // staff (q3): three respondents answered 3, 4, 5; mean 4; 2 of 3 satisfied; score 75
    const auto& staff = s.dimensions[1];
    CHECK(staff.answer.n == 3);
    CHECK(staff.answer.mean == Approx(4.0));
    CHECK(staff.percent_satisfied == Approx(200.0 / 3));
    CHECK(staff.score == Approx(75.0));

    // Importance relative to the heaviest item (2): q1 100, q2 50, q3 50; average 66.67.
    // Satisfaction: 75, 50, 75; average 66.67.
    REQUIRE(s.priorities.size() == 3);
    CHECK(s.priorities[0].importance == Approx(100.0));
    CHECK(s.priorities[1].importance == Approx(50.0));
    CHECK(s.priorities[0].quadrant == PriorityQuadrant::keep_up);  // important, satisfied
    CHECK(s.priorities[1].quadrant == PriorityQuadrant::watch);    // less important, below average
    CHECK(s.priorities[2].quadrant == PriorityQuadrant::maintain); // less important, above average
}

TEST_CASE("The index with importance asked of respondents", "[survey]") {
    const Questionnaire q = survey_test_questionnaire_with_importance();
    //        answers       importance
    //        q1  q2  q3    q1  q2  q3
    //   R1   5   2   4     5   4   1
    //   R2   4   3   5     3   5   2
    //   R3   DK  1   4     4   3   -
    const std::vector<SurveyResponse> responses{response({v(5), v(2), v(4)}, {v(5), v(4), v(1)}),
                                                response({v(4), v(3), v(5)}, {v(3), v(5), v(2)}),
                                                response({dk, v(1), v(4)}, {v(4), v(3), blank})};
    const SurveyStatistics s = survey_statistics(q, responses);
    // Importance = mean rating: q1 (5 + 3 + 4) / 3 = 4, q2 (4 + 5 + 3) / 3 = 4, q3 (1 + 2) / 2 = 1.5.
    // (R3 said "don't know" to q1 but still rated its importance; that rating counts.)
    CHECK(item(s, "q1").importance == Approx(4.0));
    CHECK(item(s, "q2").importance == Approx(4.0));
    CHECK(item(s, "q3").importance == Approx(1.5));
    // Scores: q1 mean (5 + 4) / 2 = 4.5 -> 87.5; q2 mean 6 / 3 = 2 -> 25; q3 mean 13 / 3 = 4.333 -> 83.33.
    CHECK(item(s, "q1").score == Approx(87.5));
    CHECK(item(s, "q2").score == Approx(25.0));
    CHECK(item(s, "q3").score == Approx(250.0 / 3));
    // index = (4 * 87.5 + 4 * 25 + 1.5 * 83.33) / (4 + 4 + 1.5) = (350 + 100 + 125) / 9.5 = 60.53
    CHECK(*s.index == Approx(575.0 / 9.5));

    // Importance relative to the heaviest (4): 100, 100, 37.5; average 79.17.
    // Satisfaction 87.5, 25, 83.33; average 65.28.
    CHECK(s.priorities[2].importance == Approx(37.5));
    CHECK(s.priorities[0].quadrant == PriorityQuadrant::keep_up);
    CHECK(s.priorities[1].quadrant == PriorityQuadrant::improve_first);
    CHECK(s.priorities[2].quadrant == PriorityQuadrant::maintain);

    const auto weakest = weakest_items(s, 2);
    REQUIRE(weakest.size() == 2);
    CHECK(weakest[0].item_id == "q2");
    CHECK(weakest[1].item_id == "q3");
    CHECK(weakest_items(s, 10).size() == 3);

    // An item nobody rated takes the mean of the other items' importance: with q3's ratings
    // blank, q3 weighs (4 + 4) / 2 = 4 and the index is (4 * 87.5 + 4 * 25 + 4 * 83.33) / 12 = 65.28.
    auto unrated = responses;
    for (auto& r : unrated) r.importance[2] = blank;
    CHECK(item(survey_statistics(q, unrated), "q3").importance == Approx(4.0));
    CHECK(*survey_statistics(q, unrated).index == Approx((350.0 + 100.0 + 4 * 250.0 / 3) / 12));
}

TEST_CASE("Equal weights: items below the average satisfaction are the ones to improve first", "[survey]") {
    Questionnaire q = survey_test_questionnaire();
    for (auto& i : q.items) i.weight = 1;
    // Scores 100, 50, 0: average 50; every item is as important as the average.
    const auto s = survey_statistics(q, {response({v(5), v(3), v(1)})});
    CHECK(*s.index == Approx(50.0));
    CHECK(s.priorities[0].quadrant == PriorityQuadrant::keep_up);
    CHECK(s.priorities[1].quadrant == PriorityQuadrant::keep_up);
    CHECK(s.priorities[2].quadrant == PriorityQuadrant::improve_first);
    CHECK(std::string(priority_quadrant_label(PriorityQuadrant::improve_first)) == "Improve first");
}

TEST_CASE("No answers: no index, and nothing divided by zero", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    const auto s = survey_statistics(q, {response({dk, blank, dk})});
    CHECK_FALSE(s.index);
    CHECK(s.priorities.empty());
    CHECK(weakest_items(s, 3).empty());
    CHECK(item(s, "q1").dont_know == 1);
    CHECK(s.dimensions[0].answer.n == 0);
    // Responses shorter than the questionnaire (another version) count as blank where they end.
    const auto short_rows = survey_statistics(q, {response({v(4)})});
    CHECK(item(short_rows, "q2").answer.n == 0);
    CHECK(*short_rows.index == Approx(75.0));
}

TEST_CASE("The trend: earlier surveys of the same questionnaire, oldest first", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    auto survey = [&](std::int64_t id, std::string questionnaire, std::string date, std::vector<SurveyResponse> r) {
        Survey s;
        s.id = id;
        s.questionnaire_id = std::move(questionnaire);
        s.title = "Survey " + std::to_string(id);
        s.conducted_on = std::move(date);
        s.responses = std::move(r);
        return s;
    };
    const std::vector<Survey> all{
        survey(1, "test-citizens", "2025-11-01", {response({v(3), v(3), v(3)})}),      // index 50
        survey(2, "staff", "2025-12-01", {response({v(5), v(5), v(5)})}),              // another questionnaire
        survey(3, "test-citizens", "2026-11-05", example()),                           // index 68.75
        survey(4, "test-citizens", "2024-10-01", {response({v(2), v(2), v(2)})}),      // index 25
        survey(5, "test-citizens", "2027-11-01", {response({v(5), v(5), v(5)})}),      // later than the current
        survey(6, "test-citizens", "2026-01-01", {response({v(4), v(4)})}),            // another item list
    };
    const auto trend = survey_trend(all[2], all, q);
    REQUIRE(trend.points.size() == 4);
    CHECK(trend.points[0].survey_id == 4);
    CHECK(*trend.points[0].index == Approx(25.0));
    CHECK(trend.points[1].survey_id == 1);
    CHECK(trend.points[2].survey_id == 6);
    CHECK_FALSE(trend.points[2].index);
    CHECK(trend.points[3].survey_id == 3);
    CHECK(trend.points[3].title == "Survey 3");
    CHECK(*trend.points[3].index == Approx(68.75));
    CHECK_FALSE(trend.change);  // the previous point has no index

    const auto from_first = survey_trend(all[0], all, q);
    REQUIRE(from_first.points.size() == 2);
    CHECK(*from_first.change == Approx(50.0 - 25.0));  // 50 - 25

    const auto alone = survey_trend(all[1], all, q);
    CHECK(alone.points.size() == 1);
    CHECK_FALSE(alone.change);
}
