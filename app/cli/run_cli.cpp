#include "app/cli/run_cli.hpp"

#include "app/cli/commands.hpp"
#include "i18n/translator.hpp"

#include <ostream>

namespace assessa::cli {

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    Context ctx(out, err);
    CLI::App app{tr("Assessa: CAF self-assessment with ISO 9001 mapping, from the command line")};
    app.name("assessa-cli");
    app.require_subcommand(1);
    // The same options on every system: CLI11 would otherwise read "/path" as an option on Windows.
    app.allow_windows_style_options(false);
    app.set_version_flag("--version", std::string("assessa-cli ") + ASSESSA_VERSION);
    add_framework_commands(app, ctx);
    add_mapping_commands(app, ctx);
    add_project_commands(app, ctx);
    add_cycle_commands(app, ctx);
    add_exchange_commands(app, ctx);
    add_packet_commands(app, ctx);
    add_plan_commands(app, ctx);
    add_process_commands(app, ctx);
    add_report_commands(app, ctx);
    add_steps_commands(app, ctx);
    add_live_commands(app, ctx);
    add_bench_commands(app, ctx);
    add_survey_commands(app, ctx);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {  // --help, --version
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        app.exit(e, out, err);
        return 2;
    }
    return ctx.exit_code;
}

}  // namespace assessa::cli
