#pragma once

// The coordinator's merge of benchlearning files (docs/benchlearning.md): reads every file,
// then merges (model/bench_merge.hpp). Writing the set is the caller's, and only when no file
// was damaged.

#include "exports/bench_file.hpp"
#include "model/bench_merge.hpp"

#include <optional>
#include <string>
#include <vector>

namespace assessa {

// A benchlearning file of either kind, told apart by its root element.
struct BenchAnyRead {
    std::optional<BenchSubmission> submission;
    std::optional<BenchSet> set;
    std::vector<Diagnostic> errors;
    bool ok() const { return submission || set; }
};
BenchAnyRead read_bench_any_file(const std::string& path);

// Every file read; the merge only when all of them could be read and checked (a damaged file
// must be fixed or left out by the coordinator, never skipped silently). `merged_at`: ISO, UTC.
struct BenchMergeFiles {
    std::optional<BenchMergeResult> result;
    std::vector<Diagnostic> errors;  // of every damaged file
};
BenchMergeFiles merge_bench_files(const std::vector<std::string>& paths, const std::string& merged_at);

}  // namespace assessa
