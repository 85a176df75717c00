#pragma once

#include "frameworks/questionnaire.hpp"
#include "model/survey_types.hpp"

#include <string>
#include <vector>

namespace assessa {

// What makes a survey unusable in a project, each problem a sentence: no title, a date that is
// not YYYY-MM-DD, a questionnaire other than `q`, no responses, the mapping's own problems
// (survey_mapping_problems), and a response whose answers do not match the questionnaire's items
// or lie off its scales. The store refuses such a survey; an exchange import reports it.
std::vector<std::string> survey_problems(const Survey& s, const Questionnaire& q);

}  // namespace assessa
