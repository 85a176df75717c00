#include <catch2/catch.hpp>

#include "model/plan_edits.hpp"
#include "model/progress_review.hpp"
#include "tests/support/progress_projects.hpp"

using namespace assessa;
using namespace assessa::test;

namespace {

ReviewedAction running(const std::string& due, int milestones = 0, int milestones_done = 0) {
    ReviewedAction a;
    a.code = "A-01";
    a.status = ActionStatus::in_progress;
    a.due_on = due;
    a.milestones = milestones;
    a.milestones_done = milestones_done;
    return a;
}

std::map<ReviewStanding, int> standings(const ProgressReview& r) { return review_counts(r).standings; }

}  // namespace

TEST_CASE("an action's standing at a review: late by its due date or an unmet milestone, else by its status",
          "[progress-review]") {
    CHECK(review_standing(running("2027-06-30"), "2027-03-31") == ReviewStanding::on_track);
    CHECK(review_standing(running("2027-03-31"), "2027-03-31") == ReviewStanding::on_track);  // due on the day: not yet late
    CHECK(review_standing(running("2027-03-30"), "2027-03-31") == ReviewStanding::late);
    CHECK(review_standing(running("2027-12-31", 2, 1), "2027-03-31") == ReviewStanding::late);  // a milestone due is not met
    CHECK(review_standing(running("2027-12-31", 2, 2), "2027-03-31") == ReviewStanding::on_track);
    CHECK(review_standing(running(""), "2027-03-31") == ReviewStanding::on_track);  // no due date: never late by it

    auto planned = running("2026-12-31");
    planned.status = ActionStatus::planned;
    CHECK(review_standing(planned, "2027-03-31") == ReviewStanding::late);  // planned and overdue is late too

    auto a = running("2026-12-31", 3, 0);
    a.status = ActionStatus::done;
    CHECK(review_standing(a, "2027-03-31") == ReviewStanding::done);
    a.status = ActionStatus::postponed;
    CHECK(review_standing(a, "2027-03-31") == ReviewStanding::postponed);
    a.status = ActionStatus::cancelled;
    CHECK(review_standing(a, "2027-03-31") == ReviewStanding::cancelled);

    CHECK(to_string(ReviewStanding::on_track) == "on-track");
    CHECK(std::string(review_standing_label(ReviewStanding::late, Translator())) == "Late");
}

TEST_CASE("indicator values are compared with their targets in the ways targets are written", "[progress-review]") {
    struct Case {
        const char* target;
        const char* value;
        IndicatorResult expected;
    };
    const Case cases[] = {
        {"\u2265 80 %", "85 %", IndicatorResult::met},
        {"\u2265 80 %", "79,5 %", IndicatorResult::not_met},
        {"\u226580%", "80%", IndicatorResult::met},
        {">= 80", "80", IndicatorResult::met},
        {"> 80", "80", IndicatorResult::not_met},
        {"< 3", "2,9", IndicatorResult::met},
        {"\u22645", "5", IndicatorResult::met},
        {"\u22645", "5.5", IndicatorResult::not_met},
        {"<= 5 days", "6 days", IndicatorResult::not_met},
        {"at most 5 days", "4 days", IndicatorResult::met},
        {"At most 5 days", "7", IndicatorResult::not_met},
        {"at least 90", "90", IndicatorResult::met},
        {"at least 90", "89.9", IndicatorResult::not_met},
        {"90%", "92 %", IndicatorResult::met},    // a bare number means "at least"
        {"90%", "88 %", IndicatorResult::not_met},
        {"10", "12 standards", IndicatorResult::met},
        {"Coverage 80 %", "81 %", IndicatorResult::met},  // "over" inside a word is no comparison
        {"Coverage at most 2,5 %", "2,4 %", IndicatorResult::met},
        {"ne ma\u017eiau kaip 80 %", "82 %", IndicatorResult::met},
        {"Ne ma\u017eiau kaip 80 %", "70 %", IndicatorResult::not_met},
        {"ne daugiau kaip 5 d.", "4 d.", IndicatorResult::met},
        {"ne daugiau kaip 5 d.", "6 d.", IndicatorResult::not_met},
        {"\u4e0d\u5c11\u4e8e80", "75", IndicatorResult::not_met},  // 不少于80
        {"\u4e0d\u5c11\u4e8e80", "80", IndicatorResult::met},
        {"\u4e0d\u8d85\u8fc75\u5929", "3\u5929", IndicatorResult::met},  // 不超过5天
        {"\u4e0d\u8d85\u8fc75\u5929", "8\u5929", IndicatorResult::not_met},
        {"-5", "-3", IndicatorResult::met},
        {"\u2265 80 %", "", IndicatorResult::not_measured},
        {"\u2265 80 %", "  ", IndicatorResult::not_measured},
        {"Satisfied residents", "", IndicatorResult::not_measured},
        {"Satisfied residents", "85 %", IndicatorResult::not_comparable},
        {"\u2265 80 %", "about right", IndicatorResult::not_comparable},
        {"", "12", IndicatorResult::not_comparable},
    };
    for (const auto& c : cases) {
        INFO("target \"" << c.target << "\", value \"" << c.value << "\"");
        CHECK(compare_indicator(c.target, c.value) == c.expected);
    }
    CHECK(to_string(IndicatorResult::not_measured) == "not-measured");
    CHECK(std::string(indicator_result_label(IndicatorResult::met, Translator())) == "Met");
}

TEST_CASE("a review prefilled from the plan snapshots status, progress, comment, milestones due and carried values",
          "[progress-review]") {
    ProgressProject f;
    f.add_reviews();
    const auto reviews = f.project->progress_reviews(f.cycle);
    REQUIRE(reviews.size() == 3);

    const auto& first = reviews[0];
    CHECK(first.held_on == "2027-03-31");
    CHECK(first.reviewer == "Director Rasa Petrauskienė");
    REQUIRE(first.actions.size() == 5);
    const auto* a1 = first.action("A-01");
    REQUIRE(a1);
    CHECK(a1->department == "ADM");
    CHECK(a1->status == ActionStatus::in_progress);
    CHECK(a1->progress == 30);
    CHECK(a1->comment == "Draft under way");
    CHECK(a1->milestones == 1);  // the draft was due by then, the approval was not
    CHECK(a1->milestones_done == 0);
    CHECK(first.action("A-04")->department == "IT");
    CHECK(standings(first) == std::map<ReviewStanding, int>{{ReviewStanding::on_track, 4}, {ReviewStanding::late, 1},
                                                            {ReviewStanding::done, 0}, {ReviewStanding::postponed, 0},
                                                            {ReviewStanding::cancelled, 0}});

    const auto& second = reviews[1];
    CHECK(second.action("A-01")->milestones == 2);
    CHECK(second.action("A-01")->milestones_done == 2);
    CHECK(second.action("A-03")->comment == "Routing waits for the new system");
    CHECK(standings(second) == std::map<ReviewStanding, int>{{ReviewStanding::on_track, 2}, {ReviewStanding::late, 1},
                                                             {ReviewStanding::done, 1}, {ReviewStanding::postponed, 1},
                                                             {ReviewStanding::cancelled, 0}});

    const auto& third = reviews[2];
    CHECK(third.action("A-02")->value == "85 %");  // carried from the review before
    CHECK(third.action("A-01")->value == "12");
    CHECK(standings(third) == std::map<ReviewStanding, int>{{ReviewStanding::on_track, 0}, {ReviewStanding::late, 2},
                                                            {ReviewStanding::done, 1}, {ReviewStanding::postponed, 1},
                                                            {ReviewStanding::cancelled, 1}});

    // A new review between two others carries the values of the one before it, not the newest.
    const auto between = review_from_plan(*f.project, f.cycle, "2027-07-15", "Jonas");
    CHECK(between.action("A-03")->value == "9 days");
    CHECK(between.id == 0);
    CHECK(between.conclusions.empty());

    CHECK_THROWS_AS(review_from_plan(*f.project, f.cycle, "2027-13-01", "Jonas"), InvalidEdit);
    ProjectFixture empty;
    CHECK_THROWS_AS(review_from_plan(*empty.project, empty.cycle, "2027-03-31", "Jonas"), InvalidEdit);
}

TEST_CASE("review counts: standings, milestones, indicators and mean progress, for the plan and per department",
          "[progress-review]") {
    ProgressProject f;
    f.add_reviews();
    const auto reviews = f.project->progress_reviews(f.cycle);
    const auto& second = reviews[1];

    const auto all = review_counts(second);
    CHECK(all.actions == 5);
    CHECK(all.milestones == 3);  // A-01's two (met) and A-03's routing (not met)
    CHECK(all.milestones_done == 2);
    CHECK(all.indicators == 4);  // A-04 has none
    CHECK(all.indicators_met == 1);        // A-02 85 % against at least 80 %
    CHECK(all.indicators_not_met == 1);    // A-03 9 days against at most 5
    CHECK(all.indicators_not_measured == 2);
    CHECK(all.mean_progress == Approx((70 + 100 + 20 + 0 + 0) / 5.0));

    const auto fin = review_counts(second, "FIN");
    CHECK(fin.actions == 2);
    CHECK(fin.standings.at(ReviewStanding::done) == 1);
    CHECK(fin.standings.at(ReviewStanding::late) == 1);
    CHECK(fin.standings.at(ReviewStanding::on_track) == 0);
    CHECK(fin.mean_progress == Approx(60));

    const auto it = review_counts(second, "IT");
    CHECK(it.actions == 1);
    CHECK(it.standings.at(ReviewStanding::postponed) == 1);
    CHECK(review_counts(second, "").actions == 0);  // every action has a leader

    const auto unknown = review_counts(second, "XYZ");
    CHECK(unknown.actions == 0);
    CHECK(unknown.mean_progress == 0);
    CHECK(unknown.standings.size() == 5);

    // Cancelled actions do not count in the mean progress.
    const auto third = review_counts(reviews[2]);
    CHECK(third.mean_progress == Approx((70 + 100 + 50 + 0) / 4.0));
}

TEST_CASE("the changes between two reviews, action by action", "[progress-review]") {
    ProgressReview before, after;
    before.held_on = "2027-03-31";
    after.held_on = "2027-06-30";
    ReviewedAction same = running("2027-12-31");
    same.code = "A-01";
    ReviewedAction moved = running("2027-12-31");
    moved.code = "A-02";
    ReviewedAction gone = running("2027-12-31");
    gone.code = "A-03";
    ReviewedAction added = running("2027-12-31");
    added.code = "A-04";
    before.actions = {same, moved, gone};
    moved.progress = 60;
    after.actions = {same, added, moved};

    const auto changes = review_changes(before, after);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].code == "A-04");
    CHECK_FALSE(changes[0].before);
    CHECK(changes[0].after == added);
    CHECK(changes[1].code == "A-02");
    CHECK(changes[1].before->progress == 0);
    CHECK(changes[1].after->progress == 60);
    CHECK(changes[2].code == "A-03");
    CHECK(changes[2].before == gone);
    CHECK_FALSE(changes[2].after);
    CHECK(review_changes(after, after).empty());
}

TEST_CASE("finding a review by date and the one before it", "[progress-review]") {
    std::vector<ProgressReview> reviews(3);
    reviews[0].held_on = "2027-06-30";
    reviews[1].held_on = "2027-03-31";
    reviews[2].held_on = "2027-09-30";
    CHECK(find_review(reviews, "") == &reviews[2]);
    CHECK(find_review(reviews, "2027-03-31") == &reviews[1]);
    CHECK(find_review(reviews, "2027-04-01") == nullptr);
    CHECK(find_review({}, "") == nullptr);
    CHECK(previous_review(reviews, reviews[2]) == &reviews[0]);
    CHECK(previous_review(reviews, reviews[0]) == &reviews[1]);
    CHECK(previous_review(reviews, reviews[1]) == nullptr);
}

TEST_CASE("a stored review stays exactly as it was when the plan's actions are changed and removed", "[progress-review]") {
    ProgressProject f;
    f.add_reviews();
    const auto stored = f.project->progress_reviews(f.cycle);
    REQUIRE(stored.size() == 3);

    auto a1 = f.project->action(f.actions["A-01"]);
    a1.title = "Publish and train service standards";
    a1.due_on = "2028-06-30";
    a1.target = "\u2265 20";
    a1.lead_department = f.fin;
    a1.milestones.clear();
    f.project->update_action(a1);
    f.project->set_action_status(f.actions["A-01"], ActionStatus::done, 100, "All published", "Rasa", "2027-11-30");
    f.project->remove_action(f.actions["A-03"]);
    f.project->update_department({f.adm, "ADMIN", "General administration", ""});
    f.reopen();

    const auto after = f.project->progress_reviews(f.cycle);
    CHECK(after == stored);
    CHECK(after[2].action("A-01")->title == "Publish service standards");
    CHECK(after[2].action("A-01")->department == "ADM");
    CHECK(after[2].action("A-03") != nullptr);
    // A new review sees the plan as it now stands.
    const auto next = review_from_plan(*f.project, f.cycle, "2027-12-31", "Jonas");
    CHECK(next.action("A-03") == nullptr);
    CHECK(next.action("A-01")->status == ActionStatus::done);
    CHECK(next.action("A-01")->department == "FIN");
    CHECK(next.action("A-05")->department == "ADMIN");
}
