// A full disk while editing: a child process whose file size is limited (RLIMIT_FSIZE, with
// SIGXFSZ ignored, so writes past the limit fail as on a full disk) edits a project until the
// store refuses. The refusal must be a readable ProjectError, and the project must open, pass
// SQLite's integrity check and hold every edit acknowledged before the failure.

#include <catch2/catch.hpp>

#include "tests/support/project_fixture.hpp"

#include <SQLiteCpp/Database.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <sstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

void send(int fd, const std::string& line) {
    std::size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = write(fd, line.data() + done, line.size() - done);
        if (n <= 0) _exit(3);
        done += static_cast<std::size_t>(n);
    }
}

// In the child: edits until the store refuses; writes "ack N" after each committed edit, then
// "refused KIND MESSAGE" (or "other MESSAGE" for an exception that is not a ProjectError).
[[noreturn]] void edit_until_full(const std::string& path, Id cycle, Id member, rlim_t limit, int fd) {
    signal(SIGXFSZ, SIG_IGN);
    const rlimit lim{limit, limit};
    if (setrlimit(RLIMIT_FSIZE, &lim) != 0) _exit(4);
    const std::string padding(1000, 'p');
    try {
        auto p = Project::open(path);
        for (long k = 1; k < 1000000; ++k) {
            p->add_item(cycle, member, "1.1", NoteKind::evidence, "edit-" + std::to_string(k) + " " + padding);
            send(fd, "ack " + std::to_string(k) + "\n");
        }
        send(fd, "never full\n");
    } catch (const ProjectError& e) {
        send(fd, std::string("refused ") + std::to_string(static_cast<int>(e.kind())) + " " + e.what() + "\n");
    } catch (const std::exception& e) {
        send(fd, std::string("other ") + e.what() + "\n");
    }
    _exit(0);
}

}  // namespace

TEST_CASE("A full disk refuses the edit clearly and keeps every earlier edit", "[store][crash][disk-full]") {
    ProjectFixture f;
    const Id member = f.add_member("Writer");
    f.project.reset();
    std::uintmax_t largest = fs::file_size(f.path);
    for (const char* suffix : {"-wal", "-shm"})
        if (fs::exists(f.path + suffix)) largest = std::max(largest, fs::file_size(f.path + suffix));
    const rlim_t limit = largest + (256u << 10);

    int pipe_fds[2];
    REQUIRE(pipe(pipe_fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(pipe_fds[0]);
        edit_until_full(f.path, f.cycle, member, limit, pipe_fds[1]);
    }
    close(pipe_fds[1]);
    std::string report;
    char buf[4096];
    for (ssize_t n; (n = read(pipe_fds[0], buf, sizeof buf)) > 0;) report.append(buf, static_cast<std::size_t>(n));
    close(pipe_fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);

    long acknowledged = 0;
    std::string last_line;
    std::istringstream lines(report);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("ack ", 0) == 0) acknowledged = std::stol(line.substr(4));
        else last_line = line;
    }
    INFO("child said: " << last_line);
    CHECK(acknowledged > 10);  // the limit left room for real work before the disk was full
    const std::string kind_io = std::to_string(static_cast<int>(ProjectError::Kind::io));
    CHECK(last_line == "refused " + kind_io + " " + f.path +
                           ": the file could not be written (the disk may be full or failing); the last change was not saved");

    {
        SQLite::Database db(f.path, SQLite::OPEN_READONLY);
        CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    }
    f.reopen();
    std::set<long> found;
    for (const auto& r : f.project->ratings(f.cycle))
        for (const auto& item : r.items) found.insert(std::stol(item.text.substr(5)));
    REQUIRE(!found.empty());
    CHECK(*found.rbegin() >= acknowledged);
    CHECK(static_cast<long>(found.size()) == *found.rbegin());  // no holes
    // With room again, editing goes on.
    f.project->add_item(f.cycle, member, "2.1", NoteKind::evidence, "after the disk was freed");
    CHECK(f.project->rating(f.cycle, member, "2.1").items.size() == 1);
}
