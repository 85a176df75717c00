#include <catch2/catch.hpp>

#include "exports/demo_project.hpp"
#include "exports/exchange_format.hpp"
#include "exports/packet_export.hpp"
#include "exports/packet_import.hpp"
#include "exports/packet_workspace.hpp"
#include "model/cycle_summary.hpp"
#include "tests/support/project_fixture.hpp"

#include <filesystem>
#include <map>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

const FrameworkLibrary& library() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

// What a member entered, without the store's item ids.
struct Entered {
    PhaseScores scores;
    bool no_opinion = false;
    std::vector<std::pair<NoteKind, std::string>> items;
    bool operator==(const Entered&) const = default;
};

std::map<std::pair<Id, std::string>, Entered> entered(const std::vector<Rating>& ratings) {
    std::map<std::pair<Id, std::string>, Entered> out;
    for (const auto& r : ratings) {
        if (r.scores.empty() && !r.no_opinion && r.items.empty()) continue;
        auto& e = out[{r.member_id, r.node_code}];
        e.scores = r.scores;
        e.no_opinion = r.no_opinion;
        for (const auto& i : r.items) e.items.emplace_back(i.kind, i.text);
    }
    return out;
}

// The member fills in the packet in the desktop program: every edit through the workspace.
void fill_in(PacketWorkspace& w, const std::vector<Rating>& ratings) {
    for (const auto& r : ratings) {
        if (r.member_id != w.header().member_id) continue;
        if (r.no_opinion) w.set_no_opinion(r.node_code, true);
        for (const auto& [phase, value] : r.scores) w.set_score(r.node_code, phase, value);
        for (const auto& i : r.items) w.add_item(r.node_code, i.kind, i.text);
    }
}

// The same through a program of its own: the packet's ratings replaced in one write.
void fill_in_at_once(const std::string& path, const std::vector<Rating>& ratings) {
    PacketRead read = read_packet_file(path);
    REQUIRE(read.ok());
    Packet& p = *read.packet;
    for (const auto& r : ratings)
        if (r.member_id == p.header.member_id) p.ratings.push_back(r);
    ++p.header.revision;
    p.header.finished = true;
    write_packet_file(path, p);
}

}  // namespace

TEST_CASE("Ten members assess in packets and the facilitator gets the same statistics as entered directly",
          "[packets][demo]") {
    TempDir d;
    auto direct = write_demo_project(d.file("direct.assessa"), library(), "lt");
    const Id direct_cycle = direct->current_cycle().id;
    const auto direct_ratings = direct->ratings(direct_cycle);

    // The same group and cycle, before anybody assessed.
    direct->save_copy(d.file("packets.assessa"));
    auto p = Project::open(d.file("packets.assessa"));
    const Id cycle = p->current_cycle().id;
    p->clear_cycle(cycle);

    const auto sent = export_all_packets(*p, cycle, d.file("out"));
    REQUIRE(sent.size() == 10);
    // Three members fill theirs in edit by edit, as in the desktop program (a thousand file
    // writes); for the others the packet is written whole, which is quicker.
    for (const auto& s : sent) {
        auto w = PacketWorkspace::open(s.path);
        CHECK(w->header().member_id == s.member.id);
        CHECK(w->progress().completed == 0);
        CHECK(w->progress().total == 28);
        if (s.member.id > 3) {
            fill_in_at_once(s.path, direct_ratings);
            continue;
        }
        fill_in(*w, direct_ratings);
        CHECK(w->progress().completed == 28);
        w->finish();
    }
    int scores_set = 0, items_added = 0;
    for (const auto& s : sent) {
        const auto result = import_packet(*p, s.path);
        INFO(to_string(result.errors));
        REQUIRE(result.ok());
        CHECK(result.report->outcome == PacketImportReport::Outcome::imported);
        CHECK(result.report->header.finished);
        scores_set += result.report->changes.scores_set;
        items_added += result.report->changes.items_added;
    }
    std::size_t scores = 0, items = 0;
    for (const auto& r : direct_ratings) {
        scores += r.scores.size();
        items += r.items.size();
    }
    CHECK(scores_set == static_cast<int>(scores));
    CHECK(items_added == static_cast<int>(items));

    CHECK(entered(p->ratings(cycle)) == entered(direct_ratings));
    const auto a = summarize(*direct, direct_cycle);
    const auto b = summarize(*p, cycle);
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        INFO(a.nodes[i].code);
        CHECK(b.nodes[i].code == a.nodes[i].code);
        CHECK(b.nodes[i].individual == a.nodes[i].individual);
        REQUIRE(b.nodes[i].spread.has_value() == a.nodes[i].spread.has_value());
        if (a.nodes[i].spread) {
            CHECK(b.nodes[i].spread->count == a.nodes[i].spread->count);
            CHECK(b.nodes[i].spread->mean == a.nodes[i].spread->mean);
            CHECK(b.nodes[i].spread->median == a.nodes[i].spread->median);
            CHECK(b.nodes[i].spread->stddev == a.nodes[i].spread->stddev);
            CHECK(b.nodes[i].spread->range == a.nodes[i].spread->range);
        }
        CHECK(b.nodes[i].completed == a.nodes[i].completed);
        CHECK(b.nodes[i].no_opinion == a.nodes[i].no_opinion);
        CHECK(b.nodes[i].partial == a.nodes[i].partial);
    }
    CHECK(b.agenda == a.agenda);
    for (std::size_t i = 0; i < a.members.size(); ++i) CHECK(b.members[i].completed == a.members[i].completed);
    CHECK(p->packet_imports(cycle).size() == 10);

    // Importing them all again changes nothing.
    const std::string before = export_exchange_text(*p);
    for (const auto& s : sent) {
        const auto again = import_packet(*p, s.path);
        REQUIRE(again.ok());
        CHECK(again.report->outcome == PacketImportReport::Outcome::already_imported);
        CHECK(describe(*again.report) == s.path + ": revision " + std::to_string(again.report->header.revision) +
                                             " from " + s.member.name + " was imported before; nothing changed");
    }
    CHECK(export_exchange_text(*p) == before);
    CHECK(p->packet_imports(cycle).size() == 10);
}

TEST_CASE("A newer packet from a member replaces the older one, and the change is recorded", "[packets]") {
    ProjectFixture f;
    const Id ona = f.add_member("Ona Petraitienė");
    const Id jonas = f.add_member("Jonas Jonaitis");
    f.project->set_score(f.cycle, jonas, "1.1", "overall", 80);
    const std::string file = f.dir.file("ona.assessa-packet");
    send_packet(*f.project, f.cycle, ona, file);

    auto w = PacketWorkspace::open(file);
    CHECK(w->header().revision == 1);
    w->set_score("1.1", "overall", 40);
    const Id kept = w->add_item("1.1", NoteKind::strength, "Misija aptarta.");
    const Id dropped = w->add_item("1.1", NoteKind::afi, "Nėra rodiklių.");
    w->set_score("2.1", "trends", 30);
    CHECK(w->header().revision == 5);
    fs::copy_file(file, f.dir.file("ona-rev5.assessa-packet"));

    auto first = import_packet(*f.project, file);
    REQUIRE(first.ok());
    CHECK(first.report->outcome == PacketImportReport::Outcome::imported);
    CHECK(describe(*first.report) == file + ": imported revision 5 from Ona Petraitienė (not finished yet): 2 scores set; "
                                            "2 notes added");
    const Id kept_in_project = f.project->rating(f.cycle, ona, "1.1").items.at(0).id;

    // The member goes on: a changed score, a withdrawn one, "no opinion", an edited note.
    w->set_score("1.1", "overall", 45);
    w->remove_item(dropped);
    w->add_item("1.1", NoteKind::strength, "Vizija paskelbta.");
    w->move_item(kept, 1);
    w->set_no_opinion("2.1", true);
    w->finish();
    CHECK(w->header().revision == 11);

    auto second = import_packet(*f.project, file);
    REQUIRE(second.ok());
    CHECK(second.report->outcome == PacketImportReport::Outcome::replaced);
    CHECK(second.report->replaced_revision == 5);
    const auto& c = second.report->changes;
    CHECK(c.scores_set == 0);
    CHECK(c.scores_changed == 1);
    CHECK(c.scores_removed == 1);
    CHECK(c.no_opinion_changed == 1);
    CHECK(c.items_added == 1);
    CHECK(c.items_removed == 1);
    const Rating r = f.project->rating(f.cycle, ona, "1.1");
    CHECK(r.scores.at("overall") == 45);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[0].text == "Vizija paskelbta.");
    CHECK(r.items[1].text == "Misija aptarta.");
    CHECK(r.items[1].id == kept_in_project);  // an unchanged note keeps its identity
    CHECK(f.project->rating(f.cycle, ona, "2.1").no_opinion);
    CHECK(f.project->rating(f.cycle, jonas, "1.1").scores.at("overall") == 80);

    const auto records = f.project->packet_imports(f.cycle);
    REQUIRE(records.size() == 2);
    CHECK(records[1].revision == 11);
    CHECK(records[1].finished);
    CHECK(records[1].file_name == "ona.assessa-packet");
    CHECK(records[1].scores_changed == 1);
    CHECK(records[1].items_added == 1);
    CHECK_FALSE(records[1].imported_at.empty());

    // The older packet is refused now, and changes nothing.
    const std::string before = export_exchange_text(*f.project);
    auto older = import_packet(*f.project, f.dir.file("ona-rev5.assessa-packet"));
    REQUIRE_FALSE(older.ok());
    CHECK(older.errors.at(0).message == "the packet is revision 5, older than revision 11 from the same member imported on " +
                                            records[1].imported_at + "; nothing was imported");
    CHECK(export_exchange_text(*f.project) == before);
    CHECK(f.project->packet_imports(f.cycle).size() == 2);

    // A packet sent again continues the numbering, so the member's next return replaces this one.
    CHECK(make_packet(*f.project, f.cycle, ona).header.revision == 12);
}

TEST_CASE("Two different packets with the same revision: the second is refused", "[packets]") {
    ProjectFixture f;
    const Id ona = f.add_member("Ona Petraitienė");
    const std::string a = f.dir.file("a.assessa-packet"), b = f.dir.file("b.assessa-packet");
    send_packet(*f.project, f.cycle, ona, a);
    send_packet(*f.project, f.cycle, ona, b, SendOptions{true});  // both stay valid
    PacketWorkspace::open(a)->set_score("1.1", "overall", 10);
    PacketWorkspace::open(b)->set_score("1.1", "overall", 90);
    REQUIRE(import_packet(*f.project, a).ok());
    const auto result = import_packet(*f.project, b);
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors.at(0).message.find("revision 2 from this member was imported on ") == 0);
    CHECK(f.project->rating(f.cycle, ona, "1.1").scores.at("overall") == 10);
}

TEST_CASE("Packets sent to all members get safe file names and never overwrite a file", "[packets]") {
    ProjectFixture f;
    f.add_member("Rūta Žemaitė-Šimkienė");
    f.add_member("王芳");
    f.add_member("../../etc/passwd");
    const auto cycle = f.project->cycle(f.cycle);
    const auto members = f.project->members();
    CHECK(packet_file_name(cycle, members[0]) == "2026-01-ruta-zemaite-simkiene.assessa-packet");
    CHECK(packet_file_name(cycle, members[1]) == "2026-02.assessa-packet");
    CHECK(packet_file_name(cycle, members[2]) == "2026-03-etc-passwd.assessa-packet");

    const std::string dir = f.dir.file("send");
    CHECK(export_all_packets(*f.project, f.cycle, dir).size() == 3);
    fs::remove(dir + "/2026-02.assessa-packet");
    const auto returned = read_file(dir + "/2026-03-etc-passwd.assessa-packet");
    CHECK_THROWS_WITH(export_all_packets(*f.project, f.cycle, dir),
                      path_in(dir, "2026-01-ruta-zemaite-simkiene.assessa-packet") + ": error: the file already exists; nothing was "
                            "written (choose an empty folder, so that no returned packet is overwritten)");
    CHECK_FALSE(fs::exists(dir + "/2026-02.assessa-packet"));
    CHECK(read_file(dir + "/2026-03-etc-passwd.assessa-packet") == returned);
}

TEST_CASE("A project from before packets can import them once upgraded", "[packets]") {
    TempDir d;
    const std::string path = d.file("old.assessa");
    fs::copy_file(data_dir() + "/project-v1.assessa", path);
    auto p = Project::open(path);
    const Cycle c = p->current_cycle();
    CHECK(p->packet_imports(c.id).empty());
    const Member m = p->members().at(0);
    const std::string file = d.file("m.assessa-packet");
    send_packet(*p, c.id, m.id, file);
    PacketWorkspace::open(file)->add_item("1.1", NoteKind::idea, "Naujas sumanymas");
    const auto result = import_packet(*p, file);
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.report->changes.items_added == 1);
    REQUIRE(p->packet_imports(c.id).size() == 1);
    CHECK(p->packet_imports(c.id)[0].revision == 2);
}
