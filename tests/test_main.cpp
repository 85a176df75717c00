#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "frameworks/data_paths.hpp"
#include "model/platform/platform.hpp"

int main(int argc, char* argv[]) {
    // Tests see English messages whatever the machine's locale, and no user frameworks.
    assessa::platform::set_environment_variable("ASSESSA_LANGUAGE", "en");
    assessa::platform::set_environment_variable("XDG_DATA_HOME", "/nonexistent-assessa-test-home");
    assessa::init_runtime();
    return Catch::Session().run(argc, argv);
}
