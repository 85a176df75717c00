// "steps" and "pef": the CAF ten steps' overview and the External Feedback self-check
// (docs/caf-steps.md), as text, JSON or (pef) the evidence pack PDF.

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "exports/report/report_options.hpp"
#include "i18n/translator.hpp"
#include "model/calendar_date.hpp"
#include "model/pef_check.hpp"
#include "model/step_overview.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace assessa::cli {

namespace {

using nlohmann::ordered_json;

struct StepsOptions {
    std::string file, cycle;
    bool json = false;
};

void print_steps(Context& ctx, const StepsOptions& o) {
    auto p = open_project(ctx, o.file, Project::Mode::read_only);
    if (!p) return;
    const auto cycle = select_cycle(ctx, *p, o.file, o.cycle);
    if (!cycle) return;
    const auto steps = step_overview(*p, cycle->id);
    if (o.json) {
        ordered_json j{{"organisation", p->organisation().name}, {"cycle", cycle->label}, {"steps", ordered_json::array()}};
        for (const auto& s : steps)
            j["steps"].push_back({{"step", s.step},
                                  {"title", step_title(s.step)},
                                  {"status", to_string(s.status)},
                                  {"status_derived", s.status_derived},
                                  {"started_on", s.started_on},
                                  {"done_on", s.done_on},
                                  {"responsible", s.responsible},
                                  {"recorded", s.recorded},
                                  {"missing", s.missing}});
        ctx.out << j.dump(2) << '\n';
        return;
    }
    ctx.out << p->organisation().name << '\n' << trf("The CAF steps of cycle {}", cycle->label) << "\n\n";
    TextTable table({tr("Step"), tr("Title"), tr("Status"), tr("Started"), tr("Done"), tr("Responsible")});
    table.limit_width(1, 48);
    for (const auto& s : steps)
        table.add({std::to_string(s.step), step_title(s.step),
                   s.status_derived ? std::string(step_status_label(s.status)) : trf("{} (set by hand)", step_status_label(s.status)),
                   s.started_on, s.done_on, s.responsible});
    table.print(ctx.out);
    for (const auto& s : steps) {
        if (s.recorded.empty() && s.missing.empty()) continue;
        ctx.out << '\n' << trf("Step {}: {}", s.step, step_title(s.step)) << '\n';
        for (const auto& r : s.recorded) ctx.out << "  + " << r << '\n';
        for (const auto& m : s.missing) ctx.out << "  - " << m << '\n';
    }
}

struct PefOptions {
    std::string file, cycle, date, output, language;
    bool json = false;
};

ordered_json check_json(const Project& p, const Cycle& cycle, const PefCheck& check, const Translator& t) {
    ordered_json j{{"organisation", p.organisation().name},
                   {"cycle", cycle.label},
                   {"checked_on", check.checked_on},
                   {"notice", t.tr("A self-check that prepares for the External Feedback; it does not replace it.")},
                   {"counts", ordered_json::object()},
                   {"items", ordered_json::array()}};
    for (auto jd : all_pef_judgements)
        j["counts"][std::string(to_string(jd))] = check.count(jd);
    for (const auto& item : check.items) {
        ordered_json evidence = ordered_json::array();
        for (const auto& e : item.evidence) evidence.push_back({{"record", e.record}, {"date", e.date}, {"where", e.where}});
        j["items"].push_back({{"id", item.id},
                              {"pillar", item.pillar},
                              {"step", item.step},
                              {"title", item.title},
                              {"judgement", to_string(item.judgement)},
                              {"reason", item.reason},
                              {"evidence", evidence}});
    }
    return j;
}

void print_check(std::ostream& out, const Project& p, const Cycle& cycle, const PefCheck& check, const Translator& t) {
    out << p.organisation().name << '\n'
        << t.trf("External Feedback self-check of cycle {} as of {}", cycle.label, check.checked_on) << '\n'
        << t.tr("A self-check that prepares for the External Feedback; it does not replace it.") << '\n';
    int step = 0;
    for (const auto& item : check.items) {
        if (item.step != step) {
            step = item.step;
            out << '\n' << t.trf("Step {}: {}", step, step_title(step, t)) << '\n';
        }
        out << "  " << item.id << "  [" << pef_judgement_label(item.judgement, t) << "]  " << item.title << '\n'
            << "        " << item.reason << '\n';
    }
    out << '\n'
        << t.trf("{} met, {} partly met, {} missing, {} not recorded in Assessa.", check.count(PefJudgement::met),
                 check.count(PefJudgement::partly), check.count(PefJudgement::missing), check.count(PefJudgement::not_recorded))
        << '\n';
}

void run_pef(Context& ctx, const PefOptions& o) {
    if (!o.date.empty() && !is_iso_date(o.date)) return ctx.fail(trf("--date {}: not a date (use YYYY-MM-DD)", o.date), 2);
    if (!o.language.empty() && !Translator::is_shipped_language(o.language))
        return ctx.fail(trf("unknown language \"{}\" (use en, lt or zh)", o.language), 2);
    if (!o.output.empty() && o.json) return ctx.fail(tr("--json and --output: choose one"), 2);
    auto p = open_project(ctx, o.file, Project::Mode::read_only);
    if (!p) return;
    if (!o.output.empty()) {
        ReportOptions options;
        options.language = o.language;
        options.cycle_label = o.cycle;
        options.date = o.date;
        return write_pdf(ctx, o.output, [&] { write_pef_evidence_pack(*p, options, o.output); });
    }
    const auto cycle = select_cycle(ctx, *p, o.file, o.cycle);
    if (!cycle) return;
    const Translator t = o.language.empty() ? Translator::current() : Translator::for_language(o.language);
    const auto check = pef_self_check(*p, cycle->id, o.date.empty() ? now_utc().substr(0, 10) : o.date, t);
    if (o.json)
        ctx.out << check_json(*p, *cycle, check, t).dump(2) << '\n';
    else
        print_check(ctx.out, *p, *cycle, check, t);
}

}  // namespace

void add_steps_commands(CLI::App& app, Context& ctx) {
    auto s = std::make_shared<StepsOptions>();
    auto* steps = app.add_subcommand("steps", tr("Show the CAF ten steps of a cycle: status, dates, what is recorded and missing"));
    steps->add_option("FILE", s->file, tr("The project file"))->required();
    steps->add_option("--cycle", s->cycle, tr("The cycle to show (default: the newest)"));
    steps->add_flag("--json", s->json, tr("Print JSON instead of text"));
    steps->callback([&ctx, s] { print_steps(ctx, *s); });

    auto o = std::make_shared<PefOptions>();
    auto* pef = app.add_subcommand("pef", tr("Check a cycle against the External Feedback (PEF), or write its evidence pack as PDF"));
    pef->footer(tr("A self-check that prepares for the External Feedback; it does not replace it. Without --output the "
                   "checklist is printed with each judgement and its reason."));
    pef->add_option("FILE", o->file, tr("The project file"))->required();
    pef->add_option("-o,--output", o->output, tr("Write the evidence pack to this PDF file"));
    pef->add_flag("--json", o->json, tr("Print JSON instead of text"));
    pef->add_option("--language", o->language, tr("Language of the evidence pack or the checklist: en, lt or zh"));
    pef->add_option("--cycle", o->cycle, tr("The cycle to check (default: the newest)"));
    pef->add_option("--date", o->date, tr("The date to check as of, YYYY-MM-DD (default: today)"));
    pef->callback([&ctx, o] { run_pef(ctx, *o); });

    CLI::App* plan = nullptr;
    for (auto* sub : app.get_subcommands({}))
        if (sub->get_name() == "plan") plan = sub;
    if (plan) add_progress_commands(*plan, ctx);
}

}  // namespace assessa::cli
