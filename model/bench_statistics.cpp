#include "model/bench_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace assessa {

double quantile(const std::vector<double>& sorted, double p) {
    const double h = static_cast<double>(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lower = static_cast<std::size_t>(std::floor(h));
    if (lower + 1 >= sorted.size()) return sorted.back();
    return sorted[lower] + (h - static_cast<double>(lower)) * (sorted[lower + 1] - sorted[lower]);
}

std::optional<Distribution> distribution_of(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    return Distribution{values.size(), values.front(), quantile(values, 0.25), quantile(values, 0.5),
                        quantile(values, 0.75), values.back()};
}

BenchQuarter quarter_of(double score, const Distribution& d) {
    if (score < d.q1) return BenchQuarter::lowest;
    if (score < d.median) return BenchQuarter::second;
    if (score <= d.q3) return BenchQuarter::third;
    return BenchQuarter::highest;
}

const char* bench_quarter_label(BenchQuarter q, const Translator& t) {
    switch (q) {
    case BenchQuarter::lowest: return t.tr("lowest quarter");
    case BenchQuarter::second: return t.tr("second quarter");
    case BenchQuarter::third: return t.tr("third quarter");
    case BenchQuarter::highest: return t.tr("highest quarter");
    }
    return "";
}

BenchNodeStats bench_node_stats(const BenchSet& set, const std::string& code) {
    BenchNodeStats stats;
    stats.code = code;
    std::vector<double> values;
    for (const auto& submission : set.submissions)
        for (const auto& score : submission.scores)
            if (score.level == BenchLevel::node && score.code == code) {
                values.push_back(score.score);
                break;
            }
    stats.institutions = values.size();
    if (values.size() >= bench_minimum_institutions) {
        std::sort(values.begin(), values.end());
        stats.distribution = distribution_of(values);
        stats.values = std::move(values);
    }
    return stats;
}

std::vector<const Node*> bench_nodes(const Framework& fw) {
    std::vector<const Node*> nodes;
    for (const auto& n : fw.nodes())
        if (n.depth == 0 || n.assessable) nodes.push_back(&n);
    return nodes;
}

BenchOverview bench_overview(const Framework& fw, const BenchSet& set) {
    BenchOverview overview;
    overview.institutions = set.submissions.size();
    overview.too_few = overview.institutions < bench_minimum_institutions;
    if (overview.too_few) return overview;
    for (const Node* n : bench_nodes(fw)) overview.nodes.push_back(bench_node_stats(set, n->code));
    return overview;
}

BenchComparison compare_with_set(const Framework& fw, const ScoreSheet& own, const BenchSet& set) {
    BenchComparison comparison;
    comparison.institutions = set.submissions.size();
    comparison.too_few = comparison.institutions < bench_minimum_institutions;
    if (comparison.too_few) return comparison;
    for (const Node* n : bench_nodes(fw)) {
        BenchNodeComparison c;
        c.stats = bench_node_stats(set, n->code);
        c.own = own.node(n->code);
        if (c.own && c.stats.distribution) c.quarter = quarter_of(*c.own, *c.stats.distribution);
        if (n->assessable && c.quarter == BenchQuarter::lowest) comparison.learning_candidates.push_back(n->code);
        comparison.nodes.push_back(std::move(c));
    }
    return comparison;
}

std::string bench_set_types(const BenchSet& set, const Translator& t) {
    std::set<InstitutionType> types;
    for (const auto& s : set.submissions) types.insert(s.profile.type);
    if (types.size() == 1) return institution_type_label(*types.begin(), t);
    return t.tr("mixed types");
}

std::string bench_set_years(const BenchSet& set) {
    if (set.submissions.empty()) return {};
    const auto [lo, hi] = std::minmax_element(set.submissions.begin(), set.submissions.end(),
                                              [](const auto& a, const auto& b) { return a.year < b.year; });
    if (lo->year == hi->year) return std::to_string(lo->year);
    std::string years = std::to_string(lo->year);
    years += "\u2013";
    years += std::to_string(hi->year);
    return years;
}

std::string bench_comparison_title(const BenchSet& set, const Translator& t) {
    const auto n = set.submissions.size();
    return t.trnf("Compared with {} institution ({}, {})", "Compared with {} institutions ({}, {})", n, n,
                  bench_set_types(set, t), bench_set_years(set));
}

bool bench_set_fits(const BenchSet& set, const Cycle& cycle) {
    return set.framework_id == cycle.framework_id && set.framework_version == cycle.framework_version &&
           set.method_id == cycle.method_id;
}

const StoredBenchSet* bench_set_for(const std::vector<StoredBenchSet>& sets, const Cycle& cycle) {
    const StoredBenchSet* best = nullptr;
    for (const auto& s : sets) {
        if (!bench_set_fits(s.set, cycle)) continue;
        if (!best || std::tie(s.imported_at, s.id) > std::tie(best->imported_at, best->id)) best = &s;
    }
    return best;
}

}  // namespace assessa
