#pragma once

// The project file the import fuzz targets write into: created once per process in a fresh
// temporary directory, on bundled CAF 2020 with fine-tuned scoring, with one member who was
// sent packet 1 under fuzz_secret.
#include "model/project.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace assessa::fuzz {

inline constexpr const char* fuzz_secret = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

inline Project& fuzz_project() {
    static std::unique_ptr<Project> p = [] {
        std::string dir = (std::filesystem::temp_directory_path() / "assessa-fuzz-XXXXXX").string();
        if (!mkdtemp(dir.data())) std::abort();
        const auto library = FrameworkLibrary::load_default();
        auto created = Project::create(dir + "/fuzz.assessa", library, {"caf-2020", "fine-tuned", "2026", {}});
        Member m;
        m.name = "Rūta Petrauskienė";
        const Id member = created->add_member(m);
        created->record_packet_sending(created->current_cycle().id, member, fuzz_secret, false);
        return created;
    }();
    return *p;
}

}  // namespace assessa::fuzz
