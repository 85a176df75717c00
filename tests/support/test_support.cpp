#include "tests/support/test_support.hpp"

#include "app/cli/run_cli.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace assessa::test {

std::string data_dir() { return ASSESSA_TEST_DATA_DIR; }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> files_in(const std::string& dir, const std::string& extension) {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == extension) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

namespace {

std::string fresh_temp_path() {
    std::random_device rd;
    return (fs::temp_directory_path() / ("assessa-test-" + std::to_string(rd()) + std::to_string(rd()))).string();
}

}  // namespace

TempDir::TempDir() : path_(fresh_temp_path()) { fs::create_directories(path_); }

std::string path_in(const std::string& dir, const std::string& name) {
    return platform::utf8_string(platform::utf8_path(dir) / platform::utf8_path(name));
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

ScopedEnvironment::ScopedEnvironment(const char* name, const std::optional<std::string>& value)
    : name_(name), before_(platform::environment_variable(name)) {
    platform::set_environment_variable(name, value);
}

ScopedEnvironment::~ScopedEnvironment() { platform::set_environment_variable(name_, before_); }

CliResult run_cli(std::vector<std::string> args) {
    args.insert(args.begin(), "assessa-cli");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const int code = cli::run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

}  // namespace assessa::test
