// A new project made from an exchange file: its frameworks, methods and cycles, with no cycle
// of its own to throw away.

#include "exports/exchange_format.hpp"

#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"

#include <filesystem>
#include <set>

namespace assessa {

namespace {

// The frameworks the file's cycles use, in the order they first appear; problems in `xml`.
std::vector<std::string> frameworks_used(XmlReader& xml, const FrameworkLibrary& library) {
    std::vector<std::string> ids;
    if (!xml.parse() || !xml.expect_root("assessa-exchange", exchange_namespace)) return ids;
    std::set<std::string> seen;
    for (auto cycle : xml.root().children("cycle")) {
        auto id = xml.required(cycle, "framework");
        if (!id || !seen.insert(*id).second) continue;
        if (!library.find(*id)) xml.error(cycle, trf("no framework with id \"{}\" is in the library", *id));
        ids.push_back(*id);
    }
    if (!xml.failed() && ids.empty())
        xml.error(xml.root(), tr("the file holds no <cycle>; a project needs at least one"));
    return ids;
}

void remove_project_files(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ec);
}

}  // namespace

NewFromExchange create_project_from_exchange(const std::string& path, const FrameworkLibrary& library,
                                             const std::string& data_path) {
    NewFromExchange result;
    XmlReader xml = XmlReader::from_file(data_path);
    const auto ids = frameworks_used(xml, library);
    if (xml.failed()) {
        result.errors = xml.errors();
        return result;
    }
    auto project = Project::create_for_import(path, library, {ids.front(), "", "", {}});
    ImportResult imported;
    try {
        for (std::size_t i = 1; i < ids.size(); ++i) project->add_framework(library, ids[i]);
        imported = import_exchange(*project, data_path);
    } catch (...) {
        project.reset();
        remove_project_files(path);
        throw;
    }
    if (!imported.ok()) {
        project.reset();
        remove_project_files(path);
        result.errors = std::move(imported.errors);
        return result;
    }
    result.project = std::move(project);
    result.report = *imported.report;
    return result;
}

}  // namespace assessa
