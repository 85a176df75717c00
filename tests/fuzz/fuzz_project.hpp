#pragma once

// The project file the import fuzz targets write into: created once per process in a fresh
// temporary directory, on bundled CAF 2020 with fine-tuned scoring.
#include "model/project.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace assessa::fuzz {

inline Project& fuzz_project() {
    static std::unique_ptr<Project> p = [] {
        std::string dir = (std::filesystem::temp_directory_path() / "assessa-fuzz-XXXXXX").string();
        if (!mkdtemp(dir.data())) std::abort();
        const auto library = FrameworkLibrary::load_default();
        auto created = Project::create(dir + "/fuzz.assessa", library, {"caf-2020", "fine-tuned", "2026", {}});
        Member m;
        m.name = "Rūta Petrauskienė";
        created->add_member(m);
        return created;
    }();
    return *p;
}

}  // namespace assessa::fuzz
