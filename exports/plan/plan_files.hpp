#pragma once

// The improvement plan as files for the people who track it outside Assessa: a spreadsheet
// of the actions (CSV or XLSX) and an iCalendar file of due dates and milestones.

#include "i18n/translator.hpp"
#include "model/project.hpp"

#include <optional>
#include <string>

namespace assessa {

enum class PlanFileKind { csv, xlsx, ics };
// From the file name's extension (.csv, .xlsx, .ics, any case).
std::optional<PlanFileKind> plan_file_kind(const std::string& path);

// Each writes the plan of `cycle_id` with headings in the language of `t`, replacing `path`
// only when complete; throws ProjectError (Kind::io) naming the file if it cannot be written.

// CSV as spreadsheet programs in that language read it: UTF-8 with a byte-order mark, fields
// quoted where needed, separated by ";" for Lithuanian (where "," is the decimal separator)
// and by "," otherwise. A text cell that begins with '=', '+', '-', '@', a tab or a carriage
// return gets an apostrophe in front, so that no spreadsheet program runs it as a formula
// (exports/csv_text.hpp); numbers and dates are written as they are.
void write_plan_csv(const Project& project, Id cycle_id, const std::string& path, const Translator& t);
std::string plan_csv_text(const Project& project, Id cycle_id, const Translator& t);

// An Excel workbook: sheet "Actions" (one row per action, real dates and numbers, filters,
// frozen header) and sheet "Milestones". Text is always written as string cells, never as
// formulas, whatever it begins with.
void write_plan_xlsx(const Project& project, Id cycle_id, const std::string& path, const Translator& t);

// iCalendar (RFC 5545): an all-day event on each action's due date and on each milestone.
// `stamp` (an ISO date) is written as DTSTAMP so the same plan always gives the same file.
void write_plan_ics(const Project& project, Id cycle_id, const std::string& path, const Translator& t,
                    const std::string& stamp);
std::string plan_ics_text(const Project& project, Id cycle_id, const Translator& t, const std::string& stamp);

}  // namespace assessa
