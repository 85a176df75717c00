#pragma once

// Surveys as evidence in the self-assessment: each survey of a cycle with its figures, the
// surveys a subcriterion's page and the consensus view show, and the text of an area for
// improvement raised from a weak item. The GUI, the CLI and the report use these alone.

#include "frameworks/questionnaire.hpp"
#include "model/edit_history.hpp"
#include "model/survey_statistics.hpp"
#include "model/survey_types.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

class Translator;

struct SurveyEvidence {
    Survey survey;
    std::shared_ptr<const Questionnaire> questionnaire;  // the one kept with the survey
    SurveyStatistics statistics;
    SurveyTrend trend;
    // The figures of the previous survey of the same questionnaire, for the change per item.
    std::optional<SurveyStatistics> previous;

    const std::string& evidence_for() const { return questionnaire->evidence_for; }
    // The item's change in score since the previous survey, when both have it answered.
    std::optional<double> item_change(const std::string& item_id) const;
};

// The surveys of the cycle, oldest first, with their figures and trends (the trend uses the
// project's earlier surveys of the same questionnaire, whatever their cycle). Throws
// ProjectError when a survey's kept questionnaire cannot be read (the file was altered).
std::vector<SurveyEvidence> survey_evidence(const Project& project, Id cycle_id);

// Those that are evidence for node `code` of framework `framework_id`.
std::vector<const SurveyEvidence*> evidence_for_node(const std::vector<SurveyEvidence>& all,
                                                     const std::string& framework_id, const std::string& code);

// How many weak items the views list per survey.
inline constexpr std::size_t survey_weak_items_shown = 3;

// The area for improvement a weak item suggests, in `t`'s language: the item, its score,
// the share satisfied and the survey ("Survey "Citizens 2026": "Waiting times" scored 48 of 100,
// 52% satisfied, n = 312.").
std::string survey_afi_text(const SurveyEvidence& e, const std::string& item_id, const Translator& t);

// Raising that text as an agreed area for improvement of the evidence node: an undoable edit.
Edit edit_raise_survey_afi(const SurveyEvidence& e, Id cycle_id, const std::string& item_id, const Translator& t);

// Importing and removing a survey as undoable edits (the GUI's Import survey and Remove survey).
Edit edit_add_survey(const Survey& s);
Edit edit_remove_survey(const Project& project, Id survey_id);

}  // namespace assessa
