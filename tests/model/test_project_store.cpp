#include <catch2/catch.hpp>

#include "model/project.hpp"
#include "tests/support/project_fixture.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

TEST_CASE("A new project holds the organisation, a cycle and its own copy of the framework", "[store]") {
    TempDir lib_dir;
    fs::copy_file(data_dir() + "/frameworks/good/mini.xml", lib_dir.file("mini.xml"));
    const auto lib = FrameworkLibrary::load({lib_dir.path()});
    TempDir dir;
    const std::string path = dir.file("p.assessa");
    OrganisationProfile org{"Vėjupio savivaldybė", "Municipal administration", "Vėjupis", "180", "2024–2026", "lt"};
    {
        auto p = Project::create(path, lib, {"mini", "", "2026", org});
        CHECK(p->organisation() == org);
        CHECK(p->current_cycle().label == "2026");
        CHECK(p->current_cycle().method_id == "basic");
        CHECK(p->project_id().size() == 32);
    }
    // Editing the library file later does not change the project.
    std::string xml = read_file(lib_dir.file("mini.xml"));
    xml.replace(xml.find("Mini framework"), 14, "Changed title!");
    std::ofstream(lib_dir.file("mini.xml")) << xml;
    auto p = Project::open(path);
    CHECK(p->framework("mini")->title().get("en") == "Mini framework");
    CHECK(p->organisation().name == "Vėjupio savivaldybė");
}

TEST_CASE("Creating a project refuses an existing file and unknown frameworks or methods", "[store]") {
    ProjectFixture f;
    CHECK_THROWS_AS(Project::create(f.path, test_library(), {"mini", "", "2027", {}}), ProjectError);
    CHECK_THROWS_AS(Project::create(f.dir.file("x.assessa"), test_library(), {"caf-1999", "", "2027", {}}), InvalidEdit);
    CHECK_THROWS_AS(Project::create(f.dir.file("y.assessa"), test_library(), {"mini", "exotic", "2027", {}}), InvalidEdit);
    CHECK_FALSE(fs::exists(f.dir.file("x.assessa")));
    CHECK_FALSE(fs::exists(f.dir.file("y.assessa")));
}

TEST_CASE("Scores are checked against the node's panel and kept after reopening", "[store]") {
    ProjectFixture f;
    const Id m = f.add_member("Rūta Petrauskienė", MemberRole::facilitator);
    auto& p = *f.project;
    p.set_score(f.cycle, m, "1.1", "overall", 55);
    p.set_score(f.cycle, m, "2.1", "trends", 40);
    CHECK_THROWS_WITH(p.set_score(f.cycle, m, "1.1", "overall", 101), "score 101 for node 1.1 is outside the scale 0-100");
    CHECK_THROWS_WITH(p.set_score(f.cycle, m, "1.1", "overall", -1), "score -1 for node 1.1 is outside the scale 0-100");
    CHECK_THROWS_WITH(p.set_score(f.cycle, m, "1.1", "plan", 10),
                      "node 1.1 is scored with panel \"simple\", which has no phase \"plan\"");
    CHECK_THROWS_WITH(p.set_score(f.cycle, m, "1", "overall", 10), "node 1 is not assessed in framework \"mini\"");
    CHECK_THROWS_WITH(p.set_score(f.cycle, m, "9.9", "overall", 10), "framework \"mini\" has no node \"9.9\"");
    CHECK_THROWS_WITH(p.set_score(f.cycle, 999, "1.1", "overall", 10), "no group member with id 999");
    f.reopen();
    auto r = f.project->rating(f.cycle, m, "1.1");
    CHECK(r.scores == PhaseScores{{"overall", 55}});
    CHECK(f.project->rating(f.cycle, m, "2.1").scores == PhaseScores{{"trends", 40}});
    f.project->set_score(f.cycle, m, "1.1", "overall", std::nullopt);
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.empty());
}

TEST_CASE("No opinion and scores exclude each other", "[store]") {
    ProjectFixture f;
    const Id m = f.add_member("Mindaugas Žukauskas");
    auto& p = *f.project;
    p.set_score(f.cycle, m, "2.1", "trends", 40);
    p.set_no_opinion(f.cycle, m, "2.1", true);
    auto r = p.rating(f.cycle, m, "2.1");
    CHECK(r.no_opinion);
    CHECK(r.scores.empty());
    p.set_score(f.cycle, m, "2.1", "targets", 60);
    r = p.rating(f.cycle, m, "2.1");
    CHECK_FALSE(r.no_opinion);
    CHECK(r.scores == PhaseScores{{"targets", 60}});
}

TEST_CASE("Member notes can be added, edited, reordered and deleted", "[store]") {
    ProjectFixture f;
    const Id m = f.add_member("Ona Kazlauskienė");
    auto& p = *f.project;
    const Id a = p.add_item(f.cycle, m, "1.1", NoteKind::strength, "Misija paskelbta svetainėje");
    const Id b = p.add_item(f.cycle, m, "1.1", NoteKind::strength, "Vertybės aptartos su darbuotojais");
    const Id c = p.add_item(f.cycle, m, "1.1", NoteKind::afi, "Vizija neperžiūrėta nuo 2019 m.");
    p.add_item(f.cycle, m, "1.1", NoteKind::evidence, "Strateginis planas 2024–2030");
    CHECK_THROWS_WITH(p.add_item(f.cycle, m, "1.1", NoteKind::idea, "   "), "the text is empty");
    p.move_item(b, 0);
    p.update_item(c, "Vizija neperžiūrėta\nnuo 2019 m.");
    auto r = p.rating(f.cycle, m, "1.1");
    auto strengths = r.items_of(NoteKind::strength);
    REQUIRE(strengths.size() == 2);
    CHECK(strengths[0]->id == b);
    CHECK(strengths[1]->id == a);
    CHECK(r.items_of(NoteKind::afi)[0]->text == "Vizija neperžiūrėta\nnuo 2019 m.");
    CHECK_THROWS_AS(p.move_item(a, 5), InvalidEdit);
    p.remove_item(a);
    CHECK(p.rating(f.cycle, m, "1.1").items.size() == 3);
    CHECK_THROWS_AS(p.remove_item(a), InvalidEdit);
}

TEST_CASE("Consensus keeps scores, agreed items with their sources, justification and dissent", "[store]") {
    ProjectFixture f;
    const Id m1 = f.add_member("A"), m2 = f.add_member("B");
    auto& p = *f.project;
    const Id s1 = p.add_item(f.cycle, m1, "1.1", NoteKind::strength, "Clear mission");
    const Id s2 = p.add_item(f.cycle, m2, "1.1", NoteKind::strength, "Mission is known");
    const Id other = p.add_item(f.cycle, m2, "2.1", NoteKind::strength, "Elsewhere");
    p.set_consensus_score(f.cycle, "1.1", "overall", 50);
    const Id merged = p.add_consensus_item(f.cycle, "1.1", NoteKind::strength, "The mission is clear and known", {s1, s2});
    const Id fresh = p.add_consensus_item(f.cycle, "1.1", NoteKind::afi, "Review the vision", {});
    CHECK_THROWS_WITH(p.add_consensus_item(f.cycle, "1.1", NoteKind::strength, "x", {other}),
                      "item " + std::to_string(other) + " is not a member's item for node 1.1");
    CHECK_THROWS_AS(p.add_consensus_item(f.cycle, "1.1", NoteKind::idea, "x", {}), InvalidEdit);
    p.set_justification(f.cycle, "1.1", "Plan and Do are in place; no review yet.");
    p.set_dissent(f.cycle, "1.1", "One member saw a regular review.");
    f.reopen();
    auto c = f.project->consensus(f.cycle, "1.1");
    CHECK(c.scores == PhaseScores{{"overall", 50}});
    REQUIRE(c.items.size() == 2);
    CHECK(c.items[0].id == merged);
    CHECK(c.items[0].source_item_ids == std::vector<Id>{s1, s2});
    CHECK(c.items[1].id == fresh);
    CHECK(c.items[1].kind == NoteKind::afi);
    CHECK(c.justification == "Plan and Do are in place; no review yet.");
    CHECK(c.dissent == "One member saw a regular review.");
    // A member deleting their note leaves the agreed item, without that source.
    f.project->remove_item(s1);
    CHECK(f.project->consensus(f.cycle, "1.1").items[0].source_item_ids == std::vector<Id>{s2});
}

TEST_CASE("Departments and members are edited with checks", "[store]") {
    ProjectFixture f;
    auto& p = *f.project;
    const Id it = p.add_department({0, "IT", "IT and citizen services", "Tomas Jankauskas"});
    p.add_department({0, "FIN", "Finance", ""});
    CHECK_THROWS_WITH(p.add_department({0, "IT", "Other", ""}), "there is already a department with the code \"IT\"");
    CHECK_THROWS_AS(p.add_department({0, " ", "Nameless code", ""}), InvalidEdit);
    Member m;
    m.name = "Tomas";
    m.department_id = it;
    m.role = MemberRole::sponsor;
    const Id mid = p.add_member(m);
    m.id = mid;
    m.contact = "tomas@vejupis.example";
    p.update_member(m);
    CHECK(p.members().at(0) == m);
    m.department_id = 999;
    CHECK_THROWS_AS(p.update_member(m), InvalidEdit);
    p.remove_department(it);
    CHECK(p.members().at(0).department_id == std::nullopt);
    CHECK(p.departments().size() == 1);
    p.remove_member(mid);
    CHECK(p.members().empty());
}

TEST_CASE("A project can hold several cycles", "[store]") {
    ProjectFixture f;
    auto& p = *f.project;
    const Id first = f.cycle;
    CHECK_THROWS_WITH(p.add_cycle("2026", "mini", "basic"), "there is already a cycle named \"2026\"");
    CHECK_THROWS_AS(p.add_cycle("2028", "caf-2020", "classical"), InvalidEdit);
    const Id second = p.add_cycle("2028", "mini", "basic");
    CHECK(p.current_cycle().id == second);
    CHECK(p.previous_cycle(second)->id == first);
    CHECK(p.previous_cycle(first) == std::nullopt);
    p.set_cycle_approval(first, "Director", "2026-12-01", "Approved at the management meeting");
    CHECK(p.cycle(first).approved());
}

TEST_CASE("A batch of edits is kept whole or not at all", "[store]") {
    ProjectFixture f;
    const Id m = f.add_member("A");
    auto& p = *f.project;
    CHECK_THROWS_AS(p.batch([&] {
        p.set_score(f.cycle, m, "1.1", "overall", 40);
        p.add_item(f.cycle, m, "1.1", NoteKind::strength, "kept?");
        p.set_score(f.cycle, m, "1.1", "overall", 400);  // refused: the whole batch rolls back
    }),
                    InvalidEdit);
    CHECK(p.rating(f.cycle, m, "1.1").scores.empty());
    CHECK(p.rating(f.cycle, m, "1.1").items.empty());
    p.batch([&] {
        p.set_score(f.cycle, m, "1.1", "overall", 40);
        p.add_item(f.cycle, m, "1.1", NoteKind::strength, "kept");
    });
    CHECK(p.rating(f.cycle, m, "1.1").items.size() == 1);
}

TEST_CASE("The project file uses WAL and records the schema version", "[store]") {
    ProjectFixture f;
    SQLite::Database db(f.path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Project::schema_version);
}
