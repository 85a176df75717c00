#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "exports/exchange_format.hpp"
#include "i18n/translator.hpp"
#include "model/calendar_date.hpp"
#include "model/cycle_comparison.hpp"
#include "model/cycle_summary.hpp"
#include "model/number_format.hpp"
#include "model/project.hpp"
#include "model/platform/platform.hpp"

#include <nlohmann/json.hpp>

#include <ctime>
#include <ostream>

namespace assessa::cli {

namespace {

using nlohmann::ordered_json;

std::string this_year() {
    const std::time_t t = std::time(nullptr);
    const std::tm tm = platform::local_time(t);
    return std::to_string(tm.tm_year + 1900);
}

ordered_json optional_number(std::optional<double> v) { return v ? ordered_json(*v) : ordered_json(nullptr); }

// How many of the subcriteria under a score have one: {"scored": 2, "of": 28, "partial": true}.
ordered_json coverage_json(const Coverage& c) { return {{"scored", c.scored}, {"of", c.total}, {"partial", c.partial()}}; }

ordered_json summary_json(const Project& p, const CycleSummary& s) {
    const Framework& fw = *p.framework_of(s.cycle);
    ordered_json j;
    j["organisation"] = p.organisation().name;
    j["cycle"] = {{"label", s.cycle.label}, {"framework", s.cycle.framework_id}, {"method", s.cycle.method_id}};
    j["progress"] = {{"consensus_done", s.consensus_done}, {"assessable_nodes", s.nodes.size()}};
    j["members"] = ordered_json::array();
    const auto members = p.cycle_members(s.cycle.id);
    for (std::size_t i = 0; i < s.members.size(); ++i)
        j["members"].push_back({{"name", members[i].name},
                                {"role", to_string(members[i].role)},
                                {"completed", s.members[i].completed},
                                {"total", s.members[i].total}});
    j["scores"] = {{"overall", optional_number(s.consensus.overall)}, {"groups", ordered_json::object()}, {"nodes", ordered_json::object()}};
    j["coverage"] = {{"overall", coverage_json(s.consensus.overall_coverage)}, {"groups", ordered_json::object()},
                     {"nodes", ordered_json::object()}};
    for (const auto& g : fw.groups()) {
        j["scores"]["groups"][g.id] = optional_number(s.consensus.group(g.id));
        j["coverage"]["groups"][g.id] = coverage_json(s.consensus.coverage_of_group(g.id));
    }
    for (const auto& n : fw.nodes())
        if (!n.assessable) {
            j["scores"]["nodes"][n.code] = optional_number(s.consensus.node(n.code));
            j["coverage"]["nodes"][n.code] = coverage_json(s.consensus.coverage_of_node(n.code));
        }
    j["nodes"] = ordered_json::array();
    for (const auto& ns : s.nodes) {
        ordered_json nj{{"code", ns.code},           {"completed", ns.completed}, {"no_opinion", ns.no_opinion},
                        {"partial", ns.partial},     {"individual_scores", ns.individual},
                        {"consensus", optional_number(ns.consensus)}};
        if (ns.spread)
            nj["spread"] = {{"count", ns.spread->count}, {"mean", ns.spread->mean},   {"median", ns.spread->median},
                            {"min", ns.spread->min},     {"max", ns.spread->max},     {"range", ns.spread->range},
                            {"stddev", ns.spread->stddev}};
        else
            nj["spread"] = nullptr;
        j["nodes"].push_back(nj);
    }
    j["agenda"] = s.agenda;
    const auto prev = p.previous_cycle(s.cycle.id);
    if (const auto c = prev ? compare_with_earlier(p, s, prev->id) : std::nullopt) {
        ordered_json cmp{{"previous_cycle", prev->label},
                         {"previous_framework_version", c->earlier_version},
                         {"framework_version", c->current_version},
                         {"nodes_compared", c->compared},
                         {"nodes_left_out", c->left_out},
                         {"deltas", ordered_json::array()}};
        for (const auto& d : compare_cycles(fw, c->earlier.consensus, c->current))
            cmp["deltas"].push_back({{"code", d.code}, {"previous", optional_number(d.previous)},
                                     {"current", optional_number(d.current)}, {"delta", optional_number(d.delta())}});
        j["comparison"] = cmp;
    }
    return j;
}

void print_summary(std::ostream& out, const Project& p, const CycleSummary& s) {
    const std::string lang = Translator::current().language();
    const Framework& fw = *p.framework_of(s.cycle);
    const Method* method = fw.find_method(s.cycle.method_id);
    out << p.organisation().name << "\n"
        << trf("Cycle {}: {}, {}", s.cycle.label, fw.title().get(lang), method ? method->title.get(lang) : s.cycle.method_id)
        << "\n\n";

    std::size_t done = 0, total = 0;
    for (const auto& m : s.members) {
        done += m.completed;
        total += m.total;
    }
    out << trf("Individual assessments: {} of {} complete", done, total) << '\n'
        << trf("Consensus: {} of {} subcriteria", s.consensus_done, s.nodes.size()) << "\n\n";

    TextTable members({tr("Member"), tr("Role"), tr("Completed")});
    const auto list = p.cycle_members(s.cycle.id);
    for (std::size_t i = 0; i < s.members.size(); ++i)
        members.add({list[i].name, member_role_label(list[i].role),
                     trf("{} / {}", s.members[i].completed, s.members[i].total)});
    members.print(out);

    out << '\n' << tr("Consensus scores") << '\n';
    out << "  " << tr("Overall") << ": " << format_score_coverage(s.consensus.overall, s.consensus.overall_coverage, lang)
        << '\n';
    for (const auto& g : fw.groups())
        out << "  " << g.title.get(lang) << ": "
            << format_score_coverage(s.consensus.group(g.id), s.consensus.coverage_of_group(g.id), lang) << '\n';
    out << '\n';

    TextTable nodes({tr("Node"), tr("Title"), tr("Done"), tr("n"), tr("Mean"), tr("Median"), tr("Min"), tr("Max"),
                     tr("Range"), tr("SD"), tr("Consensus")});
    nodes.limit_width(1, 48);
    for (const auto& n : fw.nodes()) {
        if (!n.assessable) {
            if (n.depth == 0)
                nodes.add({n.code, n.title.get(lang), "", "", "", "", "", "", "", "",
                           format_score_coverage(s.consensus.node(n.code), s.consensus.coverage_of_node(n.code), lang)});
            continue;
        }
        const NodeSummary* ns = s.node(n.code);
        if (!ns) continue;
        auto f = [&](std::optional<double> v) { return format_score(v, lang); };
        const auto& sp = ns->spread;
        nodes.add({"  " + n.code, n.title.get(lang), std::to_string(ns->completed), std::to_string(ns->individual.size()),
                   f(sp ? std::optional(sp->mean) : std::nullopt), f(sp ? std::optional(sp->median) : std::nullopt),
                   f(sp ? std::optional(sp->min) : std::nullopt), f(sp ? std::optional(sp->max) : std::nullopt),
                   f(sp ? std::optional(sp->range) : std::nullopt), f(sp ? std::optional(sp->stddev) : std::nullopt),
                   f(ns->consensus)});
    }
    nodes.print(out);

    out << '\n' << tr("Consensus meeting agenda (most disagreement first)") << '\n';
    int rank = 0;
    for (const auto& code : s.agenda) {
        const NodeSummary* ns = s.node(code);
        if (!ns->spread || ns->spread->count < 2) continue;
        out << trf("{:>3}. {}  {}  (SD {}, range {})", ++rank, code, fw.find(code)->title.get(lang),
                   format_score(ns->spread->stddev, lang), format_score(ns->spread->range, lang))
            << '\n';
    }

    const auto prev = p.previous_cycle(s.cycle.id);
    if (const auto c = prev ? compare_with_earlier(p, s, prev->id) : std::nullopt) {
        out << '\n' << trf("Compared with cycle {}", prev->label) << '\n';
        if (const std::string note = comparison_scope_note(*c); !note.empty()) out << note << '\n';
        TextTable cmp({tr("Node"), prev->label, s.cycle.label, tr("Change")});
        for (const auto& d : compare_cycles(fw, c->earlier.consensus, c->current))
            if (fw.find(d.code)->depth == 0)
                cmp.add({d.code + " " + fw.find(d.code)->title.get(lang), format_score(d.previous, lang),
                         format_score(d.current, lang), format_delta(d.delta(), lang)});
        cmp.print(out);
    }
}

void new_from_exchange(Context& ctx, const std::string& file, const std::string& data) {
    try {
        auto made = create_project_from_exchange(file, ctx.library(), data);
        if (!made.ok()) {
            ctx.err << to_string(made.errors);
            return ctx.fail(trf("{} was not created", file));
        }
        const auto& r = made.report;
        ctx.out << trf("Created {} from {}: {}, {} members, {} cycles, {} improvement actions", file, data,
                       made.project->organisation().name, r.members, r.cycles, r.actions)
                << '\n';
    } catch (const ProjectError& e) {
        ctx.fail(e.what());
    } catch (const InvalidEdit& e) {
        ctx.fail(e.what());
    }
}

}  // namespace

std::unique_ptr<Project> open_project(Context& ctx, const std::string& path, Project::Mode mode) {
    try {
        auto p = Project::open(path, mode);
        if (!p->backup_path().empty())
            ctx.err << trf("{}: upgraded to the current file format; the old file was kept as {}", path, p->backup_path())
                    << '\n';
        return p;
    } catch (const ProjectError& e) {
        ctx.fail(e.what());
    }
    return nullptr;
}

std::optional<Cycle> select_cycle(Context& ctx, const Project& p, const std::string& file, const std::string& label) {
    if (label.empty()) return p.current_cycle();
    for (const auto& c : p.cycles())
        if (c.label == label) return c;
    ctx.fail(trf("{}: no cycle named \"{}\"", file, label));
    return std::nullopt;
}

void add_project_commands(CLI::App& app, Context& ctx) {
    auto* create = app.add_subcommand("new", tr("Create a self-assessment project file"));
    struct NewOptions {
        std::string file, framework = "caf-2020", organisation, method, language = "en", cycle, starts_on, from;
    };
    auto o = std::make_shared<NewOptions>();
    create->add_option("FILE", o->file, tr("The project file to create (.assessa)"))->required();
    auto* framework = create->add_option("--framework", o->framework, tr("Framework id (see 'frameworks list')"))->capture_default_str();
    auto* organisation = create->add_option("--organisation", o->organisation, tr("Name of the organisation"));
    auto* method = create->add_option("--method", o->method, tr("Scoring method id, as 'frameworks show' lists them (CAF: classical or fine-tuned; default: the framework's first)"));
    auto* language = create->add_option("--language", o->language, tr("Language of the project and its reports: en, lt or zh"))->capture_default_str();
    auto* cycle = create->add_option("--cycle", o->cycle, tr("Name of the assessment cycle (default: this year)"));
    auto* starts_on = create->add_option("--starts-on", o->starts_on, tr("Start date of the cycle, YYYY-MM-DD (default: today)"));
    auto* from = create->add_option("--from", o->from, tr("Create the project from an exchange XML file: its organisation, group, framework, methods and cycles"));
    for (auto* opt : {framework, organisation, method, language, cycle, starts_on}) from->excludes(opt);
    create->callback([&ctx, o] {
        if (!o->from.empty()) return new_from_exchange(ctx, o->file, o->from);
        if (o->organisation.empty()) return ctx.fail(tr("--organisation is required (or --from)"), 2);
        OrganisationProfile org;
        org.name = o->organisation;
        org.language = o->language;
        if (!Translator::is_shipped_language(o->language))
            return ctx.fail(trf("unknown language \"{}\" (use en, lt or zh)", o->language), 2);
        if (!o->starts_on.empty() && !is_iso_date(o->starts_on))
            return ctx.fail(trf("\"{}\" is not a date in the form 2026-10-05", o->starts_on), 2);
        try {
            auto p = Project::create(o->file, ctx.library(), {o->framework, o->method, o->cycle.empty() ? this_year() : o->cycle, org});
            if (!o->starts_on.empty()) p->set_cycle_start(p->current_cycle().id, o->starts_on);
            const Cycle c = p->current_cycle();
            ctx.out << trf("Created {}: {}, cycle {}, framework {}, {} scoring", o->file, org.name, c.label, c.framework_id,
                           c.method_id)
                    << '\n';
        } catch (const ProjectError& e) {
            ctx.fail(e.what());
        } catch (const InvalidEdit& e) {
            ctx.fail(e.what());
        }
    });

    auto* summary = app.add_subcommand("summary", tr("Show progress, spread of scores, consensus and the meeting agenda"));
    struct SummaryOptions {
        std::string file, cycle;
        bool json = false;
    };
    auto s = std::make_shared<SummaryOptions>();
    summary->add_option("FILE", s->file, tr("The project file"))->required();
    summary->add_option("--cycle", s->cycle, tr("Cycle to summarise (default: the newest)"));
    summary->add_flag("--json", s->json, tr("Print JSON instead of text"));
    summary->callback([&ctx, s] {
        auto p = open_project(ctx, s->file, Project::Mode::read_only);
        if (!p) return;
        const auto c = select_cycle(ctx, *p, s->file, s->cycle);
        if (!c) return;
        const auto sum = summarize(*p, c->id);
        if (s->json) ctx.out << summary_json(*p, sum).dump(2) << '\n';
        else print_summary(ctx.out, *p, sum);
    });
}

}  // namespace assessa::cli
