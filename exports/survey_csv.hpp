#pragma once

#include "frameworks/diagnostic.hpp"
#include "model/csv_table.hpp"

#include <optional>
#include <string>
#include <vector>

namespace assessa {

// Survey responses as online forms and spreadsheets export them: one row per respondent, a
// header row first, `,` or `;` between fields, fields optionally in double quotes (a quote inside
// written twice, line breaks allowed inside quotes). Encodings: UTF-8 with or without a byte-order
// mark, Windows-1257 (Baltic) and GB18030.

inline constexpr const char* csv_encodings[] = {"utf-8", "windows-1257", "gb18030"};

// Reads `bytes` (the file named `label` in messages). `encoding` empty means UTF-8, which must
// then be valid: anything else is refused with the line where it stops being UTF-8 and a hint to
// name the encoding. `separator` 0 means: whichever of ',' and ';' splits the header into more
// fields outside quotes. Every problem (bad encoding, an unterminated quote, a row with more
// fields than the header) is a Diagnostic with the line; no table then.
struct CsvReadResult {
    std::optional<CsvTable> table;
    std::vector<Diagnostic> errors;
};
CsvReadResult read_survey_csv(const std::string& bytes, const std::string& label,
                              const std::string& encoding = {}, char separator = 0);
CsvReadResult read_survey_csv_file(const std::string& path, const std::string& encoding = {},
                                   char separator = 0);

}  // namespace assessa
