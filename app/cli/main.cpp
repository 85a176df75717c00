#include "app/cli/run_cli.hpp"
#include "frameworks/data_paths.hpp"

#include <iostream>

int main(int argc, char** argv) {
    assessa::init_runtime();
    return assessa::cli::run_cli(argc, argv, std::cout, std::cerr);
}
