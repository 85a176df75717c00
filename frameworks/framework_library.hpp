#pragma once

#include "frameworks/diagnostic.hpp"
#include "frameworks/framework.hpp"
#include "frameworks/mapping.hpp"

#include <string>
#include <vector>

namespace assessa {

// Every framework and mapping found in a list of directories (the bundled one, then the
// user's). A file that fails to load is reported in problems() and skipped; the others load.
// Several versions of a framework may be found (a newer one in the user's directory beside the
// bundled one); a second file with an id and version already loaded is skipped. Versions
// compare as in compare_framework_versions().
class FrameworkLibrary {
public:
    static FrameworkLibrary load(const std::vector<std::string>& directories);
    // The bundled directory and the user's directory.
    static FrameworkLibrary load_default();

    // The newest version of each framework, in the order they were found.
    const std::vector<FrameworkPtr>& frameworks() const { return frameworks_; }
    const std::vector<MappingPtr>& mappings() const { return mappings_; }
    const std::vector<Diagnostic>& problems() const { return problems_; }

    FrameworkPtr find(std::string_view id) const;  // the newest version
    FrameworkPtr find(std::string_view id, std::string_view version) const;
    // Every version of a framework, oldest first.
    std::vector<FrameworkPtr> versions_of(std::string_view id) const;
    MappingPtr find_mapping(std::string_view id) const;
    std::vector<MappingPtr> mappings_from(std::string_view source_id) const;
    MappingPtr mapping_between(std::string_view source_id, std::string_view target_id) const;

private:
    std::vector<FrameworkPtr> frameworks_;
    std::vector<FrameworkPtr> all_versions_;
    std::vector<MappingPtr> mappings_;
    std::vector<Diagnostic> problems_;
};

}  // namespace assessa
