#include <catch2/catch.hpp>

#include "exports/demo_project.hpp"
#include "model/iso_view.hpp"
#include "tests/support/test_support.hpp"

#include <memory>

using namespace assessa;
using namespace assessa::test;

namespace {

Node clause(const std::string& code, int depth, std::optional<std::size_t> parent) {
    Node n;
    n.code = code;
    n.kind = "clause";
    n.depth = depth;
    n.parent = parent;
    return n;
}

// Clauses A (A.1 with A.1.1, A.10, A.2) and B (B.1).
FrameworkPtr small_iso() {
    Framework::Data d;
    d.id = "iso-test";
    d.nodes = {clause("A", 0, std::nullopt), clause("A.1", 1, 0), clause("A.1.1", 2, 1), clause("A.10", 1, 0),
               clause("A.2", 1, 0),          clause("B", 0, std::nullopt), clause("B.1", 1, 5)};
    return std::make_shared<Framework>(std::move(d));
}

MappingPtr mapping(std::vector<MappingLink> links, bool official = false) {
    Mapping::Data d;
    d.id = "caf--iso-test";
    d.source_id = "caf";
    d.target_id = "iso-test";
    d.official = official;
    d.links = std::move(links);
    return std::make_shared<Mapping>(std::move(d));
}

ScoreSheet scores(std::map<std::string, double, std::less<>> nodes) {
    ScoreSheet s;
    s.nodes = std::move(nodes);
    return s;
}

}  // namespace

TEST_CASE("in_clause matches a clause and its sub-clauses only", "[iso_view]") {
    CHECK(in_clause("7.1", "7.1"));
    CHECK(in_clause("7.1.5", "7.1"));
    CHECK(in_clause("7.1.5", "7"));
    CHECK_FALSE(in_clause("7.10", "7.1"));
    CHECK_FALSE(in_clause("7", "7.1"));
    CHECK_FALSE(in_clause("8.1", "7"));
}

TEST_CASE("a clause without links is a gap, one partial link is weak coverage", "[iso_view]") {
    const auto view = iso_view(mapping({{"3.1", "B.1", Strength::partial, {}}}), small_iso(), scores({{"3.1", 60}}));
    REQUIRE(view.clauses.size() == 7);
    CHECK_FALSE(view.official());

    const auto* a2 = view.find("A.2");
    REQUIRE(a2);
    CHECK(a2->state == IsoCoverage::none);
    CHECK(a2->links.empty());
    CHECK(a2->coverage == 0);
    CHECK_FALSE(a2->weighted_score);

    const auto* b1 = view.find("B.1");
    REQUIRE(b1);
    CHECK(b1->state == IsoCoverage::weak);
    CHECK(b1->coverage == Approx(0.5));
    REQUIRE(b1->weighted_score);
    CHECK(*b1->weighted_score == Approx(60));
    REQUIRE(b1->links.size() == 1);
    CHECK(b1->links[0].node == "3.1");
    CHECK(b1->links[0].strength == Strength::partial);

    const auto gaps = view.top_clauses_with(IsoCoverage::none);
    REQUIRE(gaps.size() == 3);  // A.1, A.10, A.2: depth 1 only
    CHECK(gaps[0]->code == "A.1");
    CHECK(gaps[1]->code == "A.10");
    CHECK(gaps[2]->code == "A.2");
}

TEST_CASE("the weighted score weighs each consensus score by its link strength", "[iso_view]") {
    const auto view = iso_view(mapping({{"1.1", "A.1", Strength::strong, {}},
                                        {"2.1", "A.1.1", Strength::partial, {}},
                                        {"2.2", "A.1.1", Strength::weak, {}},  // no consensus score: coverage only
                                        {"4.1", "A.10", Strength::strong, {}}},
                                       true),
                               small_iso(), scores({{"1.1", 80}, {"2.1", 40}, {"4.1", 10}}));
    CHECK(view.official());

    const auto* a1 = view.find("A.1");
    REQUIRE(a1);
    CHECK(a1->links.size() == 3);  // its own and its sub-clause's, not A.10's
    CHECK(a1->coverage == Approx(1.75));
    CHECK(a1->state == IsoCoverage::covered);
    REQUIRE(a1->weighted_score);
    CHECK(*a1->weighted_score == Approx((80 * 1.0 + 40 * 0.5) / 1.5));
    CHECK(a1->links[1].target == "A.1.1");
    REQUIRE(a1->links[2].node == "2.2");
    CHECK_FALSE(a1->links[2].score);

    const auto* a11 = view.find("A.1.1");
    REQUIRE(a11);
    CHECK(a11->state == IsoCoverage::weak);  // 0.5 + 0.25
    CHECK(a11->coverage == Approx(0.75));
    CHECK(*a11->weighted_score == Approx(40));

    const auto* a = view.find("A");
    REQUIRE(a);
    CHECK(a->depth == 0);
    CHECK(a->links.size() == 4);
    CHECK(*a->weighted_score == Approx((80 * 1.0 + 40 * 0.5 + 10 * 1.0) / 2.5));

    const auto* b = view.find("B");
    REQUIRE(b);
    CHECK(b->state == IsoCoverage::none);
}

TEST_CASE("actions touch the clauses they name and those clauses' parents", "[iso_view]") {
    auto view = iso_view(mapping({{"1.1", "A.1", Strength::strong, {}}}), small_iso(), scores({}));
    PlanContext ctx;
    ctx.iso_framework = view.iso;
    ImprovementAction named;
    named.id = 7;
    named.iso_clauses = std::vector<std::string>{"A.1.1"};
    ImprovementAction other;
    other.id = 9;
    other.iso_clauses = std::vector<std::string>{"B.1", "A.10"};
    add_actions(view, {named, other}, ctx);

    CHECK(view.find("A.1.1")->actions == std::vector<Id>{7});
    CHECK(view.find("A.1")->actions == std::vector<Id>{7});
    CHECK(view.find("A")->actions == std::vector<Id>{7, 9});
    CHECK(view.find("A.10")->actions == std::vector<Id>{9});
    CHECK(view.find("A.2")->actions.empty());
    CHECK(view.find("B")->actions == std::vector<Id>{9});
}

TEST_CASE("the ISO view of the demo project", "[iso_view]") {
    TempDir dir;
    FrameworkLibrary library = FrameworkLibrary::load_default();
    auto project = write_demo_project(dir.file("demo.assessa"), library, "en");
    const CycleSummary summary = summarize(*project, project->current_cycle().id);
    const auto view = iso_view(*project, summary);
    REQUIRE(view);
    REQUIRE(view->iso);
    CHECK_FALSE(view->official());  // no official CAF-ISO mapping exists
    CHECK(view->clauses.size() == view->iso->nodes().size());

    // 5.3 Roles and responsibilities: CAF 1.2, strongly.
    const auto* c53 = view->find("5.3");
    REQUIRE(c53);
    REQUIRE(c53->links.size() == 1);
    CHECK(c53->links[0].node == "1.2");
    CHECK(c53->state == IsoCoverage::covered);
    REQUIRE(summary.consensus.node("1.2"));
    REQUIRE(c53->weighted_score);
    CHECK(*c53->weighted_score == Approx(*summary.consensus.node("1.2")));

    // ISO 8.7 has little CAF counterpart: one weak link.
    CHECK(view->find("8.7")->state == IsoCoverage::weak);
    // Sub-clauses nothing maps to are gaps.
    CHECK(view->find("5.2.1")->state == IsoCoverage::none);

    // Action A-02 answers an AFI of 1.2, which maps strongly to 5.3.
    Id a02 = 0;
    for (const auto& a : project->actions(summary.cycle.id))
        if (a.code == "A-02") a02 = a.id;
    REQUIRE(a02 != 0);
    CHECK(std::count(c53->actions.begin(), c53->actions.end(), a02) == 1);
    CHECK(std::count(view->find("5")->actions.begin(), view->find("5")->actions.end(), a02) == 1);
    CHECK(std::count(view->find("4.3")->actions.begin(), view->find("4.3")->actions.end(), a02) == 0);
}
