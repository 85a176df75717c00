#include <catch2/catch.hpp>

#include "i18n/translator.hpp"
#include "model/project.hpp"
#include "tests/support/test_support.hpp"

#include <nlohmann/json.hpp>

using namespace assessa;
using namespace assessa::test;

namespace {

// A new CAF project with consensus scores on 1.1 (40) and 1.2 (52) only.
std::string two_agreed(const TempDir& d) {
    const auto file = d.file("partial.assessa");
    REQUIRE(run_cli({"new", file, "--organisation", "Town", "--cycle", "2026", "--method", "classical"}).exit_code == 0);
    auto p = Project::open(file);
    const Id cycle = p->current_cycle().id;
    p->set_consensus_score(cycle, "1.1", "overall", 40);
    p->set_consensus_score(cycle, "1.2", "overall", 52);
    return file;
}

}  // namespace

TEST_CASE("summary says on how many subcriteria a partial score rests, in text and JSON", "[cli][partial]") {
    TempDir d;
    const auto file = two_agreed(d);
    auto text = run_cli({"summary", file});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("Overall: 46.0 (based on 2 of 28 subcriteria)\n") != std::string::npos);
    CHECK(text.out.find("Enablers: 46.0 (based on 2 of 20 subcriteria)\n") != std::string::npos);
    CHECK(text.out.find("46.0 (based on 2 of 4 subcriteria)") != std::string::npos);  // criterion 1

    auto js = run_cli({"summary", file, "--json"});
    REQUIRE(js.exit_code == 0);
    const auto j = nlohmann::json::parse(js.out);
    CHECK(j["coverage"]["overall"] == nlohmann::json({{"scored", 2}, {"of", 28}, {"partial", true}}));
    CHECK(j["coverage"]["groups"]["enablers"]["scored"] == 2);
    CHECK(j["coverage"]["groups"]["enablers"]["of"] == 20);
    CHECK(j["coverage"]["groups"]["results"]["scored"] == 0);
    CHECK(j["coverage"]["nodes"]["1"] == nlohmann::json({{"scored", 2}, {"of", 4}, {"partial", true}}));
    CHECK(j["coverage"]["nodes"]["2"]["partial"] == true);
    CHECK(j["scores"]["overall"] == 46.0);
}

TEST_CASE("the import summary counts in the plural forms of the user's language", "[cli][exchange][i18n]") {
    TempDir d;
    const auto file = two_agreed(d);
    REQUIRE(run_cli({"export", file, "-o", d.file("one.xml")}).exit_code == 0);
    REQUIRE(run_cli({"new", d.file("copy.assessa"), "--organisation", "X", "--cycle", "2025"}).exit_code == 0);
    auto en = run_cli({"import", d.file("copy.assessa"), d.file("one.xml")});
    REQUIRE(en.exit_code == 0);
    CHECK(en.out == "Imported " + d.file("one.xml") +
                        ": 0 departments, 0 members, 1 cycle, 0 ratings with 0 notes, 2 consensus entries, 0 "
                        "improvement actions\n");

    const std::string before = Translator::current().language();
    Translator::set_current("lt");
    REQUIRE(run_cli({"new", d.file("lt.assessa"), "--organisation", "X", "--cycle", "2025"}).exit_code == 0);
    auto lt = run_cli({"import", d.file("lt.assessa"), d.file("one.xml")});
    Translator::set_current(before);
    REQUIRE(lt.exit_code == 0);
    CHECK(lt.out.find("1 ciklas") != std::string::npos);
    CHECK(lt.out.find("2 sutarimo įrašai") != std::string::npos);
    CHECK(lt.out.find("0 skyrių") != std::string::npos);
}
