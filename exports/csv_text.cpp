#include "exports/csv_text.hpp"

namespace assessa {

namespace {

std::string quoted_if_needed(const std::string& value, char separator) {
    if (value.find_first_of(std::string("\"\r\n") + separator) == std::string::npos) return value;
    std::string quoted(1, '"');
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

}  // namespace

std::string neutralised_csv_text(std::string_view text) {
    std::string out;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) out += '\'';
    out += text;
    return out;
}

std::string csv_line(const std::vector<CsvCell>& cells, char separator) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) line += separator;
        const CsvCell& cell = cells[i];
        line += quoted_if_needed(cell.is_text ? neutralised_csv_text(cell.text) : cell.text, separator);
    }
    line += "\r\n";
    return line;
}

}  // namespace assessa
