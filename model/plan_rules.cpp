#include "model/plan_rules.hpp"

#include <fmt/format.h>

#include "i18n/translator.hpp"

#include <algorithm>

namespace assessa {

std::optional<CalendarDate> ImprovementPlan::ends_on() const {
    auto start = CalendarDate::parse(starts_on);
    if (!start) return std::nullopt;
    return start->plus_months(12 * horizon_years).plus_days(-1);
}

ActionCategory derive_category(int impact, int feasibility, const std::string& starts_on, const std::string& due_on) {
    if (impact >= 4) {
        const auto start = CalendarDate::parse(starts_on), due = CalendarDate::parse(due_on);
        const bool within_three_months = start && due && *due <= start->plus_months(3);
        return feasibility >= 4 && within_three_months ? ActionCategory::quick_win : ActionCategory::key_action;
    }
    return impact == 3 ? ActionCategory::project : ActionCategory::later;
}

ActionCategory category_of(const ImprovementAction& a) {
    return a.category_override ? *a.category_override : derive_category(a.impact, a.feasibility, a.starts_on, a.due_on);
}

std::vector<std::string> validate_plan(const ImprovementPlan& plan) {
    std::vector<std::string> problems;
    if (!is_iso_date(plan.starts_on))
        problems.push_back(trf("the plan's start \"{}\" is not a date in the form 2027-01-01", plan.starts_on));
    if (plan.horizon_years != 2 && plan.horizon_years != 3)
        problems.push_back(trf("the plan covers 2 or 3 years, not {}", plan.horizon_years));
    if (plan.approved && (plan.approved_by.empty() || !is_iso_date(plan.approved_on)))
        problems.push_back(tr("an approved plan needs who approved it and the date"));
    return problems;
}

CalendarDate default_plan_start(const Cycle& cycle, const CalendarDate& today) {
    const auto approved = CalendarDate::parse(cycle.approved_on);
    const CalendarDate complete = approved ? *approved : today;
    return {complete.year + 1, 1, 1};
}

std::vector<std::string> validate_new_plan(const NewPlan& plan) {
    std::vector<std::string> problems = validate_plan(draft_plan(plan));
    if (plan.approver.find_first_of("\r\n") != std::string::npos)
        problems.push_back(tr("the name of who approves the plan must be on one line"));
    return problems;
}

ImprovementPlan draft_plan(const NewPlan& plan) {
    ImprovementPlan p;
    p.cycle_id = plan.cycle_id;
    p.starts_on = plan.starts_on;
    p.horizon_years = plan.horizon_years;
    const auto first = plan.approver.find_first_not_of(" \t");
    p.approved_by = first == std::string::npos ? std::string() : plan.approver.substr(first, plan.approver.find_last_not_of(" \t") - first + 1);
    return p;
}

std::string next_action_code(const std::vector<ImprovementAction>& actions) {
    for (int n = static_cast<int>(actions.size()) + 1;; ++n) {
        std::string code = fmt::format("A-{:02}", n);
        if (std::none_of(actions.begin(), actions.end(), [&](const auto& a) { return a.code == code; })) return code;
    }
}

std::vector<std::string> validate_action(const ImprovementAction& a, const ImprovementPlan& plan,
                                         const std::vector<Department>& departments) {
    std::vector<std::string> problems;
    const std::string who = a.code.empty() ? std::string(tr("the action")) : trf("action {}", a.code);
    auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
    if (blank(a.code)) problems.push_back(tr("the action needs a short id such as A-07"));
    if (blank(a.title)) problems.push_back(trf("{} needs a title", who));
    if (a.impact < 1 || a.impact > 5) problems.push_back(trf("{}: impact must be from 1 to 5, not {}", who, a.impact));
    if (a.feasibility < 1 || a.feasibility > 5)
        problems.push_back(trf("{}: feasibility must be from 1 to 5, not {}", who, a.feasibility));
    if (a.progress < 0 || a.progress > 100)
        problems.push_back(trf("{}: progress must be from 0 to 100 %, not {}", who, a.progress));

    const auto start = CalendarDate::parse(a.starts_on), due = CalendarDate::parse(a.due_on);
    if (!start) problems.push_back(trf("{}: the start \"{}\" is not a date in the form 2027-01-31", who, a.starts_on));
    if (!due) problems.push_back(trf("{}: the due date \"{}\" is not a date in the form 2027-01-31", who, a.due_on));
    if (start && due && *due < *start)
        problems.push_back(trf("{}: due {} is before its start {}", who, a.due_on, a.starts_on));
    const auto plan_start = CalendarDate::parse(plan.starts_on);
    const auto plan_end = plan.ends_on();
    if (plan_start && plan_end) {
        const std::string horizon = plan_start->to_string() + " \u2013 " + plan_end->to_string();
        if (start && (*start < *plan_start || *start > *plan_end))
            problems.push_back(trf("{}: the start {} is outside the plan ({})", who, a.starts_on, horizon));
        if (due && (*due < *plan_start || *due > *plan_end))
            problems.push_back(trf("{}: the due date {} is outside the plan ({})", who, a.due_on, horizon));
    }
    for (const auto& m : a.milestones) {
        const auto d = CalendarDate::parse(m.due_on);
        if (blank(m.title)) problems.push_back(trf("{}: a milestone needs a title", who));
        if (!d)
            problems.push_back(trf("{}: milestone \"{}\" has no valid date (\"{}\")", who, m.title, m.due_on));
        else if (start && due && (*d < *start || *d > *due))
            problems.push_back(trf("{}: milestone \"{}\" on {} is outside the action ({} \u2013 {})", who, m.title,
                                   m.due_on, a.starts_on, a.due_on));
    }

    if (!a.check_on.empty()) {
        const auto check = CalendarDate::parse(a.check_on);
        if (!check)
            problems.push_back(trf("{}: the date of the check \"{}\" is not a date in the form 2027-01-31", who, a.check_on));
        else if (start && *check < *start)
            problems.push_back(trf("{}: the check on {} is before the action starts ({})", who, a.check_on, a.starts_on));
    }

    auto known = [&](Id id) {
        return std::any_of(departments.begin(), departments.end(), [&](const Department& d) { return d.id == id; });
    };
    if (!a.lead_department)
        problems.push_back(trf("{} needs a leading department (V)", who));
    else if (!known(*a.lead_department))
        problems.push_back(trf("{}: the leading department (id {}) does not exist", who, *a.lead_department));
    for (Id d : a.participating_departments) {
        if (!known(d)) problems.push_back(trf("{}: a participating department (id {}) does not exist", who, d));
        if (a.lead_department && d == *a.lead_department)
            problems.push_back(trf("{}: the leading department cannot also be listed as taking part", who));
    }
    return problems;
}

}  // namespace assessa
