#pragma once

#include "frameworks/diagnostic.hpp"
#include "frameworks/framework.hpp"

#include <string>

namespace assessa {

inline constexpr std::string_view framework_namespace = "urn:assessa:framework:1";

// Reads a framework file (format: frameworks/FORMAT.md). Returns the framework, or every
// problem found and no framework: nothing half-loaded is ever returned.
Loaded<Framework> load_framework_file(const std::string& path);

// The same from text already in memory (a project's snapshot); `label` names it in messages.
Loaded<Framework> load_framework_text(const std::string& label, std::string text);

}  // namespace assessa
