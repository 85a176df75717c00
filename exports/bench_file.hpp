#pragma once

// Benchlearning files (docs/benchlearning.md): an institution's anonymised submission
// (.assessa-bench) and a network's comparison set (.assessa-benchset), each XML with a
// SHA-256 checksum line at the end, like packets.

#include "frameworks/diagnostic.hpp"
#include "model/bench_types.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

inline constexpr const char* bench_extension = ".assessa-bench";
inline constexpr const char* bench_set_extension = ".assessa-benchset";
inline constexpr const char* bench_namespace = "urn:assessa:bench:1";
inline constexpr const char* bench_format_version = "1";
// Larger files are refused unread. A submission on CAF is about 5 kB; a set of a thousand
// institutions about 5 MB.
inline constexpr std::size_t bench_max_bytes = 16u << 20;

// The file content. The same submission or set always gives the same bytes; this is exactly
// what the user is shown before a submission is written.
std::string bench_submission_text(const BenchSubmission& submission);
std::string bench_set_text(const BenchSet& set);

// Writes atomically (exports/file_output.hpp); throws ProjectError naming the file.
void write_bench_submission_file(const std::string& path, const BenchSubmission& submission);
void write_bench_set_file(const std::string& path, const BenchSet& set);

// A file read and checked: size, checksum, structure and values. On any problem the value is
// empty and `errors` lists each problem as FILE:LINE:COL.
struct BenchSubmissionRead {
    std::optional<BenchSubmission> submission;
    std::vector<Diagnostic> errors;
    bool ok() const { return submission.has_value(); }
};
struct BenchSetRead {
    std::optional<BenchSet> set;
    std::vector<Diagnostic> errors;
    bool ok() const { return set.has_value(); }
};
BenchSubmissionRead read_bench_submission_file(const std::string& path);
BenchSubmissionRead read_bench_submission_text(const std::string& label, const std::string& text);
BenchSetRead read_bench_set_file(const std::string& path);
BenchSetRead read_bench_set_text(const std::string& label, const std::string& text);

}  // namespace assessa
