#include "model/cycle_comparison.hpp"

#include "frameworks/framework_changes.hpp"

#include <set>

namespace assessa {

namespace {

ScoreSheet over_nodes(const Framework& fw, const CycleSummary& s, const std::set<std::string, std::less<>>& codes) {
    std::map<std::string, double, std::less<>> scores;
    for (const auto& n : s.nodes)
        if (n.consensus && codes.count(n.code)) scores[n.code] = *n.consensus;
    return aggregate_scores(fw, scores);
}

}  // namespace

std::optional<double> CycleComparison::delta(std::string_view code) const {
    const auto now = current.node(code), before = earlier.consensus.node(code);
    if (!now || !before) return std::nullopt;
    return *now - *before;
}

std::optional<CycleComparison> compare_with_earlier(const Project& project, const CycleSummary& current,
                                                    Id earlier_id) {
    const Cycle earlier = project.cycle(earlier_id);
    if (earlier.framework_id != current.cycle.framework_id) return std::nullopt;
    const FrameworkPtr old_fw = project.framework_of(earlier), new_fw = project.framework_of(current.cycle);
    if (!old_fw || !new_fw) return std::nullopt;
    CycleComparison c;
    c.earlier = summarize(project, earlier_id);
    c.current = current.consensus;
    c.earlier_version = earlier.framework_version;
    c.current_version = current.cycle.framework_version;
    c.current_label = current.cycle.label;
    if (!c.versions_differ()) {
        c.compared = new_fw->assessable_count();
        return c;
    }
    const auto shared = shared_assessable_codes(*old_fw, *new_fw);
    const std::set<std::string, std::less<>> codes(shared.begin(), shared.end());
    c.compared = shared.size();
    c.left_out = framework_changes(*old_fw, *new_fw).assessable_left_out;
    c.earlier.consensus = over_nodes(*old_fw, c.earlier, codes);
    c.current = over_nodes(*new_fw, current, codes);
    return c;
}

std::string comparison_scope_note(const CycleComparison& c, const Translator& t) {
    if (!c.versions_differ()) return {};
    return t.trnf("Cycle {} used version {} of the framework and cycle {} version {}: the comparison covers only the "
                  "{} subcriteria both versions share; {} subcriterion was left out.",
                  "Cycle {} used version {} of the framework and cycle {} version {}: the comparison covers only the "
                  "{} subcriteria both versions share; {} subcriteria were left out.",
                  c.left_out, c.earlier.cycle.label, c.earlier_version, c.current_label, c.current_version, c.compared, c.left_out);
}

}  // namespace assessa
