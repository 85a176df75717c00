#include <catch2/catch.hpp>

#include "model/cycle_summary.hpp"
#include "model/project.hpp"
#include "model/platform/platform.hpp"
#include "tests/support/project_fixture.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

ProjectError open_error(const std::string& path, Project::Mode mode = Project::Mode::read_write) {
    try {
        Project::open(path, mode);
    } catch (const ProjectError& e) {
        return e;
    }
    FAIL("the project opened");
    return ProjectError(ProjectError::Kind::io, "");  // FAIL throws; this only satisfies the compiler
}

void write_file(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

}  // namespace

TEST_CASE("Files that are not projects are refused with a clear message", "[store][bad]") {
    TempDir d;
    CHECK(open_error(d.file("missing.assessa")).what() == d.file("missing.assessa") + ": no such project file");
    CHECK(open_error(d.path()).kind() == ProjectError::Kind::not_a_project);

    write_file(d.file("empty.assessa"), "");
    CHECK(open_error(d.file("empty.assessa")).what() == d.file("empty.assessa") + ": the file is empty, not an Assessa project");

    write_file(d.file("text.assessa"), "Tai ne projektas, o tekstas.\n");
    auto e = open_error(d.file("text.assessa"));
    CHECK(e.kind() == ProjectError::Kind::not_a_project);
    CHECK(e.what() == d.file("text.assessa") + ": not an Assessa project file");

    std::string noise(8192, '\0');
    std::mt19937 gen(7);
    for (auto& c : noise) c = static_cast<char>(gen());
    write_file(d.file("noise.assessa"), noise);
    CHECK(open_error(d.file("noise.assessa")).kind() == ProjectError::Kind::not_a_project);

    {
        SQLite::Database other(d.file("other.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t (x INTEGER)");
    }
    auto foreign = open_error(d.file("other.db"));
    CHECK(foreign.kind() == ProjectError::Kind::not_a_project);
    CHECK(foreign.what() == d.file("other.db") + ": an SQLite database, but not an Assessa project");
}

TEST_CASE("Truncated and damaged project files are refused, never crash", "[store][bad]") {
    ProjectFixture f;
    const Id m = f.add_member("A");
    for (int i = 0; i < 200; ++i) f.project->add_item(f.cycle, m, "1.1", NoteKind::evidence, "Document " + std::to_string(i));
    f.project.reset();
    const std::string bytes = read_file(f.path);
    REQUIRE(bytes.size() > 8192);

    for (std::size_t cut : {std::size_t{10}, std::size_t{100}, std::size_t{4096}, bytes.size() / 2}) {
        INFO(cut);
        const std::string t = f.dir.file("cut-" + std::to_string(cut) + ".assessa");
        write_file(t, bytes.substr(0, cut));
        const auto kind = open_error(t).kind();
        CHECK((kind == ProjectError::Kind::not_a_project || kind == ProjectError::Kind::damaged));
    }
    // Overwrite the middle pages with garbage: the integrity check finds it.
    std::string broken = bytes;
    for (std::size_t i = 4096; i < broken.size() - 4096; ++i) broken[i] = static_cast<char>(i * 31);
    const std::string t = f.dir.file("garbled.assessa");
    write_file(t, broken);
    auto e = open_error(t);
    CHECK((e.kind() == ProjectError::Kind::damaged || e.kind() == ProjectError::Kind::not_a_project));
    CHECK(std::string(e.what()).find(t + ": ") == 0);
}

TEST_CASE("A file from a newer version of Assessa is refused and left unchanged", "[store][bad]") {
    ProjectFixture f;
    f.project.reset();
    {
        SQLite::Database db(f.path, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    }
    const std::string before = read_file(f.path);
    auto e = open_error(f.path);
    CHECK(e.kind() == ProjectError::Kind::newer_version);
    CHECK(e.what() == f.path + ": the project was saved by a newer version of Assessa (file format 99, this version "
                               "reads up to " + std::to_string(Project::schema_version) + "). Update Assessa to open it.");
    CHECK(read_file(f.path) == before);
}

TEST_CASE("A project open elsewhere is reported with who and when, and can be opened read-only", "[store][lock]") {
    ProjectFixture f;
    f.add_member("A");
    auto e = open_error(f.path);
    CHECK(e.kind() == ProjectError::Kind::locked);
    CHECK(e.lock().pid == platform::process_id());
    CHECK_FALSE(e.lock().user.empty());
    CHECK(e.lock().opened_at.size() == 20);
    CHECK(std::string(e.what()).find("is already open by " + e.lock().user + " on ") != std::string::npos);
    CHECK(std::string(e.what()).find("You can open it read-only.") != std::string::npos);

    auto ro = Project::open(f.path, Project::Mode::read_only);
    CHECK(ro->read_only());
    CHECK(ro->members().size() == 1);
    CHECK_THROWS_AS(ro->add_member({0, "B", MemberRole::member, std::nullopt, ""}), ProjectError);

    f.project.reset();  // closing releases the lock
    CHECK_NOTHROW(Project::open(f.path));
}

TEST_CASE("Reading a closed project leaves nothing beside it, reading one open elsewhere leaves its files", "[store][lock]") {
    ProjectFixture f;
    f.add_member("A");
    const auto beside = [&](const char* suffix) { return fs::exists(platform::utf8_path(f.path + suffix)); };
    const auto read_members = [&] { return Project::open(f.path, Project::Mode::read_only)->members().size(); };

    // Open by its writer: the writer's -wal and -shm stay, and the writer goes on working.
    CHECK(read_members() == 1);
    CHECK(beside("-wal"));
    f.add_member("B");

    f.project.reset();
    CHECK_FALSE(beside("-wal"));
    const auto bytes = read_file(f.path);
    CHECK(read_members() == 2);
    CHECK_FALSE(beside("-wal"));
    CHECK_FALSE(beside("-shm"));
    CHECK(read_file(f.path) == bytes);
}

TEST_CASE("A lock record left by a crashed program does not block opening", "[store][lock]") {
    ProjectFixture f;
    f.project.reset();
    {
        SQLite::Database db(f.path, SQLite::OPEN_READWRITE);
        db.exec("INSERT OR REPLACE INTO lock_record VALUES (1, 'ghost', 'elsewhere', 1, '2026-01-01T00:00:00Z')");
    }
    CHECK_NOTHROW(Project::open(f.path));
}

TEST_CASE("Save a copy writes a complete, unlocked project", "[store]") {
    ProjectFixture f;
    const Id m = f.add_member("Rūta");
    f.project->set_score(f.cycle, m, "1.1", "overall", 70);
    const std::string copy = f.dir.file("copy.assessa");
    f.project->save_copy(copy);
    CHECK_THROWS_AS(f.project->save_copy(copy), ProjectError);
    auto c = Project::open(copy);  // not locked although the original is open
    CHECK(c->project_id() == f.project->project_id());
    CHECK(c->rating(c->current_cycle().id, m, "1.1").scores.at("overall") == 70);
}

TEST_CASE("A version 1 project is migrated after a backup of the old file", "[store][migration]") {
    TempDir d;
    const std::string path = d.file("old.assessa");
    fs::copy_file(data_dir() + "/project-v1.assessa", path);
    const std::string original = read_file(path);
    auto p = Project::open(path);
    REQUIRE(p->backup_path() == d.file("old.v1-backup.assessa"));
    CHECK(read_file(p->backup_path()) == original);
    CHECK(p->organisation().name == "Vėjupio rajono savivaldybės administracija");
    const Cycle c = p->current_cycle();
    CHECK(c.label == "2024");
    auto consensus = p->consensus(c.id, "1.1");
    CHECK(consensus.justification == "Planas yra, peržiūros nėra.");
    CHECK(consensus.dissent.empty());
    REQUIRE(consensus.items.size() == 2);
    CHECK(consensus.items[0].source_item_ids == std::vector<Id>{1});  // kept from the old single source
    CHECK(consensus.items[1].source_item_ids.empty());
    auto s = summarize(*p, c.id);
    CHECK(s.node("1.1")->spread->mean == Approx(52.5));
    CHECK(*s.node("1.1")->consensus == Approx(50));
    // Every cycle's group is everyone the file held; nothing was corrected or adopted yet.
    CHECK(p->cycle_members(c.id) == p->members());
    CHECK_FALSE(p->members().empty());
    CHECK(p->corrections(c.id).empty());
    CHECK_FALSE(c.members_see_previous_consensus);
    // The new version's features work on the migrated file.
    const Id both = p->add_consensus_item(c.id, "1.1", NoteKind::strength, "Merged", {1, 2});
    CHECK(p->consensus(c.id, "1.1").items[1].id == both);
    p.reset();
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Project::schema_version);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
}
