#include "model/survey_evidence.hpp"

#include "frameworks/questionnaire_loader.hpp"
#include "i18n/translator.hpp"
#include "model/number_format.hpp"

#include <algorithm>
#include <cmath>

namespace assessa {

std::optional<double> SurveyEvidence::item_change(const std::string& item_id) const {
    if (!previous) return std::nullopt;
    const auto find = [&](const SurveyStatistics& s) -> const ItemStatistics* {
        auto it = std::find_if(s.items.begin(), s.items.end(), [&](const ItemStatistics& i) { return i.item_id == item_id; });
        return it == s.items.end() || it->answer.n == 0 ? nullptr : &*it;
    };
    const auto* now = find(statistics);
    const auto* before = find(*previous);
    if (!now || !before) return std::nullopt;
    return now->score - before->score;
}

std::vector<SurveyEvidence> survey_evidence(const Project& project, Id cycle_id) {
    const auto all = project.surveys();
    std::vector<SurveyEvidence> list;
    for (const auto& s : all) {
        if (s.cycle_id != cycle_id) continue;
        const auto loaded = parse_questionnaire(s.title, s.questionnaire_xml);
        if (!loaded.ok())
            throw ProjectError(ProjectError::Kind::damaged,
                               trf("{}: the project file is damaged: the questionnaire kept with the survey \"{}\" "
                                   "cannot be read",
                                   project.path(), s.title));
        SurveyEvidence e;
        e.survey = s;
        e.questionnaire = loaded.value;
        e.statistics = survey_statistics(*e.questionnaire, s.responses);
        e.trend = survey_trend(s, all, *e.questionnaire);
        if (e.trend.points.size() >= 2) {
            const Id previous_id = e.trend.points[e.trend.points.size() - 2].survey_id;
            auto prev = std::find_if(all.begin(), all.end(), [&](const Survey& x) { return x.id == previous_id; });
            if (prev != all.end()) e.previous = survey_statistics(*e.questionnaire, prev->responses);
        }
        list.push_back(std::move(e));
    }
    return list;
}

std::vector<const SurveyEvidence*> evidence_for_node(const std::vector<SurveyEvidence>& all,
                                                     const std::string& framework_id, const std::string& code) {
    std::vector<const SurveyEvidence*> found;
    for (const auto& e : all)
        if (e.questionnaire->framework == framework_id && e.questionnaire->evidence_for == code) found.push_back(&e);
    return found;
}

std::string survey_afi_text(const SurveyEvidence& e, const std::string& item_id, const Translator& t) {
    const auto& items = e.statistics.items;
    const auto it = std::find_if(items.begin(), items.end(), [&](const ItemStatistics& i) { return i.item_id == item_id; });
    const auto* item = e.questionnaire->item(item_id);
    if (it == items.end() || !item) return {};
    const std::string& lang = t.language();
    return t.trf("Survey \u201c{}\u201d: \u201c{}\u201d scored {} of 100, {} satisfied (n = {}).", e.survey.title,
                 item->text.get(lang), format_score(it->score, lang),
                 format_percent(static_cast<int>(std::lround(it->percent_satisfied)), lang), it->answer.n);
}

Edit edit_raise_survey_afi(const SurveyEvidence& e, Id cycle_id, const std::string& item_id, const Translator& t) {
    Edit edit = edit_add_consensus_item(cycle_id, e.evidence_for(), NoteKind::afi, survey_afi_text(e, item_id, t), {});
    edit.label = tr("Raise as area for improvement");
    return edit;
}

Edit edit_add_survey(const Survey& s) {
    Edit e;
    e.label = tr("Import survey");
    auto kept = std::make_shared<Survey>(s);
    e.apply = [kept](Project& p, ItemIds&) { kept->id = p.add_survey(*kept); };
    e.revert = [kept](Project& p, ItemIds&) { p.remove_survey(kept->id); };
    return e;
}

Edit edit_remove_survey(const Project& project, Id survey_id) {
    const auto all = project.surveys();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Survey& s) { return s.id == survey_id; });
    if (it == all.end()) throw InvalidEdit(trf("no survey with id {}", survey_id));
    Edit e;
    e.label = tr("Remove survey");
    auto kept = std::make_shared<Survey>(*it);
    e.apply = [kept](Project& p, ItemIds&) { p.remove_survey(kept->id); };
    e.revert = [kept](Project& p, ItemIds&) { p.add_survey(*kept); };
    return e;
}

}  // namespace assessa
