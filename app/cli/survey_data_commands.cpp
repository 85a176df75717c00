// "survey import", "survey show" and "survey remove": perception surveys kept in a project
// (docs/surveys.md).

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "exports/survey_import.hpp"
#include "frameworks/questionnaire_loader.hpp"
#include "i18n/translator.hpp"
#include "model/number_format.hpp"
#include "model/survey_statistics.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <ostream>

namespace assessa::cli {

namespace {

using nlohmann::ordered_json;

std::shared_ptr<const Questionnaire> kept_questionnaire(const Survey& s) {
    return parse_questionnaire(s.title, s.questionnaire_xml).value;
}

void add_import(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file, csv, questionnaire, mapping, encoding, separator, title, date, cycle;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("import", tr("Import survey responses from a CSV file into a project"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("CSV", o->csv, tr("The responses, one row per respondent, a header row first"))->required();
    cmd->add_option("--questionnaire", o->questionnaire, tr("The questionnaire's id, as \"survey questionnaires\" lists it"))
        ->required();
    cmd->add_option("--mapping", o->mapping,
                    tr("A CSV of two columns, the column (header text or number) and the item id "
                       "(importance:ID for an importance column); default: suggested from the header"));
    cmd->add_option("--encoding", o->encoding, tr("utf-8 (default), windows-1257 or gb18030"));
    cmd->add_option("--separator", o->separator, tr("\",\" or \";\" (default: detected from the header)"));
    cmd->add_option("--title", o->title, tr("The survey's title (default: the questionnaire's title and the year)"));
    cmd->add_option("--date", o->date, tr("When the survey closed, YYYY-MM-DD (default: today)"));
    cmd->add_option("--cycle", o->cycle, tr("The cycle's label (default: the newest)"));
    cmd->callback([&ctx, o] {
        if (!o->separator.empty() && o->separator != "," && o->separator != ";")
            return ctx.fail(trf("--separator: \"{}\" is not \",\" or \";\"", o->separator), 2);
        const auto library = load_questionnaire_library(ctx);
        auto q = library.find(o->questionnaire);
        if (!q)
            return ctx.fail(trf("no questionnaire with id \"{}\" (see: assessa-cli survey questionnaires)", o->questionnaire), 2);
        auto p = open_project(ctx, o->file, Project::Mode::read_write);
        if (!p) return;
        const auto cycle = select_cycle(ctx, *p, o->file, o->cycle);
        if (!cycle) return;
        SurveyImportRequest request;
        request.csv_path = o->csv;
        request.questionnaire = q;
        request.encoding = o->encoding;
        request.separator = o->separator.empty() ? '\0' : o->separator[0];
        request.mapping_path = o->mapping;
        request.title = o->title;
        request.conducted_on = o->date;
        request.cycle_id = cycle->id;
        request.language = Translator::current().language();
        const auto result = import_survey(*p, request);
        if (!result.survey_id) {
            ctx.err << to_string(result.preview.errors);
            return ctx.fail(trf("{}: nothing imported", o->csv));
        }
        const auto& s = *result.preview.survey;
        ctx.out << trnf("Imported \"{}\": {} response, {} columns mapped", "Imported \"{}\": {} responses, {} columns mapped",
                        s.responses.size(), s.title, s.responses.size(), s.mapping.size())
                << '\n';
    });
}

ordered_json estimate_json(const MeanEstimate& e) {
    ordered_json j;
    j["n"] = e.n;
    j["mean"] = e.mean;
    j["ci_low"] = e.ci_low ? ordered_json(*e.ci_low) : ordered_json();
    j["ci_high"] = e.ci_high ? ordered_json(*e.ci_high) : ordered_json();
    return j;
}

std::string_view quadrant_key(PriorityQuadrant q) {
    switch (q) {
        case PriorityQuadrant::improve_first: return "improve-first";
        case PriorityQuadrant::keep_up: return "keep-up";
        case PriorityQuadrant::watch: return "watch";
        case PriorityQuadrant::maintain: return "maintain";
    }
    return "maintain";
}

ordered_json survey_json(const Survey& s, const Questionnaire& q, const SurveyStatistics& st, const SurveyTrend& trend,
                         const std::string& cycle_label, const std::string& lang) {
    ordered_json j;
    j["id"] = s.id;
    j["title"] = s.title;
    j["conducted_on"] = s.conducted_on;
    j["cycle"] = cycle_label;
    j["questionnaire"] = {{"id", q.id}, {"version", q.version}, {"evidence_for", q.evidence_for}};
    j["source"] = s.source_name;
    j["encoding"] = s.encoding;
    j["respondents"] = st.respondents;
    j["index"] = st.index ? ordered_json(*st.index) : ordered_json();
    ordered_json points = ordered_json::array();
    for (const auto& p : trend.points)
        points.push_back({{"survey", p.survey_id}, {"conducted_on", p.conducted_on},
                          {"index", p.index ? ordered_json(*p.index) : ordered_json()}});
    j["trend"] = {{"points", points}, {"change", trend.change ? ordered_json(*trend.change) : ordered_json()}};
    ordered_json dims = ordered_json::array();
    for (const auto& d : st.dimensions) {
        const auto* dim = q.dimension(d.dimension_id);
        dims.push_back({{"id", d.dimension_id}, {"title", dim ? dim->title.get(lang) : d.dimension_id},
                        {"answer", estimate_json(d.answer)}, {"percent_satisfied", d.percent_satisfied},
                        {"score", d.score}});
    }
    j["dimensions"] = dims;
    ordered_json items = ordered_json::array();
    for (std::size_t i = 0; i < st.items.size(); ++i) {
        const auto& it = st.items[i];
        const auto* item = q.item(it.item_id);
        ordered_json x = {{"id", it.item_id}, {"dimension", it.dimension}, {"text", item ? item->text.get(lang) : ""},
                          {"answer", estimate_json(it.answer)}, {"dont_know", it.dont_know},
                          {"percent_satisfied", it.percent_satisfied}, {"score", it.score},
                          {"importance", it.importance}};
        const auto pr = std::find_if(st.priorities.begin(), st.priorities.end(),
                                     [&](const ItemPriority& p) { return p.item_id == it.item_id; });
        x["quadrant"] = pr == st.priorities.end() ? ordered_json() : ordered_json(quadrant_key(pr->quadrant));
        items.push_back(std::move(x));
    }
    j["items"] = items;
    return j;
}

void print_survey(Context& ctx, const Survey& s, const Questionnaire& q, const SurveyStatistics& st,
                  const SurveyTrend& trend, const std::string& cycle_label, const std::string& lang) {
    auto& out = ctx.out;
    out << trf("Survey {}: {} ({}), cycle {}", s.id, s.title, s.conducted_on, cycle_label) << '\n'
        << trf("Questionnaire: {} {}, evidence for {}", q.id, q.version, q.evidence_for) << '\n'
        << trf("Respondents: {}; satisfaction index: {}", st.respondents, format_score(st.index, lang));
    if (trend.change) out << ' ' << trf("({} since the previous survey)", format_delta(trend.change, lang));
    out << "\n\n";
    TextTable dims({tr("Dimension"), tr("n"), tr("Mean"), tr("95% CI"), tr("Satisfied"), tr("Score")});
    const auto ci = [&](const MeanEstimate& e) {
        return e.ci_low && e.ci_high ? format_decimal(std::round(*e.ci_low * 100) / 100, lang) + " – " +
                                           format_decimal(std::round(*e.ci_high * 100) / 100, lang)
                                     : std::string("–");
    };
    const auto mean = [&](const MeanEstimate& e) {
        return e.n > 0 ? format_decimal(std::round(e.mean * 100) / 100, lang) : std::string("–");
    };
    for (const auto& d : st.dimensions) {
        const auto* dim = q.dimension(d.dimension_id);
        dims.add({dim ? dim->title.get(lang) : d.dimension_id, std::to_string(d.answer.n), mean(d.answer), ci(d.answer),
                  format_percent(static_cast<int>(std::lround(d.percent_satisfied)), lang), format_score(d.score, lang)});
    }
    dims.print(out);
    out << '\n';
    TextTable items({tr("Item"), tr("n"), tr("Don't know"), tr("Mean"), tr("95% CI"), tr("Satisfied"), tr("Score"),
                     tr("Priority")});
    for (const auto& it : st.items) {
        const auto pr = std::find_if(st.priorities.begin(), st.priorities.end(),
                                     [&](const ItemPriority& p) { return p.item_id == it.item_id; });
        items.add({it.item_id, std::to_string(it.answer.n), std::to_string(it.dont_know), mean(it.answer), ci(it.answer),
                   it.answer.n > 0 ? format_percent(static_cast<int>(std::lround(it.percent_satisfied)), lang) : "–",
                   it.answer.n > 0 ? format_score(it.score, lang) : "–",
                   pr == st.priorities.end() ? "" : priority_quadrant_label(pr->quadrant)});
    }
    items.print(out);
    const auto weakest = weakest_items(st, 3);
    if (!weakest.empty()) {
        out << '\n' << tr("Weakest items:") << '\n';
        for (const auto& w : weakest) {
            const auto* item = q.item(w.item_id);
            out << "  " << w.item_id << " (" << format_score(w.score, lang) << "): " << (item ? item->text.get(lang) : "")
                << '\n';
        }
    }
}

void add_show(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file;
        bool json = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("show", tr("Show a project's surveys: index, trend, dimensions and items"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_flag("--json", o->json, tr("Print JSON instead of tables"));
    cmd->callback([&ctx, o] {
        auto p = open_project(ctx, o->file, Project::Mode::read_only);
        if (!p) return;
        const std::string lang = Translator::current().language();
        const auto all = p->surveys();
        ordered_json list = ordered_json::array();
        if (all.empty() && !o->json) ctx.out << tr("No survey") << '\n';
        for (std::size_t i = 0; i < all.size(); ++i) {
            const auto& s = all[i];
            const auto q = kept_questionnaire(s);
            if (!q) return ctx.fail(trf("{}: the questionnaire kept with the survey \"{}\" cannot be read", o->file, s.title));
            const auto st = survey_statistics(*q, s.responses);
            const auto trend = survey_trend(s, all, *q);
            const std::string cycle_label = p->cycle(s.cycle_id).label;
            if (o->json) list.push_back(survey_json(s, *q, st, trend, cycle_label, lang));
            else {
                if (i > 0) ctx.out << '\n';
                print_survey(ctx, s, *q, st, trend, cycle_label, lang);
            }
        }
        if (o->json) ctx.out << list.dump(2) << '\n';
    });
}

void add_remove(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file;
        Id id = 0;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("remove", tr("Remove a survey from a project"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("ID", o->id, tr("The survey's id, as \"survey show\" prints it"))->required();
    cmd->callback([&ctx, o] {
        auto p = open_project(ctx, o->file, Project::Mode::read_write);
        if (!p) return;
        try {
            p->remove_survey(o->id);
        } catch (const InvalidEdit& e) {
            return ctx.fail(trf("{}: {}", o->file, e.what()), 2);
        } catch (const ProjectError& e) {
            return ctx.fail(e.what());
        }
        ctx.out << trf("Removed survey {}", o->id) << '\n';
    });
}

}  // namespace

void add_survey_data_commands(CLI::App& survey, Context& ctx) {
    add_import(survey, ctx);
    add_show(survey, ctx);
    add_remove(survey, ctx);
}

}  // namespace assessa::cli
