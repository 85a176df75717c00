#pragma once

#include "frameworks/framework.hpp"
#include "model/bench_types.hpp"

#include <string>
#include <vector>

namespace assessa {

// What makes a comparison set unusable in a project, each problem a sentence naming the
// submission (1-based) and the score: no framework, version or method; a submission on another
// one; a missing or repeated identifier; a score that is not a number or given twice; with the
// framework version at hand (`fw`, may be null), codes that are not its nodes or groups and a
// method it does not have. A set on a framework version the project does not hold is kept
// unchecked against it: it is compared with no cycle until one uses that version.
std::vector<std::string> bench_set_problems(const BenchSet& set, const Framework* fw);

}  // namespace assessa
