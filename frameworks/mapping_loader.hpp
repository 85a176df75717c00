#pragma once

#include "frameworks/diagnostic.hpp"
#include "frameworks/framework.hpp"
#include "frameworks/mapping.hpp"

#include <functional>
#include <string>

namespace assessa {

inline constexpr std::string_view mapping_namespace = "urn:assessa:mapping:1";

// Finds a loaded framework by id (nullptr if there is none).
using FrameworkLookup = std::function<FrameworkPtr(std::string_view id)>;

// Reads a mapping file and checks every link against the source and target frameworks.
// Returns the mapping, or every problem found and no mapping.
Loaded<Mapping> load_mapping_file(const std::string& path, const FrameworkLookup& frameworks);
Loaded<Mapping> load_mapping_text(const std::string& label, std::string text, const FrameworkLookup& frameworks);

}  // namespace assessa
