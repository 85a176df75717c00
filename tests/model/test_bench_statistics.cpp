#include <catch2/catch.hpp>

#include "model/bench_statistics.hpp"
#include "model/cycle_summary.hpp"
#include "tests/support/bench_sets.hpp"
#include "tests/support/project_fixture.hpp"

using namespace assessa;
using namespace assessa::test;

TEST_CASE("Quartiles interpolate between order statistics (R type 7, QUARTILE.INC)", "[bench][statistics]") {
    SECTION("odd count") {
        // sorted 10 20 30 40 50 60 70 80 90; h = 8p: Q1 at 2 (30), median at 4 (50), Q3 at 6 (70)
        const auto d = distribution_of({90, 10, 50, 30, 70, 20, 80, 40, 60});
        REQUIRE(d);
        CHECK(d->count == 9);
        CHECK(d->min == 10);
        CHECK(d->q1 == Approx(30));
        CHECK(d->median == Approx(50));
        CHECK(d->q3 == Approx(70));
        CHECK(d->max == 90);
    }
    SECTION("even count") {
        // sorted 12 15 20 41 47 60; h = 5p: Q1 at 1.25 = 15 + 0.25*5 = 16.25; median at 2.5 =
        // 20 + 0.5*21 = 30.5; Q3 at 3.75 = 41 + 0.75*6 = 45.5
        const auto d = distribution_of({47, 12, 60, 20, 41, 15});
        REQUIRE(d);
        CHECK(d->count == 6);
        CHECK(d->q1 == Approx(16.25));
        CHECK(d->median == Approx(30.5));
        CHECK(d->q3 == Approx(45.5));
        CHECK(d->min == 12);
        CHECK(d->max == 60);
    }
    SECTION("exactly five, as the rule's minimum") {
        // sorted 31 45 52 68 90; h = 4p: Q1 at 1 (45), median at 2 (52), Q3 at 3 (68)
        const auto d = distribution_of({52, 90, 31, 68, 45});
        REQUIRE(d);
        CHECK(*d == Distribution{5, 31, 45, 52, 68, 90});
    }
    SECTION("repeated values") {
        // sorted 40 40 40 55 55 70 70; h = 6p: Q1 at 1.5 (40), median at 3 (55), Q3 at 4.5 = 55 + 0.5*15 = 62.5
        const auto d = distribution_of({55, 40, 70, 40, 55, 40, 70});
        REQUIRE(d);
        CHECK(d->q1 == Approx(40));
        CHECK(d->median == Approx(55));
        CHECK(d->q3 == Approx(62.5));
        const auto same = distribution_of({60, 60, 60, 60, 60});
        CHECK(*same == Distribution{5, 60, 60, 60, 60, 60});
    }
    SECTION("one value and none") {
        CHECK(*distribution_of({42}) == Distribution{1, 42, 42, 42, 42, 42});
        CHECK_FALSE(distribution_of({}));
    }
}

TEST_CASE("A score's quarter: Q1 and Q3 belong to the middle quarters, the median to the third", "[bench][statistics]") {
    const Distribution d{8, 10, 30, 50, 70, 90};
    CHECK(quarter_of(10, d) == BenchQuarter::lowest);
    CHECK(quarter_of(29.9, d) == BenchQuarter::lowest);
    CHECK(quarter_of(30, d) == BenchQuarter::second);
    CHECK(quarter_of(49.9, d) == BenchQuarter::second);
    CHECK(quarter_of(50, d) == BenchQuarter::third);
    CHECK(quarter_of(70, d) == BenchQuarter::third);
    CHECK(quarter_of(70.1, d) == BenchQuarter::highest);
    CHECK(quarter_of(100, d) == BenchQuarter::highest);
    const Distribution flat{5, 60, 60, 60, 60, 60};
    CHECK(quarter_of(60, flat) == BenchQuarter::third);
    CHECK(quarter_of(59, flat) == BenchQuarter::lowest);
    CHECK(quarter_of(61, flat) == BenchQuarter::highest);
}

TEST_CASE("Fewer than five institutions give no distribution, for the set and per node", "[bench][statistics]") {
    const auto fw = test_library().find("mini");
    REQUIRE(fw);
    SECTION("four institutions: nothing") {
        const BenchSet set = mini_bench_set({{10, 20}, {30, 40}, {50, 60}, {70, 80}});
        const auto overview = bench_overview(*fw, set);
        CHECK(overview.institutions == 4);
        CHECK(overview.too_few);
        CHECK(overview.nodes.empty());
        ScoreSheet own;
        own.nodes["1.1"] = 5;
        const auto c = compare_with_set(*fw, own, set);
        CHECK(c.too_few);
        CHECK(c.nodes.empty());
        CHECK(c.learning_candidates.empty());
    }
    SECTION("five institutions: shown") {
        const BenchSet set = mini_bench_set({{10, 20}, {30, 40}, {50, 60}, {70, 80}, {90, 100}});
        const auto overview = bench_overview(*fw, set);
        CHECK_FALSE(overview.too_few);
        REQUIRE(overview.nodes.size() == 4);  // 1, 1.1, 2, 2.1
        CHECK(overview.nodes[1].code == "1.1");
        REQUIRE(overview.nodes[1].distribution);
        CHECK(*overview.nodes[1].distribution == Distribution{5, 10, 30, 50, 70, 90});
        CHECK(overview.nodes[1].values == std::vector<double>{10, 30, 50, 70, 90});
    }
    SECTION("a node scored by only four of five: nothing for that node") {
        const BenchSet set = mini_bench_set({{10, 20}, {30, 40}, {50, 60}, {70, 80}, {90, std::nullopt}});
        const auto overview = bench_overview(*fw, set);
        CHECK_FALSE(overview.too_few);
        CHECK(overview.nodes[1].distribution);
        CHECK(overview.nodes[3].code == "2.1");
        CHECK(overview.nodes[3].institutions == 4);
        CHECK(overview.nodes[3].too_few());
        CHECK(overview.nodes[3].values.empty());
    }
}

TEST_CASE("A cycle's consensus is placed in the set's quarters and its lowest-quarter subcriteria listed", "[bench][statistics]") {
    ProjectFixture f;
    f.project->set_consensus_score(f.cycle, "1.1", "overall", 20);  // below Q1 (30)
    f.project->set_consensus_score(f.cycle, "2.1", "trends", 80);
    f.project->set_consensus_score(f.cycle, "2.1", "targets", 90);  // 85, above Q3 (80)
    const auto summary = summarize(*f.project, f.cycle);
    const BenchSet set = mini_bench_set({{10, 20}, {30, 40}, {50, 60}, {70, 80}, {90, 100}, {40, 50}});
    const auto fw = f.project->framework("mini");
    const auto c = compare_with_set(*fw, summary.consensus, set);
    CHECK(c.institutions == 6);
    CHECK_FALSE(c.too_few);
    REQUIRE(c.nodes.size() == 4);
    // 1.1: 10 30 40 50 70 90 -> Q1 at 1.25 = 32.5
    CHECK(c.nodes[1].stats.code == "1.1");
    CHECK(c.nodes[1].own == Approx(20));
    CHECK(c.nodes[1].stats.distribution->q1 == Approx(32.5));
    CHECK(c.nodes[1].quarter == BenchQuarter::lowest);
    // criterion 1 takes its subcriterion's score
    CHECK(c.nodes[0].stats.code == "1");
    CHECK(c.nodes[0].quarter == BenchQuarter::lowest);
    // 2.1: 20 40 50 60 80 100 -> Q3 at 3.75 = 60 + 0.75*20 = 75
    CHECK(c.nodes[3].own == Approx(85));
    CHECK(c.nodes[3].stats.distribution->q3 == Approx(75));
    CHECK(c.nodes[3].quarter == BenchQuarter::highest);
    // criteria are compared but not listed: only subcriteria are candidates for learning
    CHECK(c.learning_candidates == std::vector<std::string>{"1.1"});
}

TEST_CASE("The set's description names one type or mixed types and its years", "[bench][statistics]") {
    BenchSet set = mini_bench_set({{10, 20}, {30, 40}, {50, 60}, {70, 80}, {90, 100}});
    for (auto& s : set.submissions) s.profile.type = InstitutionType::social_services;
    const auto& en = Translator::for_language("en");
    CHECK(bench_set_types(set, en) == institution_type_label(InstitutionType::social_services, en));
    CHECK(bench_set_years(set) == "2025");
    set.submissions[2].profile.type = InstitutionType::education;
    set.submissions[3].year = 2024;
    CHECK(bench_set_types(set, en) == std::string("mixed types"));
    CHECK(bench_set_years(set) == "2024\u20132025");
    CHECK(bench_comparison_title(set, en) == "Compared with 5 institutions (mixed types, 2024\u20132025)");
}

TEST_CASE("The set used for a cycle is the newest imported of those on its framework version and method", "[bench][statistics]") {
    Cycle cycle;
    cycle.framework_id = "mini";
    cycle.framework_version = "1";
    cycle.method_id = "basic";
    std::vector<StoredBenchSet> sets(4);
    for (std::size_t i = 0; i < sets.size(); ++i) {
        sets[i].id = static_cast<Id>(i + 1);
        sets[i].set = mini_bench_set({});
    }
    sets[0].imported_at = "2026-01-01T10:00:00Z";
    sets[1].imported_at = "2026-03-01T10:00:00Z";
    sets[2].imported_at = "2026-05-01T10:00:00Z";
    sets[2].set.framework_version = "2";  // another version: never used for this cycle
    sets[3].imported_at = "2026-02-01T10:00:00Z";
    REQUIRE(bench_set_for(sets, cycle));
    CHECK(bench_set_for(sets, cycle)->id == 2);
    cycle.method_id = "other";
    CHECK_FALSE(bench_set_for(sets, cycle));
}
