#pragma once

// What changed between two versions of a framework, node by node, matched by code.

#include "frameworks/framework.hpp"

#include <string>
#include <vector>

namespace assessa {

struct RenamedNode {
    std::string code;
    LocalizedText old_title;
    LocalizedText new_title;
};

struct FrameworkChanges {
    std::vector<std::string> added;    // codes only in the newer version, in its order
    std::vector<std::string> removed;  // codes only in the older version, in its order
    std::vector<RenamedNode> renamed;  // same code, a different title in any language
    // Assessable nodes (subcriteria) of either version that the other does not assess: what a
    // comparison of two cycles on these versions leaves out.
    std::size_t assessable_left_out = 0;

    bool empty() const { return added.empty() && removed.empty() && renamed.empty(); }
};

FrameworkChanges framework_changes(const Framework& older, const Framework& newer);

// One line per change, for people: "Added: 5.4 Run digital services…", "Removed: 4.6 …",
// "Renamed: 1.1 old title → new title", with titles in `lang`.
std::vector<std::string> change_lines(const FrameworkChanges& changes, const Framework& older, const Framework& newer,
                                      const std::string& lang);

// The codes assessable in both versions, in the order of `newer`.
std::vector<std::string> shared_assessable_codes(const Framework& older, const Framework& newer);

}  // namespace assessa
