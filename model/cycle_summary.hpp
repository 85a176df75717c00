#pragma once

#include "model/project.hpp"
#include "model/scoring.hpp"

namespace assessa {

// What the group has produced for one assessable node. Individual scores are kept without
// the names of who gave them.
struct NodeSummary {
    std::string code;
    std::vector<double> individual;  // node scores of the members who scored every phase
    std::optional<Spread> spread;
    std::size_t completed = 0;   // members who scored every phase or said "no opinion"
    std::size_t no_opinion = 0;
    std::size_t partial = 0;     // members who scored some phases only
    std::optional<double> consensus;  // complete consensus score
};

struct MemberProgress {
    Id member_id = 0;
    std::size_t completed = 0;
    std::size_t total = 0;
};

struct CriterionProgress {
    std::string code;              // a top-level node
    std::size_t nodes = 0;         // assessable nodes under it
    std::size_t ratings_done = 0;  // completed (member, node) pairs under it
    std::size_t ratings_total = 0;
    std::size_t with_consensus = 0;
};

struct CycleSummary {
    Cycle cycle;
    std::vector<NodeSummary> nodes;  // assessable nodes in framework order
    ScoreSheet consensus;            // consensus scores aggregated up to criteria, groups, overall
    std::vector<MemberProgress> members;
    std::vector<CriterionProgress> criteria;
    // Node codes for the consensus meeting, most disagreement first: by standard deviation,
    // then range, then framework order; nodes with fewer than two individual scores last.
    std::vector<std::string> agenda;
    std::size_t consensus_done = 0;

    const NodeSummary* node(std::string_view code) const;
};

CycleSummary summarize(const Framework& fw, const Cycle& cycle, const std::vector<Member>& members,
                       const std::vector<Rating>& ratings, const std::vector<Consensus>& consensus);
CycleSummary summarize(const Project& project, Id cycle_id);

// Consensus score changes from one cycle to another, per node (assessable and criteria).
struct ScoreDelta {
    std::string code;
    std::optional<double> previous;
    std::optional<double> current;
    std::optional<double> delta() const;
};
std::vector<ScoreDelta> compare_cycles(const Framework& fw, const ScoreSheet& previous, const ScoreSheet& current);

}  // namespace assessa
