#pragma once

#include "model/cycle_summary.hpp"

namespace assessa {

// One bar of the criterion profile chart: the consensus score of a top-level node, the spread
// of all the members' scores of the subcriteria under it, and the previous cycle's consensus.
struct CriterionProfile {
    std::string code;
    std::optional<Spread> spread;
    std::optional<double> consensus;
    std::optional<double> previous;
};

std::vector<CriterionProfile> criterion_profile(const Framework& fw, const CycleSummary& current,
                                                const CycleSummary* previous);

}  // namespace assessa
