#pragma once

// The process register as a spreadsheet, for those who keep it outside Assessa.

#include "i18n/translator.hpp"
#include "model/project.hpp"

#include <string>

namespace assessa {

// An Excel workbook with headings in the language of `t`: sheet "Processes" (the register, one
// row per card with its list fields numbered), sheet "Responsibility matrix" (departments and
// roles against processes, V/D) and sheet "Matrix cells" (every V and D of every process's own
// matrix). Text is stored as text, never as formulas. Replaces `path` only when complete;
// throws ProjectError (Kind::io) naming the file if it cannot be written.
void write_process_xlsx(const Project& project, const std::string& path, const Translator& t);

}  // namespace assessa
