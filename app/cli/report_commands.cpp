#include "app/cli/commands.hpp"
#include "exports/pdf/fonts.hpp"
#include "exports/report/report_options.hpp"
#include "i18n/translator.hpp"

#include <memory>
#include <ostream>

namespace assessa::cli {

namespace {

using Writer = void (*)(const Project&, const ReportOptions&, const std::string&);

struct ReportArgs {
    std::string file, output, language, cycle, date;
};

void add_report(CLI::App& parent, Context& ctx, const std::string& description, Writer writer) {
    auto* cmd = parent.add_subcommand("report", description);
    auto a = std::make_shared<ReportArgs>();
    cmd->add_option("FILE", a->file, tr("The project file"))->required();
    cmd->add_option("-o,--output", a->output, tr("The PDF file to write"))->required();
    cmd->add_option("--language", a->language, tr("Language of the report: en, lt or zh (default: the project's)"));
    cmd->add_option("--cycle", a->cycle, tr("The cycle to report on (default: the newest)"));
    cmd->add_option("--date", a->date, tr("Date printed on the report, YYYY-MM-DD (default: today)"));
    cmd->callback([&ctx, a, writer] {
        auto p = open_project(ctx, a->file, Project::Mode::read_only);
        if (!p) return;
        ReportOptions options;
        options.language = a->language;
        options.cycle_label = a->cycle;
        options.date = a->date;
        write_pdf(ctx, a->output, [&] { writer(*p, options, a->output); });
    });
}

}  // namespace

void write_pdf(Context& ctx, const std::string& output, const std::function<void()>& write) {
    try {
        write();
        ctx.out << trf("Wrote {}", output) << '\n';
    } catch (const ReportError& e) {
        ctx.fail(e.what(), 2);
    } catch (const pdf::FontMissing& e) {
        ctx.fail(e.what());
    } catch (const ProjectError& e) {
        ctx.fail(e.what());
    } catch (const std::runtime_error& e) {
        ctx.fail(trf("{}: {}", output, e.what()));
    }
}

void add_report_commands(CLI::App& app, Context& ctx) {
    add_report(app, ctx, tr("Write the self-assessment report of a cycle as PDF"), &write_assessment_report);
    CLI::App* plan = nullptr;
    for (auto* sub : app.get_subcommands({}))
        if (sub->get_name() == "plan") plan = sub;
    if (!plan) plan = app.add_subcommand("plan", tr("The improvement plan"));
    add_report(*plan, ctx, tr("Write the improvement plan of a cycle as PDF"), &write_plan_report);
    for (auto* sub : app.get_subcommands({}))
        if (sub->get_name() == "processes")
            add_report(*sub, ctx, tr("Write the process manual (process map, cards and matrices) as PDF"), &write_process_manual);
}

}  // namespace assessa::cli
