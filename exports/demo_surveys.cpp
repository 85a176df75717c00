#include "exports/demo_surveys.hpp"

#include "exports/demo_random.hpp"
#include "frameworks/questionnaire_loader.hpp"
#include "i18n/translator.hpp"

#include <algorithm>

namespace assessa {

namespace {

using namespace demo;

int on_scale(double v, const ResponseScale& scale) {
    return static_cast<int>(std::lround(std::clamp(v, static_cast<double>(scale.min), static_cast<double>(scale.max))));
}

std::vector<SurveyResponse> demo_responses(const Questionnaire& q, int respondents, double mean, const std::string& seed) {
    std::vector<SurveyResponse> responses;
    const double span = q.scale.max - q.scale.min;
    for (int r = 0; r < respondents; ++r) {
        std::uint64_t state = seed_of(seed + "/" + std::to_string(r));
        const double mood = 0.12 * span * roughly_normal(state);
        SurveyResponse response;
        response.line = r + 2;  // after the header
        for (const auto& item : q.items) {
            // An item's strength belongs to the item, not to the survey: the weak items of one
            // year are the weak items of the next.
            std::uint64_t item_state = seed_of(q.id + "/" + item.id);
            const double offset = 0.12 * span * roughly_normal(item_state);
            const double roll = unit(state);
            if (roll < 0.02) response.answers.emplace_back();
            else if (roll < 0.06 && q.scale.offers_dont_know()) response.answers.push_back(SurveyAnswer::dont_know());
            else response.answers.push_back(SurveyAnswer::of(on_scale(mean + offset + mood + 0.18 * span * roughly_normal(state), q.scale)));
            if (q.importance == Questionnaire::Importance::asked && q.importance_scale) {
                const auto& is = *q.importance_scale;
                const double importance = is.max - 0.25 * (is.max - is.min) * (1 + unit(item_state)) +
                                          0.12 * (is.max - is.min) * roughly_normal(state);
                response.importance.push_back(SurveyAnswer::of(on_scale(importance, is)));
            }
        }
        responses.push_back(std::move(response));
    }
    return responses;
}

}  // namespace

void add_demo_surveys(Project& p, XmlReader& xml, pugi::xml_node root, const std::map<std::string, Id>& cycles,
                      const std::string& lang) {
    const auto library = QuestionnaireLibrary::load_default();
    for (auto el : root.children("survey")) {
        const std::string id = el.attribute("questionnaire").value();
        const auto q = library.find(id);
        const auto cycle = cycles.find(el.attribute("cycle").value());
        if (!q || cycle == cycles.end()) {
            xml.error(el, trf("the demo's survey names the questionnaire \"{}\" or the cycle \"{}\", which are not there",
                              id, el.attribute("cycle").value()));
            continue;
        }
        Survey s;
        s.cycle_id = cycle->second;
        s.questionnaire_id = q->id;
        s.questionnaire_version = q->version;
        s.questionnaire_xml = q->source_text;
        s.title = xml.texts(el, "title", true, "survey").get(lang);
        s.conducted_on = el.attribute("closed").value();
        s.source_name = el.attribute("file").value();
        s.encoding = el.attribute("encoding").value();
        s.imported_at = s.conducted_on + "T12:00:00Z";
        s.responses = demo_responses(*q, el.attribute("respondents").as_int(), el.attribute("mean").as_double(),
                                     id + "/" + s.conducted_on);
        for (std::size_t i = 0; i < q->items.size(); ++i)
            s.mapping.push_back({static_cast<int>(i) + 1, q->items[i].text.get(lang), q->items[i].id, SurveyColumn::Role::answer});
        if (q->importance == Questionnaire::Importance::asked)
            for (std::size_t i = 0; i < q->items.size(); ++i)
                s.mapping.push_back({static_cast<int>(q->items.size() + i) + 1, std::string("Importance: ").append(q->items[i].text.get(lang)),
                                     q->items[i].id, SurveyColumn::Role::importance});
        p.add_survey(s);
    }
}

}  // namespace assessa
