#include <catch2/catch.hpp>

#include "frameworks/framework_library.hpp"
#include "frameworks/framework_loader.hpp"
#include "model/scoring.hpp"
#include "tests/support/test_support.hpp"

using namespace assessa;

namespace {

FrameworkPtr mini() {
    auto loaded = load_framework_file(test::data_dir() + "/frameworks/good/mini.xml");
    REQUIRE(loaded.ok());
    return loaded.value;
}

}  // namespace

TEST_CASE("A node score needs every phase of its panel", "[scoring]") {
    auto fw = mini();
    const Panel& simple = *fw->find_panel("simple");
    const Panel& two = *fw->find_panel("two-phase");
    CHECK(node_score(simple, {}) == std::nullopt);
    CHECK(*node_score(simple, {{"overall", 55}}) == Approx(55));
    CHECK(node_score(two, {{"trends", 40}}) == std::nullopt);  // incomplete: not averaged
    CHECK_FALSE(phases_complete(two, {{"trends", 40}}));
    CHECK(*node_score(two, {{"trends", 40}, {"targets", 61}}) == Approx(50.5));
}

TEST_CASE("CAF fine-tuned enablers: the subcriterion score is the mean of P, D, C and A", "[scoring]") {
    const auto lib = FrameworkLibrary::load_default();
    auto caf = lib.find("caf-2020");
    REQUIRE(caf);
    const Panel& p = *caf->panel_for(*caf->find("1.1"), "fine-tuned");
    const auto score = node_score(p, {{"plan", 40}, {"do", 55}, {"check", 30}, {"act", 20}});
    REQUIRE(score);
    CHECK(*score == Approx(36.25));
    CHECK(band_for_score(p, *score)->min == 31);
    const Panel& r = *caf->panel_for(*caf->find("6.2"), "fine-tuned");
    CHECK(*node_score(r, {{"trends", 70}, {"targets", 51}}) == Approx(60.5));
    // 70.5 rounds to 71 and so reaches the 71-90 band.
    CHECK(band_for_score(r, 70.5)->min == 71);
    CHECK(band_for_score(r, 70.4)->min == 51);
}

TEST_CASE("Scores aggregate to criteria, groups and overall, leaving out nodes without a score", "[scoring]") {
    auto fw = mini();
    auto sheet = aggregate_scores(*fw, {{"1.1", 55}, {"2.1", 50.5}});
    CHECK(*sheet.node("1") == Approx(55));
    CHECK(*sheet.node("2") == Approx(50.5));
    CHECK(*sheet.group("enablers") == Approx(55));
    CHECK(*sheet.group("results") == Approx(50.5));
    CHECK(*sheet.overall == Approx(52.75));

    auto partial = aggregate_scores(*fw, {{"2.1", 50.5}});
    CHECK(partial.node("1") == std::nullopt);
    CHECK(partial.group("enablers") == std::nullopt);
    CHECK(*partial.overall == Approx(50.5));

    auto none = aggregate_scores(*fw, {});
    CHECK(none.nodes.empty());
    CHECK(none.overall == std::nullopt);
}

TEST_CASE("CAF criterion scores are the mean of their subcriteria", "[scoring]") {
    const auto lib = FrameworkLibrary::load_default();
    auto caf = lib.find("caf-2020");
    // Criterion 3 has three subcriteria; 3.3 unscored.
    auto sheet = aggregate_scores(*caf, {{"3.1", 40}, {"3.2", 55}, {"6.1", 30}, {"6.2", 45}});
    CHECK(*sheet.node("3") == Approx(47.5));
    CHECK(*sheet.node("6") == Approx(37.5));
    CHECK(*sheet.group("enablers") == Approx(47.5));
    CHECK(*sheet.group("results") == Approx(37.5));
    CHECK(*sheet.overall == Approx(42.5));
}

TEST_CASE("Spread statistics of individual scores", "[scoring]") {
    CHECK(spread_of({}) == std::nullopt);
    auto s = spread_of({40, 55, 70, 70});
    REQUIRE(s);
    CHECK(s->count == 4);
    CHECK(s->mean == Approx(58.75));
    CHECK(s->median == Approx(62.5));
    CHECK(s->min == Approx(40));
    CHECK(s->max == Approx(70));
    CHECK(s->range == Approx(30));
    CHECK(s->stddev == Approx(12.4373).epsilon(1e-4));  // population: sqrt(618.75 / 4)
    auto one = spread_of({33});
    CHECK(one->stddev == Approx(0));
    CHECK(one->range == Approx(0));
}
