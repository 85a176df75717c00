#include "model/bench_set_check.hpp"

#include "i18n/translator.hpp"

#include <cmath>
#include <set>
#include <utility>

namespace assessa {

std::vector<std::string> bench_set_problems(const BenchSet& set, const Framework* fw) {
    std::vector<std::string> problems;
    if (set.framework_id.empty() || set.framework_version.empty() || set.method_id.empty())
        problems.push_back(tr("the comparison set does not name its framework, version and method"));
    if (fw && !fw->find_method(set.method_id))
        problems.push_back(trf("the framework {} {} has no scoring method \"{}\"", set.framework_id,
                               set.framework_version, set.method_id));
    std::set<std::string> ids;
    for (std::size_t i = 0; i < set.submissions.size(); ++i) {
        const auto& s = set.submissions[i];
        const auto n = i + 1;
        if (s.submission_id.empty()) problems.push_back(trf("submission {} has no identifier", n));
        else if (!ids.insert(s.submission_id).second)
            problems.push_back(trf("submission {} repeats the identifier of an earlier one", n));
        if (s.framework_id != set.framework_id || s.framework_version != set.framework_version ||
            s.method_id != set.method_id)
            problems.push_back(trf("submission {} is on {} {} ({}), not on the set's {} {} ({})", n, s.framework_id,
                                   s.framework_version, s.method_id, set.framework_id, set.framework_version,
                                   set.method_id));
        if (s.members < 0) problems.push_back(trf("submission {} has a negative number of members", n));
        std::set<std::pair<BenchLevel, std::string>> seen;
        for (const auto& score : s.scores) {
            if (!std::isfinite(score.score)) problems.push_back(trf("submission {}: the score of \"{}\" is not a number", n, score.code));
            if (!seen.emplace(score.level, score.code).second)
                problems.push_back(trf("submission {}: \"{}\" is scored twice", n, score.code));
            if (fw && score.level == BenchLevel::node && !fw->find(score.code))
                problems.push_back(trf("submission {}: \"{}\" is not a node of {} {}", n, score.code, set.framework_id,
                                       set.framework_version));
            if (fw && score.level == BenchLevel::group && !fw->find_group(score.code))
                problems.push_back(trf("submission {}: \"{}\" is not a group of {} {}", n, score.code, set.framework_id,
                                       set.framework_version));
        }
    }
    return problems;
}

}  // namespace assessa
