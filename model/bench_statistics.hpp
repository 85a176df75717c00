#pragma once

// Benchlearning statistics (docs/benchlearning.md, "Comparison statistics"): the distribution of a network's
// scores per node, where an organisation stands in it, and the fewer-than-5 rule. Pure: no I/O.

#include "frameworks/framework.hpp"
#include "i18n/translator.hpp"
#include "model/bench_types.hpp"
#include "model/scoring.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

// Count, minimum, quartiles, median and maximum of a list of scores.
struct Distribution {
    std::size_t count = 0;
    double min = 0, q1 = 0, median = 0, q3 = 0, max = 0;

    bool operator==(const Distribution&) const = default;
};

// The p-quantile (0 <= p <= 1) of sorted values by linear interpolation between order
// statistics: h = (n - 1) p, the value at floor(h) plus (h - floor(h)) times the step to the
// next one. This is R's type 7 and Excel's QUARTILE.INC / PERCENTILE.INC. `sorted` not empty.
double quantile(const std::vector<double>& sorted, double p);

// The distribution of the values (any order); none for an empty list.
std::optional<Distribution> distribution_of(std::vector<double> values);

// Where a score stands against a distribution. Boundaries: below Q1 is the lowest quarter;
// from Q1 up to but not including the median the second; from the median up to and including
// Q3 the third; above Q3 the highest. A score on Q1 or Q3 is therefore never in the lowest or
// highest quarter.
enum class BenchQuarter { lowest, second, third, highest };
BenchQuarter quarter_of(double score, const Distribution& d);
const char* bench_quarter_label(BenchQuarter q, const Translator& t = Translator::current());  // translated

// A node's scores in a set: how many institutions scored it and, when at least
// bench_minimum_institutions did, their distribution and the values themselves (sorted, for
// dot plots; they name no one).
struct BenchNodeStats {
    std::string code;
    std::size_t institutions = 0;
    std::optional<Distribution> distribution;  // none: too few to compare anonymously
    std::vector<double> values;                // empty unless distribution is given

    bool too_few() const { return !distribution; }
};

// A node's scores when at least bench_minimum_institutions scored it, otherwise only the count.
BenchNodeStats bench_node_stats(const BenchSet& set, const std::string& code);

// The nodes a comparison covers, in framework order: the top-level nodes (criteria) and the
// assessable nodes (subcriteria).
std::vector<const Node*> bench_nodes(const Framework& fw);

// The network's anonymous overview: every criterion and subcriterion of the framework.
struct BenchOverview {
    std::size_t institutions = 0;  // submissions in the set
    bool too_few = true;           // fewer than bench_minimum_institutions: nothing is shown
    std::vector<BenchNodeStats> nodes;  // framework order; empty when too_few
};
BenchOverview bench_overview(const Framework& fw, const BenchSet& set);

// An organisation's consensus score on one node against the set.
struct BenchNodeComparison {
    BenchNodeStats stats;
    std::optional<double> own;            // the organisation's consensus score
    std::optional<BenchQuarter> quarter;  // when both own and a distribution exist
};

// A cycle's consensus (summarize(...).consensus) against a comparison set.
struct BenchComparison {
    std::size_t institutions = 0;
    bool too_few = true;  // fewer than bench_minimum_institutions: nothing else is given
    std::vector<BenchNodeComparison> nodes;  // criteria and subcriteria in framework order
    // Assessable nodes where the organisation is in the lowest quarter: candidates for
    // learning from others, framework order.
    std::vector<std::string> learning_candidates;
};
BenchComparison compare_with_set(const Framework& fw, const ScoreSheet& own, const BenchSet& set);

// The set's institution types and years, for "Compared with N institutions (type, year)":
// one type's label or "mixed types"; "2025" or "2024–2025".
std::string bench_set_types(const BenchSet& set, const Translator& t = Translator::current());
std::string bench_set_years(const BenchSet& set);
// "Compared with 12 institutions (social services, 2024–2025)".
std::string bench_comparison_title(const BenchSet& set, const Translator& t = Translator::current());

// Whether the set was made on the cycle's framework version and method.
bool bench_set_fits(const BenchSet& set, const Cycle& cycle);
// The set used for a cycle: of those that fit it, the newest imported (by imported_at, then
// id); none when no set fits.
const StoredBenchSet* bench_set_for(const std::vector<StoredBenchSet>& sets, const Cycle& cycle);

}  // namespace assessa
