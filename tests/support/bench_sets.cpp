#include "tests/support/bench_sets.hpp"

#include <string>

namespace assessa::test {

BenchSet mini_bench_set(const std::vector<std::pair<std::optional<double>, std::optional<double>>>& scores) {
    BenchSet set;
    set.framework_id = "mini";
    set.framework_version = "1";
    set.method_id = "basic";
    set.merged_at = "2026-02-01T08:00:00Z";
    int n = 0;
    for (const auto& [enabler, result] : scores) {
        BenchSubmission s;
        s.submission_id = "s" + std::to_string(++n);
        s.written_at = "2026-01-15T09:30:00Z";
        s.profile = {InstitutionType::other, SizeBand::from_51_to_250, n % 2 ? "North" : ""};
        s.framework_id = set.framework_id;
        s.framework_version = set.framework_version;
        s.method_id = set.method_id;
        s.cycle_label = "2025";
        s.year = 2025;
        s.members = 6 + n;
        s.consensus_complete = enabler && result;
        if (enabler) {
            s.scores.push_back({BenchLevel::node, "1", *enabler});
            s.scores.push_back({BenchLevel::node, "1.1", *enabler});
        }
        if (result) {
            s.scores.push_back({BenchLevel::node, "2", *result});
            s.scores.push_back({BenchLevel::node, "2.1", *result});
        }
        if (enabler) s.scores.push_back({BenchLevel::group, "enablers", *enabler});
        if (result) s.scores.push_back({BenchLevel::group, "results", *result});
        if (enabler && result) s.scores.push_back({BenchLevel::overall, "", (*enabler + *result) / 2});
        set.submissions.push_back(std::move(s));
    }
    return set;
}

}  // namespace assessa::test
