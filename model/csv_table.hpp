#pragma once

#include <string>
#include <vector>

namespace assessa {

// A table read from a CSV file (exports/survey_csv.hpp), already in UTF-8.
// Where a field starts in the file, 1-based; the column counts characters, not bytes.
struct CsvPosition {
    int line = 0;
    int column = 0;
};

struct CsvRow {
    int line = 0;  // the row's first line in the file, 1-based
    std::vector<std::string> fields;
    std::vector<CsvPosition> positions;  // each field's start, when read from a file
};

struct CsvTable {
    std::string encoding;  // "utf-8", "windows-1257", "gb18030"
    char separator = ',';
    std::vector<std::string> header;
    std::vector<CsvRow> rows;  // blank lines are skipped
};

}  // namespace assessa
