// The POSIX side of child_process.hpp.

#include "model/platform/child_process.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

namespace assessa::platform {

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args) {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("cannot make a pipe for " + program);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("cannot start " + program);
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    close(out[1]);
    process_ = pid;
    output_ = out[0];
}

ChildProcess::~ChildProcess() {
    kill();
    if (output_ >= 0) close(static_cast<int>(output_));
}

std::string ChildProcess::read_some(std::chrono::milliseconds timeout) {
    pollfd ready{static_cast<int>(output_), POLLIN, 0};
    if (poll(&ready, 1, static_cast<int>(timeout.count())) <= 0) return "";
    char buf[4096];
    const ssize_t n = read(static_cast<int>(output_), buf, sizeof buf);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : "";
}

void ChildProcess::kill() {
    if (process_ < 0) return;
    ::kill(static_cast<pid_t>(process_), SIGKILL);
    int status = 0;
    waitpid(static_cast<pid_t>(process_), &status, 0);
    process_ = -1;
}

std::string ChildProcess::read_rest() {
    std::string rest;
    char buf[4096];
    for (ssize_t n; (n = read(static_cast<int>(output_), buf, sizeof buf)) > 0;) rest.append(buf, static_cast<std::size_t>(n));
    return rest;
}

}  // namespace assessa::platform
