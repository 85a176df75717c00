#include <catch2/catch.hpp>

#include "exports/exchange_format.hpp"
#include "exports/packet_import.hpp"
#include "tests/support/project_fixture.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

// The project the packets in tests/data/packets were made for (make_bad_packets.py): a mini
// project with two members, whose project id is set to the one in the files, each sent packet 1.
struct PacketTarget : ProjectFixture {
    Id ona = 0, jonas = 0;

    PacketTarget() {
        ona = add_member("Ona Petraitienė");
        jonas = add_member("Jonas Jonaitis");
        project->set_score(cycle, ona, "1.1", "overall", 20);
        project->add_item(cycle, ona, "1.1", NoteKind::afi, "Misija neaiški.");
        project->set_score(cycle, jonas, "2.1", "trends", 60);
        project.reset();
        {
            SQLite::Database db(path, SQLite::OPEN_READWRITE);
            db.exec("UPDATE meta SET value = '00112233445566778899aabbccddeeff' WHERE key = 'project_id'");
        }
        reopen();
        // Packet 1 sent to each, with the secrets make_bad_packets.py signs with.
        project->record_packet_sending(cycle, ona, repeated("0123456789abcdef"), false);
        project->record_packet_sending(cycle, jonas, repeated("fedcba9876543210"), false);
    }
    static std::string repeated(const std::string& part) { return part + part + part + part; }
};

std::string packets_dir() { return data_dir() + "/packets"; }

}  // namespace

TEST_CASE("The good packet the bad ones are made from imports", "[packets]") {
    PacketTarget t;
    const auto result = import_packet(*t.project, packets_dir() + "/good/ona.assessa-packet");
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.report->changes.scores_changed == 1);  // 1.1: 20 -> 55
    CHECK(result.report->changes.scores_set == 2);      // 2.1 trends and targets
    CHECK(result.report->changes.items_added == 1);
    CHECK(result.report->changes.items_removed == 1);
    CHECK(t.project->rating(t.cycle, t.ona, "1.1").scores.at("overall") == 55);
    CHECK(t.project->rating(t.cycle, t.jonas, "2.1").scores.at("trends") == 60);  // another member's untouched
}

TEST_CASE("Each bad packet is refused with its message and the project stays unchanged", "[packets]") {
    PacketTarget t;
    const std::string before = export_exchange_text(*t.project);
    const auto files = files_in(packets_dir() + "/bad", ".assessa-packet");
    REQUIRE(files.size() >= 18);
    for (const auto& file : files) {
        const std::string name = fs::path(file).filename().string();
        SECTION(name) {
            const std::string expected_file = fs::path(file).replace_extension(".expected").string();
            REQUIRE(fs::exists(expected_file));
            const auto result = import_packet_text(*t.project, name, read_file(file));
            CHECK_FALSE(result.ok());
            CHECK(to_string(result.errors) == read_file(expected_file));
            CHECK(export_exchange_text(*t.project) == before);
            CHECK(t.project->packet_imports(t.cycle).empty());
        }
    }
}

TEST_CASE("A packet over the size limit is refused unread", "[packets]") {
    PacketTarget t;
    const std::string big = t.dir.file("big.assessa-packet");
    {
        std::ofstream out(big, std::ios::binary);
        out << read_file(packets_dir() + "/good/ona.assessa-packet") << std::string(packet_max_bytes, ' ');
    }
    const auto result = import_packet(*t.project, big);
    REQUIRE_FALSE(result.ok());
    CHECK(to_string(result.errors) == big + ": error: the file is too large (" + std::to_string(fs::file_size(big)) +
                                          " bytes; the limit is 8388608 bytes)\n");
    CHECK(t.project->packet_imports(t.cycle).empty());
}

TEST_CASE("A packet for a member removed from the group is refused", "[packets]") {
    PacketTarget t;
    t.project->remove_member(t.ona);
    const auto result = import_packet(*t.project, packets_dir() + "/good/ona.assessa-packet");
    REQUIRE_FALSE(result.ok());
    CHECK(to_string(result.errors) == packets_dir() + "/good/ona.assessa-packet:5:4: error: the packet is for group "
                                                      "member 1 \"Ona Petraitienė\", who is not in the project's group\n");
}

TEST_CASE("A read-only project imports nothing", "[packets]") {
    PacketTarget t;
    t.reopen(Project::Mode::read_only);
    const auto result = import_packet(*t.project, packets_dir() + "/good/ona.assessa-packet");
    REQUIRE_FALSE(result.ok());
    CHECK(result.errors.at(0).message == "the project " + t.path + " is open read-only; nothing was imported");
}
