#include "model/bench_merge.hpp"

#include <algorithm>
#include <map>

namespace assessa {

BenchMergeInput BenchMergeInput::of_submission(std::string name, BenchSubmission submission) {
    BenchMergeInput in;
    in.name = std::move(name);
    in.framework_id = submission.framework_id;
    in.framework_version = submission.framework_version;
    in.method_id = submission.method_id;
    in.submissions.push_back(std::move(submission));
    return in;
}

BenchMergeInput BenchMergeInput::of_set(std::string name, BenchSet set) {
    BenchMergeInput in;
    in.name = std::move(name);
    in.is_set = true;
    in.framework_id = std::move(set.framework_id);
    in.framework_version = std::move(set.framework_version);
    in.method_id = std::move(set.method_id);
    in.submissions = std::move(set.submissions);
    return in;
}

std::size_t BenchMergeResult::refused_files() const {
    return static_cast<std::size_t>(
        std::count_if(files.begin(), files.end(), [](const BenchMergeReport& r) { return !r.refusal.empty(); }));
}

namespace {

// Why `in` cannot join a set on the first input's framework, or nothing. A set's submissions
// were checked against the set when it was read.
std::string mismatch(const BenchMergeInput& first, const BenchMergeInput& in) {
    auto version = [](const BenchMergeInput& i) { return i.framework_version.empty() ? "-" : i.framework_version; };
    if (in.framework_id != first.framework_id)
        return trf("framework {}, but the set is on framework {} (decided by the first file, {})", in.framework_id,
                   first.framework_id, first.name);
    if (in.framework_version != first.framework_version)
        return trf("framework version {}, but the set is on version {} (decided by the first file, {})", version(in),
                   version(first), first.name);
    if (in.method_id != first.method_id)
        return trf("scoring method {}, but the set uses method {} (decided by the first file, {})", in.method_id,
                   first.method_id, first.name);
    return {};
}

}  // namespace

BenchMergeResult merge_bench_inputs(const std::vector<BenchMergeInput>& inputs, const std::string& merged_at) {
    BenchMergeResult result;
    struct Kept {
        BenchSubmission submission;
        std::string file;
    };
    std::map<std::string, Kept> kept;
    const BenchMergeInput* first = nullptr;
    for (const auto& in : inputs) {
        BenchMergeReport report;
        report.name = in.name;
        if (!first) first = &in;
        report.refusal = mismatch(*first, in);
        if (!report.refusal.empty()) {
            for (const auto& s : in.submissions) report.steps.push_back({BenchMergeAction::refused, s.submission_id, {}});
            result.files.push_back(std::move(report));
            continue;
        }
        for (const auto& s : in.submissions) {
            auto it = kept.find(s.submission_id);
            if (it == kept.end()) {
                kept.emplace(s.submission_id, Kept{s, in.name});
                report.steps.push_back({BenchMergeAction::added, s.submission_id, {}});
            } else if (s.written_at > it->second.submission.written_at) {
                report.steps.push_back({BenchMergeAction::replaced, s.submission_id, it->second.file});
                it->second = Kept{s, in.name};
            } else {
                report.steps.push_back({BenchMergeAction::older, s.submission_id, it->second.file});
            }
        }
        result.files.push_back(std::move(report));
    }
    if (first) {
        result.set.framework_id = first->framework_id;
        result.set.framework_version = first->framework_version;
        result.set.method_id = first->method_id;
    }
    result.set.merged_at = merged_at;
    for (auto& [id, k] : kept) result.set.submissions.push_back(std::move(k.submission));  // map order: by identifier
    return result;
}

std::string describe(const BenchMergeReport& r, const Translator& t) {
    if (!r.refusal.empty()) return t.trf("{}: refused: {}", r.name, r.refusal);
    if (r.steps.empty()) return t.trf("{}: holds no submissions", r.name);
    if (r.steps.size() == 1) {
        const auto& s = r.steps.front();
        switch (s.action) {
            case BenchMergeAction::added: return t.trf("{}: added", r.name);
            case BenchMergeAction::replaced:
                return t.trf("{}: replaced an earlier submission with the same identifier (from {})", r.name, s.other_file);
            case BenchMergeAction::older:
                return t.trf("{}: skipped: not newer than the submission with the same identifier from {}", r.name,
                             s.other_file);
            case BenchMergeAction::refused: break;
        }
    }
    std::size_t added = 0, replaced = 0, older = 0;
    for (const auto& s : r.steps) {
        if (s.action == BenchMergeAction::added) ++added;
        if (s.action == BenchMergeAction::replaced) ++replaced;
        if (s.action == BenchMergeAction::older) ++older;
    }
    return t.trf("{}: {} submissions: {} added, {} replaced earlier ones, {} skipped as not newer", r.name,
                 r.steps.size(), added, replaced, older);
}

}  // namespace assessa
