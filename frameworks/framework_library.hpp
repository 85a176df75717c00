#pragma once

#include "frameworks/diagnostic.hpp"
#include "frameworks/framework.hpp"
#include "frameworks/mapping.hpp"

#include <string>
#include <vector>

namespace assessa {

// Every framework and mapping found in a list of directories (the bundled one, then the
// user's). A file that fails to load is reported in problems() and skipped; the others load.
class FrameworkLibrary {
public:
    static FrameworkLibrary load(const std::vector<std::string>& directories);
    // The bundled directory and the user's directory.
    static FrameworkLibrary load_default();

    const std::vector<FrameworkPtr>& frameworks() const { return frameworks_; }
    const std::vector<MappingPtr>& mappings() const { return mappings_; }
    const std::vector<Diagnostic>& problems() const { return problems_; }

    FrameworkPtr find(std::string_view id) const;
    MappingPtr find_mapping(std::string_view id) const;
    std::vector<MappingPtr> mappings_from(std::string_view source_id) const;
    MappingPtr mapping_between(std::string_view source_id, std::string_view target_id) const;

private:
    std::vector<FrameworkPtr> frameworks_;
    std::vector<MappingPtr> mappings_;
    std::vector<Diagnostic> problems_;
};

}  // namespace assessa
