#include <catch2/catch.hpp>

#include "exports/demo_project.hpp"
#include "exports/exchange_format.hpp"
#include "exports/packet_export.hpp"
#include "exports/packet_import.hpp"
#include "model/cycle_summary.hpp"
#include "model/next_cycle.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/test_support.hpp"

#include <algorithm>
#include <fstream>

using namespace assessa;
using namespace assessa::test;

namespace {

const FrameworkLibrary& library() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

// Three open actions of 2026 with some progress reported, one done: the demo plan as a year on.
std::vector<ImprovementAction> report_progress(Project& p, Id cycle) {
    auto actions = p.actions(cycle);
    REQUIRE(actions.size() >= 5);
    p.set_action_status(actions[0].id, ActionStatus::done, 100, "Finished", "Rūta", "2027-06-30");
    p.set_action_status(actions[1].id, ActionStatus::in_progress, 40, "Half way", "Rūta", "2027-05-02");
    p.set_action_status(actions[2].id, ActionStatus::cancelled, 0, "Not needed", "Rūta", "2027-03-01");
    return p.actions(cycle);
}

struct Snapshot {
    std::vector<Rating> ratings;
    std::vector<Consensus> consensus;
    std::vector<ImprovementAction> actions;
    std::vector<Member> group;
    Cycle cycle;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const Project& p, Id cycle) {
    return {p.ratings(cycle), p.consensus_all(cycle), p.actions(cycle), p.cycle_members(cycle), p.cycle(cycle)};
}

}  // namespace

TEST_CASE("The next cycle after the demo's 2026 starts empty with the group carried over", "[cycles][next]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const Cycle y2026 = cycle_named(*p, "2026");
    report_progress(*p, y2026.id);
    const Snapshot before = snapshot(*p, y2026.id);
    const auto group = p->cycle_members(y2026.id);
    REQUIRE(group.size() == 10);

    NextCycle next;
    next.label = "2028";
    next.starts_on = "2028-10-02";
    next.leaving = {group[3].id, group[7].id};
    next.joining = {Member{0, "Aistė Jonaitienė", MemberRole::member, std::nullopt, ""},
                    Member{0, "Paulius Vaitkus", MemberRole::member, group[3].department_id, "paulius@vejupis.lt"}};
    next.new_roles = {{group[5].id, MemberRole::facilitator}};
    const Id id = start_next_cycle(*p, next);

    const Cycle c = p->cycle(id);
    CHECK(p->current_cycle().id == id);
    CHECK(p->previous_cycle(id)->label == "2026");
    CHECK(c.started_on == "2028-10-02");
    CHECK(c.method_id == y2026.method_id);
    CHECK(c.framework_id == y2026.framework_id);
    CHECK_FALSE(c.members_see_previous_consensus);
    CHECK(p->ratings(id).empty());
    CHECK(p->consensus_all(id).empty());
    CHECK_FALSE(p->plan(id).has_value());

    const auto now = p->cycle_members(id);
    REQUIRE(now.size() == 10);
    for (const auto& m : now) {
        CHECK(m.id != group[3].id);
        CHECK(m.id != group[7].id);
    }
    CHECK(std::count_if(now.begin(), now.end(), [](const Member& m) { return m.name == "Aistė Jonaitienė"; }) == 1);
    CHECK(std::find_if(now.begin(), now.end(), [&](const Member& m) { return m.id == group[5].id; })->role ==
          MemberRole::facilitator);
    CHECK(p->members().size() == 12);  // those who left stay in 2026's group with their ratings

    // The new role holds from 2028 on; in 2026 the member keeps the role they had then.
    CHECK(snapshot(*p, y2026.id) == before);
    const auto members = p->members();
    CHECK(std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == group[5].id; })->role ==
          MemberRole::facilitator);
    const auto old_summary = summarize(*p, y2026.id);
    CHECK(old_summary.members.size() == 10);
    CHECK(summarize(*p, id).members.size() == 10);
}

TEST_CASE("Open actions of 2026 adopted into the 2028 plan keep their history and a link", "[cycles][next][plan]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const Cycle y2026 = cycle_named(*p, "2026");
    const auto actions = report_progress(*p, y2026.id);
    const auto achieved = plan_achievement(*p, y2026.id);
    const auto in_progress = static_cast<std::size_t>(std::count_if(
        actions.begin(), actions.end(), [](const auto& a) { return a.status == ActionStatus::in_progress; }));
    CHECK(in_progress >= 1);  // the one reported above, and any the demo had
    // The demo's plan is followed through three reviews in 2027: some actions are done already.
    const auto done = static_cast<std::size_t>(
        std::count_if(actions.begin(), actions.end(), [](const auto& a) { return a.status == ActionStatus::done; }));
    CHECK(done >= 1);  // the one reported above, and those the demo's reviews found done
    CHECK(achieved.done == done);
    CHECK(achieved.in_progress == in_progress);
    CHECK(achieved.cancelled == 1);
    CHECK(achieved.not_started == actions.size() - 1 - done - in_progress);
    REQUIRE(achieved.open.size() == actions.size() - 1 - done);
    CHECK(achieved.open[0].id == actions[1].id);

    NextCycle next;
    next.label = "2028";
    next.starts_on = "2028-10-02";
    next.adopt = {achieved.open[0].id, achieved.open[2].id, achieved.open[1].id};
    const Id id = start_next_cycle(*p, next);

    const auto plan = p->plan(id);
    REQUIRE(plan);
    CHECK(plan->starts_on == "2028-10-02");
    CHECK(plan->horizon_years == p->plan(y2026.id)->horizon_years);
    const auto adopted = p->actions(id);
    REQUIRE(adopted.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        const ImprovementAction& from = *std::find_if(actions.begin(), actions.end(),
                                                      [&](const auto& a) { return a.id == next.adopt[i]; });
        const ImprovementAction& a = adopted[i];
        REQUIRE(a.adopted_from);
        CHECK(a.adopted_from->cycle_id == y2026.id);
        CHECK(a.adopted_from->code == from.code);
        CHECK(a.code == from.code);
        CHECK(a.title == from.title);
        CHECK(a.status == from.status);
        CHECK(a.progress == from.progress);
        CHECK(a.afi_ids.empty());
        CHECK(a.objective_ids.empty());  // the strategic objectives are the 2026 cycle's
        CHECK((a.check_on.empty() || a.check_on >= a.starts_on));
        CHECK(a.starts_on >= "2028-10-02");
        CHECK(a.due_on >= a.starts_on);
        REQUIRE(a.history.size() == from.history.size() + 1);
        for (std::size_t h = 0; h < from.history.size(); ++h) {
            CHECK(a.history[h].changed_on == from.history[h].changed_on);
            CHECK(a.history[h].status == from.history[h].status);
            CHECK(a.history[h].comment == from.history[h].comment);
        }
        CHECK(a.history.back().comment == "Carried on from action " + from.code + " of cycle 2026");
    }
    CHECK(adopted[0].status == ActionStatus::in_progress);
    CHECK(adopted[0].progress == 40);
    // 2026's plan is untouched.
    CHECK(p->actions(y2026.id) == actions);

    SECTION("a done or cancelled action, or one of another cycle, cannot be adopted") {
        NextCycle again;
        again.label = "2030";
        again.starts_on = "2030-10-01";
        again.adopt = {actions[0].id};
        CHECK_THROWS_WITH(start_next_cycle(*p, again), Catch::Contains("is not an open action of the plan of cycle 2028"));
        CHECK(p->cycles().size() == 3);
    }
}

TEST_CASE("The label suggested after a year is two years on", "[cycles][next]") {
    CHECK(suggested_next_label("2026") == "2028");
    CHECK(suggested_next_label("2099") == "2101");
    CHECK(suggested_next_label("Spring 2026").empty());
    CHECK(suggested_next_label("20266").empty());
}

TEST_CASE("A next cycle is refused when it would not come after the newest", "[cycles][next][bad]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const auto group = p->cycle_members(p->current_cycle().id);
    NextCycle next;
    next.label = "2028";
    next.starts_on = "2025-01-01";
    CHECK_THROWS_WITH(start_next_cycle(*p, next),
                      Catch::Contains("the next cycle must start after cycle 2026, which started on 2026-10-05"));
    next.starts_on = "2028-13-01";
    CHECK_THROWS_WITH(start_next_cycle(*p, next), Catch::Contains("is not a date"));
    next.starts_on = "2028-10-01";
    next.label = "2024";
    CHECK_THROWS_WITH(start_next_cycle(*p, next), Catch::Contains("there is already a cycle named \"2024\""));
    next.label = "2028";
    next.method_id = "rough";
    CHECK_THROWS_WITH(start_next_cycle(*p, next), Catch::Contains("has no scoring method \"rough\""));
    next.method_id.clear();
    next.joining = {Member{0, group[0].name, MemberRole::member, std::nullopt, ""}};
    CHECK_THROWS_WITH(start_next_cycle(*p, next), Catch::Contains("there is already a group member named"));
    CHECK(p->cycles().size() == 2);
    CHECK(p->members().size() == 10);
}

TEST_CASE("2028 is compared with 2026 once it has consensus on some subcriteria", "[cycles][next][summary]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const Cycle y2026 = cycle_named(*p, "2026");
    NextCycle next;
    next.label = "2028";
    next.starts_on = "2028-10-02";
    const Id id = start_next_cycle(*p, next);
    for (const auto& phase : {"plan", "do", "check", "act"}) p->set_consensus_score(id, "1.1", phase, 80);
    for (const auto& phase : {"trends", "targets"}) p->set_consensus_score(id, "6.2", phase, 30);

    const auto fw = p->framework(y2026.framework_id);
    const auto before = summarize(*p, y2026.id);
    const auto now = summarize(*p, id);
    CHECK(now.consensus_done == 2);
    const auto deltas = compare_cycles(*fw, before.consensus, now.consensus);
    auto delta = [&](const std::string& code) {
        return *std::find_if(deltas.begin(), deltas.end(), [&](const ScoreDelta& x) { return x.code == code; });
    };
    CHECK(*delta("1.1").current == Approx(80));
    CHECK(*delta("1.1").delta() == Approx(80 - *before.consensus.node("1.1")));
    CHECK(*delta("6.2").delta() == Approx(30 - *before.consensus.node("6.2")));
    CHECK_FALSE(delta("3.1").current.has_value());
    CHECK_FALSE(delta("3.1").delta().has_value());
}

TEST_CASE("Adopted-action links, groups, corrections and the consensus switch round-trip through exchange files",
          "[cycles][exchange]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "lt");
    const Cycle y2026 = cycle_named(*p, "2026");
    const auto group = p->cycle_members(y2026.id);
    const auto achieved = plan_achievement(*p, y2026.id);
    NextCycle next;
    next.label = "2028";
    next.starts_on = "2028-10-02";
    next.leaving = {group[2].id};
    next.joining = {Member{0, "Aistė Jonaitienė", MemberRole::member, std::nullopt, ""}};
    next.adopt = {achieved.open[0].id, achieved.open[1].id, achieved.open[2].id};
    next.members_see_previous_consensus = true;
    next.new_roles = {{group[0].id, MemberRole::member}, {group[4].id, MemberRole::facilitator}};
    REQUIRE(group[0].role == MemberRole::facilitator);
    const Id id = start_next_cycle(*p, next);
    CHECK(p->cycle(id).members_see_previous_consensus);
    p->record_correction(y2026.id, {0, "2028-11-03", "Rūta", "Score of 1.1 entered as 40, corrected to 45"});
    p->record_correction(y2026.id, {0, "2028-11-04", "", "Dissent note\nof 2.1 restored"});

    const std::string xml = export_exchange_text(*p);
    CHECK(xml.find("adopted-from-cycle=\"2026\" adopted-from-code=\"" + achieved.open[0].code + "\"") != std::string::npos);
    CHECK(xml.find("<correction on=\"2028-11-03\" by=\"Rūta\">Score of 1.1 entered as 40, corrected to 45</correction>") !=
          std::string::npos);
    CHECK(xml.find("members-see-previous-consensus=\"true\"") != std::string::npos);
    // 2026 names the two roles that differ from the members' roles in 2028.
    CHECK(xml.find("<group-role member=\"m1\" role=\"facilitator\" />") != std::string::npos);
    CHECK(xml.find("<group-role member=\"m5\" role=\"member\" />") != std::string::npos);
    std::ofstream(d.file("a.xml")) << xml;

    auto made = create_project_from_exchange(d.file("copy.assessa"), library(), d.file("a.xml"));
    INFO(to_string(made.errors));
    REQUIRE(made.ok());
    CHECK(export_exchange_text(*made.project) == xml);
    const Project& q = *made.project;
    const Cycle copy = cycle_named(q, "2028");
    CHECK(copy.members_see_previous_consensus);
    CHECK(q.cycle_members(copy.id).size() == 10);
    CHECK(q.cycle_members(cycle_named(q, "2026").id).size() == 10);
    CHECK(q.members().size() == 11);
    CHECK(q.cycle_members(cycle_named(q, "2026").id) == p->cycle_members(y2026.id));
    CHECK(q.cycle_members(copy.id)[0].role == MemberRole::member);
    const auto links = q.actions(copy.id);
    REQUIRE(links.size() == 3);
    CHECK(links[1].adopted_from == ActionOrigin{cycle_named(q, "2026").id, achieved.open[1].code});
    CHECK(q.corrections(cycle_named(q, "2026").id) == std::vector<CycleCorrection>{
        {q.corrections(cycle_named(q, "2026").id)[0].id, "2028-11-03", "Rūta", "Score of 1.1 entered as 40, corrected to 45"},
        {q.corrections(cycle_named(q, "2026").id)[1].id, "2028-11-04", "", "Dissent note\nof 2.1 restored"}});

    // Importing the file again into the original changes nothing.
    REQUIRE(import_exchange_text(*p, "a.xml", xml).ok());
    CHECK(export_exchange_text(*p) == xml);
    // A one-cycle export of 2028 leaves the links to 2026 out.
    const std::string only = export_exchange_text(*p, "2028");
    CHECK(only.find("label=\"2026\"") == std::string::npos);
    CHECK(only.find("adopted-from") == std::string::npos);
    CHECK_THROWS_AS(export_exchange_text(*p, "1999"), InvalidEdit);
}

TEST_CASE("Broken links, groups and corrections in an exchange file are refused and change nothing",
          "[cycles][exchange][bad]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const auto achieved = plan_achievement(*p, p->current_cycle().id);
    NextCycle next;
    next.label = "2028";
    next.starts_on = "2028-10-02";
    next.adopt = {achieved.open[0].id};
    start_next_cycle(*p, next);
    p->record_correction(p->cycles()[1].id, {0, "2028-11-03", "", "Fixed a score"});
    const std::string good = export_exchange_text(*p);
    const std::string code = achieved.open[0].code;

    auto refused = [&](const std::string& from, const std::string& to, const std::string& message) {
        std::string xml = good;
        const auto at = xml.find(from);
        REQUIRE(at != std::string::npos);
        xml.replace(at, from.size(), to);
        const auto r = import_exchange_text(*p, "bad.xml", xml);
        CHECK_FALSE(r.ok());
        INFO(to_string(r.errors));
        CHECK(to_string(r.errors).find(message) != std::string::npos);
        CHECK(export_exchange_text(*p) == good);
    };
    refused("adopted-from-cycle=\"2026\"", "adopted-from-cycle=\"2020\"",
            "no cycle \"2020\" in the file or the project to adopt an action from");
    refused("adopted-from-code=\"" + code + "\"", "adopted-from-code=\"Z-99\"", "cycle \"2026\" has no action Z-99 to adopt");
    refused("adopted-from-cycle=\"2026\"", "adopted-from-cycle=\"2028\"", "cannot be adopted from its own cycle");
    refused(" adopted-from-code=\"" + code + "\"", "", "needs the attribute 'adopted-from-code'");
    refused("<correction on=\"2028-11-03\">", "<correction on=\"3 Nov\">", "'on' must be a date");
    refused("<correction on=\"2028-11-03\">Fixed a score", "<correction on=\"2028-11-03\">  ", "holds no text");
    refused("label=\"2028\"", "label=\"2028\" group=\"m1 m99\"", "no member with the key \"m99\"");
    refused("label=\"2028\"", "label=\"2028\" group=\"m1 m1\"", "listed twice in 'group'");
    refused("<plan ", "<group-role member=\"m1\" role=\"chair\"/><plan ", "unknown role \"chair\"");
    refused("<plan ", "<group-role member=\"m99\" role=\"member\"/><plan ", "no member with the key \"m99\"");
    refused("<plan ", "<group-role member=\"m2\" role=\"member\"/><group-role member=\"m2\" role=\"sponsor\"/><plan ",
            "given a role in the cycle twice");
    refused("<plan ", "<group-role role=\"member\"/><plan ", "needs the attribute 'member'");
}

TEST_CASE("A member's role is kept per cycle: changing it now leaves earlier cycles as they were", "[cycles][roles]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const Cycle y2024 = cycle_named(*p, "2024");
    const Cycle y2026 = cycle_named(*p, "2026");
    const auto group2024 = p->cycle_members(y2024.id);
    Member m = p->cycle_members(y2026.id)[0];
    REQUIRE(m.role == MemberRole::facilitator);

    m.role = MemberRole::sponsor;
    p->update_member(m);
    CHECK(p->cycle_members(y2026.id)[0].role == MemberRole::sponsor);
    CHECK(p->cycle_members(y2024.id) == group2024);

    p->set_cycle_role(y2024.id, m.id, MemberRole::member);
    CHECK(p->cycle_members(y2024.id)[0].role == MemberRole::member);
    CHECK(p->members()[0].role == MemberRole::sponsor);  // the newest role
    CHECK_THROWS_AS(p->set_cycle_role(y2024.id, 9999, MemberRole::member), InvalidEdit);

    // A new cycle starts with the roles of the one before it.
    const Id id = p->add_cycle("2028", y2026.framework_id, y2026.method_id, "2028-10-02");
    CHECK(p->cycle_members(id) == p->cycle_members(y2026.id));
}

TEST_CASE("A packet for another cycle is refused with a message naming both", "[cycles][packets]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const Cycle y2026 = p->current_cycle();
    const Member m = p->cycle_members(y2026.id).at(0);
    send_packet(*p, y2026.id, m.id, d.file("ona.assessa-packet"));
    NextCycle next;
    next.label = "2028";
    next.starts_on = "2028-10-02";
    next.leaving = {p->cycle_members(y2026.id).at(1).id};
    const Id id = start_next_cycle(*p, next);
    const auto before = export_exchange_text(*p);
    const auto r = import_packet(*p, d.file("ona.assessa-packet"), PacketImportOptions{false, "2028"});
    REQUIRE_FALSE(r.ok());
    CHECK(to_string(r.errors).find("the packet belongs to cycle \"2026\", not to cycle \"2028\"") != std::string::npos);
    CHECK(export_exchange_text(*p) == before);
    CHECK(import_packet(*p, d.file("ona.assessa-packet"), PacketImportOptions{false, "2026"}).ok());
    // Someone who left the group gets no packet for the new cycle.
    CHECK_THROWS_WITH(make_packet(*p, id, next.leaving[0]), Catch::Contains("is not in the group of cycle 2028"));
}
