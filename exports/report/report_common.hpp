#pragma once

#include "exports/pdf/document.hpp"
#include "exports/report/report_options.hpp"
#include "i18n/translator.hpp"
#include "model/date_format.hpp"

#include <string>
#include <string_view>

namespace assessa::report {

// The options checked and completed: a known language, a cycle, a date.
struct Settings {
    std::string lang;
    Translator t;
    Cycle cycle;
    std::string date;

    // A stored ISO date in the report's language: short in tables, long in running text and
    // on title pages; an empty one prints as a dash.
    std::string short_date(std::string_view iso) const;
    std::string long_date(std::string_view iso) const;
};
Settings resolve(const Project& project, const ReportOptions& options);

void progress(const ReportOptions& options, int percent);

// The document info and running header/footer every report shares.
pdf::DocumentInfo document_info(const Project& project, const Settings& s, const std::string& title);

// The cover: organisation, title, lines of facts under it.
void draw_cover(pdf::Document& doc, const Project& project, const std::string& title, const std::string& subtitle,
                const std::vector<std::pair<std::string, std::string>>& facts, const std::string& status);

// Whole translated sentences made into one paragraph: a space between them, none in Chinese.
std::string join_sentences(const std::vector<std::string>& sentences, const std::string& lang);

// "Department name (CODE)", or a dash when there is none.
std::string department_label(const std::vector<Department>& departments, std::optional<Id> id);

}  // namespace assessa::report
