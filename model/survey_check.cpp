#include "model/survey_check.hpp"

#include "i18n/translator.hpp"
#include "model/calendar_date.hpp"
#include "model/survey_answers.hpp"

#include <algorithm>

namespace assessa {

namespace {

void check_answers(const std::vector<SurveyAnswer>& answers, const ResponseScale& scale, const Questionnaire& q,
                   bool importance, int line, std::vector<std::string>& problems) {
    if (answers.size() != q.items.size()) {
        problems.push_back(importance ? trf("the response from line {} has {} importance ratings for {} items", line,
                                            answers.size(), q.items.size())
                                      : trf("the response from line {} has {} answers for {} items", line,
                                            answers.size(), q.items.size()));
        return;
    }
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const auto& a = answers[i];
        if (a.kind == SurveyAnswer::Kind::value && !scale.contains(a.value))
            problems.push_back(trf("the response from line {}: {} is not on the scale {}-{} (item \"{}\")", line, a.value,
                                   scale.min, scale.max, q.items[i].id));
        if (a.kind == SurveyAnswer::Kind::dont_know && !scale.offers_dont_know())
            problems.push_back(trf("the response from line {}: \"don't know\" is not an answer of this questionnaire "
                                   "(item \"{}\")", line, q.items[i].id));
    }
}

}  // namespace

std::vector<std::string> survey_problems(const Survey& s, const Questionnaire& q) {
    std::vector<std::string> problems;
    if (s.title.empty()) problems.push_back(tr("the survey has no title"));
    if (!is_iso_date(s.conducted_on))
        problems.push_back(trf("the survey date \"{}\" is not a date (YYYY-MM-DD)", s.conducted_on));
    if (s.questionnaire_id != q.id || s.questionnaire_version != q.version)
        problems.push_back(trf("the survey names the questionnaire {} {}, not {} {}", s.questionnaire_id,
                               s.questionnaire_version, q.id, q.version));
    if (s.responses.empty()) problems.push_back(tr("the survey has no responses"));
    int header_size = 0;
    for (const auto& c : s.mapping) header_size = std::max(header_size, c.column + 1);
    for (auto& p : survey_mapping_problems(q, s.mapping, static_cast<std::size_t>(header_size))) problems.push_back(std::move(p));
    const bool asks_importance = q.importance == Questionnaire::Importance::asked && q.importance_scale;
    for (const auto& r : s.responses) {
        check_answers(r.answers, q.scale, q, false, r.line, problems);
        if (asks_importance) check_answers(r.importance, *q.importance_scale, q, true, r.line, problems);
        else if (!r.importance.empty())
            problems.push_back(trf("the response from line {} rates importance, which the questionnaire does not ask", r.line));
        if (problems.size() > 20) break;  // a long list helps nobody; the first ones say what is wrong
    }
    return problems;
}

}  // namespace assessa
