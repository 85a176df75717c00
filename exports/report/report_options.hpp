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

// The progress report of a cycle's improvement plan for management (CAF step 9): per progress
// review the actions on track, late, done and postponed, milestones met, indicators against
// their targets, each department's actions, and the change since the previous review with a
// chart. `review_date` (YYYY-MM-DD) picks one review; empty: every review, newest first. The
// same errors, and ReportError when the cycle has no plan, no review, or none on that date.
void write_progress_report(const Project& project, const ReportOptions& options, const std::string& review_date,
                           const std::string& path);

// The External Feedback evidence pack (model/pef_check): the self-check's items with their
// judgements and reasons, and an index of the records, dates and report sections that show each,
// with those records in annexes. Marked as a self-check that does not replace the external
// feedback. The same errors as the self-assessment report.
void write_pef_evidence_pack(const Project& project, const ReportOptions& options, const std::string& path);

// The process manual: contents, the process map, each process card with its responsibility
// matrix, and the organisation-wide matrix. The same errors, and ReportError when the project
// has no processes.
void write_process_manual(const Project& project, const ReportOptions& options, const std::string& path);

// The anonymous overview of a benchlearning network's comparison set, for its coordinator:
// framework, method, number of institutions, their types and years, then per criterion and
// subcriterion the count, minimum, quartiles, median and maximum in a table and as box plots
// with the individual values as dots. With fewer than bench_minimum_institutions submissions
// (or for a node scored by fewer) it says the set is too few to compare anonymously instead.
struct BenchReportOptions {
    std::string language = "en";  // en, lt or zh
    std::string date;             // YYYY-MM-DD printed on the report; empty: today
    std::string source_name;      // the set file's name, printed on the title page; may be empty
};
// `fw` is the set's framework version (from the library). Throws ReportError (unknown language,
// bad date, a framework that is not the set's), pdf::FontMissing or ProjectError (the file
// cannot be written).
void write_bench_network_report(const Framework& fw, const BenchSet& set, const BenchReportOptions& options,
                                const std::string& path);

}  // namespace assessa
