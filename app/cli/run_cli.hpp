#pragma once

#include <iosfwd>

namespace assessa::cli {

// Runs assessa-cli with the given arguments, writing to `out` and `err`; returns the exit
// code: 0 success, 1 the input was rejected or a command failed, 2 a usage error.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace assessa::cli
