// Who can write as whom: a packet is accepted only from the member it was sent to, in the
// project and cycle it was sent for (docs/packet-format.md, "Who can write as whom").

#include <catch2/catch.hpp>

#include "exports/exchange_format.hpp"
#include "exports/packet_export.hpp"
#include "exports/packet_import.hpp"
#include "exports/packet_workspace.hpp"
#include "tests/support/project_fixture.hpp"

#include <filesystem>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// What a hostile member can do without any secret: edit the XML and recompute the plain
// checksum line, as docs/packet-format.md describes it. The MAC line is left as it was.
std::string with_new_checksum(const std::string& text) {
    const auto at = text.rfind("<?assessa-checksum sha256=\"");
    REQUIRE(at != std::string::npos);
    const std::string content = text.substr(0, at);
    return content + "<?assessa-checksum sha256=\"" + sha256_hex(content) + "\"?>\n";
}

// The same, also recomputing the MAC under a secret the attacker holds (their own).
std::string with_new_mac(const std::string& text, const std::string& secret, const PacketMacBinding& binding) {
    const auto at = text.rfind("<?assessa-mac hmac-sha256=\"");
    REQUIRE(at != std::string::npos);
    const std::string content = text.substr(0, at);
    return with_new_checksum(content + "<?assessa-mac hmac-sha256=\"" + packet_mac(secret, binding, content) + "\"?>\n" +
                             "<?assessa-checksum sha256=\"\"?>\n");
}

struct TwoMembers : ProjectFixture {
    Id ona = 0, jonas = 0;
    TwoMembers() {
        ona = add_member("Ona Petraitienė");
        jonas = add_member("Jonas Jonaitis");
        project->set_score(cycle, ona, "1.1", "overall", 70);
        project->add_item(cycle, ona, "1.1", NoteKind::strength, "Ona's own strength");
    }
};

}  // namespace

TEST_CASE("A packet relabelled to another member is refused and that member's work stays as it was", "[packets]") {
    TwoMembers g;
    const auto sent = export_all_packets(*g.project, g.cycle, g.dir.file("out"));
    REQUIRE(sent.size() == 2);
    const std::string ona_packet = sent[0].path, jonas_packet = sent[1].path;
    const std::string before = export_exchange_text(*g.project);

    // Jonas takes his own packet, says it is Ona's, raises the revision and changes the scores.
    std::string forged = read_file(jonas_packet);
    forged = replaced(forged, "<member id=\"2\" name=\"Jonas Jonaitis\"", "<member id=\"1\" name=\"Ona Petraitienė\"");
    forged = replaced(forged, "revision=\"1\"", "revision=\"6\"");
    forged = replaced(forged, "<framework-snapshot>",
                      "<rating node=\"1.1\">\n    <score phase=\"overall\" value=\"5\" />\n  </rating>\n  <framework-snapshot>");

    SECTION("with the plain checksum recomputed") {
        const auto result = import_packet_text(*g.project, "forged.assessa-packet", with_new_checksum(forged));
        REQUIRE_FALSE(result.ok());
        CHECK(to_string(result.errors) == "forged.assessa-packet: error: this packet was not sent to Ona Petraitienė, or was "
                                          "changed after it was sent; nothing was imported\n");
    }
    SECTION("with the MAC recomputed under his own secret") {
        const std::string secret = read_packet_file(jonas_packet).packet->secret;
        const auto result = import_packet_text(*g.project, "forged.assessa-packet",
                                               with_new_mac(forged, secret, {g.project->project_id(), "2026", 1, 1}));
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors.at(0).message ==
              "this packet was not sent to Ona Petraitienė, or was changed after it was sent; nothing was imported");
    }
    CHECK(export_exchange_text(*g.project) == before);  // Ona's ratings and notes unchanged
    CHECK(g.project->packet_imports(g.cycle).empty());

    // Ona's real packet still comes in afterwards, revision 1.
    PacketWorkspace::open(ona_packet)->set_score("1.1", "overall", 75);
    const auto real = import_packet(*g.project, ona_packet);
    INFO(to_string(real.errors));
    REQUIRE(real.ok());
    CHECK(g.project->rating(g.cycle, g.ona, "1.1").scores.at("overall") == 75);
    CHECK(g.project->packet_imports(g.cycle).at(0).sending == 1);
}

TEST_CASE("A packet replayed into another project or another cycle is refused", "[packets]") {
    TwoMembers g;
    const std::string file = g.dir.file("ona.assessa-packet");
    send_packet(*g.project, g.cycle, g.ona, file);
    PacketWorkspace::open(file)->set_score("1.1", "overall", 10);

    SECTION("another project with the same group, its id written into the packet") {
        TwoMembers other;
        send_packet(*other.project, other.cycle, other.ona, other.dir.file("own.assessa-packet"));
        const std::string before = export_exchange_text(*other.project);
        const std::string replayed = with_new_checksum(
            replaced(read_file(file), "id=\"" + g.project->project_id() + "\"", "id=\"" + other.project->project_id() + "\""));
        const auto result = import_packet_text(*other.project, "replayed.assessa-packet", replayed);
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors.at(0).message ==
              "this packet was not sent to Ona Petraitienė, or was changed after it was sent; nothing was imported");
        CHECK(export_exchange_text(*other.project) == before);
    }
    SECTION("another cycle of the same project, to which the member was sent a packet too") {
        const Id later = g.project->add_cycle("2027", "mini", "basic");
        send_packet(*g.project, later, g.ona, g.dir.file("ona-2027.assessa-packet"));
        const std::string before = export_exchange_text(*g.project);
        const std::string replayed = with_new_checksum(replaced(read_file(file), "label=\"2026\"", "label=\"2027\""));
        const auto result = import_packet_text(*g.project, "replayed.assessa-packet", replayed);
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors.at(0).message ==
              "this packet was not sent to Ona Petraitienė, or was changed after it was sent; nothing was imported");
        CHECK(export_exchange_text(*g.project) == before);
        // Where it was sent, it imports.
        REQUIRE(import_packet(*g.project, file).ok());
    }
}

TEST_CASE("After a packet is sent again the earlier one is refused, unless the facilitator keeps it valid",
          "[packets]") {
    TwoMembers g;
    const std::string first = g.dir.file("first.assessa-packet"), second = g.dir.file("second.assessa-packet");
    CHECK(send_packet(*g.project, g.cycle, g.ona, first).header.sending == 1);
    PacketWorkspace::open(first)->set_score("1.1", "overall", 15);

    SECTION("by default only the newest sending counts") {
        CHECK(send_packet(*g.project, g.cycle, g.ona, second).header.sending == 2);
        const std::string before = export_exchange_text(*g.project);
        const auto result = import_packet(*g.project, first);
        REQUIRE_FALSE(result.ok());
        const auto sendings = g.project->packet_sendings(g.cycle);
        REQUIRE(sendings.size() == 2);
        CHECK_FALSE(sendings[0].valid);
        CHECK(sendings[1].valid);
        CHECK(result.errors.at(0).message ==
              "this packet comes from sending 1 to Ona Petraitienė, which was replaced by sending 2 on " +
                  sendings[1].sent_at +
                  "; import the packet of the latest sending, or send again keeping earlier packets valid; nothing "
                  "was imported");
        CHECK(export_exchange_text(*g.project) == before);
        REQUIRE(import_packet(*g.project, second).ok());
        CHECK(g.project->packet_imports(g.cycle).at(0).sending == 2);
    }
    SECTION("kept valid, both are accepted and the record says which sending each came from") {
        send_packet(*g.project, g.cycle, g.ona, second, SendOptions{true});
        CHECK(g.project->packet_sendings(g.cycle).at(0).valid);
        const auto result = import_packet(*g.project, first);
        INFO(to_string(result.errors));
        REQUIRE(result.ok());
        CHECK(g.project->rating(g.cycle, g.ona, "1.1").scores.at("overall") == 15);
        {
            auto w = PacketWorkspace::open(second);  // revision 1, as sent before the first import
            w->set_score("1.1", "overall", 20);
            w->set_score("1.1", "overall", 25);  // revision 3, over the 2 imported
        }
        REQUIRE(import_packet(*g.project, second).ok());
        const auto records = g.project->packet_imports(g.cycle);
        REQUIRE(records.size() == 2);
        CHECK(records[0].sending == 1);
        CHECK(records[1].sending == 2);
        CHECK(packet_sending_label(records[1]) == "2");
    }
}

TEST_CASE("A packet with no secret is refused, then accepted when the facilitator says so, and noted", "[packets]") {
    TwoMembers g;
    const std::string file = g.dir.file("old.assessa-packet");
    // A packet as the program wrote it before packets carried secrets (format version 1).
    Packet old = make_packet(*g.project, g.cycle, g.ona);
    old.ratings.at(0).scores["overall"] = 35;
    write_packet_file(file, old);
    CHECK(read_file(file).find("version=\"1\"") != std::string::npos);
    CHECK(read_file(file).find("assessa-mac") == std::string::npos);

    const std::string before = export_exchange_text(*g.project);
    const auto refused = import_packet(*g.project, file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.unauthenticated);
    CHECK(refused.errors.at(0).message ==
          "this packet was written before packets were protected with a secret, so nothing shows that it comes from "
          "Ona Petraitienė; send Ona Petraitienė a new packet (assessa-cli packet export --member, or \"Send "
          "packets...\") and import the one returned, or, if you are sure of it, accept this packet explicitly "
          "(--accept-unauthenticated, or confirm in the dialog); nothing was imported");
    CHECK(export_exchange_text(*g.project) == before);

    const auto accepted = import_packet(*g.project, file, PacketImportOptions{true, {}});
    INFO(to_string(accepted.errors));
    REQUIRE(accepted.ok());
    CHECK(accepted.report->unauthenticated);
    CHECK(describe(*accepted.report) ==
          file + ": imported revision 1 from Ona Petraitienė (not finished yet): 1 score changed (accepted without a secret)");
    CHECK(g.project->rating(g.cycle, g.ona, "1.1").scores.at("overall") == 35);
    g.reopen();
    const auto records = g.project->packet_imports(g.cycle);
    REQUIRE(records.size() == 1);
    CHECK(records[0].unauthenticated);
    CHECK(records[0].sending == 0);
    CHECK(packet_sending_label(records[0]) == "none (accepted without a secret)");
}

TEST_CASE("A damaged packet gets the damage message, not the forgery message", "[packets]") {
    TwoMembers g;
    const std::string file = g.dir.file("ona.assessa-packet");
    send_packet(*g.project, g.cycle, g.ona, file);
    const std::string text = read_file(file);
    // One byte changed anywhere: in the ratings, in the secret, in the MAC line.
    for (const std::string& anchor : {std::string("value=\"7"), std::string("secret=\""), std::string("hmac-sha256=\"")}) {
        const auto at = text.find(anchor);
        REQUIRE(at != std::string::npos);
        std::string damaged = text;
        const std::size_t byte = at + anchor.size();
        damaged[byte] = damaged[byte] == '7' ? '8' : '7';
        const auto result = import_packet_text(*g.project, "damaged.assessa-packet", damaged);
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors.at(0).message == "the packet's content does not match its checksum: it was changed or "
                                             "damaged after it was written");
    }
}

TEST_CASE("Sending records a fresh 256-bit secret per member and sending, and the packet carries only its own",
          "[packets]") {
    TwoMembers g;
    const auto sent = export_all_packets(*g.project, g.cycle, g.dir.file("out"));
    const auto again = send_packet(*g.project, g.cycle, g.ona, g.dir.file("again.assessa-packet"));
    const auto sendings = g.project->packet_sendings(g.cycle);
    REQUIRE(sendings.size() == 3);
    for (const auto& s : sendings) CHECK(is_packet_secret(s.secret));
    CHECK(sendings[0].secret != sendings[1].secret);
    CHECK(sendings[0].secret != sendings[2].secret);
    CHECK(sendings[2].number == 2);
    CHECK(again.secret == sendings[2].secret);
    const std::string jonas_file = read_file(sent[1].path);
    CHECK(jonas_file.find(sendings[1].secret) != std::string::npos);
    CHECK(jonas_file.find(sendings[0].secret) == std::string::npos);
    CHECK(jonas_file.find(sendings[2].secret) == std::string::npos);
}

TEST_CASE("A packet whose file cannot be written leaves no sending behind", "[packets]") {
    TwoMembers g;
    const std::string missing = g.dir.file("no/such/folder/ona.assessa-packet");
    CHECK_THROWS_AS(send_packet(*g.project, g.cycle, g.ona, missing), PacketError);
    CHECK(g.project->packet_sendings(g.cycle).empty());
    send_packet(*g.project, g.cycle, g.ona, g.dir.file("ona.assessa-packet"));
    CHECK(g.project->packet_sendings(g.cycle).at(0).number == 1);
}
