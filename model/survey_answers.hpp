#pragma once

#include "frameworks/diagnostic.hpp"
#include "frameworks/questionnaire.hpp"
#include "model/csv_table.hpp"
#include "model/survey_types.hpp"

#include <optional>
#include <string>
#include <vector>

namespace assessa {

// From a CSV table to survey responses: which column holds which item, and what each cell means.

// Suggests a mapping from the header texts: a header equal to an item's id, to its text in any
// language, or numbered like the item ("Q3", "3.", "3)" for the third item), compared without case,
// punctuation or surrounding space; "Importance: <item text>" style headers map to importance
// where the questionnaire asks it. Columns matching nothing are left out.
SurveyMapping suggest_survey_mapping(const Questionnaire& q, const std::vector<std::string>& header);

// Problems with the mapping itself (unknown item, column outside the header, two columns for the
// same item and role, importance columns for a questionnaire that does not ask it, no answer
// column at all), as messages naming the column.
std::vector<std::string> survey_mapping_problems(const Questionnaire& q, const SurveyMapping& m,
                                                 std::size_t header_size);

// Reads one cell: blank is no answer; a whole number on the scale; a scale label or the
// "don't know" label in any language, without case; "DK"/"N/A" style answers are not guessed.
std::optional<SurveyAnswer> parse_survey_answer(const ResponseScale& scale, const std::string& cell);

// Every row becomes a response, or is rejected with its line and the reason (which column, what
// was found, what the scale allows). A row without any answer is rejected too. `label` is the
// file name used in the diagnostics. With any rejected row there are no responses: nothing is
// partly imported.
struct SurveyResponsesResult {
    std::vector<SurveyResponse> responses;
    std::vector<Diagnostic> rejected;
    bool ok() const { return rejected.empty(); }
};
SurveyResponsesResult survey_responses(const Questionnaire& q, const SurveyMapping& m,
                                       const CsvTable& table, const std::string& label);

}  // namespace assessa
