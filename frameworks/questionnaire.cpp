#include "frameworks/questionnaire.hpp"

#include <algorithm>

namespace assessa {

const QuestionnaireItem* Questionnaire::item(const std::string& item_id) const {
    auto it = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.id == item_id; });
    return it == items.end() ? nullptr : &*it;
}

const QuestionnaireDimension* Questionnaire::dimension(const std::string& dimension_id) const {
    auto it = std::find_if(dimensions.begin(), dimensions.end(),
                           [&](const auto& d) { return d.id == dimension_id; });
    return it == dimensions.end() ? nullptr : &*it;
}

}  // namespace assessa
