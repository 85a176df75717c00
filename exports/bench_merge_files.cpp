#include "exports/bench_merge_files.hpp"

#include "model/platform/platform.hpp"

#include <algorithm>
#include <fstream>

namespace assessa {

BenchAnyRead read_bench_any_file(const std::string& path) {
    BenchAnyRead any;
    std::string head(1024, '\0');
    {
        std::ifstream in = platform::open_input(path);
        if (in) in.read(head.data(), static_cast<std::streamsize>(head.size()));
        head.resize(in ? head.size() : static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    }
    if (head.find("<assessa-benchset") != std::string::npos) {
        auto read = read_bench_set_file(path);
        any.set = std::move(read.set);
        any.errors = std::move(read.errors);
    } else {
        auto read = read_bench_submission_file(path);
        any.submission = std::move(read.submission);
        any.errors = std::move(read.errors);
    }
    return any;
}

BenchMergeFiles merge_bench_files(const std::vector<std::string>& paths, const std::string& merged_at) {
    BenchMergeFiles out;
    std::vector<BenchMergeInput> inputs;
    for (const auto& path : paths) {
        auto read = read_bench_any_file(path);
        if (read.submission) inputs.push_back(BenchMergeInput::of_submission(path, std::move(*read.submission)));
        else if (read.set) inputs.push_back(BenchMergeInput::of_set(path, std::move(*read.set)));
        else out.errors.insert(out.errors.end(), read.errors.begin(), read.errors.end());
    }
    if (out.errors.empty()) out.result = merge_bench_inputs(inputs, merged_at);
    return out;
}

}  // namespace assessa
