#include <catch2/catch.hpp>

#include "model/platform/child_process.hpp"
#include "tests/support/project_fixture.hpp"

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <cstdlib>
#include <random>
#include <set>
#include <thread>

using namespace assessa;
using namespace assessa::test;

namespace {

// Starts the writer, lets it run for `run_for`, kills it without warning (SIGKILL, or
// TerminateProcess on Windows) and returns the highest edit number it acknowledged (0 if none).
long run_and_kill(const std::string& project, long first, std::chrono::milliseconds run_for) {
    platform::ChildProcess writer(ASSESSA_CRASH_WRITER, {project, std::to_string(first)});
    std::string acks;
    // Wait (bounded) for "ready" so that slow start-up never eats the whole delay.
    while (acks.find('\n') == std::string::npos) {
        const std::string some = writer.read_some(std::chrono::seconds(30));
        if (some.empty()) break;
        acks += some;
    }
    std::this_thread::sleep_for(run_for);
    writer.kill();
    acks += writer.read_rest();
    long last = 0;
    std::size_t pos = 0;
    while (true) {
        const auto nl = acks.find('\n', pos);
        if (nl == std::string::npos) break;
        auto line = acks.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.pop_back();  // a text-mode stdout on Windows
        if (line != "ready") last = std::stol(line);
        pos = nl + 1;
    }
    return last;
}

// Every edit number present in the project, checked for consistency with SQLite's own check.
std::set<long> edits_in(const std::string& path) {
    {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        REQUIRE(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    }
    auto p = Project::open(path);  // also proves the stale lock does not block
    std::set<long> found;
    for (const auto& r : p->ratings(p->current_cycle().id))
        for (const auto& item : r.items) found.insert(std::stol(item.text.substr(5)));
    return found;
}

}  // namespace

TEST_CASE("Killing a writing process at random moments loses no committed edit", "[store][crash]") {
    const char* env = std::getenv("ASSESSA_CRASH_KILLS");
    const int kills = env ? std::atoi(env) : 200;
    ProjectFixture f;
    f.add_member("Writer");
    f.project.reset();

    std::mt19937 gen(20261123);
    std::uniform_int_distribution<int> wait_ms(5, 60);
    long acknowledged = 0, next = 1;
    int interrupted = 0;
    for (int i = 0; i < kills; ++i) {
        const long last = run_and_kill(f.path, next, std::chrono::milliseconds(wait_ms(gen)));
        if (last > 0) acknowledged = last;
        const auto found = edits_in(f.path);
        INFO("kill " << i << ", acknowledged up to " << acknowledged);
        // Every acknowledged edit is there, and there are no holes: edits 1..max all present.
        const long max_found = found.empty() ? 0 : *found.rbegin();
        REQUIRE(max_found >= acknowledged);
        REQUIRE(static_cast<long>(found.size()) == max_found);
        if (max_found > acknowledged) ++interrupted;  // committed, killed before it could say so
        next = max_found + 1;
    }
    CHECK(acknowledged > kills);  // the writer made real progress between kills
    WARN(kills << " kills, " << acknowledged << " acknowledged edits, " << interrupted
               << " kills between commit and acknowledgement");
}
