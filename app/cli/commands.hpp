#pragma once

#include "app/cli/cli_context.hpp"
#include "frameworks/questionnaire_loader.hpp"
#include "model/project.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace assessa::cli {

// Each adds its subcommands to the program; the callbacks run the core functions and set
// ctx.exit_code.
void add_framework_commands(CLI::App& app, Context& ctx);
void add_mapping_commands(CLI::App& app, Context& ctx);
void add_project_commands(CLI::App& app, Context& ctx);
void add_exchange_commands(CLI::App& app, Context& ctx);
void add_packet_commands(CLI::App& app, Context& ctx);  // the "packet" group: export, import, status, show
void add_plan_commands(CLI::App& app, Context& ctx);  // the "plan" group: show, export, and the edits below
void add_plan_edit_commands(CLI::App& plan, Context& ctx);  // "plan create", "plan action add|edit|status"
void add_cycle_commands(CLI::App& app, Context& ctx);  // the "cycle" group: list, add
void add_process_commands(CLI::App& app, Context& ctx);  // the "processes" group: list, show, export
void add_report_commands(CLI::App& app, Context& ctx);  // "report", "plan report" and "processes report" (after the groups)
// "steps" and "pef" (docs/caf-steps.md), and in the "plan" group "review" and "progress-report".
void add_steps_commands(CLI::App& app, Context& ctx);
void add_progress_commands(CLI::App& plan, Context& ctx);
void add_live_commands(CLI::App& app, Context& ctx);  // "live": the live workshop server without the desktop program
// "bench" (docs/benchlearning.md): export, merge, show; then report, import, sets, remove.
void add_bench_commands(CLI::App& app, Context& ctx);
void add_bench_set_commands(CLI::App& bench, Context& ctx);
// "survey" (docs/surveys.md): questionnaires and validate (survey_commands.cpp); then import, show
// and remove (survey_data_commands.cpp).
void add_survey_commands(CLI::App& app, Context& ctx);
void add_survey_data_commands(CLI::App& survey, Context& ctx);
// The bundled and user questionnaires; a file that fails to load is printed as a warning.
QuestionnaireLibrary load_questionnaire_library(Context& ctx);

// Runs `write` (a PDF writer) and says "Wrote OUTPUT", or turns its error into the command's
// message and exit code (2 for a bad choice such as an unknown language).
void write_pdf(Context& ctx, const std::string& output, const std::function<void()>& write);

// Opens a project for a command; on failure prints the reason, sets the exit code and
// returns nullptr.
std::unique_ptr<Project> open_project(Context& ctx, const std::string& path, Project::Mode mode);
// The cycle named `label`, or the newest when it is empty; prints an error when there is none.
std::optional<Cycle> select_cycle(Context& ctx, const Project& p, const std::string& file, const std::string& label);

}  // namespace assessa::cli
