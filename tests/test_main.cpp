#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "frameworks/data_paths.hpp"

#include <cstdlib>

int main(int argc, char* argv[]) {
    // Tests see English messages whatever the machine's locale, and no user frameworks.
    setenv("ASSESSA_LANGUAGE", "en", 1);
    setenv("XDG_DATA_HOME", "/nonexistent-assessa-test-home", 1);
    assessa::init_runtime();
    return Catch::Session().run(argc, argv);
}
