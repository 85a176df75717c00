#pragma once

#include "model/project.hpp"

#include <functional>
#include <stdexcept>
#include <string>

namespace assessa {

// What a report is made of besides the project. GUI-free: the desktop program and the CLI
// call the same writers.
struct ReportOptions {
    std::string language = "en";  // en, lt or zh; independent of the UI language
    std::string cycle_label;       // empty: the newest cycle
    std::string date;              // YYYY-MM-DD printed on the report and stored as its creation date; empty: today
    std::function<void(int percent)> progress;  // optional, called with 0..100
};

// The options do not fit the project (unknown cycle or language, no plan, bad date).
// what() is a complete message for users.
class ReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The self-assessment report of one cycle as PDF. Throws ReportError, pdf::FontMissing (a
// font package is not installed) or ProjectError (the file cannot be written).
void write_assessment_report(const Project& project, const ReportOptions& options, const std::string& path);

// The improvement plan of one cycle as PDF; the same errors, and ReportError when the cycle
// has no plan.
void write_plan_report(const Project& project, const ReportOptions& options, const std::string& path);

// The process manual: contents, the process map, each process card with its responsibility
// matrix, and the organisation-wide matrix. The same errors, and ReportError when the project
// has no processes.
void write_process_manual(const Project& project, const ReportOptions& options, const std::string& path);

}  // namespace assessa
