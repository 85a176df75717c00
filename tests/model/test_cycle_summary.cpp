#include <catch2/catch.hpp>

#include "model/cycle_summary.hpp"
#include "tests/support/project_fixture.hpp"

using namespace assessa;
using namespace assessa::test;

TEST_CASE("The cycle summary gives progress, spread, consensus scores and the disagreement agenda", "[summary]") {
    ProjectFixture f;
    auto& p = *f.project;
    const Id a = f.add_member("A"), b = f.add_member("B"), c = f.add_member("C"), d = f.add_member("D");
    // Node 1.1 (one phase): 40, 55, 70, and D has no opinion.
    p.set_score(f.cycle, a, "1.1", "overall", 40);
    p.set_score(f.cycle, b, "1.1", "overall", 55);
    p.set_score(f.cycle, c, "1.1", "overall", 70);
    p.set_no_opinion(f.cycle, d, "1.1", true);
    // Node 2.1 (trends, targets): A 50/50 -> 50, B 60/70 -> 65, C trends only (partial).
    p.set_score(f.cycle, a, "2.1", "trends", 50);
    p.set_score(f.cycle, a, "2.1", "targets", 50);
    p.set_score(f.cycle, b, "2.1", "trends", 60);
    p.set_score(f.cycle, b, "2.1", "targets", 70);
    p.set_score(f.cycle, c, "2.1", "trends", 90);
    // Consensus on 1.1 only; 2.1 has one phase agreed, so no consensus score yet.
    p.set_consensus_score(f.cycle, "1.1", "overall", 55);
    p.set_consensus_score(f.cycle, "2.1", "trends", 60);

    const auto s = summarize(p, f.cycle);
    REQUIRE(s.nodes.size() == 2);
    const auto& n11 = *s.node("1.1");
    CHECK(n11.completed == 4);
    CHECK(n11.no_opinion == 1);
    CHECK(n11.partial == 0);
    REQUIRE(n11.spread);
    CHECK(n11.spread->count == 3);
    CHECK(n11.spread->mean == Approx(55));
    CHECK(n11.spread->median == Approx(55));
    CHECK(n11.spread->range == Approx(30));
    CHECK(n11.spread->stddev == Approx(12.2474).epsilon(1e-4));  // sqrt(450 / 3)
    CHECK(*n11.consensus == Approx(55));

    const auto& n21 = *s.node("2.1");
    CHECK(n21.completed == 2);
    CHECK(n21.partial == 1);
    CHECK(n21.individual == std::vector<double>{50, 65});
    CHECK(n21.spread->stddev == Approx(7.5));
    CHECK(n21.consensus == std::nullopt);

    CHECK(s.consensus_done == 1);
    CHECK(*s.consensus.node("1") == Approx(55));
    CHECK(s.consensus.node("2") == std::nullopt);
    CHECK(*s.consensus.overall == Approx(55));
    CHECK(s.agenda == std::vector<std::string>{"1.1", "2.1"});

    REQUIRE(s.members.size() == 4);
    CHECK(s.members[0].completed == 2);  // A
    CHECK(s.members[2].completed == 1);  // C: 1.1 done, 2.1 partial
    CHECK(s.members[3].completed == 1);  // D: no opinion counts as done
    CHECK(s.members[3].total == 2);
    REQUIRE(s.criteria.size() == 2);
    CHECK(s.criteria[0].ratings_done == 4);
    CHECK(s.criteria[0].ratings_total == 4);
    CHECK(s.criteria[0].with_consensus == 1);
    CHECK(s.criteria[1].ratings_done == 2);
}

TEST_CASE("Nodes with fewer than two scores go to the end of the agenda", "[summary]") {
    ProjectFixture f;
    auto& p = *f.project;
    const Id a = f.add_member("A"), b = f.add_member("B");
    p.set_score(f.cycle, a, "1.1", "overall", 40);
    p.set_score(f.cycle, a, "2.1", "trends", 20);
    p.set_score(f.cycle, a, "2.1", "targets", 20);
    p.set_score(f.cycle, b, "2.1", "trends", 22);
    p.set_score(f.cycle, b, "2.1", "targets", 22);
    CHECK(summarize(p, f.cycle).agenda == std::vector<std::string>{"2.1", "1.1"});
}

TEST_CASE("Cycles compare by consensus score per node and criterion", "[summary]") {
    ProjectFixture f;
    auto& p = *f.project;
    p.set_consensus_score(f.cycle, "1.1", "overall", 40);
    p.set_consensus_score(f.cycle, "2.1", "trends", 30);
    p.set_consensus_score(f.cycle, "2.1", "targets", 40);
    const Id next = p.add_cycle("2028", "mini", "basic");
    p.set_consensus_score(next, "1.1", "overall", 55);
    const auto before = summarize(p, f.cycle), after = summarize(p, next);
    const auto deltas = compare_cycles(*p.framework("mini"), before.consensus, after.consensus);
    REQUIRE(deltas.size() == 4);  // 1, 1.1, 2, 2.1
    CHECK(deltas[0].code == "1");
    CHECK(*deltas[0].delta() == Approx(15));
    CHECK(deltas[1].code == "1.1");
    CHECK(*deltas[1].delta() == Approx(15));
    CHECK(deltas[3].code == "2.1");
    CHECK(*deltas[3].previous == Approx(35));
    CHECK(deltas[3].current == std::nullopt);
    CHECK(deltas[3].delta() == std::nullopt);
}

TEST_CASE("Partial consensus scores say how many subcriteria they rest on", "[summary][partial]") {
    ProjectFixture f("caf-2020", "classical");
    f.project->set_consensus_score(f.cycle, "1.1", "overall", 40);
    f.project->set_consensus_score(f.cycle, "1.2", "overall", 52);
    auto s = summarize(*f.project, f.cycle);
    CHECK(s.consensus.overall_coverage == Coverage{2, 28});
    CHECK(s.consensus.coverage_of_node("1") == Coverage{2, 4});
    CHECK(s.consensus.coverage_of_node("2") == Coverage{0, 4});
    CHECK(s.consensus.coverage_of_node("1.1") == Coverage{1, 1});
    CHECK(s.consensus.coverage_of_node("1.3") == Coverage{0, 1});
    CHECK(s.consensus.coverage_of_group("enablers") == Coverage{2, 20});
    CHECK(s.consensus.coverage_of_group("results") == Coverage{0, 8});
    CHECK(format_score_coverage(s.consensus.overall, s.consensus.overall_coverage, "en") ==
          "46.0 (based on 2 of 28 subcriteria)");
    CHECK(format_score_coverage(s.consensus.node("1.1"), s.consensus.coverage_of_node("1.1"), "en") == "40.0");
    CHECK(format_score_coverage(s.consensus.node("2"), s.consensus.coverage_of_node("2"), "en") == "–");
    const Translator lt = Translator::for_language("lt");
    CHECK(format_score_coverage(s.consensus.overall, s.consensus.overall_coverage, "lt", lt).rfind("46,0 (", 0) == 0);

    for (const auto& n : {"1.3", "1.4"}) f.project->set_consensus_score(f.cycle, n, "overall", 60);
    s = summarize(*f.project, f.cycle);
    CHECK_FALSE(s.consensus.coverage_of_node("1").partial());
    CHECK(format_score_coverage(s.consensus.node("1"), s.consensus.coverage_of_node("1"), "en") == "53.0");
    CHECK(s.consensus.overall_coverage.partial());
}
