#pragma once

#include "i18n/translator.hpp"

#include "model/calendar_date.hpp"
#include "model/project_types.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

// CAF step 7 prioritises actions by effectiveness and feasibility.
enum class ActionCategory { quick_win, key_action, project, later };
std::string_view to_string(ActionCategory c);
std::optional<ActionCategory> action_category_from_string(std::string_view s);
const char* action_category_label(ActionCategory c, const Translator& t = Translator::current());  // translated
inline constexpr ActionCategory all_action_categories[] = {ActionCategory::quick_win, ActionCategory::key_action,
                                                           ActionCategory::project, ActionCategory::later};

enum class ActionStatus { planned, in_progress, done, postponed, cancelled };
std::string_view to_string(ActionStatus s);
std::optional<ActionStatus> action_status_from_string(std::string_view s);
const char* action_status_label(ActionStatus s, const Translator& t = Translator::current());  // translated
inline constexpr ActionStatus all_action_statuses[] = {ActionStatus::planned, ActionStatus::in_progress,
                                                       ActionStatus::done, ActionStatus::postponed,
                                                       ActionStatus::cancelled};

struct Milestone {
    Id id = 0;
    std::string title;
    std::string due_on;  // ISO date
    bool done = false;

    bool operator==(const Milestone&) const = default;
};

// One entry of an action's status history: the evidence of implementation (CAF step 9, PEF).
struct StatusChange {
    Id id = 0;
    std::string changed_on;  // ISO date
    ActionStatus status = ActionStatus::planned;
    int progress = 0;
    std::string comment;
    std::string changed_by;

    bool operator==(const StatusChange&) const = default;
};

// An action of another cycle's plan, named by cycle and code (both survive a re-import).
struct ActionOrigin {
    Id cycle_id = 0;
    std::string code;

    bool operator==(const ActionOrigin&) const = default;
};

struct ImprovementAction {
    Id id = 0;
    std::string code;  // "A-07", unique in the plan
    std::string title;
    std::string description;
    std::string expected_result;

    std::vector<Id> afi_ids;  // the agreed areas for improvement (consensus items) it answers
    // ISO 9001 clauses it touches; absent: derived from the AFIs' nodes through the mapping.
    std::optional<std::vector<std::string>> iso_clauses;

    int impact = 3;       // 1-5
    int feasibility = 3;  // 1-5
    std::string effort;   // free text: "20 person-days"
    std::string cost;     // free text: "3 000 EUR"
    std::optional<ActionCategory> category_override;
    int priority = 0;     // position in the plan, 0 first

    // Responsibility as in the organisations' matrices: V leads (exactly one), D takes part.
    std::optional<Id> lead_department;
    std::vector<Id> participating_departments;
    std::string responsible;
    std::vector<Id> process_ids;  // the processes of the register it changes, in register order

    std::string starts_on;  // ISO dates within the plan horizon
    std::string due_on;
    std::vector<Milestone> milestones;

    std::string indicator;
    std::string target;

    // CAF step 7 in the PEF's terms: the strategic objectives the action serves (ids of the
    // cycle's CycleSteps::objectives), its risks and assumptions, the resources it needs, and
    // how and when its effect will be checked.
    std::vector<Id> objective_ids;
    std::string risks;
    std::string resources;
    std::string check_method;
    std::string check_on;  // ISO date; may be empty

    ActionStatus status = ActionStatus::planned;
    int progress = 0;  // percent
    std::vector<StatusChange> history;  // oldest first; written by status changes only
    // The action of an earlier cycle's plan this one was adopted from (it carries on that work).
    std::optional<ActionOrigin> adopted_from;

    bool operator==(const ImprovementAction&) const = default;
};

// The plan of one cycle: a horizon of 2 or 3 years from its start, and its approval.
struct ImprovementPlan {
    Id cycle_id = 0;
    std::string starts_on;  // ISO date
    int horizon_years = 3;
    bool approved = false;  // false: draft
    int version = 1;        // goes up when an approved plan is changed
    std::string approved_by;
    std::string approved_on;
    std::string decision_note;

    // The last day of the horizon (start + years, minus one day).
    std::optional<CalendarDate> ends_on() const;
    bool operator==(const ImprovementPlan&) const = default;
};

}  // namespace assessa
