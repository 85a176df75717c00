#include "model/number_format.hpp"

#include "frameworks/localized_text.hpp"

#include <cmath>
#include <cstdio>

namespace assessa {

namespace {

std::string one_decimal(double v, const std::string& lang) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::fabs(v) < 0.05 ? 0.0 : v);
    std::string s = buf;
    if (lang == "lt")
        for (auto& c : s)
            if (c == '.') c = ',';
    return s;
}

}  // namespace

std::string format_score(std::optional<double> value, const std::string& lang) {
    if (!value) return "\u2013";
    return one_decimal(*value, lang);
}

std::string format_delta(std::optional<double> value, const std::string& lang) {
    if (!value) return "\u2013";
    if (std::fabs(*value) < 0.05) return one_decimal(0.0, lang);
    const std::string digits = one_decimal(std::fabs(*value), lang);
    return (*value > 0 ? "+" : "\u2212") + digits;
}

std::string format_decimal(double value, const std::string& lang) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    std::string s = buf;
    if (normalize_language(lang) == "lt")
        for (auto& c : s)
            if (c == '.') c = ',';
    return s;
}

std::string format_percent(int value, const std::string& lang) {
    return std::to_string(value) + (normalize_language(lang) == "lt" ? "\u00a0%" : "%");
}

}  // namespace assessa
