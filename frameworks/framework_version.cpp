#include "frameworks/framework_version.hpp"

#include <cstddef>
#include <vector>

namespace assessa {

namespace {

constexpr std::size_t max_groups = 8;
constexpr std::size_t max_digits = 9;  // fits a long long with room

std::vector<long long> groups_of(std::string_view v) {
    std::vector<long long> groups{0};
    for (char c : v) {
        if (c == '.')
            groups.push_back(0);
        else
            groups.back() = groups.back() * 10 + (c - '0');
    }
    while (groups.size() > 1 && groups.back() == 0) groups.pop_back();
    return groups;
}

}  // namespace

bool is_framework_version(std::string_view version) {
    std::size_t groups = 1, digits = 0;
    for (char c : version) {
        if (c == '.') {
            if (digits == 0 || ++groups > max_groups) return false;
            digits = 0;
        } else if (c >= '0' && c <= '9') {
            if (++digits > max_digits) return false;
        } else {
            return false;
        }
    }
    return digits > 0;
}

int compare_framework_versions(std::string_view a, std::string_view b) {
    const auto ga = groups_of(a), gb = groups_of(b);
    for (std::size_t i = 0; i < ga.size() || i < gb.size(); ++i) {
        const long long x = i < ga.size() ? ga[i] : 0, y = i < gb.size() ? gb[i] : 0;
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

}  // namespace assessa
