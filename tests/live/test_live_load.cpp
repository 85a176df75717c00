#include <catch2/catch.hpp>

#include "model/cycle_summary.hpp"
#include "tests/live/live_load.hpp"
#include "tests/support/project_fixture.hpp"

#include <fmt/format.h>

using namespace assessa;
using namespace assessa::test;

namespace {

// Distinct secrets for many devices (the shared predictable ones repeat after six).
std::function<std::string()> counting_secrets() {
    auto n = std::make_shared<int>(0);
    return [n] { return fmt::format("{:064x}", ++*n); };
}

void add_members(ProjectFixture& f, int n) {
    for (int i = 0; i < n; ++i) f.add_member(fmt::format("Member {:02}", i + 1));
}

}  // namespace

TEST_CASE("Live load: 30 devices score every subcriterion with notes through drops and resends, nothing lost or doubled",
          "[live][load]") {
    constexpr int devices = 30;
    ProjectFixture live("caf-2020", "classical");
    add_members(live, devices);
    LiveSession session(*live.project, live.cycle, counting_secrets());
    LiveServer server(session, {});
    const int port = server.start();
    const LoadResult result = run_load(server, session, port, devices, 2026, 8);
    server.stop();

    // The same data entered directly, in a project of its own.
    ProjectFixture direct("caf-2020", "classical");
    add_members(direct, devices);
    const auto live_group = live.project->cycle_members(live.cycle);
    const auto direct_group = direct.project->cycle_members(direct.cycle);
    std::size_t edits = 0;
    for (int d = 0; d < devices; ++d) {
        const Id live_member = live_group[static_cast<std::size_t>(d)].id;
        const Id direct_member = direct_group[static_cast<std::size_t>(d)].id;
        for (const LoadEdit& e : load_edits(*live.project, live.cycle, d)) {
            ++edits;
            if (e.phase.empty()) direct.project->add_item(direct.cycle, direct_member, e.node, NoteKind::afi, e.text);
            else direct.project->set_score(direct.cycle, direct_member, e.node, e.phase, e.value);
        }
        // Every acknowledged edit is in the file, once.
        for (const auto& r : direct.project->ratings(direct.cycle)) {
            if (r.member_id != direct_member) continue;
            const Rating got = live.project->rating(live.cycle, live_member, r.node_code);
            CHECK(got.scores == r.scores);
            REQUIRE(got.items.size() == 1);
            CHECK(got.items[0].text == r.items[0].text);
        }
    }
    CHECK(result.acknowledged == edits);
    CHECK(result.resent > 0);
    CHECK(result.reconnects > 0);

    live.reopen();  // what the file holds, not what the connection cached
    const CycleSummary a = summarize(*live.project, live.cycle);
    const CycleSummary b = summarize(*direct.project, direct.cycle);
    REQUIRE(a.nodes.size() == 28);
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        INFO(a.nodes[i].code);
        CHECK(a.nodes[i].individual == b.nodes[i].individual);
        CHECK(a.nodes[i].completed == devices);
        REQUIRE(a.nodes[i].spread);
        REQUIRE(b.nodes[i].spread);
        CHECK(a.nodes[i].spread->mean == b.nodes[i].spread->mean);
        CHECK(a.nodes[i].spread->median == b.nodes[i].spread->median);
        CHECK(a.nodes[i].spread->stddev == b.nodes[i].spread->stddev);
    }
    CHECK(a.agenda == b.agenda);
}
