#pragma once

#include "frameworks/framework.hpp"
#include "frameworks/mapping.hpp"
#include "model/plan_rules.hpp"
#include "model/project.hpp"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace assessa {

// What the views need besides the actions: where each agreed AFI sits in the framework, and
// the mapping to ISO 9001.
struct PlanContext {
    FrameworkPtr framework;
    MappingPtr iso_mapping;                     // may be null
    FrameworkPtr iso_framework;                 // the mapping's target, may be null
    std::map<Id, std::string> afi_nodes;        // consensus AFI item id -> node code
    std::map<Id, std::string> afi_texts;
};
PlanContext plan_context(const Project& project, Id cycle_id);

// CAF nodes an action answers (those of its AFIs), in framework order.
std::vector<std::string> nodes_of(const ImprovementAction& a, const PlanContext& ctx);
// The ISO clauses an action touches: its own list if set, else derived from its nodes through
// the mapping's strong and partial links (weak links are too loose to assign work by).
std::vector<std::string> iso_clauses_of(const ImprovementAction& a, const PlanContext& ctx);
std::vector<std::string> derived_iso_clauses(const std::vector<std::string>& nodes, const PlanContext& ctx);

struct Quarter {
    int year = 0;
    int number = 1;  // 1-4
    CalendarDate first, last;
    std::string label() const;  // "2027 Q1"
};
// The calendar quarters the plan's horizon touches.
std::vector<Quarter> plan_quarters(const ImprovementPlan& plan);
// Whether the action runs during the quarter (cancelled actions never do).
bool active_in(const ImprovementAction& a, const Quarter& q);

struct DepartmentActions {
    Id department = 0;
    std::vector<Id> leads;       // V
    std::vector<Id> takes_part;  // D
};
std::vector<DepartmentActions> actions_by_department(const std::vector<ImprovementAction>& actions,
                                                     const std::vector<Department>& departments);

struct QuarterActions {
    Quarter quarter;
    std::vector<Id> actions;
};
std::vector<QuarterActions> actions_by_quarter(const ImprovementPlan& plan, const std::vector<ImprovementAction>& actions);
std::map<int, std::vector<Id>> actions_by_year(const ImprovementPlan& plan, const std::vector<ImprovementAction>& actions);

// Per department and quarter: how many running actions it leads and takes part in.
struct DepartmentLoad {
    Id department = 0;
    std::vector<int> leading;        // one per plan quarter
    std::vector<int> participating;
};
std::vector<DepartmentLoad> department_load(const ImprovementPlan& plan, const std::vector<ImprovementAction>& actions,
                                            const std::vector<Department>& departments);

// Top-level node (CAF criterion) -> actions answering AFIs under it.
std::map<std::string, std::vector<Id>> actions_by_criterion(const std::vector<ImprovementAction>& actions,
                                                            const PlanContext& ctx);
// ISO clause -> actions touching it.
std::map<std::string, std::vector<Id>> actions_by_iso_clause(const std::vector<ImprovementAction>& actions,
                                                             const PlanContext& ctx);

// Agreed areas for improvement that no action (other than a cancelled one) answers, in
// framework order: so that nothing the group found falls through.
std::vector<Id> uncovered_afis(const std::vector<ImprovementAction>& actions, const PlanContext& ctx);

// cells[impact - 1][feasibility - 1] holds the actions rated so.
struct ImpactFeasibilityMatrix {
    std::array<std::array<std::vector<Id>, 5>, 5> cells;
};
ImpactFeasibilityMatrix impact_feasibility_matrix(const std::vector<ImprovementAction>& actions);

}  // namespace assessa
