// "bench report", "bench import", "bench sets" and "bench remove": a network's comparison set
// as a PDF, and the sets a project holds (docs/benchlearning.md).

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "exports/bench_file.hpp"
#include "exports/report/report_options.hpp"
#include "i18n/translator.hpp"
#include "model/bench_statistics.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <ostream>

namespace assessa::cli {

namespace {

std::string file_name(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

// The set in `path`, or nothing after printing every problem.
std::optional<BenchSet> read_set(Context& ctx, const std::string& path) {
    auto read = read_bench_set_file(path);
    if (read.ok()) return std::move(read.set);
    ctx.err << to_string(read.errors);
    ctx.fail(trf("{}: not a usable comparison set", path));
    return std::nullopt;
}

void add_report(CLI::App& group, Context& ctx) {
    struct Options {
        std::string set, output, language = "en", date;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("report", tr("Write a network's anonymous overview of a comparison set as PDF"));
    cmd->add_option("SET", o->set, tr("The comparison set (.assessa-benchset)"))->required();
    cmd->add_option("-o,--output", o->output, tr("The PDF file to write"))->required();
    cmd->add_option("--language", o->language, tr("Language of the report: en, lt or zh (default: en)"));
    cmd->add_option("--date", o->date, tr("Date printed on the report, YYYY-MM-DD (default: today)"));
    cmd->callback([&ctx, o] {
        const auto set = read_set(ctx, o->set);
        if (!set) return;
        FrameworkPtr fw;
        try {
            fw = ctx.library().find(set->framework_id, set->framework_version);
        } catch (const std::exception&) {
        }
        if (!fw)
            return ctx.fail(trf("{}: the set is on framework {} {}, which this program does not hold", o->set,
                                set->framework_id, set->framework_version));
        write_pdf(ctx, o->output,
                  [&] { write_bench_network_report(*fw, *set, {o->language, o->date, file_name(o->set)}, o->output); });
    });
}

void add_import(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file, set;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("import", tr("Keep a network's comparison set in a project"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("SET", o->set, tr("The comparison set (.assessa-benchset)"))->required();
    cmd->callback([&ctx, o] {
        const auto set = read_set(ctx, o->set);
        if (!set) return;
        auto p = open_project(ctx, o->file, Project::Mode::read_write);
        if (!p) return;
        try {
            p->import_bench_set(*set, file_name(o->set));
        } catch (const InvalidEdit& e) {
            return ctx.fail(e.what());
        } catch (const ProjectError& e) {
            return ctx.fail(e.what());
        }
        ctx.out << trnf("Imported {}: {} institution on {} {}", "Imported {}: {} institutions on {} {}",
                        set->submissions.size(), o->set, set->submissions.size(), set->framework_id,
                        set->framework_version)
                << '\n';
        if (set->submissions.size() < bench_minimum_institutions)
            ctx.out << trf("Fewer than {} institutions: too few to compare anonymously, so no comparison is shown.",
                           bench_minimum_institutions)
                    << '\n';
    });
}

void add_list(CLI::App& group, Context& ctx) {
    auto file = std::make_shared<std::string>();
    auto* cmd = group.add_subcommand("sets", tr("List the comparison sets a project holds"));
    cmd->add_option("FILE", *file, tr("The project file"))->required();
    cmd->callback([&ctx, file] {
        auto p = open_project(ctx, *file, Project::Mode::read_only);
        if (!p) return;
        const auto sets = p->bench_sets();
        if (sets.empty()) {
            ctx.out << tr("No comparison set") << '\n';
            return;
        }
        TextTable table({tr("Id"), tr("File"), tr("Imported"), tr("Framework"), tr("Institutions"), tr("Compared as")});
        for (const auto& s : sets)
            table.add({std::to_string(s.id), s.source_name, s.imported_at,
                       s.set.framework_id + " " + s.set.framework_version, std::to_string(s.set.submissions.size()),
                       bench_comparison_title(s.set)});
        table.print(ctx.out);
    });
}

void add_remove(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file;
        Id id = 0;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("remove", tr("Remove a comparison set from a project"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("ID", o->id, tr("The set's id, as \"bench sets\" lists it"))->required();
    cmd->callback([&ctx, o] {
        auto p = open_project(ctx, o->file, Project::Mode::read_write);
        if (!p) return;
        const auto sets = p->bench_sets();
        if (std::none_of(sets.begin(), sets.end(), [&](const StoredBenchSet& s) { return s.id == o->id; }))
            return ctx.fail(trf("{}: no comparison set with id {}", o->file, o->id), 2);
        try {
            p->remove_bench_set(o->id);
        } catch (const ProjectError& e) {
            return ctx.fail(e.what());
        }
        ctx.out << trf("Removed comparison set {}", o->id) << '\n';
    });
}

}  // namespace

void add_bench_set_commands(CLI::App& bench, Context& ctx) {
    add_report(bench, ctx);
    add_import(bench, ctx);
    add_list(bench, ctx);
    add_remove(bench, ctx);
}

}  // namespace assessa::cli
