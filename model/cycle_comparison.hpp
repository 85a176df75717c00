#pragma once

// Comparing a cycle with an earlier one of the same framework: the comparison CAF intends (with
// the organisation's own earlier self-assessment). When the two cycles use different versions
// of the framework, only the assessable nodes both versions hold (matched by code) are
// compared, and both cycles' consensus scores are aggregated again over those nodes alone.

#include "i18n/translator.hpp"
#include "model/cycle_summary.hpp"

#include <optional>
#include <string>

namespace assessa {

struct CycleComparison {
    // The earlier cycle's summary; its consensus sheet holds the scores over the compared nodes.
    CycleSummary earlier;
    ScoreSheet current;  // the current cycle's consensus over the compared nodes
    std::string earlier_version;
    std::string current_version;
    std::string current_label;
    std::size_t compared = 0;  // assessable nodes compared
    std::size_t left_out = 0;  // assessable nodes of either version the other does not assess

    bool versions_differ() const { return earlier_version != current_version; }
    // The change of a node's (criterion's, group's: see ScoreSheet) score between the cycles.
    std::optional<double> delta(std::string_view code) const;
};

// The comparison of cycle `current_id` (summarised in `current`) with the earlier cycle
// `earlier_id`; nothing when the two use different frameworks.
std::optional<CycleComparison> compare_with_earlier(const Project& project, const CycleSummary& current,
                                                    Id earlier_id);

// The sentence saying what a comparison across framework versions covers ("Cycle 2026 used
// version 2020 ... 2 subcriteria left out."); empty when both cycles use the same version.
std::string comparison_scope_note(const CycleComparison& c, const Translator& t = Translator::current());

}  // namespace assessa
