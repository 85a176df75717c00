#pragma once

// Pieces of the CAF steps' records (model/cycle_steps_types.hpp) that more than one report prints.

#include "exports/pdf/document.hpp"
#include "exports/report/report_common.hpp"
#include "model/cycle_steps_types.hpp"

#include <string>
#include <vector>

namespace assessa::report {

// The text, or "not recorded" in the report's language.
std::string or_not_recorded(const std::string& text, const Settings& s);
// A stored date in long form, or "not recorded".
std::string date_or_not_recorded(const std::string& iso, const Settings& s);

// A communication plan (step 2 or 8) as a table: audience, message, channel, planned, responsible,
// done; or a sentence saying that none is recorded.
void write_communication_plan(pdf::Document& doc, const std::vector<CommunicationEntry>& entries, const Settings& s);

}  // namespace assessa::report
