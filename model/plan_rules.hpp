#pragma once

#include "model/plan_types.hpp"

#include <string>
#include <vector>

namespace assessa {

// Category from impact and feasibility (1-5) and duration:
// - quick win: impact >= 4, feasibility >= 4, and done within 3 months of its start
//   (high impact, easy, quick: the SIGMA/CAF prioritisation rule);
// - key action: any other action with impact >= 4;
// - project: impact 3, worth doing but to be planned and resourced as a project;
// - later: impact 1-2.
// An action without valid dates cannot be a quick win.
ActionCategory derive_category(int impact, int feasibility, const std::string& starts_on, const std::string& due_on);
// The override if there is one, else the derived category.
ActionCategory category_of(const ImprovementAction& a);

// Every problem with an action, as complete messages (empty when it is valid):
// missing title or code, impact or feasibility outside 1-5, progress outside 0-100, dates
// malformed, due before start, dates or milestones outside the horizon or the action,
// no leading department, a department that does not exist, the leader also listed as taking
// part.
std::vector<std::string> validate_action(const ImprovementAction& a, const ImprovementPlan& plan,
                                         const std::vector<Department>& departments);
std::vector<std::string> validate_plan(const ImprovementPlan& plan);

// Where a new plan starts unless the user says otherwise: 1 January after the consensus is
// complete. The consensus is complete when management approves the report; before that it is
// complete at the earliest today, so the plan starts on the next 1 January after today.
CalendarDate default_plan_start(const Cycle& cycle, const CalendarDate& today);

// What the user asks for when creating a cycle's plan.
struct NewPlan {
    Id cycle_id = 0;
    std::string starts_on;  // ISO date
    int horizon_years = 3;  // 2 or 3
    std::string approver;   // who is to approve it; may be empty
};
// Every problem with a new plan, as complete messages (empty when it can be created): the start
// and horizon as validate_plan checks them, and an approver's name on one line.
std::vector<std::string> validate_new_plan(const NewPlan& plan);
// The draft plan (version 1) that NewPlan describes; the approver is kept in approved_by until
// the approval itself names who approved.
ImprovementPlan draft_plan(const NewPlan& plan);

// A code for a new action, "A-NN", not yet used in the plan.
std::string next_action_code(const std::vector<ImprovementAction>& actions);

}  // namespace assessa
