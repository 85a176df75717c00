#pragma once

#include "frameworks/framework.hpp"
#include "model/project_types.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

// Scoring rules (the framework supplies the aggregation functions):
// - A node's score combines the scores of all the phases of its panel with the panel's
//   phase aggregation. While any phase is empty the node has no score: a partial set of
//   phases is incomplete, never averaged as if the missing phases did not exist.
// - "No opinion" is a complete answer without a score: it counts as done for progress and is
//   left out of the statistics.
// - A criterion's score combines the scores of its children that have one (framework's node
//   aggregation); a group's score combines its top-level nodes; the overall score combines all
//   top-level nodes. Nodes without a score are left out, never counted as zero.
bool phases_complete(const Panel& panel, const PhaseScores& scores);
std::optional<double> node_score(const Panel& panel, const PhaseScores& scores);

// How many of the assessable nodes under a score have a score themselves: a criterion,
// group or overall score drawn from only some of them is partial and must say so.
struct Coverage {
    std::size_t scored = 0;
    std::size_t total = 0;
    bool partial() const { return scored < total; }
    bool operator==(const Coverage&) const = default;
};

struct ScoreSheet {
    std::map<std::string, double, std::less<>> nodes;   // assessable and aggregated nodes
    std::map<std::string, double, std::less<>> groups;
    std::optional<double> overall;
    // For every node that is not assessable, every group and the overall score: how many of
    // the assessable nodes under it are scored. An assessable node covers itself (0 or 1 of 1).
    std::map<std::string, Coverage, std::less<>> node_coverage;
    std::map<std::string, Coverage, std::less<>> group_coverage;
    Coverage overall_coverage;

    std::optional<double> node(std::string_view code) const;
    std::optional<double> group(std::string_view id) const;
    Coverage coverage_of_node(std::string_view code) const;
    Coverage coverage_of_group(std::string_view id) const;
};

// A score with the part of the framework it rests on when that is not all of it:
// "46.2 (based on 2 of 28 subcriteria)"; a complete or empty score is just format_score's.
std::string format_score_coverage(std::optional<double> value, const Coverage& coverage, const std::string& lang,
                                  const Translator& t = Translator::current());
// "2 of 28 subcriteria agreed"-style phrase alone: "based on 2 of 28 subcriteria".
std::string coverage_phrase(const Coverage& coverage, const Translator& t = Translator::current());
// How complete the consensus is, for a report's cover or summary: "Consensus on 2 of 28
// subcriteria: the scores are partial" or "Consensus on all 28 subcriteria".
std::string consensus_completeness(const Coverage& overall, const Translator& t = Translator::current());

// Fills in parents, groups and the overall score from the assessable nodes' scores.
ScoreSheet aggregate_scores(const Framework& fw, const std::map<std::string, double, std::less<>>& assessable);

// Spread of the individual scores for one node. Standard deviation is the population one:
// the group is the whole population of its own opinions.
struct Spread {
    std::size_t count = 0;
    double mean = 0, median = 0, min = 0, max = 0, range = 0, stddev = 0;
};
std::optional<Spread> spread_of(std::vector<double> values);

// The band a score falls in (node scores may have decimals: 52.5 is in band 51-70).
const Band* band_for_score(const Panel& panel, double score);

}  // namespace assessa
