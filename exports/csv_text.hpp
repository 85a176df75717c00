#pragma once

// CSV as Assessa writes it, for every CSV file it writes: one function for a line, so that
// every text cell is quoted the same way and protected the same way against being read as a
// formula by a spreadsheet program ("CSV injection").

#include <string>
#include <string_view>
#include <vector>

namespace assessa {

struct CsvCell {
    std::string text;
    bool is_text = true;  // false: a number or an ISO date, written as it is

    static CsvCell of_text(std::string s) { return {std::move(s), true}; }
    static CsvCell of_value(std::string s) { return {std::move(s), false}; }
};

// Text that a spreadsheet program would take for a formula (it begins with '=', '+', '-',
// '@', a tab or a carriage return) gets an apostrophe in front, which Excel and LibreOffice
// read as "this cell is text". Other text is returned as it is.
std::string neutralised_csv_text(std::string_view text);

// One line of cells with `separator` between them, ending in CR LF: text cells neutralised,
// then quoted where they hold a quote, the separator or a line break.
std::string csv_line(const std::vector<CsvCell>& cells, char separator);

}  // namespace assessa
