#include <catch2/catch.hpp>

#include "exports/exchange_format.hpp"
#include "tests/support/test_support.hpp"

#include <cstdlib>
#include <fstream>

using namespace assessa;
using namespace assessa::test;

namespace {

const FrameworkLibrary& library() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

// Five institutions on CAF 2020 fine-tuned, with scores that are not whole numbers (1/3 reads
// back exactly only if the file keeps every digit it needs) and a region with markup characters.
BenchSet caf_set(const std::string& version = "2020") {
    BenchSet set;
    set.framework_id = "caf-2020";
    set.framework_version = version;
    set.method_id = "fine-tuned";
    set.merged_at = "2026-02-01T08:00:00Z";
    for (int i = 0; i < 5; ++i) {
        BenchSubmission s;
        s.submission_id = "id-" + std::to_string(i * 7919);
        s.written_at = "2026-01-1" + std::to_string(i) + "T09:30:00Z";
        s.profile = {i % 2 ? InstitutionType::education : InstitutionType::social_services,
                     i < 3 ? SizeBand::from_51_to_250 : SizeBand::over_1000, i == 1 ? "Vilniaus & <Kauno> apskr." : ""};
        s.framework_id = set.framework_id;
        s.framework_version = version;
        s.method_id = set.method_id;
        s.cycle_label = i == 4 ? "2024 pavasaris" : "2025";
        s.year = i == 4 ? 2024 : 2025;
        s.members = 5 + i;
        s.consensus_complete = i != 2;
        s.scores = {{BenchLevel::node, "1", 40 + i + 1.0 / 3},
                    {BenchLevel::node, "1.1", 35.25 + i},
                    {BenchLevel::node, "1.2", 50.0 + 10 * i},
                    {BenchLevel::group, "enablers", 42.125},
                    {BenchLevel::overall, "", 47.0 + 0.1 * i}};
        set.submissions.push_back(std::move(s));
    }
    return set;
}

}  // namespace

TEST_CASE("A project's comparison sets come back intact through an exchange file", "[exchange][bench]") {
    TempDir d;
    auto a = Project::create(d.file("a.assessa"), library(), {"caf-2020", "fine-tuned", "2026", {}});
    a->import_bench_set(caf_set(), "network-2025.assessa-benchset");
    a->import_bench_set(caf_set("2013"), "old-network.assessa-benchset");  // a version the project does not hold
    const auto sets = a->bench_sets();
    REQUIRE(sets.size() == 2);
    export_exchange(*a, d.file("a.xml"));
    const std::string first = read_file(d.file("a.xml"));

    auto copy = create_project_from_exchange(d.file("copy.assessa"), library(), d.file("a.xml"));
    INFO(to_string(copy.errors));
    REQUIRE(copy.ok());
    CHECK(copy.report.comparison_sets == 2);
    CHECK(copy.project->bench_sets() == sets);
    CHECK(export_exchange_text(*copy.project) == first);

    // Into a project that has a set of its own: the file's replace it.
    auto b = Project::create(d.file("b.assessa"), library(), {"caf-2020", "fine-tuned", "2026", {}});
    BenchSet own = caf_set();
    own.merged_at = "2026-09-09T09:09:09Z";
    b->import_bench_set(own, "own.assessa-benchset");
    const auto result = import_exchange(*b, d.file("a.xml"));
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(describe(*result.report).find("2 comparison sets") != std::string::npos);
    b.reset();
    b = Project::open(d.file("b.assessa"));
    CHECK(b->bench_sets() == sets);
}

TEST_CASE("A file without comparison sets keeps the project's, and a broken set is refused at its place", "[exchange][bench][bad]") {
    TempDir d;
    auto a = Project::create(d.file("a.assessa"), library(), {"caf-2020", "fine-tuned", "2026", {}});
    const std::string without = export_exchange_text(*a);
    CHECK(without.find("comparison-set") == std::string::npos);
    a->import_bench_set(caf_set(), "n.assessa-benchset");
    const auto kept = a->bench_sets();
    REQUIRE(import_exchange_text(*a, "without.xml", without).ok());
    CHECK(a->bench_sets() == kept);

    std::string text = export_exchange_text(*a);
    const auto at = text.find("id=\"id-7919\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 12, "id=\"id-0\"");  // the first submission's identifier again
    const auto score = text.find("code=\"1.2\"");
    REQUIRE(score != std::string::npos);
    text.replace(score, 10, "code=\"1.9\"");
    const auto result = import_exchange_text(*a, "broken.xml", text);
    REQUIRE_FALSE(result.ok());
    const std::string errors = to_string(result.errors);
    CHECK_THAT(errors, Catch::Contains("broken.xml:"));
    CHECK_THAT(errors, Catch::Contains("submission 2 repeats the identifier of an earlier one"));
    CHECK_THAT(errors, Catch::Contains("submission 1: \"1.9\" is not a node of caf-2020 2020"));
    CHECK(a->bench_sets() == kept);
}

TEST_CASE("An export with comparison sets matches the schema", "[exchange][bench][host-tools]") {
    TempDir d;
    auto a = Project::create(d.file("a.assessa"), library(), {"caf-2020", "fine-tuned", "2026", {}});
    a->import_bench_set(caf_set(), "n.assessa-benchset");
    export_exchange(*a, d.file("a.xml"));
    const std::string schema = std::string(ASSESSA_SOURCE_DIR) + "/exports/schema/exchange.xsd";
    const std::string command = "xmllint --noout --nonet --schema '" + schema + "' '" + d.file("a.xml") + "' >/dev/null 2>&1";
    CHECK(std::system(command.c_str()) == 0);
}
