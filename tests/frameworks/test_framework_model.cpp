#include <catch2/catch.hpp>

#include "frameworks/framework_loader.hpp"
#include "tests/support/test_support.hpp"

using namespace assessa;
using namespace assessa::test;

TEST_CASE("Aggregations combine present values and report none for no values", "[frameworks]") {
    CHECK(aggregate(Aggregation::mean, {}) == std::nullopt);
    CHECK(*aggregate(Aggregation::mean, {10, 20, 60}) == Approx(30));
    CHECK(*aggregate(Aggregation::median, {60, 10, 20}) == Approx(20));
    CHECK(*aggregate(Aggregation::median, {10, 20, 30, 60}) == Approx(25));
    CHECK(*aggregate(Aggregation::min, {60, 10, 20}) == Approx(10));
    CHECK(*aggregate(Aggregation::max, {60, 10, 20}) == Approx(60));
}

TEST_CASE("Localized texts fall back to English, then to any language", "[frameworks][i18n]") {
    LocalizedText t;
    t.set("en", "Leadership");
    t.set("lt", "Lyderystė");
    CHECK(t.get("lt") == "Lyderystė");
    CHECK(t.get("lt_LT.UTF-8") == "Lyderystė");
    CHECK(t.get("zh") == "Leadership");
    LocalizedText only_lt;
    only_lt.set("lt", "Procesai");
    CHECK(only_lt.get("en") == "Procesai");
    CHECK(LocalizedText().get("en").empty());
}

TEST_CASE("A loaded framework answers questions about its tree and panels", "[frameworks]") {
    auto loaded = load_framework_file(data_dir() + "/frameworks/good/mini.xml");
    REQUIRE(loaded.ok());
    const Framework& fw = *loaded.value;
    CHECK(fw.id() == "mini");
    CHECK(fw.nodes().size() == 4);
    CHECK(fw.assessable_count() == 2);
    CHECK(fw.roots().size() == 2);
    const Node* n11 = fw.find("1.1");
    REQUIRE(n11);
    CHECK(n11->depth == 1);
    CHECK(fw.top_ancestor(*n11).code == "1");
    CHECK(fw.group_of(*n11)->id == "enablers");
    CHECK(n11->title.get("lt") == "Set direction");  // no Lithuanian title: English
    CHECK(fw.find("1")->title.get("lt") == "Vadovavimas");
    CHECK(n11->examples.size() == 1);
    CHECK(n11->examples[0].label == "a");

    const Panel* p = fw.panel_for(*n11, "basic");
    REQUIRE(p);
    CHECK(p->id == "simple");
    CHECK(p->band_for(50)->descriptor.get("en") == "Low");
    CHECK(p->band_for(51)->descriptor.get("en") == "High");
    CHECK(p->band_for(101) == nullptr);
    const Panel* p2 = fw.panel_for(*fw.find("2.1"), "basic");
    REQUIRE(p2);
    CHECK(p2->phases.size() == 2);
    CHECK(p2->band_for(70)->descriptor_for("trends").get("en") == "Rising");
    CHECK(p2->band_for(70)->descriptor_for("targets").get("en") == "Met");
    CHECK(fw.panel_for(*fw.find("1"), "basic") == nullptr);  // criteria are not assessable
    CHECK(fw.panel_for(*n11, "no-such-method") == nullptr);
}
