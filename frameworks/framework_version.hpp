#pragma once

// Framework versions ("2020", "2020.1", "1.10") and how they compare.

#include <string_view>

namespace assessa {

// A version is one to eight groups of one to nine digits, separated by dots. Anything else
// (letters, a leading or trailing dot, an empty group) is malformed.
bool is_framework_version(std::string_view version);

// Compares two well-formed versions group by group as whole numbers, from the left: "1.10" is
// newer than "1.9", "2027" newer than "2020". A missing group counts as 0, so "2020" and
// "2020.0" are the same version. Returns <0, 0 or >0.
int compare_framework_versions(std::string_view a, std::string_view b);

}  // namespace assessa
