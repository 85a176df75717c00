#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "frameworks/questionnaire_loader.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <filesystem>
#include <ostream>

namespace assessa::cli {

namespace {

// "bundled" or "user": which of the library's folders the file is in.
std::string origin_of(const Questionnaire& q) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path folder = platform::utf8_path(q.source_path).parent_path();
    return fs::equivalent(folder, platform::utf8_path(bundled_questionnaires_dir()), ec) ? tr("bundled") : tr("user");
}

void list_questionnaires(Context& ctx, const std::string& language) {
    const auto lib = load_questionnaire_library(ctx);
    const std::string lang = normalize_language(language.empty() ? Translator::current().language() : language);
    TextTable table({tr("ID"), tr("Version"), tr("Evidence for"), tr("Items"), tr("Title"), tr("Source"), tr("File")});
    table.limit_width(4, 48);
    for (const auto& q : lib.all())
        table.add({q->id, q->version, q->framework + " " + q->evidence_for, std::to_string(q->items.size()),
                   q->title.get(lang), origin_of(*q), q->source_path});
    table.print(ctx.out);
    if (lib.all().empty()) ctx.fail(tr("no questionnaires found"));
}

void validate_questionnaires(Context& ctx, const std::vector<std::string>& files) {
    for (const auto& file : files) {
        const auto loaded = load_questionnaire(file);
        if (!loaded.ok()) {
            ctx.err << to_string(loaded.errors);
            ctx.exit_code = 1;
            continue;
        }
        ctx.out << trf("{}: valid questionnaire \"{}\" ({} items in {} dimensions)", file, loaded.value->id,
                       loaded.value->items.size(), loaded.value->dimensions.size())
                << '\n';
    }
}

void add_questionnaire_commands(CLI::App& survey, Context& ctx) {
    auto* list = survey.add_subcommand("questionnaires", tr("List the bundled and user questionnaires with their ids"));
    auto language = std::make_shared<std::string>();
    list->add_option("--language", *language, tr("Language of the titles (en, lt, zh); English where missing"));
    list->callback([&ctx, language] { list_questionnaires(ctx, *language); });

    auto* val = survey.add_subcommand("validate", tr("Check questionnaire files; report every problem"));
    auto files = std::make_shared<std::vector<std::string>>();
    val->add_option("FILE", *files, tr("Questionnaire XML files"))->required();
    val->callback([&ctx, files] { validate_questionnaires(ctx, *files); });
}

}  // namespace

QuestionnaireLibrary load_questionnaire_library(Context& ctx) {
    auto lib = QuestionnaireLibrary::load_default();
    for (const auto& p : lib.problems()) ctx.err << trf("warning: {}", p.to_string()) << '\n';
    return lib;
}

void add_survey_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("survey", tr("Perception surveys: questionnaires and their results"));
    group->require_subcommand(1);
    add_questionnaire_commands(*group, ctx);
    add_survey_data_commands(*group, ctx);
}

}  // namespace assessa::cli
