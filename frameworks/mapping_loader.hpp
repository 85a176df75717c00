#pragma once

#include "frameworks/diagnostic.hpp"
#include "frameworks/framework.hpp"
#include "frameworks/mapping.hpp"

#include <functional>
#include <string>
#include <vector>

namespace assessa {

inline constexpr std::string_view mapping_namespace = "urn:assessa:mapping:1";

// Finds a loaded framework by id (nullptr if there is none).
using FrameworkLookup = std::function<FrameworkPtr(std::string_view id)>;

// Reads a mapping file and checks every link against the source and target frameworks.
// Returns the mapping, or every problem found and no mapping.
Loaded<Mapping> load_mapping_file(const std::string& path, const FrameworkLookup& frameworks);
Loaded<Mapping> load_mapping_text(const std::string& label, std::string text, const FrameworkLookup& frameworks);

// Every version held of a framework, oldest first (empty if there is none).
using FrameworkVersions = std::function<std::vector<FrameworkPtr>(std::string_view id)>;
// Loads a mapping when its frameworks may be held in several versions: `load` is run with the
// newest versions first, then with older ones, and the first that loads is kept (a mapping
// made for an older version can name a node a newer one removed). When none loads, the errors
// against the newest versions are returned.
Loaded<Mapping> load_mapping_against_versions(const std::function<Loaded<Mapping>(const FrameworkLookup&)>& load,
                                              const FrameworkVersions& versions);

}  // namespace assessa
