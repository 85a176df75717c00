#include "model/scoring.hpp"

#include "model/number_format.hpp"

#include <algorithm>
#include <cmath>

namespace assessa {

bool phases_complete(const Panel& panel, const PhaseScores& scores) {
    return std::all_of(panel.phases.begin(), panel.phases.end(),
                       [&](const Phase& p) { return scores.count(p.id) != 0; });
}

std::optional<double> node_score(const Panel& panel, const PhaseScores& scores) {
    if (!phases_complete(panel, scores)) return std::nullopt;
    std::vector<double> values;
    for (const auto& p : panel.phases) values.push_back(scores.at(p.id));
    return aggregate(panel.phase_aggregation, std::move(values));
}

std::optional<double> ScoreSheet::node(std::string_view code) const {
    auto it = nodes.find(code);
    return it == nodes.end() ? std::nullopt : std::optional<double>(it->second);
}

std::optional<double> ScoreSheet::group(std::string_view id) const {
    auto it = groups.find(id);
    return it == groups.end() ? std::nullopt : std::optional<double>(it->second);
}

Coverage ScoreSheet::coverage_of_node(std::string_view code) const {
    auto it = node_coverage.find(code);
    return it == node_coverage.end() ? Coverage{node(code) ? 1u : 0u, 1} : it->second;
}

Coverage ScoreSheet::coverage_of_group(std::string_view id) const {
    auto it = group_coverage.find(id);
    return it == group_coverage.end() ? Coverage{} : it->second;
}

std::string coverage_phrase(const Coverage& coverage, const Translator& t) {
    return t.trnf("based on {} of {} subcriterion", "based on {} of {} subcriteria", coverage.total, coverage.scored,
                  coverage.total);
}

std::string consensus_completeness(const Coverage& overall, const Translator& t) {
    if (overall.partial())
        return t.trnf("Consensus on {} of {} subcriterion: the scores are partial",
                      "Consensus on {} of {} subcriteria: the scores are partial", overall.total, overall.scored,
                      overall.total);
    return t.trnf("Consensus on all {} subcriterion", "Consensus on all {} subcriteria", overall.total, overall.total);
}

std::string format_score_coverage(std::optional<double> value, const Coverage& coverage, const std::string& lang,
                                  const Translator& t) {
    std::string score = format_score(value, lang);
    if (!value || !coverage.partial()) return score;
    return t.trf("{} ({})", score, coverage_phrase(coverage, t));
}

ScoreSheet aggregate_scores(const Framework& fw, const std::map<std::string, double, std::less<>>& assessable) {
    ScoreSheet sheet;
    const auto& nodes = fw.nodes();
    // Nodes are in pre-order, so walking backwards visits children before their parents.
    for (std::size_t i = nodes.size(); i-- > 0;) {
        const Node& n = nodes[i];
        if (n.assessable) {
            if (auto it = assessable.find(n.code); it != assessable.end()) sheet.nodes[n.code] = it->second;
            continue;
        }
        std::vector<double> children;
        Coverage& cov = sheet.node_coverage[n.code];
        for (auto c : n.children) {
            if (auto s = sheet.node(nodes[c].code)) children.push_back(*s);
            const Coverage child = sheet.coverage_of_node(nodes[c].code);
            cov.scored += child.scored;
            cov.total += child.total;
        }
        if (auto s = aggregate(fw.node_aggregation(), std::move(children))) sheet.nodes[n.code] = *s;
    }
    for (const auto& g : fw.groups()) {
        std::vector<double> values;
        Coverage& cov = sheet.group_coverage[g.id];
        for (const auto& code : g.node_codes) {
            if (auto s = sheet.node(code)) values.push_back(*s);
            const Coverage child = sheet.coverage_of_node(code);
            cov.scored += child.scored;
            cov.total += child.total;
        }
        if (auto s = aggregate(fw.node_aggregation(), std::move(values))) sheet.groups[g.id] = *s;
    }
    std::vector<double> tops;
    for (auto r : fw.roots()) {
        if (auto s = sheet.node(nodes[r].code)) tops.push_back(*s);
        const Coverage child = sheet.coverage_of_node(nodes[r].code);
        sheet.overall_coverage.scored += child.scored;
        sheet.overall_coverage.total += child.total;
    }
    sheet.overall = aggregate(fw.node_aggregation(), std::move(tops));
    return sheet;
}

std::optional<Spread> spread_of(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    Spread s;
    s.count = values.size();
    s.mean = *aggregate(Aggregation::mean, values);
    s.median = *aggregate(Aggregation::median, values);
    s.min = *std::min_element(values.begin(), values.end());
    s.max = *std::max_element(values.begin(), values.end());
    s.range = s.max - s.min;
    double sq = 0;
    for (double v : values) sq += (v - s.mean) * (v - s.mean);
    s.stddev = std::sqrt(sq / static_cast<double>(values.size()));
    return s;
}

const Band* band_for_score(const Panel& panel, double score) {
    // Bands have integer limits; a fractional score belongs to the band its rounding falls in.
    return panel.band_for(static_cast<int>(std::lround(score)));
}

}  // namespace assessa
