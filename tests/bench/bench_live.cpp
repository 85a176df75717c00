// Benchmark of the live workshop server: simulated devices (one thread and one HTTP connection
// each) score every subcriterion of CAF 2020 with a note; prints the median and 99th-percentile
// round-trip times of their requests with 10 and with 30 devices. Run by scripts/bench-live.
// Usage: assessa_bench_live [DEVICES...]   (default 10 30)
#include "app/live/live_server.hpp"
#include "frameworks/framework_library.hpp"
#include "model/platform/platform.hpp"
#include "tests/live/live_load.hpp"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;
using namespace assessa;

namespace {

void measure(const fs::path& dir, int devices) {
    const std::string path = (dir / fmt::format("live-{}.assessa", devices)).string();
    fs::remove(path);
    OrganisationProfile org;
    org.name = "Benchmark";
    auto project = Project::create(path, FrameworkLibrary::load_default(), {"caf-2020", "classical", "2026", org});
    const Id cycle = project->current_cycle().id;
    for (int i = 0; i < devices; ++i) {
        Member m;
        m.name = fmt::format("Member {:02}", i + 1);
        project->add_member(m);
    }
    int n = 0;
    LiveSession session(*project, cycle, [&n] { return fmt::format("{:064x}", ++n); });
    LiveServer server(session, {});
    const int port = server.start();
    const auto start = std::chrono::steady_clock::now();
    const test::LoadResult r = test::run_load(server, session, port, devices, 7, 0);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    server.stop();
    fmt::print("{:>3} devices  {:>6} requests  median {:6.2f} ms  p99 {:7.2f} ms  max {:7.2f} ms  {:5.1f} s in all; {} answered 429, {} without answer\n",
               devices, r.round_trip_ms.size(), test::percentile(r.round_trip_ms, 50), test::percentile(r.round_trip_ms, 99),
               test::percentile(r.round_trip_ms, 100), seconds, r.refused, r.failed);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<int> counts;
    for (int i = 1; i < argc; ++i) counts.push_back(std::stoi(argv[i]));
    if (counts.empty()) counts = {10, 30};
    const fs::path dir = fs::temp_directory_path() / fmt::format("assessa-bench-live-{}", platform::process_id());
    fs::create_directories(dir);
    fmt::print("Live server round trips: each device scores 28 subcriteria (every phase) and adds a note to each\n");
    for (int devices : counts) measure(dir, devices);
    fs::remove_all(dir);
}
