#pragma once

#include "model/bench_types.hpp"

#include <optional>
#include <utility>
#include <vector>

namespace assessa::test {

// A comparison set on the test framework "mini" (version 1, method "basic"): one submission per
// pair, scoring 1.1 (and criterion 1, group enablers) with the first value and 2.1 (criterion 2,
// group results) with the second; an empty value leaves those nodes unscored. Submissions are
// "s1", "s2"..., of year 2025.
BenchSet mini_bench_set(const std::vector<std::pair<std::optional<double>, std::optional<double>>>& scores);

}  // namespace assessa::test
