#pragma once

// Building an institution's anonymised benchlearning submission from a cycle's consensus
// (docs/benchlearning.md), and the lines the user reads before it is written.

#include "model/bench_types.hpp"
#include "model/cycle_summary.hpp"
#include "model/project.hpp"

#include <string>
#include <vector>

namespace assessa {

// The cycle's consensus scores with nothing that names anyone: per node that has a consensus
// score (assessable nodes and the criteria above them, BenchLevel::node), per scoring group
// and overall, in framework order, rounded to two decimals. The year is that of the cycle's
// start date, else of its approval, else the current year (UTC). Makes the project's
// submission identifier on first use, so the project must be writable the first time.
// Throws ProjectError for an unknown cycle or a missing framework.
BenchSubmission bench_submission_for(Project& project, Id cycle_id, const BenchProfile& profile);

// Whether the cycle has anything to share: at least one consensus score. A cycle without one
// is refused before a submission (or the project's identifier) is made.
bool bench_shareable(const CycleSummary& summary);

// One line of what a submission holds, translated: "Institution type" / "Municipal administration".
struct BenchSummaryLine {
    std::string label;
    std::string value;
    bool operator==(const BenchSummaryLine&) const = default;
};

// What the file will hold, line by line, for the user to read before it is written (the GUI
// shows these beside the exact file text; the CLI prints them). `framework`, when given,
// names nodes and groups by their titles; scores are formatted in the translator's language.
std::vector<BenchSummaryLine> bench_submission_summary(const BenchSubmission& submission,
                                                       const Framework* framework = nullptr,
                                                       const Translator& t = Translator::current());

}  // namespace assessa
