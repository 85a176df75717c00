#pragma once

#include "exports/pdf/document.hpp"
#include "exports/report/report_options.hpp"
#include "i18n/translator.hpp"

#include <string>

namespace assessa::report {

// The options checked and completed: a known language, a cycle, a date.
struct Settings {
    std::string lang;
    Translator t;
    Cycle cycle;
    std::string date;
};
Settings resolve(const Project& project, const ReportOptions& options);

void progress(const ReportOptions& options, int percent);

// The document info and running header/footer every report shares.
pdf::DocumentInfo document_info(const Project& project, const Settings& s, const std::string& title);

// The cover: organisation, title, lines of facts under it.
void draw_cover(pdf::Document& doc, const Project& project, const std::string& title, const std::string& subtitle,
                const std::vector<std::pair<std::string, std::string>>& facts, const std::string& status);

// "Department name (CODE)", or a dash when there is none.
std::string department_label(const std::vector<Department>& departments, std::optional<Id> id);

}  // namespace assessa::report
