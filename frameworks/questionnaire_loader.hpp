#pragma once

#include "frameworks/diagnostic.hpp"
#include "frameworks/questionnaire.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

inline constexpr std::string_view questionnaire_namespace = "urn:assessa:questionnaire:1";

// Reads a questionnaire file (schema/questionnaire.xsd, frameworks/QUESTIONNAIRES.md) strictly:
// every problem with file, line and column, and no questionnaire when there is any.
Loaded<Questionnaire> load_questionnaire(const std::string& path);
Loaded<Questionnaire> parse_questionnaire(const std::string& label, const std::string& xml);

// The bundled questionnaires (share/assessa/questionnaires) and the user's
// (user_data_dir()/questionnaires). A file that fails to load is reported in problems() and
// skipped; a second file with an id already loaded is skipped with a problem too.
class QuestionnaireLibrary {
public:
    static QuestionnaireLibrary load(const std::vector<std::string>& directories);
    static QuestionnaireLibrary load_default();

    const std::vector<std::shared_ptr<const Questionnaire>>& all() const { return all_; }
    std::shared_ptr<const Questionnaire> find(const std::string& id) const;
    const std::vector<Diagnostic>& problems() const { return problems_; }

private:
    std::vector<std::shared_ptr<const Questionnaire>> all_;
    std::vector<Diagnostic> problems_;
};

std::string bundled_questionnaires_dir();
std::string user_questionnaires_dir();

}  // namespace assessa
