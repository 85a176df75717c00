#pragma once

#include "frameworks/questionnaire_loader.hpp"
#include "model/project_types.hpp"
#include "model/survey_types.hpp"

#include <memory>
#include <string>

namespace assessa::test {

// A bundled questionnaire by id; fails the test case when it is missing.
std::shared_ptr<const Questionnaire> bundled_questionnaire(const std::string& id);

// A survey of `q` in `cycle`: `respondents` rows, respondent r answering item i with
// min + (r + i) % (scale span + 1), the last item "don't know" (where offered) for every fifth
// respondent and left blank for every seventh; importance, where asked, the top of its scale.
Survey generated_survey(const Questionnaire& q, Id cycle, const std::string& date, int respondents);

}  // namespace assessa::test
