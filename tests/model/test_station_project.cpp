#include "model/cycle_summary.hpp"
#include "tests/support/project_fixture.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace assessa;
using assessa::test::ProjectFixture;

// A social-work station runs the individual-then-consensus workflow on its own framework
// (frameworks/data/social-work-station.xml): scores on the 1-5 maturity scale, combined by mean.

TEST_CASE("A station project is made with the maturity method by default", "[station][project]") {
    ProjectFixture f("social-work-station");
    const Cycle c = f.project->current_cycle();
    CHECK(c.framework_id == "social-work-station");
    CHECK(c.method_id == "maturity");
    const Panel* p = f.project->panel_for(c, "4.2");
    REQUIRE(p);
    CHECK(p->scale_min == 1);
    CHECK(p->scale_max == 5);
    CHECK(f.project->panel_for(c, "4") == nullptr);  // criteria are not scored directly
}

TEST_CASE("Station scores stay on the 1-5 scale", "[station][project]") {
    ProjectFixture f("social-work-station");
    const Id m = f.add_member("李红", MemberRole::facilitator);
    CHECK_THROWS_AS(f.project->set_score(f.cycle, m, "1.1", "overall", 0), InvalidEdit);
    CHECK_THROWS_AS(f.project->set_score(f.cycle, m, "1.1", "overall", 6), InvalidEdit);
    CHECK_THROWS_AS(f.project->set_consensus_score(f.cycle, "1.1", "overall", 50), InvalidEdit);
    f.project->set_score(f.cycle, m, "1.1", "overall", 5);
    f.project->set_score(f.cycle, m, "1.2", "overall", 1);
    f.reopen();
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.at("overall") == 5);
    CHECK(f.project->rating(f.cycle, m, "1.2").scores.at("overall") == 1);
}

TEST_CASE("Station individual and consensus scores aggregate on the maturity scale", "[station][project]") {
    ProjectFixture f("social-work-station");
    const Id a = f.add_member("李红", MemberRole::facilitator);
    const Id b = f.add_member("王建国");
    const Id c = f.add_member("张敏");
    // Individual scores on 4.2 (client satisfaction): 2, 3, 3.
    f.project->set_score(f.cycle, a, "4.2", "overall", 2);
    f.project->set_score(f.cycle, b, "4.2", "overall", 3);
    f.project->set_score(f.cycle, c, "4.2", "overall", 3);
    f.project->add_item(f.cycle, a, "4.2", NoteKind::afi, "问卷由责任社工本人发放");

    // Consensus: criterion 4 from 4.1-4.3, criterion 5 from 5.1 only (the others not yet agreed).
    const std::map<std::string, int> agreed = {{"4.1", 2}, {"4.2", 3}, {"4.3", 2}, {"5.1", 4}};
    for (const auto& [code, value] : agreed) f.project->set_consensus_score(f.cycle, code, "overall", value);
    f.reopen();

    const CycleSummary s = summarize(*f.project, f.cycle);
    const NodeSummary* n = s.node("4.2");
    REQUIRE(n);
    CHECK(n->individual.size() == 3);
    REQUIRE(n->spread);
    CHECK(n->spread->mean == Approx(8.0 / 3));
    CHECK(n->spread->min == 2);
    CHECK(n->spread->max == 3);
    CHECK(*n->consensus == Approx(3));

    REQUIRE(s.consensus.node("4"));
    CHECK(*s.consensus.node("4") == Approx(7.0 / 3));
    CHECK(*s.consensus.node("5") == Approx(4));
    CHECK_FALSE(s.consensus.node("1"));
    // The one group holds every criterion: its score is the overall score, the mean of the
    // criteria scored so far (4: 2.33, 5: 4).
    CHECK(*s.consensus.group("station-system") == Approx((7.0 / 3 + 4) / 2));
    CHECK(*s.consensus.overall == Approx((7.0 / 3 + 4) / 2));
    CHECK(s.consensus.overall_coverage.scored == 4);
    CHECK(s.consensus.overall_coverage.total == 15);
    CHECK(s.consensus_done == 4);
}

TEST_CASE("Station PDCA phases average into a score on the same scale", "[station][project]") {
    ProjectFixture f("social-work-station", "pdca");
    CHECK(f.project->current_cycle().method_id == "pdca");
    const Id a = f.add_member("陈晓燕");
    const std::map<std::string, int> phases = {{"plan", 4}, {"do", 3}, {"check", 2}, {"act", 1}};
    for (const auto& [phase, value] : phases) {
        f.project->set_score(f.cycle, a, "2.2", phase, value);
        f.project->set_consensus_score(f.cycle, "2.2", phase, value);
    }
    const CycleSummary s = summarize(*f.project, f.cycle);
    REQUIRE(s.node("2.2"));
    REQUIRE(s.node("2.2")->individual.size() == 1);
    CHECK(s.node("2.2")->individual[0] == Approx(2.5));
    CHECK(*s.consensus.node("2") == Approx(2.5));
}
