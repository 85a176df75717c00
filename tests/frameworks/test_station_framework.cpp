#include <catch2/catch.hpp>

#include "frameworks/framework_library.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace assessa;

// The bundled framework for a social-work station's training and supervision system
// (frameworks/data/social-work-station.xml): five criteria, a 1-5 maturity scale for
// self-assessment and peer assessment, and 4.2 as the node a client satisfaction survey serves.

namespace {

const FrameworkLibrary& bundled() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

FrameworkPtr station() {
    auto f = bundled().find("social-work-station");
    REQUIRE(f);
    return f;
}

}  // namespace

TEST_CASE("The station framework loads from the bundled library without problems", "[frameworks][bundled][station]") {
    for (const auto& p : bundled().problems()) FAIL(p.to_string());
    const auto f = station();
    CHECK(f->version() == "2026");
    CHECK(f->source_path().find("social-work-station.xml") != std::string::npos);
    CHECK(f->title().get("zh") == "社工站培训与督导体系");
    // It stands alone: no mapping to or from it.
    CHECK(bundled().mappings_from("social-work-station").empty());
}

TEST_CASE("The station framework has the five criteria of a station's training and supervision system",
          "[frameworks][bundled][station]") {
    const auto f = station();
    const std::vector<std::pair<std::string, std::string>> criteria = {
        {"1", "培训体系"}, {"2", "督导"}, {"3", "组织与保障"}, {"4", "效果评估"}, {"5", "激励与约束"}};
    const auto roots = f->roots();
    REQUIRE(roots.size() == criteria.size());
    for (std::size_t i = 0; i < roots.size(); ++i) {
        const Node& c = f->nodes()[roots[i]];
        INFO(c.code);
        CHECK(c.code == criteria[i].first);
        CHECK(c.title.get("zh") == criteria[i].second);
        CHECK(c.kind == "criterion");
        CHECK_FALSE(c.assessable);
    }
    std::size_t subcriteria = 0;
    for (const auto& n : f->nodes()) {
        if (n.depth == 0) continue;
        INFO(n.code);
        ++subcriteria;
        CHECK(n.assessable);
        CHECK(n.kind == "subcriterion");
        CHECK(n.examples.size() >= 3);
        CHECK(n.examples.size() <= 5);
        for (const auto& e : n.examples) {
            CHECK(e.text.has("en"));
            CHECK(e.text.has("zh"));
        }
    }
    CHECK(subcriteria == f->assessable_count());
    for (auto i : roots) {
        std::size_t children = 0;
        for (const auto& n : f->nodes())
            if (n.code.rfind(f->nodes()[i].code + ".", 0) == 0) ++children;
        INFO(f->nodes()[i].code);
        CHECK(children >= 2);
        CHECK(children <= 4);
    }
}

TEST_CASE("Station subcriterion 4.2 is the clients' experience of the service", "[frameworks][bundled][station]") {
    const auto f = station();
    const Node* n = f->find("4.2");
    REQUIRE(n);
    CHECK(n->assessable);
    CHECK(n->title.get("en") == "Service quality as experienced by clients");
    CHECK(n->title.get("zh") == "服务对象感受到的服务质量");
    CHECK(n->guidance.get("en").find("satisfaction") != std::string::npos);
    REQUIRE(f->panel_for(*n, "maturity"));
}

TEST_CASE("The station framework scores on a 1-5 maturity scale, or by PDCA phases", "[frameworks][bundled][station]") {
    const auto f = station();
    REQUIRE(f->groups().size() == 1);
    CHECK(f->groups()[0].node_codes == std::vector<std::string>{"1", "2", "3", "4", "5"});
    REQUIRE(f->methods().size() == 2);
    CHECK(f->methods()[0].id == "maturity");  // a new project's default
    CHECK(f->methods()[1].id == "pdca");
    const Panel* maturity = f->panel_for(*f->find("1.1"), "maturity");
    REQUIRE(maturity);
    CHECK(maturity->scale_min == 1);
    CHECK(maturity->scale_max == 5);
    REQUIRE(maturity->phases.size() == 1);
    REQUIRE(maturity->bands.size() == 5);
    const std::vector<std::string> levels = {"未开展", "有计划", "已实施", "有检查", "持续改进并分享"};
    for (int level = 1; level <= 5; ++level) {
        const Band* b = maturity->band_for(level);
        REQUIRE(b);
        INFO(level);
        CHECK(b->min == level);
        CHECK(b->max == level);
        CHECK(b->label.get("zh") == levels[static_cast<std::size_t>(level - 1)]);
        CHECK(b->descriptor.has("en"));
        CHECK(b->descriptor.has("zh"));
    }
    const Panel* pdca = f->panel_for(*f->find("5.3"), "pdca");
    REQUIRE(pdca);
    REQUIRE(pdca->phases.size() == 4);
    CHECK(pdca->phases[0].id == "plan");
    CHECK(pdca->phases[3].id == "act");
    CHECK(pdca->scale_min == 1);
    CHECK(pdca->scale_max == 5);
}

TEST_CASE("A method's scale is the one its panels share", "[frameworks][bundled][station]") {
    const auto f = station();
    CHECK(f->method_scale("maturity") == std::pair{1, 5});
    CHECK(f->method_scale("pdca") == std::pair{1, 5});
    CHECK(f->method_scale("classical") == std::nullopt);  // CAF's, not the station's
    const auto caf = bundled().find("caf-2020");
    REQUIRE(caf);
    CHECK(caf->method_scale("fine-tuned") == std::pair{0, 100});
}
