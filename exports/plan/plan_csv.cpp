#include "exports/csv_text.hpp"
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

std::string plan_csv_text(const Project& project, Id cycle_id, const Translator& t) {
    const char separator = t.language() == "lt" ? ';' : ',';
    const PlanTable table = plan_table(project, cycle_id, t);
    std::string text = "\xEF\xBB\xBF";
    std::vector<CsvCell> header;
    for (const auto& heading : table.header) header.push_back(CsvCell::of_text(heading));
    text += csv_line(header, separator);
    for (const auto& row : table.rows) {
        std::vector<CsvCell> cells;
        cells.reserve(row.size());
        for (const auto& cell : row)
            cells.push_back(cell.kind == PlanCell::Kind::text ? CsvCell::of_text(cell.text) : CsvCell::of_value(cell.text));
        text += csv_line(cells, separator);
    }
    return text;
}

void write_plan_csv(const Project& project, Id cycle_id, const std::string& path, const Translator& t) {
    write_file_atomically(path, plan_csv_text(project, cycle_id, t));
}

}  // namespace assessa
