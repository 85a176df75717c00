#include "frameworks/data_paths.hpp"
#include "frameworks/questionnaire_loader.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

namespace assessa {

QuestionnaireLibrary QuestionnaireLibrary::load(const std::vector<std::string>& directories) {
    QuestionnaireLibrary lib;
    for (const auto& dir : directories) {
        for (const auto& file : xml_files_in(dir)) {
            auto loaded = load_questionnaire(file);
            if (!loaded.ok()) {
                lib.problems_.insert(lib.problems_.end(), loaded.errors.begin(), loaded.errors.end());
            } else if (auto existing = lib.find(loaded.value->id)) {
                lib.problems_.push_back({file, 0, 0,
                                         trf("questionnaire \"{}\" is already loaded from {}; this file is skipped",
                                             loaded.value->id, existing->source_path)});
            } else {
                lib.all_.push_back(std::move(loaded.value));
            }
        }
    }
    return lib;
}

QuestionnaireLibrary QuestionnaireLibrary::load_default() {
    return load({bundled_questionnaires_dir(), user_questionnaires_dir()});
}

std::shared_ptr<const Questionnaire> QuestionnaireLibrary::find(const std::string& id) const {
    for (const auto& q : all_)
        if (q->id == id) return q;
    return nullptr;
}

std::string bundled_questionnaires_dir() { return share_dir() + "/questionnaires"; }

std::string user_questionnaires_dir() {
    return platform::utf8_string(platform::utf8_path(platform::user_data_dir()) / "questionnaires");
}

}  // namespace assessa
