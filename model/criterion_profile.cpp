#include "model/criterion_profile.hpp"

namespace assessa {

std::vector<CriterionProfile> criterion_profile(const Framework& fw, const CycleSummary& current,
                                                const CycleSummary* previous) {
    std::vector<CriterionProfile> out;
    for (std::size_t root : fw.roots()) {
        const Node& top = fw.nodes()[root];
        CriterionProfile p;
        p.code = top.code;
        std::vector<double> pooled;
        for (const auto& n : current.nodes) {
            const Node* node = fw.find(n.code);
            if (node && &fw.top_ancestor(*node) == &top)
                pooled.insert(pooled.end(), n.individual.begin(), n.individual.end());
        }
        p.spread = spread_of(std::move(pooled));
        p.consensus = current.consensus.node(top.code);
        if (previous) p.previous = previous->consensus.node(top.code);
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace assessa
