#include "model/cycle_summary.hpp"

#include <algorithm>
#include <map>

namespace assessa {

const NodeSummary* CycleSummary::node(std::string_view code) const {
    for (const auto& n : nodes)
        if (n.code == code) return &n;
    return nullptr;
}

std::optional<double> ScoreDelta::delta() const {
    if (!previous || !current) return std::nullopt;
    return *current - *previous;
}

CycleSummary summarize(const Framework& fw, const Cycle& cycle, const std::vector<Member>& members,
                       const std::vector<Rating>& ratings, const std::vector<Consensus>& consensus) {
    CycleSummary s;
    s.cycle = cycle;
    std::map<std::string, const Rating*> by_member_node;
    for (const auto& r : ratings) by_member_node[std::to_string(r.member_id) + "\n" + r.node_code] = &r;
    std::map<std::string, const Consensus*> agreed;
    for (const auto& c : consensus) agreed[c.node_code] = &c;

    std::map<Id, MemberProgress> progress;
    for (const auto& m : members) progress[m.id] = {m.id, 0, 0};
    std::map<std::string, double, std::less<>> consensus_scores;

    for (auto index : fw.assessable_nodes()) {
        const Node& n = fw.nodes()[index];
        const Panel* panel = fw.panel_for(n, cycle.method_id);
        if (!panel) continue;
        NodeSummary ns;
        ns.code = n.code;
        for (const auto& m : members) {
            auto& mp = progress[m.id];
            ++mp.total;
            auto it = by_member_node.find(std::to_string(m.id) + "\n" + n.code);
            if (it == by_member_node.end()) continue;
            const Rating& r = *it->second;
            if (r.no_opinion) {
                ++ns.no_opinion;
                ++ns.completed;
                ++mp.completed;
            } else if (auto score = node_score(*panel, r.scores)) {
                ns.individual.push_back(*score);
                ++ns.completed;
                ++mp.completed;
            } else if (!r.scores.empty()) {
                ++ns.partial;
            }
        }
        ns.spread = spread_of(ns.individual);
        if (auto it = agreed.find(n.code); it != agreed.end()) ns.consensus = node_score(*panel, it->second->scores);
        if (ns.consensus) {
            consensus_scores[n.code] = *ns.consensus;
            ++s.consensus_done;
        }
        s.nodes.push_back(std::move(ns));
    }
    s.consensus = aggregate_scores(fw, consensus_scores);
    for (const auto& m : members) s.members.push_back(progress[m.id]);

    for (auto root : fw.roots()) {
        CriterionProgress cp;
        cp.code = fw.nodes()[root].code;
        for (const auto& ns : s.nodes) {
            if (fw.top_ancestor(*fw.find(ns.code)).code != cp.code) continue;
            ++cp.nodes;
            cp.ratings_done += ns.completed;
            cp.ratings_total += members.size();
            if (ns.consensus) ++cp.with_consensus;
        }
        if (cp.nodes > 0) s.criteria.push_back(cp);
    }

    std::vector<const NodeSummary*> order;
    for (const auto& ns : s.nodes) order.push_back(&ns);
    std::stable_sort(order.begin(), order.end(), [](const NodeSummary* a, const NodeSummary* b) {
        const bool a_ok = a->spread && a->spread->count >= 2, b_ok = b->spread && b->spread->count >= 2;
        if (a_ok != b_ok) return a_ok;
        if (!a_ok) return false;
        if (a->spread->stddev != b->spread->stddev) return a->spread->stddev > b->spread->stddev;
        return a->spread->range > b->spread->range;
    });
    for (const auto* ns : order) s.agenda.push_back(ns->code);
    return s;
}

CycleSummary summarize(const Project& project, Id cycle_id) {
    const Cycle c = project.cycle(cycle_id);
    auto fw = project.framework(c.framework_id);
    return summarize(*fw, c, project.cycle_members(cycle_id), project.ratings(cycle_id), project.consensus_all(cycle_id));
}

std::vector<ScoreDelta> compare_cycles(const Framework& fw, const ScoreSheet& previous, const ScoreSheet& current) {
    std::vector<ScoreDelta> r;
    for (const auto& n : fw.nodes()) {
        ScoreDelta d{n.code, previous.node(n.code), current.node(n.code)};
        if (d.previous || d.current) r.push_back(std::move(d));
    }
    return r;
}

}  // namespace assessa
