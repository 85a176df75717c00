#include <catch2/catch.hpp>

#include "exports/exchange_format.hpp"
#include "exports/packet_export.hpp"
#include "exports/packet_workspace.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

TEST_CASE("packet export writes one member's packet or every member's", "[cli][packets]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);

    auto one = run_cli({"packet", "export", file, "--member", "Daiva Kazlauskienė", "-o", d.file("daiva.assessa-packet")});
    CHECK(one.exit_code == 0);
    CHECK(one.out == "Wrote " + d.file("daiva.assessa-packet") + ": packet of Daiva Kazlauskienė for cycle 2026, sending 1, revision 1\n");
    CHECK(PacketWorkspace::open(d.file("daiva.assessa-packet"))->progress().completed == 28);

    auto all = run_cli({"packet", "export", file, "--all", "--output-dir", d.file("out")});
    CHECK(all.exit_code == 0);
    CHECK(files_in(d.file("out"), ".assessa-packet").size() == 10);
    CHECK(all.out.find("Wrote " + path_in(d.file("out"), "2026-03-daiva-kazlauskiene.assessa-packet") + ": packet of Daiva "
                                                  "Kazlauskienė for cycle 2026, sending 2\n") != std::string::npos);
    // Sending again replaced Daiva's first packet.
    auto first = run_cli({"packet", "import", file, d.file("daiva.assessa-packet")});
    CHECK(first.exit_code == 1);
    CHECK(first.err.find("this packet comes from sending 1 to Daiva Kazlauskienė, which was replaced by sending 2") !=
          std::string::npos);

    auto unknown = run_cli({"packet", "export", file, "--member", "Nobody", "-o", d.file("x.assessa-packet")});
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err == "assessa-cli: error: " + file + ": no group member is called \"Nobody\"\n");
    CHECK_FALSE(fs::exists(d.file("x.assessa-packet")));

    auto usage = run_cli({"packet", "export", file, "--member", "3"});
    CHECK(usage.exit_code == 2);
    CHECK(usage.err ==
          "assessa-cli: error: give either --member ID and --output FILE, or --all and --output-dir DIR\n");
    CHECK(run_cli({"packet", "export", file, "--member", "3", "-o", d.file("y.assessa-packet"), "--cycle", "1999"})
              .exit_code == 1);
}

TEST_CASE("packet import prints what each packet changed and refuses bad ones", "[cli][packets]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    const auto packet = d.file("vilma.assessa-packet");
    REQUIRE(run_cli({"packet", "export", file, "--member", "4", "-o", packet}).exit_code == 0);
    {
        auto w = PacketWorkspace::open(packet);
        const Rating r = w->rating("1.1");
        w->set_score("1.1", "plan", r.scores.at("plan") == 100 ? 99 : r.scores.at("plan") + 1);
        w->add_item("1.1", NoteKind::idea, "Pasiūlymas");
        w->finish();
    }
    const auto other = d.file("other.assessa");
    REQUIRE(run_cli({"demo", other}).exit_code == 0);
    const auto foreign = d.file("foreign.assessa-packet");
    REQUIRE(run_cli({"packet", "export", other, "--member", "4", "-o", foreign}).exit_code == 0);

    const std::string before = export_exchange_text(*Project::open(file, Project::Mode::read_only));
    auto r = run_cli({"packet", "import", file, foreign});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(foreign + ":3:4: error: the packet belongs to another project") == 0);
    CHECK(r.err.find("assessa-cli: error: 1 of 1 packets was refused and left the project unchanged\n") != std::string::npos);
    CHECK(export_exchange_text(*Project::open(file, Project::Mode::read_only)) == before);

    auto mixed = run_cli({"packet", "import", file, packet, foreign});
    CHECK(mixed.exit_code == 1);
    CHECK(mixed.out == packet + ": imported revision 4 from Vilma Stankevičienė (finished): 1 score changed; 1 note added\n");
    CHECK(mixed.err.find("1 of 2 packets was refused") != std::string::npos);

    auto again = run_cli({"packet", "import", file, packet});
    CHECK(again.exit_code == 0);
    CHECK(again.out == packet + ": revision 4 from Vilma Stankevičienė was imported before; nothing changed\n");

    auto status = run_cli({"packet", "status", file});
    CHECK(status.exit_code == 0);
    CHECK(status.out.find("Vilma Stankevičienė") != std::string::npos);
    CHECK(status.out.find("vilma.assessa-packet") != std::string::npos);

    auto show = run_cli({"packet", "show", packet});
    CHECK(show.exit_code == 0);
    CHECK(show.out.find("Revision 4, written ") != std::string::npos);
    CHECK(show.out.find(", finished\n28 of 28 subcriteria assessed\n") != std::string::npos);
    auto bad = run_cli({"packet", "show", data_dir() + "/packets/bad/truncated.assessa-packet"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("the packet is incomplete") != std::string::npos);
}

TEST_CASE("packet export --keep-earlier and import --accept-unauthenticated", "[cli][packets]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    const auto first = d.file("first.assessa-packet"), second = d.file("second.assessa-packet");
    REQUIRE(run_cli({"packet", "export", file, "--member", "3", "-o", first}).exit_code == 0);
    auto kept = run_cli({"packet", "export", file, "--member", "3", "-o", second, "--keep-earlier"});
    CHECK(kept.out == "Wrote " + second + ": packet of Daiva Kazlauskienė for cycle 2026, sending 2, revision 1\n");
    PacketWorkspace::open(first)->add_item("1.1", NoteKind::idea, "Iš pirmo paketo");
    auto imported = run_cli({"packet", "import", file, first});
    INFO(imported.err);
    CHECK(imported.exit_code == 0);

    // A packet in the format from before secrets.
    const auto old = d.file("old.assessa-packet");
    {
        auto p = Project::open(file, Project::Mode::read_only);
        Packet packet = make_packet(*p, p->current_cycle().id, 4);
        packet.ratings.at(0).items.push_back({0, NoteKind::idea, "Senas paketas"});
        write_packet_file(old, packet);
    }
    const std::string before = export_exchange_text(*Project::open(file, Project::Mode::read_only));
    auto refused = run_cli({"packet", "import", file, old});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find(old + ": error: this packet was written before packets were protected with a secret, so "
                                 "nothing shows that it comes from Vilma Stankevičienė; send Vilma Stankevičienė a new "
                                 "packet") == 0);
    CHECK(export_exchange_text(*Project::open(file, Project::Mode::read_only)) == before);
    auto accepted = run_cli({"packet", "import", file, old, "--accept-unauthenticated"});
    CHECK(accepted.exit_code == 0);
    CHECK(accepted.out.find("1 note added (accepted without a secret)\n") != std::string::npos);

    auto status = run_cli({"packet", "status", file});
    CHECK(status.exit_code == 0);
    CHECK(status.out.find("Packets sent for cycle 2026:") == 0);
    CHECK(status.out.find("none (accepted without a secret)") != std::string::npos);
    CHECK(status.out.find("first.assessa-packet") != std::string::npos);
}
