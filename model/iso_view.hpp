#pragma once

#include "frameworks/framework.hpp"
#include "frameworks/mapping.hpp"
#include "model/cycle_summary.hpp"
#include "model/plan_views.hpp"
#include "model/process_types.hpp"

#include <optional>
#include <string>
#include <vector>

namespace assessa {

// How well the self-assessment speaks to an ISO clause. The mapping is authored, so a clause
// with weak or no coverage needs evidence from elsewhere (internal audits, process reviews).
enum class IsoCoverage { none, weak, covered };

// Below this sum of link weights a clause counts as weakly covered: one strong link, or two
// partial ones, is enough.
inline constexpr double enough_iso_coverage = 1.0;

// One mapping link that reaches a clause (to it or to one of its sub-clauses).
struct IsoClauseLink {
    std::string node;    // CAF node code
    std::string target;  // the clause the link names: the row's clause or a sub-clause of it
    Strength strength = Strength::strong;
    std::optional<double> score;  // the node's consensus score, if agreed
};

struct IsoClauseView {
    std::size_t index = 0;  // into the ISO framework's nodes()
    std::string code;
    int depth = 0;
    std::vector<IsoClauseLink> links;  // in mapping order
    double coverage = 0;               // sum of the links' weights
    IsoCoverage state = IsoCoverage::none;
    // Consensus scores of the mapped nodes, as a mean weighted by link strength; empty when
    // no mapped node has a consensus score.
    std::optional<double> weighted_score;
    std::vector<Id> actions;  // improvement actions touching the clause or a sub-clause, in priority order
    std::vector<Id> processes;  // processes claiming the clause or a sub-clause, in register order
    bool needs_process = false; // 4.4 or 8.x, and no process claims it
};

// Every clause of the ISO framework in document order (a tree: depth and parent as in the framework).
struct IsoView {
    MappingPtr mapping;
    FrameworkPtr iso;
    std::vector<IsoClauseView> clauses;

    bool official() const { return mapping && mapping->official(); }
    const IsoClauseView* find(std::string_view code) const;
    // Clauses of depth 1 (4.1, 5.2...) with the given coverage: the gaps a report lists.
    std::vector<const IsoClauseView*> top_clauses_with(IsoCoverage state) const;
};

// Whether `code` is `clause` or lies below it ("7.1.5" under "7.1", not "7.10").
bool in_clause(std::string_view code, std::string_view clause);

// The view from a mapping, its target framework and consensus scores; no actions.
IsoView iso_view(MappingPtr mapping, FrameworkPtr iso, const ScoreSheet& consensus);
// Adds to each clause the processes claiming it (process_rules.hpp process_iso_coverage).
void add_processes(IsoView& view, const std::vector<Process>& processes);
// Adds to each clause the actions touching it (plan_views.hpp iso_clauses_of).
void add_actions(IsoView& view, const std::vector<ImprovementAction>& actions, const PlanContext& ctx);

// The mapping from a framework to ISO 9001 stored in the project, or null.
MappingPtr iso_mapping_of(const Project& project, std::string_view framework_id);
// The whole view of one cycle (scores and actions); nullopt when the project holds no ISO mapping.
std::optional<IsoView> iso_view(const Project& project, const CycleSummary& summary);

}  // namespace assessa
