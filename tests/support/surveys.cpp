#include "tests/support/surveys.hpp"

#include <catch2/catch.hpp>

namespace assessa::test {

std::shared_ptr<const Questionnaire> bundled_questionnaire(const std::string& id) {
    static const auto library = QuestionnaireLibrary::load({bundled_questionnaires_dir()});
    auto q = library.find(id);
    REQUIRE(q);
    return q;
}

Survey generated_survey(const Questionnaire& q, Id cycle, const std::string& date, int respondents) {
    Survey s;
    s.cycle_id = cycle;
    s.questionnaire_id = q.id;
    s.questionnaire_version = q.version;
    s.questionnaire_xml = q.source_text;
    s.title = std::string("Survey ").append(date);
    s.conducted_on = date;
    s.source_name = "survey.csv";
    s.encoding = "utf-8";
    const int span = q.scale.max - q.scale.min + 1;
    for (std::size_t i = 0; i < q.items.size(); ++i)
        s.mapping.push_back({static_cast<int>(i), std::string("Q").append(std::to_string(i + 1)), q.items[i].id, SurveyColumn::Role::answer});
    const bool asks = q.importance == Questionnaire::Importance::asked && q.importance_scale;
    if (asks)
        for (std::size_t i = 0; i < q.items.size(); ++i)
            s.mapping.push_back({static_cast<int>(q.items.size() + i), std::string("I").append(std::to_string(i + 1)), q.items[i].id,
                                 SurveyColumn::Role::importance});
    for (int r = 0; r < respondents; ++r) {
        SurveyResponse response;
        response.line = r + 2;
        for (std::size_t i = 0; i < q.items.size(); ++i) {
            const bool last = i + 1 == q.items.size();
            if (last && r % 5 == 4 && q.scale.offers_dont_know()) response.answers.push_back(SurveyAnswer::dont_know());
            else if (last && r % 7 == 6) response.answers.emplace_back();
            else response.answers.push_back(SurveyAnswer::of(q.scale.min + (r + static_cast<int>(i)) % span));
            if (asks) response.importance.push_back(SurveyAnswer::of(q.importance_scale->max));
        }
        s.responses.push_back(std::move(response));
    }
    return s;
}

}  // namespace assessa::test
