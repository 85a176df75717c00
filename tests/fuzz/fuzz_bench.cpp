// libFuzzer target: benchlearning files, submissions and comparison sets. The input is taken as
// the file's content and given a correct checksum line, so the fuzzer explores the parser and
// the value checks rather than the hash; every 16th input is read as it is, to exercise the
// checksum and truncation checks too. A file that is accepted must write back to a file that
// reads as the same value, and merge with itself into the same submissions.
#include "exports/bench_file.hpp"
#include "exports/checksum_line.hpp"
#include "model/bench_merge.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    if (size % 16 != 0) {
        if (text.empty() || text.back() != '\n') text.push_back('\n');
        assessa::append_checksum_line(text);
    }
    const auto submission = assessa::read_bench_submission_text("fuzz.assessa-bench", text);
    if (submission.ok() != submission.errors.empty()) std::abort();
    if (submission.ok()) {
        const auto again = assessa::read_bench_submission_text("again", assessa::bench_submission_text(*submission.submission));
        if (!again.ok() || *again.submission != *submission.submission) std::abort();  // no round trip
        const auto merged = assessa::merge_bench_inputs(
            {assessa::BenchMergeInput::of_submission("a", *submission.submission),
             assessa::BenchMergeInput::of_submission("b", *submission.submission)},
            "2026-01-01T00:00:00Z");
        if (merged.set.submissions.size() != 1 || merged.set.submissions[0] != *submission.submission) std::abort();
    }
    const auto set = assessa::read_bench_set_text("fuzz.assessa-benchset", text);
    if (set.ok() != set.errors.empty()) std::abort();
    if (set.ok()) {
        const auto again = assessa::read_bench_set_text("again", assessa::bench_set_text(*set.set));
        if (!again.ok() || *again.set != *set.set) std::abort();  // no round trip
    }
    return 0;
}
