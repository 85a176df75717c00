#pragma once

#include "app/cli/cli_context.hpp"
#include "model/project.hpp"

#include <CLI/CLI.hpp>

namespace assessa::cli {

// Each adds its subcommands to the program; the callbacks run the core functions and set
// ctx.exit_code.
void add_framework_commands(CLI::App& app, Context& ctx);
void add_mapping_commands(CLI::App& app, Context& ctx);
void add_project_commands(CLI::App& app, Context& ctx);
void add_exchange_commands(CLI::App& app, Context& ctx);

// Opens a project for a command; on failure prints the reason, sets the exit code and
// returns nullptr.
std::unique_ptr<Project> open_project(Context& ctx, const std::string& path, Project::Mode mode);

}  // namespace assessa::cli
