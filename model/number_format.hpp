#pragma once

#include <optional>
#include <string>

namespace assessa {

// A score with one decimal in the conventions of `lang`: "52.5" in English and Chinese,
// "52,5" in Lithuanian. Empty scores print as an en dash.
std::string format_score(std::optional<double> value, const std::string& lang);
// A signed change: "+4.5", "−2,0".
std::string format_delta(std::optional<double> value, const std::string& lang);
// A plain number with as many decimals as it needs: "0.25", "0,25" in Lithuanian.
std::string format_decimal(double value, const std::string& lang);
// A whole percentage: "40%" in English and Chinese, "40 %" in Lithuanian (a space before the sign).
std::string format_percent(int value, const std::string& lang);

}  // namespace assessa
