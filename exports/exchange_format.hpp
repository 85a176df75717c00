#pragma once

// The exchange XML format (docs/exchange-format.md, schema exports/schema/exchange.xsd): a whole
// project's organisation, departments, group members and every cycle with its ratings, notes,
// consensus and improvement plan, to move them between project files or to and from other tools.

#include "frameworks/diagnostic.hpp"
#include "model/project.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

inline constexpr const char* exchange_namespace = "urn:assessa:exchange:1";
inline constexpr const char* exchange_version = "1";

// Writes the whole project as exchange XML. The same project content always gives the same
// bytes. Throws ProjectError (Kind::io) if the file cannot be written; an existing file at
// `path` is replaced only once the new one is complete. With `only_cycle` (a label), the file
// holds that cycle alone (links to actions of other cycles are left out); an unknown label
// throws InvalidEdit.
void export_exchange(const Project& project, const std::string& path, const std::string& only_cycle = {});
std::string export_exchange_text(const Project& project, const std::string& only_cycle = {});

// What an import wrote, counted in the file's terms.
struct ImportReport {
    std::size_t departments = 0;  // added or updated
    std::size_t members = 0;      // added or updated
    std::size_t cycles = 0;       // added or replaced
    std::size_t ratings = 0;      // <rating> elements
    std::size_t items = 0;        // members' items (strengths, AFIs, ideas, evidence)
    std::size_t consensus = 0;    // <consensus> elements (nodes agreed)
    std::size_t actions = 0;      // improvement actions of the plans
    std::size_t processes = 0;    // process cards (the register is replaced when the file has one)
    std::size_t comparison_sets = 0;  // benchlearning sets (the project's are replaced when the file has any)
    std::size_t surveys = 0;          // perception surveys (they replace those of the file's cycles)
};

// The outcome of an import: a report, or every problem found (and the project unchanged).
struct ImportResult {
    std::optional<ImportReport> report;
    std::vector<Diagnostic> errors;
    bool ok() const { return report.has_value(); }
};

// Reads and checks the whole file against the project first, then applies it in one
// Project::batch(). With any problem nothing is changed and every problem is returned as
// `FILE:LINE:COL: error: message`. Failures of the project file itself (ProjectError) are
// thrown, also leaving the project unchanged.
ImportResult import_exchange(Project& project, const std::string& path);
// The same for a text already in memory; `label` names it in messages.
ImportResult import_exchange_text(Project& project, const std::string& label, std::string text);

// What an import brought, in the user's language with each count in its plural form:
// "1 department, 10 members, 1 cycle, 40 ratings with 120 notes, 28 consensus entries,
// 32 improvement actions", and the process cards and comparison sets when the file has any.
std::string describe(const ImportReport& report);

// A project created from an exchange file, or every problem found (and no file left behind).
struct NewFromExchange {
    std::unique_ptr<Project> project;
    ImportReport report;
    std::vector<Diagnostic> errors;
    bool ok() const { return project != nullptr; }
};

// Creates the project file `path` from an exchange file: the frameworks its cycles use are
// copied from the library, then the whole file is imported, so the project holds exactly the
// file's organisation, departments, members and cycles. Throws ProjectError if `path` exists
// or cannot be written.
NewFromExchange create_project_from_exchange(const std::string& path, const FrameworkLibrary& library,
                                             const std::string& data_path);

}  // namespace assessa
