#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

// Perception surveys (docs/surveys.md): respondents' answers to a questionnaire
// (frameworks/questionnaire.hpp), imported from CSV and kept in the project.

// One respondent's answer to one item: a point on the scale, "don't know", or nothing.
struct SurveyAnswer {
    enum class Kind { none, value, dont_know };
    Kind kind = Kind::none;
    int value = 0;  // meaningful when kind == value

    static SurveyAnswer of(int v) { return {Kind::value, v}; }
    static SurveyAnswer dont_know() { return {Kind::dont_know, 0}; }
    bool has_value() const { return kind == Kind::value; }
    bool operator==(const SurveyAnswer&) const = default;
};

// One row of the CSV: answers and, where the questionnaire asks it, importance ratings, both in
// the questionnaire's item order. `line` is the row's first line in the CSV file.
struct SurveyResponse {
    int line = 0;
    std::vector<SurveyAnswer> answers;
    std::vector<SurveyAnswer> importance;  // empty unless the questionnaire asks importance
    bool operator==(const SurveyResponse&) const = default;
};

// Which CSV column holds what. Columns are 0-based; a column not listed is ignored
// (timestamps, e-mail fields of online forms).
struct SurveyColumn {
    enum class Role { answer, importance };
    int column = 0;
    std::string header;   // the header text, kept so that a saved mapping can be shown and reused
    std::string item_id;
    Role role = Role::answer;
    bool operator==(const SurveyColumn&) const = default;
};
using SurveyMapping = std::vector<SurveyColumn>;
std::string_view to_string(SurveyColumn::Role r);  // "answer", "importance"
std::optional<SurveyColumn::Role> survey_column_role_from_string(std::string_view s);

// Answers in item order as one text, the form the store and the exchange file keep:
// "5,4,,?" (a value, blank for no answer, ? for "don't know"). Decoding refuses anything else.
std::string encoded_survey_answers(const std::vector<SurveyAnswer>& answers);
std::optional<std::vector<SurveyAnswer>> decoded_survey_answers(std::string_view text);

// A survey as kept in the project: the questionnaire it used (its XML, so that later changes to
// the questionnaire file never alter it), the mapping, and every response.
struct Survey {
    std::int64_t id = 0;
    std::int64_t cycle_id = 0;
    std::string questionnaire_id;
    std::string questionnaire_version;
    std::string questionnaire_xml;
    std::string title;        // "Citizens' satisfaction 2026"
    std::string conducted_on; // YYYY-MM-DD, when the survey closed; orders the trend
    std::string source_name;  // the CSV file's name, without folders
    std::string encoding;     // "utf-8", "windows-1257", "gb18030"
    std::string imported_at;  // set by the store
    SurveyMapping mapping;
    std::vector<SurveyResponse> responses;
    bool operator==(const Survey&) const = default;
};

}  // namespace assessa
