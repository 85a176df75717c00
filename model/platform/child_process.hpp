#pragma once

// A child program whose standard output comes back through a pipe, and which can be killed
// without warning: fork, exec and SIGKILL on POSIX; CreateProcess and TerminateProcess on
// Windows. Only the crash tests use it (library assessa_platform_process).

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace assessa::platform {

class ChildProcess {
public:
    // Starts `program` with `args` (UTF-8); throws std::runtime_error when it cannot.
    ChildProcess(const std::string& program, const std::vector<std::string>& args);
    ~ChildProcess();  // kills the child if it still runs
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // What the child has written since the last call, waiting up to `timeout` for the first
    // bytes; "" when nothing came in time or the child closed its output.
    std::string read_some(std::chrono::milliseconds timeout);
    // Ends the child at once (it runs no code of its own after this) and waits until it is gone.
    void kill();
    // After kill(): everything the child wrote that was not read yet.
    std::string read_rest();

private:
    std::intptr_t process_ = -1;  // pid, or the process HANDLE
    std::intptr_t output_ = -1;   // read end of the pipe: fd, or HANDLE
};

}  // namespace assessa::platform
