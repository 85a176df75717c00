#include <catch2/catch.hpp>

#include "model/project_schema.hpp"
#include "tests/support/bench_sets.hpp"
#include "tests/support/project_fixture.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <limits>

using namespace assessa;
using namespace assessa::test;

namespace {

BenchSet five() { return mini_bench_set({{10, 20}, {30, 40}, {50, std::nullopt}, {70, 80}, {90, 100}}); }

}  // namespace

TEST_CASE("An imported comparison set is kept as imported and read back by another opening of the file", "[bench][store]") {
    ProjectFixture f;
    CHECK(f.project->bench_sets().empty());
    BenchSet set = five();
    set.submissions[1].profile = {InstitutionType::social_services, SizeBand::over_1000, "Kaunas county"};
    const Id id = f.project->import_bench_set(set, "network-2025.assessa-benchset");
    CHECK(id > 0);
    f.project.reset();
    const auto other = Project::open(f.path, Project::Mode::read_only);
    const auto sets = other->bench_sets();
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].id == id);
    CHECK(sets[0].source_name == "network-2025.assessa-benchset");
    CHECK(sets[0].imported_at.size() == 20);
    CHECK(sets[0].set == set);
}

TEST_CASE("Comparison sets are listed oldest first and removed one by one", "[bench][store]") {
    ProjectFixture f;
    const Id a = f.project->import_bench_set(five(), "a.assessa-benchset");
    BenchSet later = five();
    later.merged_at = "2026-06-01T08:00:00Z";
    const Id b = f.project->import_bench_set(later, "b.assessa-benchset");
    auto sets = f.project->bench_sets();
    REQUIRE(sets.size() == 2);
    CHECK(sets[0].id == a);
    CHECK(sets[1].id == b);
    f.project->remove_bench_set(a);
    CHECK_THROWS_AS(f.project->remove_bench_set(a), InvalidEdit);
    f.reopen();
    sets = f.project->bench_sets();
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].set == later);
    SQLite::Database db(f.path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT count(*) FROM bench_submission WHERE set_id = " + std::to_string(a)).getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM bench_score WHERE set_id = " + std::to_string(a)).getInt() == 0);
}

TEST_CASE("A bad comparison set is refused with every problem named and nothing changes", "[bench][store]") {
    ProjectFixture f;
    f.project->import_bench_set(five(), "kept.assessa-benchset");
    const auto before = f.project->bench_sets();
    auto refused = [&](const BenchSet& set, const std::string& fragment) {
        try {
            f.project->import_bench_set(set, "bad.assessa-benchset");
            FAIL("the set was imported");
        } catch (const InvalidEdit& e) {
            const std::string what = e.what();
            CHECK_THAT(what, Catch::Contains("bad.assessa-benchset"));
            CHECK_THAT(what, Catch::Contains(fragment));
        }
        CHECK(f.project->bench_sets() == before);
    };
    BenchSet set = five();
    set.submissions[3].submission_id = "s2";
    refused(set, "submission 4 repeats the identifier");
    set = five();
    set.submissions[0].framework_version = "2";
    refused(set, "submission 1 is on mini 2 (basic)");
    set = five();
    set.submissions[2].scores.push_back({BenchLevel::node, "9.9", 50});
    refused(set, "\"9.9\" is not a node of mini 1");
    set = five();
    set.submissions[4].scores[0].score = std::numeric_limits<double>::quiet_NaN();
    refused(set, "is not a number");
    set = five();
    set.method_id = "fine";
    for (auto& s : set.submissions) s.method_id = "fine";
    refused(set, "no scoring method \"fine\"");
    set = five();
    set.framework_id.clear();
    refused(set, "does not name its framework");
    f.reopen();
    CHECK(f.project->bench_sets() == before);
}

TEST_CASE("A set on a framework the project does not hold is kept but fits no cycle", "[bench][store]") {
    ProjectFixture f;
    BenchSet set = five();
    set.framework_id = "caf-2020";
    set.framework_version = "2020.1";
    for (auto& s : set.submissions) {
        s.framework_id = set.framework_id;
        s.framework_version = set.framework_version;
        s.scores.push_back({BenchLevel::node, "4.6", 61});  // unchecked: the project has no copy of it
    }
    f.project->import_bench_set(set, "caf.assessa-benchset");
    REQUIRE(f.project->bench_sets().size() == 1);
    CHECK(f.project->bench_sets()[0].set == set);
}

TEST_CASE("A project file of version 11 is migrated to 12 with no comparison sets", "[bench][store][migration]") {
    TempDir d;
    const std::string path = d.file("old.assessa");
    std::filesystem::copy_file(data_dir() + "/project-v1.assessa", path);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        store::migrate(db, 1, 11);
        REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 11);
        CHECK(db.tableExists("process"));
        CHECK_FALSE(db.tableExists("bench_set"));
    }
    auto p = Project::open(path);
    CHECK(p->backup_path() == d.file("old.v11-backup.assessa"));
    CHECK(p->bench_sets().empty());
    const BenchSet set = five();  // the old file holds "mini" too
    const Id id = p->import_bench_set(set, "n.assessa-benchset");
    p.reset();
    p = Project::open(path);
    REQUIRE(p->bench_sets().size() == 1);
    CHECK(p->bench_sets()[0].id == id);
    CHECK(p->bench_sets()[0].set == set);
    p.reset();
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Project::schema_version);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
}
