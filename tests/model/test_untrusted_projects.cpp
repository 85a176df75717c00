// Project files from elsewhere are opened as untrusted: a schema that is not exactly what
// Assessa's migrations create is refused before anything in the file is used or changed.

#include <catch2/catch.hpp>

#include "exports/exchange_format.hpp"
#include "model/project.hpp"
#include "model/project_connection.hpp"
#include "model/project_schema.hpp"
#include "model/project_schema_check.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/tampered_projects.hpp"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <filesystem>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

ProjectError open_error(const std::string& path, Project::Mode mode) {
    try {
        Project::open(path, mode);
    } catch (const ProjectError& e) {
        return e;
    }
    FAIL("the project opened");
    return ProjectError(ProjectError::Kind::io, "");  // FAIL throws; this only satisfies the compiler
}

// The files in `dir`, without SQLite's own side files (a read-only look at a file in WAL mode
// leaves an empty -wal and -shm beside it).
std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        const bool side_file = name.size() > 4 && (name.ends_with("-wal") || name.ends_with("-shm"));
        if (!side_file) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

int rating_scores(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM rating_score").getInt();
}

// The demo project, written once per test case, with its organisation and newest cycle.
struct Demo {
    TempDir dir;
    std::string path = dir.file("demo.assessa");
    std::string organisation, cycle;
    Demo() {
        REQUIRE(run_cli({"demo", path}).exit_code == 0);
        const auto p = Project::open(path, Project::Mode::read_only);
        organisation = p->organisation().name;
        cycle = p->current_cycle().label;
    }
    std::string copy(const std::string& name) const {
        const std::string target = dir.file(name);
        fs::copy_file(path, target);
        return target;
    }
};

}  // namespace

TEST_CASE("A project file with a schema Assessa did not create is refused and left unchanged",
          "[store][untrusted]") {
    Demo demo;
    for (const auto& t : schema_tamperings()) {
        INFO(t.name);
        const std::string path = demo.copy(t.name + ".assessa");
        tamper(path, t.sql);
        const std::string bytes = read_file(path);
        const auto files = names_in(demo.dir.path());
        const std::string message = tampered_message(path, t.reason, demo.organisation, demo.cycle);
        for (auto mode : {Project::Mode::read_write, Project::Mode::read_only}) {
            const auto e = open_error(path, mode);
            CHECK(e.kind() == ProjectError::Kind::not_a_project);
            CHECK(e.what() == message);
        }
        CHECK(read_file(path) == bytes);
        CHECK(names_in(demo.dir.path()) == files);  // no backup, no journal left behind
    }
}

TEST_CASE("assessa-cli refuses a tampered project file with its message and exit code 1", "[cli][untrusted]") {
    Demo demo;
    for (const auto& t : schema_tamperings()) {
        INFO(t.name);
        const std::string path = demo.copy(t.name + ".assessa");
        tamper(path, t.sql);
        const std::string bytes = read_file(path);
        const std::string expected =
            "assessa-cli: error: " + tampered_message(path, t.reason, demo.organisation, demo.cycle) + "\n";
        const auto summary = run_cli({"summary", path});
        CHECK(summary.exit_code == 1);
        CHECK(summary.out.empty());
        CHECK(summary.err == expected);
        // Nothing is offered from a refused file: no export, no edit.
        const auto exported = run_cli({"export", path, "-o", demo.dir.file(t.name + ".xml")});
        CHECK(exported.exit_code == 1);
        CHECK(exported.err == expected);
        CHECK_FALSE(fs::exists(demo.dir.file(t.name + ".xml")));
        const auto import = run_cli({"import", path, data_dir() + "/exchange/good/organisation-only.xml"});
        CHECK(import.exit_code == 1);
        CHECK(import.err == expected);
        CHECK(read_file(path) == bytes);
    }
}

TEST_CASE("A project file with an unknown application id is refused and left unchanged", "[store][cli][untrusted]") {
    Demo demo;
    const std::string path = demo.copy("foreign-id.assessa");
    tamper(path, "PRAGMA application_id = 1234");
    const std::string bytes = read_file(path);
    const std::string message = path +
                                ": not an Assessa project: its application id is 0x000004d2, which Assessa does not "
                                "know (Assessa writes 0x41535341). If it was an Assessa project, it may have been "
                                "tampered with. Nothing was changed.";
    for (auto mode : {Project::Mode::read_write, Project::Mode::read_only}) {
        const auto e = open_error(path, mode);
        CHECK(e.kind() == ProjectError::Kind::not_a_project);
        CHECK(e.what() == message);
    }
    const auto r = run_cli({"summary", path});
    CHECK(r.exit_code == 1);
    CHECK(r.err == "assessa-cli: error: " + message + "\n");
    CHECK(read_file(path) == bytes);
}

TEST_CASE("The organisation and cycle of a refused file are shown only when their tables are Assessa's",
          "[store][untrusted]") {
    Demo demo;
    const std::string path = demo.copy("changed-organisation.assessa");
    tamper(path, "ALTER TABLE organisation ADD COLUMN note TEXT");
    CHECK(open_error(path, Project::Mode::read_only).what() ==
          path + ": this project file has a column (\"note\" in table organisation) that Assessa did not create; it "
                 "may have been tampered with. Nothing was changed.");

    // A view standing in for the organisation table is never read: reading it would run its SQL.
    const std::string shadow = demo.copy("shadowed-organisation.assessa");
    tamper(shadow, "ALTER TABLE organisation RENAME TO organisation_kept;"
                   "CREATE VIEW organisation AS SELECT * FROM organisation_kept;");
    const std::string refused = open_error(shadow, Project::Mode::read_only).what();
    CHECK(refused.find("contains a database view (\"organisation\")") != std::string::npos);
    CHECK(refused.find("The file names") == std::string::npos);

    // Names are cut short and stripped of control characters before they reach a message.
    const std::string loud = demo.copy("loud-name.assessa");
    tamper(loud, "UPDATE organisation SET name = 'Evil' || char(27) || '[2J' || hex(zeroblob(100));"
                 "CREATE TABLE extra (x);");
    const std::string loud_message = open_error(loud, Project::Mode::read_only).what();
    CHECK(loud_message.find('\x1b') == std::string::npos);
    CHECK(loud_message.find("\"Evil [2J0000") != std::string::npos);
    CHECK(loud_message.find("000…\" and the cycle") != std::string::npos);
}

TEST_CASE("A trigger planted on the lock record never runs: the packet import is refused and every score stays",
          "[store][cli][packets][untrusted]") {
    Demo demo;
    const std::string packet = demo.dir.file("member.assessa-packet");
    REQUIRE(run_cli({"packet", "export", demo.path, "--member", "4", "-o", packet}).exit_code == 0);
    const int scores = rating_scores(demo.path);
    CHECK(scores == 928);
    tamper(demo.path, schema_tampering("trigger-after-insert").sql);
    const std::string bytes = read_file(demo.path);

    // As the recipient would: look at it, then import the returned packet.
    const auto summary = run_cli({"summary", demo.path});
    CHECK(summary.exit_code == 1);
    const auto import = run_cli({"packet", "import", demo.path, packet});
    CHECK(import.exit_code == 1);
    CHECK(import.out.empty());  // the import never ran
    CHECK(import.err == "assessa-cli: error: " +
                            tampered_message(demo.path, schema_tampering("trigger-after-insert").reason,
                                             demo.organisation, demo.cycle) +
                            "\n");
    CHECK(rating_scores(demo.path) == scores);
    CHECK(read_file(demo.path) == bytes);
}

TEST_CASE("Older project files are checked against the schema of their own version before migrating",
          "[store][migration][untrusted]") {
    for (int version = 1; version < Project::schema_version; ++version) {
        INFO("file format " << version);
        TempDir d;
        const std::string path = d.file("old.assessa");
        fs::copy_file(data_dir() + "/project-v1.assessa", path);
        if (version > 1) {
            SQLite::Database db(path, SQLite::OPEN_READWRITE);
            store::migrate(db, 1, version);
        }
        const std::string tampered = d.file("old-tampered.assessa");
        fs::copy_file(path, tampered);
        tamper(tampered, "CREATE TRIGGER evil AFTER INSERT ON lock_record BEGIN DELETE FROM note_item; END;");
        const std::string bytes = read_file(tampered);

        const auto e = open_error(tampered, Project::Mode::read_write);
        CHECK(e.kind() == ProjectError::Kind::not_a_project);
        CHECK(std::string(e.what()).find(tampered + ": this project file contains a database trigger (\"evil\" on "
                                                    "lock_record) that Assessa did not create") == 0);
        CHECK(read_file(tampered) == bytes);
        CHECK(names_in(d.path()) == std::vector<std::string>{"old-tampered.assessa", "old.assessa"});  // no backup

        // The same file untouched is migrated as before, after its backup.
        const std::string original = read_file(path);
        auto p = Project::open(path);
        CHECK(p->backup_path() == d.file("old.v" + std::to_string(version) + "-backup.assessa"));
        CHECK(read_file(p->backup_path()) == original);
        CHECK(p->organisation().name == "Vėjupio rajono savivaldybės administracija");
    }
}

TEST_CASE("An older file whose schema differs from its version's is refused, not migrated", "[store][migration][untrusted]") {
    TempDir d;
    const std::string path = d.file("old.assessa");
    fs::copy_file(data_dir() + "/project-v1.assessa", path);
    // A version 1 file that already has a table of version 2: not what version 1 created.
    tamper(path, "CREATE TABLE consensus_item_source (consensus_item_id INTEGER NOT NULL, note_item_id INTEGER NOT NULL)");
    const std::string bytes = read_file(path);
    const auto e = open_error(path, Project::Mode::read_write);
    CHECK(e.what() == path + ": this project file contains a table (\"consensus_item_source\") that Assessa did not "
                             "create; it may have been tampered with. Nothing was changed. The file names the "
                             "organisation \"Vėjupio rajono savivaldybės administracija\" and the cycle \"2024\".");
    CHECK(read_file(path) == bytes);
}

TEST_CASE("The expected schema comes from the migrations and matches what a new project holds", "[store][untrusted]") {
    ProjectFixture f;
    f.project.reset();
    const auto db = store::open_connection(f.path, store::Access::read_only);
    const auto actual = store::read_schema(*db);
    const auto& expected = store::expected_schema(Project::schema_version);
    CHECK_FALSE(store::schema_difference(expected, actual));
    CHECK(expected.objects.count("packet_import_by_member") == 1);
    CHECK(expected.columns.at("consensus").back().name == "dissent");
    CHECK_FALSE(expected.foreign_keys.at("rating_score").empty());
    // Each older version differs from the next.
    for (int v = 1; v < Project::schema_version; ++v)
        CHECK(store::schema_difference(store::expected_schema(v + 1), store::expected_schema(v)));
    CHECK(expected.objects.size() == actual.objects.size());
}

TEST_CASE("CREATE statements are compared without white space, case and name quoting", "[store][untrusted]") {
    using store::normalized_sql;
    CHECK(normalized_sql("CREATE TABLE \"consensus_item\" (\n  id INTEGER PRIMARY KEY,  kind TEXT)") ==
          normalized_sql("create table consensus_item(id integer primary key, kind text)"));
    CHECK(normalized_sql("CREATE TABLE t (x TEXT DEFAULT 'A  b')") != normalized_sql("CREATE TABLE t (x TEXT DEFAULT 'a b')"));
    CHECK(normalized_sql("CREATE TABLE t (x TEXT) -- note") != normalized_sql("CREATE TABLE t (x TEXT)"));
    CHECK(normalized_sql("CREATE TABLE t (x TEXT CHECK (x IN ('a')))") != normalized_sql("CREATE TABLE t (x TEXT)"));
    CHECK(normalized_sql("CREATE TABLE [a b] (`c` TEXT)") == "create table a b(c text)");
    CHECK(normalized_sql("CREATE TABLE t (x TEXT DEFAULT 'it''s')") == "create table t(x text default'it''s')");
}

TEST_CASE("Every project connection is defensive, with limits suited to Assessa's data", "[store][untrusted]") {
    ProjectFixture f;
    f.project.reset();
    for (auto access : {store::Access::read_only, store::Access::read_write}) {
        const auto db = store::open_connection(f.path, access);
        sqlite3* h = db->getHandle();
        int on = -1;
        sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, -1, &on);
        CHECK(on == 1);
        // Off while Assessa's own schema has no triggers or views.
        const int code_allowed = store::expected_schema(Project::schema_version).has_triggers_or_views() ? 1 : 0;
        sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &on);
        CHECK(on == code_allowed);
        sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, -1, &on);
        CHECK(on == code_allowed);
        CHECK(db->execAndGet("PRAGMA trusted_schema").getInt() == 0);
        CHECK(db->execAndGet("PRAGMA cell_size_check").getInt() == 1);
        CHECK(db->execAndGet("PRAGMA mmap_size").getInt() == 0);
        CHECK(sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, -1) == 1);
        CHECK(sqlite3_limit(h, SQLITE_LIMIT_COLUMN, -1) == 100);
        CHECK(sqlite3_limit(h, SQLITE_LIMIT_LENGTH, -1) > 64 << 20);
        // Defensive mode refuses to let SQL write the schema directly.
        CHECK_THROWS(db->exec("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = '' WHERE 0"));
    }
    // The project still does everything it needs under these limits: a copy, and a member removed with
    // everything that cascades from it.
    f.reopen();
    const Id m = f.add_member("A");
    f.project->set_score(f.cycle, m, "1.1", "overall", 60);
    f.project->save_copy(f.dir.file("copy.assessa"));
    f.project->remove_member(m);
    CHECK(f.project->ratings(f.cycle).empty());
    CHECK(Project::open(f.dir.file("copy.assessa"))->ratings(f.cycle).size() == 1);
}
