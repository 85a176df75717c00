#pragma once

#include <optional>
#include <string>
#include <vector>

namespace assessa::test {

std::string data_dir();                       // tests/data in the source tree
std::string read_file(const std::string& path);
std::vector<std::string> files_in(const std::string& dir, const std::string& extension);

// `name` in `dir`, joined as the program joins paths (with \ on Windows).
std::string path_in(const std::string& dir, const std::string& name);

// A fresh empty directory under the system temp dir, removed when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_in(path_, name); }

private:
    std::string path_;
};

// Sets an environment variable for the life of the object (nullopt removes it) and then puts
// back what was there, through the platform layer on every system.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const std::optional<std::string>& value);
    ~ScopedEnvironment();
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* name_;
    std::optional<std::string> before_;
};

struct CliResult {
    int exit_code;
    std::string out;
    std::string err;
};
// Runs assessa-cli in-process with these arguments (without the program name).
CliResult run_cli(std::vector<std::string> args);

}  // namespace assessa::test
