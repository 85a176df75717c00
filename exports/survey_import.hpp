#pragma once

// Bringing survey responses into a project (CLI `survey import`, GUI "Import survey..."):
// the CSV read, its columns mapped to the questionnaire's items, every row checked. The
// survey is added only when every row is usable: nothing is partly imported.

#include "frameworks/diagnostic.hpp"
#include "frameworks/questionnaire.hpp"
#include "model/csv_table.hpp"
#include "model/project_types.hpp"
#include "model/survey_types.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

class Project;

struct SurveyImportRequest {
    std::string csv_path;
    std::shared_ptr<const Questionnaire> questionnaire;
    std::string encoding;                  // empty: UTF-8
    char separator = 0;                    // 0: detected from the header
    std::optional<SurveyMapping> mapping;  // none: read from mapping_path, else suggested
    std::string mapping_path;              // a mapping file (read_survey_mapping_file)
    std::string title;                     // empty: the questionnaire's title and the year
    std::string conducted_on;              // empty: today
    Id cycle_id = 0;
    std::string language = "en";           // for the default title
};

// Everything the import found, whether or not it can go ahead: the GUI shows the table and
// the mapping so that the user can correct the mapping and try again.
struct SurveyImportPreview {
    std::optional<CsvTable> table;
    SurveyMapping mapping;
    std::optional<Survey> survey;    // set when everything is usable
    std::vector<Diagnostic> errors;  // file:line: error: ..., every problem found
};

SurveyImportPreview preview_survey_import(const SurveyImportRequest& request);

// Reads, checks and adds the survey; on any problem the project is unchanged and the errors
// say why.
struct SurveyImportResult {
    std::optional<Id> survey_id;
    SurveyImportPreview preview;
};
SurveyImportResult import_survey(Project& project, const SurveyImportRequest& request);

// A mapping written by hand for the CLI (`--mapping FILE`): a CSV of two columns, the column
// (its header text or its 1-based number) and the item id, `importance:` before the id for an
// importance column. Problems are located by line.
struct SurveyMappingFileResult {
    std::optional<SurveyMapping> mapping;
    std::vector<Diagnostic> errors;
};
SurveyMappingFileResult read_survey_mapping_file(const std::string& path, const std::vector<std::string>& header);

}  // namespace assessa
