#pragma once

#include "frameworks/localized_text.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

// A perception-survey questionnaire (docs/surveys.md, format in frameworks/QUESTIONNAIRES.md):
// what respondents are asked, on which scale, grouped into dimensions, and which subcriterion of
// which framework the results are evidence for (CAF 6.1 for customers, 7.1 for staff).
// Loaded from XML by questionnaire_loader.hpp; nothing about a questionnaire is built in.

// A whole-number answer scale, for example 1-5 or 1-10. "Don't know" is a separate answer,
// never a point on the scale, and is offered only where `dont_know` has a label.
struct ResponseScale {
    int min = 1;
    int max = 5;
    std::map<int, LocalizedText> labels;  // optional, per value
    LocalizedText dont_know;              // empty: the questionnaire offers no "don't know"

    bool offers_dont_know() const { return !dont_know.empty(); }
    bool contains(int value) const { return value >= min && value <= max; }
    // The answers counted as satisfied: the top two points of the scale.
    bool is_satisfied(int value) const { return value >= max - 1; }
};

struct QuestionnaireDimension {
    std::string id;
    LocalizedText title;
};

struct QuestionnaireItem {
    std::string id;         // stable within the questionnaire; survey mappings refer to it
    std::string dimension;  // a QuestionnaireDimension id
    LocalizedText text;
    double weight = 1.0;    // used when importance is not asked of respondents
};

struct Questionnaire {
    enum class Importance {
        weights,  // each item's fixed weight
        asked     // respondents rate each item's importance on `importance_scale`
    };

    std::string id;
    std::string version;
    LocalizedText title;
    LocalizedText description;
    std::string framework;     // the framework id whose node `evidence_for` names ("caf-2020")
    std::string evidence_for;  // a node code ("6.1", "7.1")
    ResponseScale scale;
    Importance importance = Importance::weights;
    std::optional<ResponseScale> importance_scale;  // set when importance == asked
    std::vector<QuestionnaireDimension> dimensions;
    std::vector<QuestionnaireItem> items;
    std::string source_text;   // the XML it was loaded from, kept with a survey in the project
    std::string source_path;   // the file it was loaded from; empty when parsed from text

    const QuestionnaireItem* item(const std::string& item_id) const;
    const QuestionnaireDimension* dimension(const std::string& dimension_id) const;
};

}  // namespace assessa
