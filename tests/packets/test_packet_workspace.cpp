#include <catch2/catch.hpp>

#include "exports/packet_export.hpp"
#include "exports/packet_workspace.hpp"
#include "tests/support/project_fixture.hpp"

#include <filesystem>
#include <fstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

struct SentPacketFixture : ProjectFixture {
    Id ona = 0;
    std::string file;

    SentPacketFixture() {
        ona = add_member("Ona Petraitienė");
        project->set_score(cycle, ona, "2.1", "trends", 70);
        project->add_item(cycle, ona, "2.1", NoteKind::evidence, "Apklausa 2025\r\nantra eilutė <&>");
        file = dir.file("ona.assessa-packet");
        send_packet(*project, cycle, ona, file);
    }
};

}  // namespace

TEST_CASE("A member's packet opens with the framework, guidance and what was entered before", "[packets]") {
    SentPacketFixture f;
    auto w = PacketWorkspace::open(f.file);
    CHECK(w->header().member_name == "Ona Petraitienė");
    CHECK(w->header().organisation == "Vėjupio rajono savivaldybės administracija");
    CHECK(w->header().cycle_label == "2026");
    CHECK(w->header().method_id == "basic");
    CHECK_FALSE(w->finished());
    CHECK(w->framework().id() == "mini");
    CHECK(w->framework().find("1.1")->guidance.get("en") == "Look at the mission.");
    REQUIRE(w->panel_for("2.1"));
    CHECK(w->panel_for("2.1")->phases.size() == 2);
    CHECK(w->panel_for("1") == nullptr);
    const Rating r = w->rating("2.1");
    CHECK(r.scores.at("trends") == 70);
    REQUIRE(r.items.size() == 1);
    CHECK(r.items[0].text == "Apklausa 2025\r\nantra eilutė <&>");
    CHECK(w->progress().completed == 0);
    CHECK(w->progress().total == 2);
}

TEST_CASE("Every edit in a packet is in the file when the function returns", "[packets]") {
    SentPacketFixture f;
    auto w = PacketWorkspace::open(f.file);
    w->set_score("1.1", "overall", 65);
    const Id a = w->add_item("1.1", NoteKind::strength, "Pirma");
    const Id b = w->add_item("1.1", NoteKind::strength, "Antra");
    w->add_item("1.1", NoteKind::afi, "Tobulintina");
    w->move_item(b, 0);
    w->update_item(a, "Pirma, pataisyta");
    w->set_score("2.1", "targets", 50);
    CHECK(w->progress().completed == 2);
    CHECK(w->header().revision == 8);
    CHECK_FALSE(fs::exists(f.file + ".partial"));

    // What another program (or the same one after a crash) reads from the file.
    auto again = PacketWorkspace::open(f.file);
    CHECK(again->header().revision == 8);
    const Rating r = again->rating("1.1");
    CHECK(r.scores.at("overall") == 65);
    REQUIRE(r.items.size() == 3);
    CHECK(r.items[0].text == "Antra");
    CHECK(r.items[1].text == "Pirma, pataisyta");
    CHECK(r.items[2].kind == NoteKind::afi);
    CHECK(again->ratings().size() == 2);

    w->set_no_opinion("2.1", true);
    w->remove_item(a);
    auto third = PacketWorkspace::open(f.file);
    CHECK(third->rating("2.1").no_opinion);
    CHECK(third->rating("2.1").scores.empty());
    CHECK(third->rating("1.1").items.size() == 2);
}

TEST_CASE("Wrong edits in a packet are refused and the file stays as it was", "[packets]") {
    SentPacketFixture f;
    auto w = PacketWorkspace::open(f.file);
    const std::string before = read_file(f.file);
    CHECK_THROWS_WITH(w->set_score("1.1", "overall", 101), "score 101 for node 1.1 is outside the scale 0-100");
    CHECK_THROWS_WITH(w->set_score("1.1", "trends", 50),
                      "node 1.1 is scored with panel \"simple\", which has no phase \"trends\"");
    CHECK_THROWS_WITH(w->set_score("9.9", "overall", 50), "framework \"mini\" has no node \"9.9\"");
    CHECK_THROWS_WITH(w->set_no_opinion("1", true), "node 1 is not assessed in framework \"mini\"");
    CHECK_THROWS_WITH(w->add_item("1.1", NoteKind::idea, " \n"), "the text is empty");
    CHECK_THROWS_WITH(w->remove_item(999), "no item with id 999");
    CHECK_THROWS_WITH(w->move_item(w->rating("2.1").items[0].id, 3), "position 3 is outside the list (0-0)");
    CHECK(read_file(f.file) == before);
    CHECK(w->header().revision == 1);
}

TEST_CASE("A finished packet takes no edits until it is reopened", "[packets]") {
    SentPacketFixture f;
    auto w = PacketWorkspace::open(f.file);
    w->set_score("1.1", "overall", 30);
    w->finish();
    CHECK(w->finished());
    CHECK_FALSE(w->header().finished_at.empty());
    CHECK(PacketWorkspace::open(f.file)->finished());
    CHECK_THROWS_WITH(w->set_score("1.1", "overall", 35), "the packet is finished; reopen it to change it");
    w->reopen();
    w->set_score("1.1", "overall", 35);
    w->finish();
    const std::string copy = f.dir.file("usb/ona.assessa-packet");
    fs::create_directories(f.dir.file("usb"));
    w->save_copy(copy);
    CHECK(read_file(copy) == read_file(f.file));
    CHECK(PacketWorkspace::open(copy)->rating("1.1").scores.at("overall") == 35);
}

TEST_CASE("A packet changed by another program is not overwritten", "[packets]") {
    SentPacketFixture f;
    auto w = PacketWorkspace::open(f.file);
    auto other = PacketWorkspace::open(f.file);
    other->set_score("1.1", "overall", 10);
    const std::string theirs = read_file(f.file);
    CHECK_THROWS_WITH(w->set_score("1.1", "overall", 90),
                      f.file + ": error: the packet was changed or removed by another program since it was opened; open "
                               "it again");
    CHECK(read_file(f.file) == theirs);
}

TEST_CASE("A damaged packet does not open", "[packets]") {
    SentPacketFixture f;
    std::string text = read_file(f.file);
    text.replace(text.find("value=\"70\""), 10, "value=\"71\"");
    {
        std::ofstream out(f.file, std::ios::binary | std::ios::trunc);
        out << text;
    }
    CHECK_THROWS_WITH(PacketWorkspace::open(f.file),
                      f.file + ": error: the packet's content does not match its checksum: it was changed or damaged "
                               "after it was written");
}

TEST_CASE("Finishing a packet names the subcriteria left open or scored in part", "[packets]") {
    SentPacketFixture f;
    auto w = PacketWorkspace::open(f.file);
    // 1.1 has nothing; 2.1 has trends but not targets.
    auto u = w->unfinished();
    CHECK(u.open == std::vector<std::string>{"1.1"});
    CHECK(u.half_scored == std::vector<std::string>{"2.1"});
    w->set_no_opinion("1.1", true);
    w->set_score("2.1", "targets", 40);
    CHECK(w->unfinished().empty());
    w->set_no_opinion("1.1", false);
    CHECK(w->unfinished().open == std::vector<std::string>{"1.1"});
}

TEST_CASE("A returned copy is offered under a name of its own", "[packets]") {
    CHECK(PacketWorkspace::returned_name("ona-2026.assessa-packet") == "ona-2026-returned.assessa-packet");
    CHECK(PacketWorkspace::returned_name("ona-2026-returned.assessa-packet") == "ona-2026-returned.assessa-packet");
    CHECK(PacketWorkspace::returned_name("Ona Petraitienė") == "Ona Petraitienė-returned");
    CHECK(PacketWorkspace::returned_name("dir.d/ona") == "dir.d/ona-returned");
}
