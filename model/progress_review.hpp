#pragma once

#include "model/cycle_steps_types.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

class Project;

// Where an action stood at a review: done, postponed, cancelled, or, while it runs, late (due
// date passed, or a milestone due by the review not met) or on track.
enum class ReviewStanding { on_track, late, done, postponed, cancelled };
inline constexpr ReviewStanding all_review_standings[] = {ReviewStanding::on_track, ReviewStanding::late,
                                                          ReviewStanding::done, ReviewStanding::postponed,
                                                          ReviewStanding::cancelled};
std::string_view to_string(ReviewStanding s);
const char* review_standing_label(ReviewStanding s, const Translator& t = Translator::current());  // translated
ReviewStanding review_standing(const ReviewedAction& a, std::string_view held_on);

// An indicator's value against its target. Targets are read as a number with an optional
// comparison in front ("≥ 80 %", ">= 80", "at most 5 days", "≤5", "90%"; a bare number means
// "at least"); values as the first number in the text. Decimal comma or point.
enum class IndicatorResult { met, not_met, not_measured, not_comparable };
std::string_view to_string(IndicatorResult r);
const char* indicator_result_label(IndicatorResult r, const Translator& t = Translator::current());  // translated
IndicatorResult compare_indicator(std::string_view target, std::string_view value);

// A new review of the cycle's plan as it stands, dated `held_on`: every action's status,
// progress, milestones met by that date, indicator and target; the comment is the newest status
// comment and the value the one the previous review recorded (to be updated). Throws
// InvalidEdit when the cycle has no plan.
ProgressReview review_from_plan(const Project& project, Id cycle_id, const std::string& held_on,
                                const std::string& reviewer);

struct ReviewCounts {
    std::map<ReviewStanding, int> standings;  // every standing, zero included
    int actions = 0;
    int milestones = 0, milestones_done = 0;
    int indicators = 0, indicators_met = 0, indicators_not_met = 0, indicators_not_measured = 0;
    double mean_progress = 0;  // percent, over actions not cancelled
};
ReviewCounts review_counts(const ProgressReview& review);
// The same for the actions led by one department (code; empty: actions without a leader).
ReviewCounts review_counts(const ProgressReview& review, std::string_view department);

// What changed between two reviews, action by action (by code).
struct ActionChange {
    std::string code;
    std::optional<ReviewedAction> before;  // none: not in the earlier review
    std::optional<ReviewedAction> after;   // none: no longer in the plan
};
std::vector<ActionChange> review_changes(const ProgressReview& before, const ProgressReview& after);

// The review held on `held_on`, or the newest when empty; nullptr when there is none.
const ProgressReview* find_review(const std::vector<ProgressReview>& reviews, std::string_view held_on);
// The review before `review` in `reviews` (sorted by date); nullptr for the first.
const ProgressReview* previous_review(const std::vector<ProgressReview>& reviews, const ProgressReview& review);

}  // namespace assessa
