// The "bench" group: benchlearning files (docs/benchlearning.md).

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "exports/bench_file.hpp"
#include "exports/bench_merge_files.hpp"
#include "i18n/translator.hpp"
#include "model/bench_submission.hpp"
#include "model/calendar_date.hpp"
#include "model/number_format.hpp"

#include <ostream>

namespace assessa::cli {

namespace {

std::string joined_values(std::string_view (*name)(InstitutionType)) {
    std::string out;
    for (auto t : all_institution_types) {
        if (!out.empty()) out += ", ";
        out += name(t);
    }
    return out;
}

std::string size_values() {
    std::string out;
    for (auto b : all_size_bands) {
        if (!out.empty()) out += ", ";
        out += to_string(b);
    }
    return out;
}

void print_lines(std::ostream& out, const std::vector<BenchSummaryLine>& lines) {
    TextTable table({tr("In the file"), tr("Value")});
    for (const auto& l : lines) table.add({l.label, l.value});
    table.limit_width(0, 72);  // node titles are long; the code leads each line
    table.print(out);
}

FrameworkPtr framework_for(Context& ctx, const std::string& id, const std::string& version) {
    try {
        return ctx.library().find(id, version);
    } catch (const std::exception&) {
        return nullptr;  // the titles are a courtesy; the codes are shown without them
    }
}

// Without --yes nothing is written: the user reads what the file would hold first, then runs
// the command again with --yes. It never asks, so that it behaves the same in scripts.
void add_export(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file, output, type, size, region, cycle;
        bool yes = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand(
        "export", tr("Show, and with --yes write, a cycle's anonymised consensus scores for comparison with other "
                     "institutions"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("-o,--output", o->output, tr("The file to write (.assessa-bench)"))->required();
    cmd->add_option("--type", o->type, trf("Type of institution: {}", joined_values(&to_string)))->required();
    cmd->add_option("--size", o->size, trf("Number of staff: {}", size_values()))->required();
    cmd->add_option("--region", o->region, tr("Region, optional (never the organisation's name)"));
    cmd->add_option("--cycle", o->cycle, tr("The cycle (default: the newest)"));
    cmd->add_flag("--yes", o->yes, tr("Write the file (without it, only show what it would hold)"));
    cmd->callback([&ctx, o] {
        BenchProfile profile;
        if (auto t = institution_type_from_string(o->type)) profile.type = *t;
        else return ctx.fail(trf("unknown institution type \"{}\" (use {})", o->type, joined_values(&to_string)), 2);
        if (auto b = size_band_from_string(o->size)) profile.size = *b;
        else return ctx.fail(trf("unknown size band \"{}\" (use {})", o->size, size_values()), 2);
        if (o->region.size() > 200) return ctx.fail(tr("--region is longer than 200 bytes"), 2);
        profile.region = o->region;
        // The submission identifier is made and kept in the project on first use.
        auto p = open_project(ctx, o->file, Project::Mode::read_write);
        if (!p) return;
        const auto c = select_cycle(ctx, *p, o->file, o->cycle);
        if (!c) return;
        if (!bench_shareable(summarize(*p, c->id)))
            return ctx.fail(
                trf("{}: cycle {} has no consensus score yet, so there is nothing to compare", o->file, c->label));
        try {
            const BenchSubmission s = bench_submission_for(*p, c->id, profile);
            const auto fw = p->framework_of(*c);
            print_lines(ctx.out, bench_submission_summary(s, fw.get()));
            ctx.out << '\n' << trf("The file {} holds exactly this:", o->output) << '\n' << bench_submission_text(s) << '\n';
            if (!o->yes) {
                ctx.out << tr("Nothing was written. Run the command again with --yes to write the file.") << '\n';
                return;
            }
            write_bench_submission_file(o->output, s);
            ctx.out << trf("Wrote {}", o->output) << '\n';
        } catch (const ProjectError& e) {
            ctx.fail(e.what());
        }
    });
}

void add_merge(CLI::App& group, Context& ctx) {
    struct Options {
        std::vector<std::string> files;
        std::string output;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand(
        "merge", tr("Merge institutions' submissions (and earlier sets) into a network's comparison set"));
    cmd->add_option("FILES", o->files, tr("Submissions (.assessa-bench) and comparison sets (.assessa-benchset)"))
        ->required();
    cmd->add_option("-o,--output", o->output, tr("The comparison set to write (.assessa-benchset)"))->required();
    cmd->callback([&ctx, o] {
        const auto merged = merge_bench_files(o->files, now_utc());
        if (!merged.result) {
            ctx.err << to_string(merged.errors);
            return ctx.fail(trf("nothing was written to {}: leave the damaged files out or ask for them again",
                                o->output));
        }
        for (const auto& report : merged.result->files) ctx.out << describe(report) << '\n';
        const BenchSet& set = merged.result->set;
        if (set.submissions.empty())
            return ctx.fail(trf("nothing was written to {}: no submission could be merged", o->output));
        try {
            write_bench_set_file(o->output, set);
        } catch (const ProjectError& e) {
            return ctx.fail(e.what());
        }
        ctx.out << trnf("Wrote {}: {} submission on {} {}, method {}", "Wrote {}: {} submissions on {} {}, method {}",
                        set.submissions.size(), o->output, set.submissions.size(), set.framework_id,
                        set.framework_version, set.method_id)
                << '\n';
    });
}

void show_set(Context& ctx, const std::string& file, const BenchSet& set) {
    const std::string lang = normalize_language(Translator::current().language());
    ctx.out << trnf("{}: comparison set of {} submission on {} {}, method {}, merged {}",
                    "{}: comparison set of {} submissions on {} {}, method {}, merged {}", set.submissions.size(), file,
                    set.submissions.size(), set.framework_id, set.framework_version, set.method_id, set.merged_at)
            << '\n';
    TextTable table({tr("Identifier"), tr("Institution type"), tr("Size"), tr("Region"), tr("Year"),
                     tr("Group members"), tr("Consensus complete"), tr("Overall score"), tr("Written at")});
    for (const auto& s : set.submissions) {
        std::optional<double> overall;
        for (const auto& score : s.scores)
            if (score.level == BenchLevel::overall) overall = score.score;
        table.add({s.submission_id, institution_type_label(s.profile.type), size_band_label(s.profile.size),
                   s.profile.region, std::to_string(s.year), std::to_string(s.members),
                   s.consensus_complete ? tr("yes") : tr("no"), format_score(overall, lang), s.written_at});
    }
    table.print(ctx.out);
}

void add_show(CLI::App& group, Context& ctx) {
    auto file = std::make_shared<std::string>();
    auto* cmd = group.add_subcommand("show", tr("Check a submission or comparison set and show what it holds"));
    cmd->add_option("FILE", *file, tr("The file (.assessa-bench or .assessa-benchset)"))->required();
    cmd->callback([&ctx, file] {
        const auto read = read_bench_any_file(*file);
        if (!read.ok()) {
            ctx.err << to_string(read.errors);
            return ctx.fail(trf("{}: not a usable comparison file", *file));
        }
        if (read.set) return show_set(ctx, *file, *read.set);
        const BenchSubmission& s = *read.submission;
        ctx.out << trf("{}: one institution's submission for comparison", *file) << '\n';
        const auto fw = framework_for(ctx, s.framework_id, s.framework_version);
        print_lines(ctx.out, bench_submission_summary(s, fw.get()));
    });
}

}  // namespace

void add_bench_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("bench", tr("Benchlearning: compare results with other institutions, anonymously"));
    group->require_subcommand(1);
    add_export(*group, ctx);
    add_merge(*group, ctx);
    add_show(*group, ctx);
    add_bench_set_commands(*group, ctx);
}

}  // namespace assessa::cli
