#pragma once

// Merging benchlearning submissions into a network's comparison set (docs/benchlearning.md):
// the coordinator's work, without reading or writing files (exports/bench_file.hpp does that).

#include "i18n/translator.hpp"
#include "model/bench_types.hpp"

#include <string>
#include <vector>

namespace assessa {

// One file given to the merge: a single submission, or an earlier comparison set whose
// submissions are merged again.
struct BenchMergeInput {
    std::string name;  // how the file is named in the report, usually its path
    bool is_set = false;
    std::string framework_id, framework_version, method_id;
    std::vector<BenchSubmission> submissions;

    static BenchMergeInput of_submission(std::string name, BenchSubmission submission);
    static BenchMergeInput of_set(std::string name, BenchSet set);
};

// What happened to one submission of an input.
enum class BenchMergeAction {
    added,     // its identifier was not in the set yet
    replaced,  // it is newer than the submission with its identifier already in: that one left
    older,     // one with its identifier and a later (or the same) time is already in: skipped
    refused    // another framework, framework version or method than the set's: skipped
};

struct BenchMergeStep {
    BenchMergeAction action = BenchMergeAction::added;
    std::string submission_id;
    std::string other_file;  // replaced or older: the file the other submission came from
};

// What the merge did with one input file, in the order given.
struct BenchMergeReport {
    std::string name;
    std::string refusal;  // why the whole file was refused; empty when it was merged
    std::vector<BenchMergeStep> steps;
};

struct BenchMergeResult {
    BenchSet set;  // sorted by submission identifier (no trace of the order they came in)
    std::vector<BenchMergeReport> files;
    std::size_t refused_files() const;
};

// Merges the inputs in order. The first input decides the set's framework, framework version
// and method; an input on any other is refused whole, with the reason. Per submission
// identifier the newest submission (by written_at) is kept; at the same time the one already
// in stays. `merged_at` becomes the set's time (ISO, UTC).
BenchMergeResult merge_bench_inputs(const std::vector<BenchMergeInput>& inputs, const std::string& merged_at);

// One line per input file for the coordinator: "a.assessa-bench: added", "b.assessa-benchset:
// 3 added, 1 replaced an earlier submission (from a.assessa-bench)", "c: refused: ...".
std::string describe(const BenchMergeReport& report, const Translator& t = Translator::current());

}  // namespace assessa
