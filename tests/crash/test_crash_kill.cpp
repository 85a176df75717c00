#include <catch2/catch.hpp>

#include "tests/support/project_fixture.hpp"

#include <SQLiteCpp/Database.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <random>
#include <set>
#include <thread>

using namespace assessa;
using namespace assessa::test;

namespace {

// Starts the writer, lets it run for `run_for`, kills it with SIGKILL and returns the highest
// edit number it acknowledged (0 if none).
long run_and_kill(const std::string& project, long first, std::chrono::milliseconds run_for) {
    int out[2];
    REQUIRE(pipe(out) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        const std::string first_s = std::to_string(first);
        execl(ASSESSA_CRASH_WRITER, ASSESSA_CRASH_WRITER, project.c_str(), first_s.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);
    std::string acks;
    char buf[4096];
    // Wait (bounded) for "ready" so that slow start-up never eats the whole delay.
    pollfd ready{out[0], POLLIN, 0};
    while (acks.find('\n') == std::string::npos && poll(&ready, 1, 30000) > 0) {
        const ssize_t n = read(out[0], buf, sizeof buf);
        if (n <= 0) break;
        acks.append(buf, static_cast<std::size_t>(n));
    }
    std::this_thread::sleep_for(run_for);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;) acks.append(buf, static_cast<std::size_t>(n));
    close(out[0]);
    long last = 0;
    std::size_t pos = 0;
    while (true) {
        const auto nl = acks.find('\n', pos);
        if (nl == std::string::npos) break;
        const auto line = acks.substr(pos, nl - pos);
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
