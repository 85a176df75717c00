#include "exports/file_output.hpp"
#include "exports/plan/plan_files.hpp"
#include "exports/plan/plan_table.hpp"

#include <algorithm>
#include <cctype>

namespace assessa {

std::optional<PlanFileKind> plan_file_kind(const std::string& path) {
    const auto dot = path.rfind('.');
    if (dot == std::string::npos) return std::nullopt;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == "csv") return PlanFileKind::csv;
    if (ext == "xlsx") return PlanFileKind::xlsx;
    if (ext == "ics") return PlanFileKind::ics;
    return std::nullopt;
}

namespace {

std::string csv_field(const std::string& value, char separator) {
    if (value.find_first_of(std::string("\"\r\n") + separator) == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string csv_line(const std::vector<std::string>& fields, char separator) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) line += separator;
        line += csv_field(fields[i], separator);
    }
    return line + "\r\n";
}

}  // namespace

std::string plan_csv_text(const Project& project, Id cycle_id, const Translator& t) {
    const char separator = t.language() == "lt" ? ';' : ',';
    const PlanTable table = plan_table(project, cycle_id, t);
    std::string text = "\xEF\xBB\xBF";
    text += csv_line(table.header, separator);
    for (const auto& row : table.rows) {
        std::vector<std::string> fields;
        fields.reserve(row.size());
        for (const auto& cell : row) fields.push_back(cell.text);
        text += csv_line(fields, separator);
    }
    return text;
}

void write_plan_csv(const Project& project, Id cycle_id, const std::string& path, const Translator& t) {
    write_file_atomically(path, plan_csv_text(project, cycle_id, t));
}

}  // namespace assessa
