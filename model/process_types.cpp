#include "model/process_types.hpp"

namespace assessa {

std::string_view to_string(ProcessKind k) {
    switch (k) {
        case ProcessKind::management: return "management";
        case ProcessKind::core: return "core";
        case ProcessKind::support: return "support";
    }
    return "core";
}

std::optional<ProcessKind> process_kind_from_string(std::string_view s) {
    for (auto k : all_process_kinds)
        if (to_string(k) == s) return k;
    return std::nullopt;
}

const char* process_kind_label(ProcessKind k, const Translator& t) {
    switch (k) {
        case ProcessKind::management: return t.tr("Management processes");
        case ProcessKind::core: return t.tr("Core processes");
        case ProcessKind::support: return t.tr("Support processes");
    }
    return "";
}

std::string_view to_string(ResourceKind k) {
    switch (k) {
        case ResourceKind::people: return "people";
        case ResourceKind::physical: return "physical";
        case ResourceKind::financial: return "financial";
        case ResourceKind::information: return "information";
    }
    return "people";
}

std::optional<ResourceKind> resource_kind_from_string(std::string_view s) {
    for (auto k : all_resource_kinds)
        if (to_string(k) == s) return k;
    return std::nullopt;
}

const char* resource_kind_label(ResourceKind k, const Translator& t) {
    switch (k) {
        case ResourceKind::people: return t.tr("People");
        case ResourceKind::physical: return t.tr("Physical");
        case ResourceKind::financial: return t.tr("Financial");
        case ResourceKind::information: return t.tr("Information");
    }
    return "";
}

std::string_view to_string(Responsibility r) {
    switch (r) {
        case Responsibility::none: return "";
        case Responsibility::leads: return "V";
        case Responsibility::takes_part: return "D";
    }
    return "";
}

std::optional<Responsibility> responsibility_from_string(std::string_view s) {
    if (s.empty()) return Responsibility::none;
    if (s == "V") return Responsibility::leads;
    if (s == "D") return Responsibility::takes_part;
    return std::nullopt;
}

const char* responsibility_letter(Responsibility r, const Translator& t) {
    switch (r) {
        case Responsibility::none: return "";
        // TRANSLATORS: the letter for "leads, is responsible" in a responsibility matrix (Lithuanian V: vykdo)
        case Responsibility::leads: return t.tr("V");
        // TRANSLATORS: the letter for "takes part" in a responsibility matrix (Lithuanian D: dalyvauja)
        case Responsibility::takes_part: return t.tr("D");
    }
    return "";
}

Responsibility next_responsibility(Responsibility r) {
    switch (r) {
        case Responsibility::none: return Responsibility::leads;
        case Responsibility::leads: return Responsibility::takes_part;
        case Responsibility::takes_part: return Responsibility::none;
    }
    return Responsibility::none;
}

Responsibility ResponsibilityMatrix::at(std::size_t row, std::size_t column) const {
    if (row >= cells.size() || column >= cells[row].size()) return Responsibility::none;
    return cells[row][column];
}

void ResponsibilityMatrix::set(std::size_t row, std::size_t column, Responsibility r) {
    if (cells.size() <= row) cells.resize(row + 1);
    if (cells[row].size() <= column) cells[row].resize(column + 1, Responsibility::none);
    cells[row][column] = r;
}

void ResponsibilityMatrix::normalise() {
    cells.resize(rows.size());
    for (auto& row : cells) row.resize(columns.size(), Responsibility::none);
}

const char* process_field_label(int number, const Translator& t) {
    switch (number) {
        case 1: return t.tr("Process name");
        case 2: return t.tr("Process owner");
        case 3: return t.tr("Purpose of the process");
        case 4: return t.tr("Requirements of internal and external customers");
        case 5: return t.tr("ISO 9001:2015 requirements");
        case 6: return t.tr("Subprocesses");
        case 7: return t.tr("Documents used");
        case 8: return t.tr("Records kept");
        case 9: return t.tr("Resources needed");
        case 10: return t.tr("Effectiveness, performance and control criteria");
        case 11: return t.tr("Constraints (laws, regulations)");
        case 12: return t.tr("Areas and goals for improvement");
    }
    return "";
}

}  // namespace assessa
