// CTest runs each test case by its name (catch_discover_tests) and splits the list at ";":
// a name with a ";" would become two CTest entries that match no test and pass.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("No test case name holds a semicolon, so CTest runs every test by its whole name", "[meta]") {
    std::vector<std::string> split;
    for (const auto& test : Catch::getRegistryHub().getTestCaseRegistry().getAllTests())
        if (test.name.find(';') != std::string::npos) split.push_back(test.name);
    CAPTURE(split);
    CHECK(split.empty());
}
