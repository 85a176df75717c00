#include "frameworks/framework_library.hpp"

#include "frameworks/data_paths.hpp"
#include "frameworks/framework_loader.hpp"
#include "frameworks/framework_version.hpp"
#include "frameworks/mapping_loader.hpp"
#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"

#include <algorithm>

namespace assessa {

namespace {

std::string root_name_of(const std::string& path) {
    XmlReader xml = XmlReader::from_file(path);
    return xml.parse() ? xml.root().name() : "";
}

}  // namespace

FrameworkLibrary FrameworkLibrary::load(const std::vector<std::string>& directories) {
    FrameworkLibrary lib;
    std::vector<std::string> mapping_files;
    auto add_problems = [&](const std::vector<Diagnostic>& d) {
        lib.problems_.insert(lib.problems_.end(), d.begin(), d.end());
    };
    for (const auto& dir : directories) {
        for (const auto& file : xml_files_in(dir)) {
            const auto root = root_name_of(file);
            if (root == "mapping") {
                mapping_files.push_back(file);
                continue;
            }
            auto loaded = load_framework_file(file);
            if (!loaded.ok()) {
                add_problems(loaded.errors);
            } else if (auto existing = lib.find(loaded.value->id(), loaded.value->version())) {
                lib.problems_.push_back({file, 0, 0,
                                         trf("framework \"{}\" version {} is already loaded from {}; this file is skipped",
                                             loaded.value->id(), loaded.value->version(), existing->source_path())});
            } else {
                lib.all_versions_.push_back(loaded.value);
            }
        }
    }
    for (const auto& fw : lib.all_versions_) {
        const auto newest = lib.find(fw->id());
        if (std::find(lib.frameworks_.begin(), lib.frameworks_.end(), newest) == lib.frameworks_.end())
            lib.frameworks_.push_back(newest);
    }
    for (const auto& file : mapping_files) {
        auto loaded = load_mapping_against_versions(
            [&](const FrameworkLookup& lookup) { return load_mapping_file(file, lookup); },
            [&lib](std::string_view id) { return lib.versions_of(id); });
        if (!loaded.ok()) {
            add_problems(loaded.errors);
        } else if (auto existing = lib.find_mapping(loaded.value->id())) {
            lib.problems_.push_back({file, 0, 0,
                                     trf("mapping \"{}\" is already loaded from {}; this file is skipped",
                                         loaded.value->id(), existing->source_path())});
        } else {
            lib.mappings_.push_back(loaded.value);
        }
    }
    return lib;
}

FrameworkLibrary FrameworkLibrary::load_default() {
    return load({bundled_frameworks_dir(), user_frameworks_dir()});
}

FrameworkPtr FrameworkLibrary::find(std::string_view id) const {
    FrameworkPtr newest;
    for (const auto& f : all_versions_)
        if (f->id() == id && (!newest || compare_framework_versions(f->version(), newest->version()) > 0)) newest = f;
    return newest;
}

FrameworkPtr FrameworkLibrary::find(std::string_view id, std::string_view version) const {
    for (const auto& f : all_versions_)
        if (f->id() == id && compare_framework_versions(f->version(), version) == 0) return f;
    return nullptr;
}

std::vector<FrameworkPtr> FrameworkLibrary::versions_of(std::string_view id) const {
    std::vector<FrameworkPtr> r;
    for (const auto& f : all_versions_)
        if (f->id() == id) r.push_back(f);
    std::stable_sort(r.begin(), r.end(), [](const FrameworkPtr& a, const FrameworkPtr& b) {
        return compare_framework_versions(a->version(), b->version()) < 0;
    });
    return r;
}

MappingPtr FrameworkLibrary::find_mapping(std::string_view id) const {
    for (const auto& m : mappings_)
        if (m->id() == id) return m;
    return nullptr;
}

std::vector<MappingPtr> FrameworkLibrary::mappings_from(std::string_view source_id) const {
    std::vector<MappingPtr> r;
    for (const auto& m : mappings_)
        if (m->source_id() == source_id) r.push_back(m);
    return r;
}

MappingPtr FrameworkLibrary::mapping_between(std::string_view source_id, std::string_view target_id) const {
    for (const auto& m : mappings_)
        if (m->source_id() == source_id && m->target_id() == target_id) return m;
    return nullptr;
}

}  // namespace assessa
