#include "model/survey_types.hpp"

#include <algorithm>
#include <charconv>

namespace assessa {

std::string_view to_string(SurveyColumn::Role r) { return r == SurveyColumn::Role::answer ? "answer" : "importance"; }

std::optional<SurveyColumn::Role> survey_column_role_from_string(std::string_view s) {
    if (s == "answer") return SurveyColumn::Role::answer;
    if (s == "importance") return SurveyColumn::Role::importance;
    return std::nullopt;
}

std::string encoded_survey_answers(const std::vector<SurveyAnswer>& answers) {
    std::string text;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i > 0) text += ',';
        if (answers[i].kind == SurveyAnswer::Kind::value) text += std::to_string(answers[i].value);
        else if (answers[i].kind == SurveyAnswer::Kind::dont_know) text += '?';
    }
    return text;
}

std::optional<std::vector<SurveyAnswer>> decoded_survey_answers(std::string_view text) {
    std::vector<SurveyAnswer> answers;
    if (text.empty()) return answers;
    std::size_t start = 0;
    while (true) {
        const auto end = std::min(text.find(',', start), text.size());
        const std::string_view token = text.substr(start, end - start);
        if (token.empty()) answers.emplace_back();
        else if (token == "?") answers.push_back(SurveyAnswer::dont_know());
        else {
            int value = 0;
            const auto [at, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
            if (ec != std::errc{} || at != token.data() + token.size()) return std::nullopt;
            answers.push_back(SurveyAnswer::of(value));
        }
        if (end == text.size()) break;
        start = end + 1;
    }
    return answers;
}

}  // namespace assessa
