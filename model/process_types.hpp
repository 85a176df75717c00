#pragma once

#include "i18n/translator.hpp"
#include "model/project_types.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

// ISO 9001 clause 4.4: the organisation's processes, each described on a process card (the
// twelve numbered fields Lithuanian institutions use) with a responsibility matrix beside it.

enum class ProcessKind { management, core, support };
inline constexpr std::array all_process_kinds{ProcessKind::management, ProcessKind::core, ProcessKind::support};
std::string_view to_string(ProcessKind k);
std::optional<ProcessKind> process_kind_from_string(std::string_view s);
const char* process_kind_label(ProcessKind k, const Translator& t = Translator::current());  // translated

// What a process needs, by kind (card field 9).
enum class ResourceKind { people, physical, financial, information };
inline constexpr std::array all_resource_kinds{ResourceKind::people, ResourceKind::physical, ResourceKind::financial,
                                               ResourceKind::information};
std::string_view to_string(ResourceKind k);
std::optional<ResourceKind> resource_kind_from_string(std::string_view s);
const char* resource_kind_label(ResourceKind k, const Translator& t = Translator::current());  // translated

// A cell of a responsibility matrix: V (vykdo: carries it out, is responsible) or D
// (dalyvauja: takes part, helps the one carrying it out).
enum class Responsibility { none, leads, takes_part };
std::string_view to_string(Responsibility r);  // "V", "D" or ""
std::optional<Responsibility> responsibility_from_string(std::string_view s);
const char* responsibility_letter(Responsibility r, const Translator& t = Translator::current());  // translated
// empty -> V -> D -> empty: a click on a matrix cell.
Responsibility next_responsibility(Responsibility r);

struct ProcessResource {
    ResourceKind kind = ResourceKind::people;
    std::string text;

    bool operator==(const ProcessResource&) const = default;
};

// An effectiveness, performance or control criterion (card field 10).
struct ProcessCriterion {
    std::string text;
    std::string indicator;
    std::string target;

    bool operator==(const ProcessCriterion&) const = default;
};

// A row of the matrix: a department of the project or a named role ("Director").
struct MatrixParticipant {
    std::optional<Id> department_id;
    std::string role;  // used when there is no department

    bool operator==(const MatrixParticipant&) const = default;
};

// A column of the matrix: a subprocess or a stakeholder, with the purpose of the exchange.
struct MatrixColumn {
    std::string name;
    std::string purpose;

    bool operator==(const MatrixColumn&) const = default;
};

struct ResponsibilityMatrix {
    std::vector<MatrixParticipant> rows;
    std::vector<MatrixColumn> columns;
    std::vector<std::vector<Responsibility>> cells;  // [row][column]

    Responsibility at(std::size_t row, std::size_t column) const;
    void set(std::size_t row, std::size_t column, Responsibility r);  // grows cells as needed
    // Makes cells exactly rows x columns, padding with empty cells.
    void normalise();
    bool operator==(const ResponsibilityMatrix&) const = default;
};

// One process card (fields numbered as on the card).
struct Process {
    Id id = 0;
    std::string code;                           // short code: "P-01"
    std::string name;                           // 1
    ProcessKind kind = ProcessKind::core;
    std::optional<Id> owner_member_id;          // 2: a member or a department, not both
    std::optional<Id> owner_department_id;
    std::string purpose;                        // 3
    std::string customer_requirements;          // 4
    std::vector<std::string> iso_clauses;       // 5: codes of the ISO 9001 framework
    std::vector<std::string> subprocesses;      // 6
    std::vector<std::string> documents;         // 7
    std::vector<std::string> records;           // 8
    std::vector<ProcessResource> resources;     // 9
    std::vector<ProcessCriterion> criteria;     // 10
    std::vector<std::string> constraints;       // 11
    std::vector<std::string> improvement_goals; // 12
    ResponsibilityMatrix matrix;

    bool operator==(const Process&) const = default;
};

// The twelve field names of the card, numbered 1..12 (translated).
const char* process_field_label(int number, const Translator& t = Translator::current());
inline constexpr int process_field_count = 12;

}  // namespace assessa
