#include "model/progress_review.hpp"

#include "model/calendar_date.hpp"
#include "model/project.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace assessa {

std::string_view to_string(ReviewStanding s) {
    switch (s) {
        case ReviewStanding::on_track: return "on-track";
        case ReviewStanding::late: return "late";
        case ReviewStanding::done: return "done";
        case ReviewStanding::postponed: return "postponed";
        case ReviewStanding::cancelled: return "cancelled";
    }
    return "on-track";
}

const char* review_standing_label(ReviewStanding s, const Translator& t) {
    switch (s) {
        case ReviewStanding::on_track: return t.tr("On track");
        case ReviewStanding::late: return t.tr("Late");
        case ReviewStanding::done: return t.tr("Done");
        case ReviewStanding::postponed: return t.tr("Postponed");
        case ReviewStanding::cancelled: return t.tr("Cancelled");
    }
    return "";
}

ReviewStanding review_standing(const ReviewedAction& a, std::string_view held_on) {
    switch (a.status) {
        case ActionStatus::done: return ReviewStanding::done;
        case ActionStatus::postponed: return ReviewStanding::postponed;
        case ActionStatus::cancelled: return ReviewStanding::cancelled;
        case ActionStatus::planned:
        case ActionStatus::in_progress: break;
    }
    auto due = CalendarDate::parse(a.due_on);
    auto review = CalendarDate::parse(held_on);
    if (due && review && *due < *review) return ReviewStanding::late;
    // Every counted milestone that is not met was due by the review (see review_from_plan).
    if (a.milestones_done < a.milestones) return ReviewStanding::late;
    return ReviewStanding::on_track;
}

std::string_view to_string(IndicatorResult r) {
    switch (r) {
        case IndicatorResult::met: return "met";
        case IndicatorResult::not_met: return "not-met";
        case IndicatorResult::not_measured: return "not-measured";
        case IndicatorResult::not_comparable: return "not-comparable";
    }
    return "not-comparable";
}

const char* indicator_result_label(IndicatorResult r, const Translator& t) {
    switch (r) {
        case IndicatorResult::met: return t.tr("Met");
        case IndicatorResult::not_met: return t.tr("Not met");
        case IndicatorResult::not_measured: return t.tr("Not measured");
        case IndicatorResult::not_comparable: return t.tr("Not comparable");
    }
    return "";
}

namespace {

enum class Comparison { at_least, more_than, at_most, less_than };

struct Number {
    double value = 0;
    std::size_t at = 0;  // where the number (or its sign) starts
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The first number in `s`: digits with an optional decimal point or comma and an optional
// minus sign right before it.
std::optional<Number> first_number(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && !is_digit(s[i])) ++i;
    if (i == s.size()) return std::nullopt;
    std::size_t start = i;
    std::string digits;
    while (i < s.size() && is_digit(s[i])) digits += s[i++];
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1])) {
        digits += '.';
        ++i;
        while (i < s.size() && is_digit(s[i])) digits += s[i++];
    }
    double v = std::strtod(digits.c_str(), nullptr);
    if (start > 0 && s[start - 1] == '-') {
        v = -v;
        --start;
    } else if (start >= 3 && s.substr(start - 3, 3) == "\xE2\x88\x92") {  // U+2212 minus sign
        v = -v;
        start -= 3;
    }
    return Number{v, start};
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool is_letter(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

// Where `marker` stands in `s`; a marker made of letters only as whole words ("over" is not
// found in "coverage").
std::size_t find_marker(std::string_view s, std::string_view marker) {
    bool word = static_cast<unsigned char>(marker.front()) < 0x80 && is_letter(marker.front());
    for (auto at = s.find(marker); at != std::string_view::npos; at = s.find(marker, at + 1)) {
        if (!word) return at;
        auto end = at + marker.size();
        bool starts_word = at == 0 || !is_letter(s[at - 1]);
        bool ends_word = end == s.size() || !is_letter(marker.back()) || !is_letter(s[end]);
        if (starts_word && ends_word) return at;
    }
    return std::string_view::npos;
}

// The comparison written before the target's number; a bare number means "at least".
Comparison comparison_of(std::string_view before_number) {
    std::string s = ascii_lower(before_number);
    struct Marker {
        const char* text;
        Comparison comparison;
    };
    // Longer markers first where one contains another (">=" before ">").
    static const Marker markers[] = {
        {"\xE2\x89\xA5", Comparison::at_least},   // ≥
        {"\xE2\x89\xA4", Comparison::at_most},    // ≤
        {">=", Comparison::at_least},
        {"<=", Comparison::at_most},
        {"=>", Comparison::at_least},
        {"=<", Comparison::at_most},
        {">", Comparison::more_than},
        {"<", Comparison::less_than},
        {"at least", Comparison::at_least},
        {"not less than", Comparison::at_least},
        {"no less than", Comparison::at_least},
        {"minimum", Comparison::at_least},
        {"min.", Comparison::at_least},
        {"more than", Comparison::more_than},
        {"over", Comparison::more_than},
        {"above", Comparison::more_than},
        {"at most", Comparison::at_most},
        {"not more than", Comparison::at_most},
        {"no more than", Comparison::at_most},
        {"maximum", Comparison::at_most},
        {"max.", Comparison::at_most},
        {"up to", Comparison::at_most},
        {"less than", Comparison::less_than},
        {"fewer than", Comparison::less_than},
        {"below", Comparison::less_than},
        {"under", Comparison::less_than},
        {"ne ma\xC5\xBEiau", Comparison::at_least},  // ne mažiau kaip / nei
        {"bent", Comparison::at_least},
        {"daugiau nei", Comparison::more_than},
        {"daugiau kaip", Comparison::more_than},
        {"ne daugiau", Comparison::at_most},  // ne daugiau kaip / nei
        {"iki", Comparison::at_most},
        {"ma\xC5\xBEiau nei", Comparison::less_than},
        {"ma\xC5\xBEiau kaip", Comparison::less_than},
        {"\xE4\xB8\x8D\xE5\xB0\x91\xE4\xBA\x8E", Comparison::at_least},  // 不少于
        {"\xE4\xB8\x8D\xE4\xBD\x8E\xE4\xBA\x8E", Comparison::at_least},  // 不低于
        {"\xE8\x87\xB3\xE5\xB0\x91", Comparison::at_least},              // 至少
        {"\xE4\xB8\x8D\xE8\xB6\x85\xE8\xBF\x87", Comparison::at_most},   // 不超过
        {"\xE4\xB8\x8D\xE5\xA4\x9A\xE4\xBA\x8E", Comparison::at_most},   // 不多于
        {"\xE4\xB8\x8D\xE9\xAB\x98\xE4\xBA\x8E", Comparison::at_most},   // 不高于
        {"\xE6\x9C\x80\xE5\xA4\x9A", Comparison::at_most},               // 最多
        {"\xE5\xA4\xA7\xE4\xBA\x8E", Comparison::more_than},             // 大于
        {"\xE9\xAB\x98\xE4\xBA\x8E", Comparison::more_than},             // 高于
        {"\xE5\xB0\x8F\xE4\xBA\x8E", Comparison::less_than},             // 小于
        {"\xE4\xBD\x8E\xE4\xBA\x8E", Comparison::less_than},             // 低于
    };
    // "ne daugiau" contains "daugiau", "not more than" contains "more than": the marker that
    // starts first wins, and of those starting at the same place the longest.
    std::size_t best_at = std::string::npos, best_len = 0;
    Comparison found = Comparison::at_least;
    for (const auto& m : markers) {
        std::string_view text = m.text;
        auto at = find_marker(s, text);
        if (at == std::string::npos) continue;
        if (best_at == std::string::npos || at < best_at || (at == best_at && text.size() > best_len)) {
            best_at = at;
            best_len = text.size();
            found = m.comparison;
        }
    }
    return found;
}

bool blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

IndicatorResult compare_indicator(std::string_view target, std::string_view value) {
    if (blank(value)) return IndicatorResult::not_measured;
    auto goal = first_number(target);
    auto measured = first_number(value);
    if (!goal || !measured) return IndicatorResult::not_comparable;
    bool met = false;
    switch (comparison_of(target.substr(0, goal->at))) {
        case Comparison::at_least: met = measured->value >= goal->value; break;
        case Comparison::more_than: met = measured->value > goal->value; break;
        case Comparison::at_most: met = measured->value <= goal->value; break;
        case Comparison::less_than: met = measured->value < goal->value; break;
    }
    return met ? IndicatorResult::met : IndicatorResult::not_met;
}

ProgressReview review_from_plan(const Project& project, Id cycle_id, const std::string& held_on,
                                const std::string& reviewer) {
    if (!project.plan(cycle_id)) throw InvalidEdit(tr("The cycle has no improvement plan to review."));
    auto review_date = CalendarDate::parse(held_on);
    if (!review_date) throw InvalidEdit(trf("The review date \"{}\" is not a date (YYYY-MM-DD).", held_on));

    // The values the latest review before this one recorded.
    auto reviews = project.progress_reviews(cycle_id);
    const ProgressReview* earlier = nullptr;
    for (const auto& r : reviews)
        if (r.held_on < held_on && (!earlier || r.held_on > earlier->held_on)) earlier = &r;

    auto departments = project.departments();
    ProgressReview review;
    review.cycle_id = cycle_id;
    review.held_on = held_on;
    review.reviewer = reviewer;
    for (const auto& a : project.actions(cycle_id)) {
        ReviewedAction r;
        r.code = a.code;
        r.title = a.title;
        if (a.lead_department)
            for (const auto& d : departments)
                if (d.id == *a.lead_department) r.department = d.code;
        r.due_on = a.due_on;
        r.status = a.status;
        r.progress = a.progress;
        for (auto h = a.history.rbegin(); h != a.history.rend(); ++h)
            if (!h->comment.empty()) {
                r.comment = h->comment;
                break;
            }
        // Milestones due by the review date, and any met earlier than due.
        for (const auto& m : a.milestones) {
            auto due = CalendarDate::parse(m.due_on);
            bool due_by_review = due && *due <= *review_date;
            if (!due_by_review && !m.done) continue;
            ++r.milestones;
            if (m.done) ++r.milestones_done;
        }
        r.indicator = a.indicator;
        r.target = a.target;
        if (earlier)
            if (const auto* before = earlier->action(a.code)) r.value = before->value;
        review.actions.push_back(std::move(r));
    }
    return review;
}

namespace {

ReviewCounts counts_of(const ProgressReview& review, const std::string_view* department) {
    ReviewCounts c;
    for (auto s : all_review_standings) c.standings[s] = 0;
    int progress_sum = 0, progress_actions = 0;
    for (const auto& a : review.actions) {
        if (department && a.department != *department) continue;
        ++c.actions;
        auto standing = review_standing(a, review.held_on);
        ++c.standings[standing];
        c.milestones += a.milestones;
        c.milestones_done += a.milestones_done;
        if (!blank(a.indicator) || !blank(a.target)) {
            ++c.indicators;
            switch (compare_indicator(a.target, a.value)) {
                case IndicatorResult::met: ++c.indicators_met; break;
                case IndicatorResult::not_met: ++c.indicators_not_met; break;
                case IndicatorResult::not_measured: ++c.indicators_not_measured; break;
                case IndicatorResult::not_comparable: break;
            }
        }
        if (standing != ReviewStanding::cancelled) {
            progress_sum += a.progress;
            ++progress_actions;
        }
    }
    if (progress_actions > 0) c.mean_progress = static_cast<double>(progress_sum) / progress_actions;
    return c;
}

}  // namespace

ReviewCounts review_counts(const ProgressReview& review) { return counts_of(review, nullptr); }

ReviewCounts review_counts(const ProgressReview& review, std::string_view department) {
    return counts_of(review, &department);
}

std::vector<ActionChange> review_changes(const ProgressReview& before, const ProgressReview& after) {
    std::vector<ActionChange> changes;
    for (const auto& a : after.actions) {
        const auto* earlier = before.action(a.code);
        if (earlier && *earlier == a) continue;
        ActionChange c;
        c.code = a.code;
        if (earlier) c.before = *earlier;
        c.after = a;
        changes.push_back(std::move(c));
    }
    for (const auto& b : before.actions) {
        if (after.action(b.code)) continue;
        ActionChange c;
        c.code = b.code;
        c.before = b;
        changes.push_back(std::move(c));
    }
    return changes;
}

const ProgressReview* find_review(const std::vector<ProgressReview>& reviews, std::string_view held_on) {
    const ProgressReview* found = nullptr;
    for (const auto& r : reviews) {
        if (held_on.empty()) {
            if (!found || r.held_on > found->held_on) found = &r;
        } else if (r.held_on == held_on) {
            return &r;
        }
    }
    return found;
}

const ProgressReview* previous_review(const std::vector<ProgressReview>& reviews, const ProgressReview& review) {
    const ProgressReview* found = nullptr;
    for (const auto& r : reviews)
        if (r.held_on < review.held_on && (!found || r.held_on > found->held_on)) found = &r;
    return found;
}

}  // namespace assessa
