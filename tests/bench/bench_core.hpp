#pragma once

// Shared by the benchmarks: timing with medians, one printed row per measurement, and the
// measurements of the core (frameworks, projects, import) beside the PDF ones.

#include "model/project.hpp"

#include <functional>
#include <string>

namespace assessa::bench {

struct Timing {
    double wall = 0, cpu = 0;  // medians in seconds; cpu is this process's processor time
};

// Runs `work` `runs` times; the medians of wall-clock and processor time.
Timing median_seconds(int runs, const std::function<void()>& work);
// "name  wall s  cpu s  detail", aligned.
void print_row(const std::string& name, const Timing& t, const std::string& detail);

// Loading the bundled CAF 2020 file, and a generated framework of 5,000 nodes.
void measure_framework_loading(const std::string& dir, int runs);
// Project::open (read-only, as `summary` does) and summarize() of the newest cycle.
void measure_open_and_summary(const std::string& name, const std::string& path, int runs);
// The schema check Project::open does on every file: building the expected schema from the
// migrations (once per program run and version) and reading and comparing the file's schema.
void measure_schema_check(const std::string& name, const std::string& path, int runs);
// A survey of 400 generated responses to 18 items as CSV text: read_survey_csv, the suggested
// mapping and survey_responses (the import's work before the store), and survey_statistics.
void measure_survey_import(int runs);
// Exports `project` as exchange XML, then imports it into a new project on the same framework.
void measure_import(const std::string& name, const Project& project, const std::string& dir, int runs);

}  // namespace assessa::bench
