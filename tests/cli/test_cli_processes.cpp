#include "tests/support/test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace assessa::test;

TEST_CASE("processes list, show and export read the demo's register", "[cli][processes]") {
    TempDir dir;
    const std::string demo = dir.file("demo.assessa");
    REQUIRE(run_cli({"demo", demo}).exit_code == 0);

    const auto list = run_cli({"processes", "list", demo});
    INFO(list.err);
    REQUIRE(list.exit_code == 0);
    CHECK(list.out.find("P-01") != std::string::npos);
    CHECK(list.out.find("Strategic planning and management review") != std::string::npos);
    CHECK(list.out.find("Inga Vaitkevičiūtė") != std::string::npos);
    CHECK(list.out.find("7 processes") != std::string::npos);
    CHECK(list.out.find("ISO 9001 clauses no process covers: 8.3") != std::string::npos);
    // Grouped by kind: management before core before support.
    CHECK(list.out.find("P-02") < list.out.find("P-03"));
    CHECK(list.out.find("P-06") < list.out.find("P-07"));

    const auto show = run_cli({"processes", "show", demo, "P-06"});
    INFO(show.err);
    REQUIRE(show.exit_code == 0);
    CHECK(show.out.find("1. Process name") != std::string::npos);
    CHECK(show.out.find("12. Areas and goals for improvement") != std::string::npos);
    CHECK(show.out.find("6.2. Complaints") != std::string::npos);
    CHECK(show.out.find("10.1. Enquiries answered within 10 working days (indicator: share of enquiries) (target: 95 %)") !=
          std::string::npos);
    CHECK(show.out.find("1. Residents \u2013 Answer enquiries") != std::string::npos);

    const auto missing = run_cli({"processes", "show", demo, "P-99"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("no process with the code \"P-99\"") != std::string::npos);
}

TEST_CASE("processes export writes the register as XLSX in the language asked for", "[cli][processes][host-tools]") {
    TempDir dir;
    const std::string demo = dir.file("demo.assessa");
    REQUIRE(run_cli({"demo", demo}).exit_code == 0);
    const std::string xlsx = dir.file("processes.xlsx");
    const auto exp = run_cli({"processes", "export", demo, "-o", xlsx, "--language", "lt"});
    INFO(exp.err);
    REQUIRE(exp.exit_code == 0);
    CHECK(exp.out.find("7") != std::string::npos);
    // The workbook's shared strings hold the Lithuanian headings, names and the letters.
    const std::string strings = dir.file("sharedStrings.xml");
    const std::string unzip = "unzip -p '" + xlsx + "' xl/sharedStrings.xml > '" + strings + "'";
    REQUIRE(std::system(unzip.c_str()) == 0);
    const std::string shared = read_file(strings);
    CHECK(shared.find("Proceso šeimininkas") != std::string::npos);
    CHECK(shared.find("Strateginis planavimas ir vadovybės vertinamoji analizė") == std::string::npos);  // the demo is English
    CHECK(shared.find("Strategic planning and management review") != std::string::npos);
    CHECK(shared.find("<t>V</t>") != std::string::npos);
    CHECK(shared.find("<t>D</t>") != std::string::npos);

    const auto bad = run_cli({"processes", "export", demo, "-o", dir.file("processes.ods")});
    CHECK(bad.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(dir.file("processes.ods")));
}
