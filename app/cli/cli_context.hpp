#pragma once

#include "frameworks/framework_library.hpp"

#include <iosfwd>
#include <optional>

namespace assessa::cli {

// What every command shares: output streams, the framework library (loaded on first use)
// and the exit code the command chose.
class Context {
public:
    Context(std::ostream& out, std::ostream& err) : out(out), err(err) {}

    std::ostream& out;
    std::ostream& err;
    int exit_code = 0;

    const FrameworkLibrary& library();

    // Prints an error ("assessa-cli: error: ...") and sets a non-zero exit code.
    void fail(const std::string& message, int code = 1);

private:
    std::optional<FrameworkLibrary> library_;
};

}  // namespace assessa::cli
