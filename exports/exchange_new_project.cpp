// A new project made from an exchange file: its frameworks, methods and cycles, with no cycle
// of its own to throw away.

#include "exports/exchange_format.hpp"

#include "frameworks/framework_version.hpp"
#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <filesystem>
#include <set>

namespace assessa {

namespace {

struct FrameworkUsed {
    std::string id;
    std::string version;  // the newest in the library when the file names none
};

// The frameworks and versions the file's cycles use, in the order they first appear; problems in `xml`.
std::vector<FrameworkUsed> frameworks_used(XmlReader& xml, const FrameworkLibrary& library) {
    std::vector<FrameworkUsed> ids;
    if (!xml.parse() || !xml.expect_root("assessa-exchange", exchange_namespace)) return ids;
    std::set<std::pair<std::string, std::string>> seen;
    for (auto cycle : xml.root().children("cycle")) {
        auto id = xml.required(cycle, "framework");
        if (!id) continue;
        const std::string version = cycle.attribute("framework-version").value();
        if (!version.empty() && !is_framework_version(version)) {
            xml.error(cycle, trf("'framework-version' must be numbers separated by dots, such as 2020 or 2020.1, not \"{}\"",
                                 version));
            continue;
        }
        const FrameworkPtr fw = version.empty() ? library.find(*id) : library.find(*id, version);
        if (!library.find(*id)) xml.error(cycle, trf("no framework with id \"{}\" is in the library", *id));
        else if (!fw) xml.error(cycle, trf("no version {} of framework \"{}\" is in the library", version, *id));
        if (!fw || !seen.insert({fw->id(), fw->version()}).second) continue;
        ids.push_back({fw->id(), fw->version()});
    }
    if (!xml.failed() && ids.empty())
        xml.error(xml.root(), tr("the file holds no <cycle>; a project needs at least one"));
    return ids;
}

void remove_project_files(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(platform::utf8_path(path + suffix), ec);
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
    auto project = Project::create_for_import(path, library, {ids.front().id, "", "", {}, ids.front().version});
    ImportResult imported;
    try {
        for (const auto& used : ids) project->add_framework(library, used.id, used.version);
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
