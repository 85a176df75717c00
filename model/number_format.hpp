#pragma once

#include <optional>
#include <string>

namespace assessa {

// A score with one decimal in the conventions of `lang`: "52.5" in English and Chinese,
// "52,5" in Lithuanian. Empty scores print as an en dash.
std::string format_score(std::optional<double> value, const std::string& lang);
// A signed change: "+4.5", "−2,0".
std::string format_delta(std::optional<double> value, const std::string& lang);

}  // namespace assessa
