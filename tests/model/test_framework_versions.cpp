// A newer version of a framework in the next cycle: the library offers it, the changes are
// listed by node code, earlier cycles keep their version, the comparison covers the shared
// nodes only and says so, and files (old project files, exchange files) keep every version.

#include <catch2/catch.hpp>

#include "exports/demo_project.hpp"
#include "exports/exchange_format.hpp"
#include "frameworks/data_paths.hpp"
#include "frameworks/framework_changes.hpp"
#include "frameworks/framework_version.hpp"
#include "model/platform/platform.hpp"
#include "model/cycle_comparison.hpp"
#include "model/next_cycle.hpp"
#include "model/project_schema.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/test_support.hpp"

#include <SQLiteCpp/Database.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

const std::string newer_dir() { return data_dir() + "/frameworks/newer"; }

// The bundled frameworks and, as a user would add it, CAF 2020 version 2027 (1.1 renamed, 4.6
// removed, 5.4 added).
const FrameworkLibrary& library_with_newer() {
    static const FrameworkLibrary lib = FrameworkLibrary::load({bundled_frameworks_dir(), newer_dir()});
    return lib;
}

void agree(Project& p, const Cycle& c, const std::string& code, int value) {
    const Panel* panel = p.panel_for(c, code);
    REQUIRE(panel);
    for (const auto& phase : panel->phases) p.set_consensus_score(c.id, code, phase.id, value);
}

// The demo (2024, 2026 on CAF 2020 version 2020) with 2028 started on version 2027.
struct DemoOn2027 {
    TempDir dir;
    std::string path = dir.file("demo.assessa");
    std::unique_ptr<Project> p;
    Id y2028 = 0;
    DemoOn2027() {
        p = write_demo_project(path, library_with_newer(), "en");
        NextCycle next;
        next.label = "2028";
        next.starts_on = "2028-10-02";
        next.framework_version = "2027";
        y2028 = start_next_cycle(*p, next, &library_with_newer());
    }
};

// XDG_DATA_HOME pointing at a home whose framework folder holds the newer CAF, while it lives.
class UserFrameworks {
public:
    UserFrameworks() {
        const std::string dir = home_.path() + "/assessa/frameworks";
        fs::create_directories(dir);
        fs::copy_file(newer_dir() + "/caf-2020-v2027.xml", dir + "/caf-2020-v2027.xml");
        env_.emplace("XDG_DATA_HOME", home_.path());
    }
    UserFrameworks(const UserFrameworks&) = delete;
    UserFrameworks& operator=(const UserFrameworks&) = delete;

private:
    TempDir home_;
    std::optional<ScopedEnvironment> env_;
};

}  // namespace

TEST_CASE("Framework versions are numbers separated by dots and compare group by group", "[frameworks][versions]") {
    CHECK(is_framework_version("2020"));
    CHECK(is_framework_version("2020.1.3"));
    for (const char* bad : {"", "2020.", ".1", "1..2", "v2", "2020 ", "1.x", "1234567890", "1.2.3.4.5.6.7.8.9"})
        CHECK_FALSE(is_framework_version(bad));
    CHECK(compare_framework_versions("2027", "2020") > 0);
    CHECK(compare_framework_versions("1.10", "1.9") > 0);
    CHECK(compare_framework_versions("2020", "2020.0") == 0);
    CHECK(compare_framework_versions("2020", "2020.1") < 0);
}

TEST_CASE("The library holds several versions of a framework and offers the newest", "[frameworks][versions][library]") {
    const auto& lib = library_with_newer();
    CHECK(lib.problems().empty());
    REQUIRE(lib.find("caf-2020"));
    CHECK(lib.find("caf-2020")->version() == "2027");
    REQUIRE(lib.find("caf-2020", "2020"));
    CHECK(lib.find("caf-2020", "2020")->find("4.6"));
    CHECK_FALSE(lib.find("caf-2020", "2031"));
    const auto versions = lib.versions_of("caf-2020");
    REQUIRE(versions.size() == 2);
    CHECK(versions[0]->version() == "2020");
    CHECK(versions[1]->version() == "2027");
    // One entry per framework for a new project; the mapping made for 2020 still loads.
    CHECK(std::count_if(lib.frameworks().begin(), lib.frameworks().end(),
                        [](const FrameworkPtr& f) { return f->id() == "caf-2020"; }) == 1);
    CHECK(lib.mapping_between("caf-2020", "iso-9001-2015"));
}

TEST_CASE("The changes between two versions are listed by node code", "[frameworks][versions]") {
    const auto& lib = library_with_newer();
    const auto old_fw = lib.find("caf-2020", "2020"), new_fw = lib.find("caf-2020", "2027");
    const FrameworkChanges c = framework_changes(*old_fw, *new_fw);
    CHECK(c.added == std::vector<std::string>{"5.4"});
    CHECK(c.removed == std::vector<std::string>{"4.6"});
    REQUIRE(c.renamed.size() == 1);
    CHECK(c.renamed[0].code == "1.1");
    CHECK(c.renamed[0].old_title.get("en") == "Provide direction for the organisation by developing its mission, vision and values");
    CHECK(c.renamed[0].new_title.get("en") == "Give the organisation direction through its mission, vision and values");
    CHECK(c.assessable_left_out == 2);
    CHECK(shared_assessable_codes(*old_fw, *new_fw).size() == 27);
    CHECK(change_lines(c, *old_fw, *new_fw, "en") ==
          std::vector<std::string>{"Added: 5.4 Run digital services that people can use on their own",
                                   "Removed: 4.6 Manage facilities",
                                   "Renamed: 1.1 Provide direction for the organisation by developing its mission, "
                                   "vision and values \u2192 Give the organisation direction through its mission, "
                                   "vision and values"});
    CHECK(framework_changes(*old_fw, *old_fw).empty());
}

TEST_CASE("Starting 2028 on the newer version leaves 2024 and 2026 on theirs", "[cycles][versions]") {
    DemoOn2027 d;
    auto& p = *d.p;
    // After 2028 on 2027, a cycle after it can only stay on 2027 (the project now holds it).
    const auto offered = next_cycle_framework_versions(p, &library_with_newer());
    REQUIRE(offered.size() == 1);
    CHECK(offered[0]->version() == "2027");
    {
        const Cycle y2028 = p.cycle(d.y2028);
        CHECK(y2028.framework_version == "2027");
        CHECK(p.framework_of(y2028)->find("5.4"));
        CHECK_FALSE(p.framework_of(y2028)->find("4.6"));
        CHECK(p.panel_for(y2028, "5.4"));
        CHECK_THROWS_AS(p.set_consensus_score(d.y2028, "4.6", "plan", 50), InvalidEdit);
    }
    d.p.reset();
    // A separate reading of the file: each cycle on the version it was started with.
    auto again = Project::open(d.path, Project::Mode::read_only);
    CHECK(cycle_named(*again, "2024").framework_version == "2020");
    CHECK(cycle_named(*again, "2026").framework_version == "2020");
    CHECK(cycle_named(*again, "2028").framework_version == "2027");
    CHECK(again->framework_versions("caf-2020").size() == 2);
    CHECK(again->framework("caf-2020")->version() == "2027");
    CHECK(again->framework_of(cycle_named(*again, "2026"))->find("4.6"));
    CHECK(again->consensus(cycle_named(*again, "2026").id, "4.6").scores.size() > 0);
}

TEST_CASE("A next cycle on a version nobody holds, an older or a malformed one is refused", "[cycles][versions]") {
    TempDir dir;
    auto p = write_demo_project(dir.file("demo.assessa"), library_with_newer(), "en");
    // What the wizard offers: the version 2026 uses and the newer one in the library.
    const auto offered = next_cycle_framework_versions(*p, &library_with_newer());
    REQUIRE(offered.size() == 2);
    CHECK(offered[0]->version() == "2020");
    CHECK(offered[1]->version() == "2027");
    CHECK(next_cycle_framework_versions(*p, nullptr).size() == 1);
    NextCycle next;
    next.label = "2028";
    next.starts_on = "2028-10-02";
    for (const auto& [version, message] :
         std::vector<std::pair<std::string, std::string>>{
             {"2031", "neither the project nor the library holds version 2031 of framework \"caf-2020\""},
             {"2019", "cycle 2026 uses version 2020 of framework \"caf-2020\"; the next cycle cannot go back to version 2019"},
             {"20x", "\"20x\" is not a framework version (numbers separated by dots, such as 2020 or 2020.1)"}}) {
        next.framework_version = version;
        CHECK(check_next_cycle(*p, next, &library_with_newer()) == std::vector<std::string>{message});
        CHECK_THROWS_WITH(start_next_cycle(*p, next, &library_with_newer()), message);
    }
    CHECK(p->cycles().size() == 2);
    CHECK(p->framework_versions("caf-2020").size() == 1);
}

TEST_CASE("The comparison across versions covers only the shared subcriteria and says so", "[cycles][versions][compare]") {
    DemoOn2027 d;
    auto& p = *d.p;
    const Cycle y2026 = cycle_named(p, "2026"), y2028 = p.cycle(d.y2028);
    // Criterion 4 in 2028: 4.1 to 4.5 agreed (4.6 is gone); 5.4 is new.
    for (const char* code : {"4.1", "4.2", "4.3", "4.4", "4.5"}) agree(p, y2028, code, 60);
    agree(p, y2028, "5.4", 90);
    agree(p, y2028, "1.1", 70);

    const auto c = compare_with_earlier(p, summarize(p, y2028.id), y2026.id);
    REQUIRE(c);
    CHECK(c->versions_differ());
    CHECK(c->compared == 27);
    CHECK(c->left_out == 2);
    // 2026's criterion 4 is the mean of 4.1 to 4.5 only, not of all six.
    const auto before = summarize(p, y2026.id);
    double sum = 0;
    for (const char* code : {"4.1", "4.2", "4.3", "4.4", "4.5"}) sum += *before.node(code)->consensus;
    REQUIRE(c->earlier.consensus.node("4"));
    CHECK(*c->earlier.consensus.node("4") == Approx(sum / 5));
    CHECK(*before.consensus.node("4") != Approx(sum / 5));  // 4.6 weighed in before
    CHECK(c->current.node("4") == 60);
    CHECK_FALSE(c->current.node("5.4"));  // new: not compared
    CHECK(c->current.node("5") == std::nullopt);
    CHECK(c->delta("4") == Approx(60 - sum / 5));
    CHECK(comparison_scope_note(*c) ==
          "Cycle 2026 used version 2020 of the framework and cycle 2028 version 2027: the comparison covers only the "
          "27 subcriteria both versions share; 2 subcriteria were left out.");

    // Two cycles on one version: everything is compared, and nothing needs saying.
    const auto same = compare_with_earlier(p, summarize(p, y2026.id), cycle_named(p, "2024").id);
    REQUIRE(same);
    CHECK_FALSE(same->versions_differ());
    CHECK(same->left_out == 0);
    CHECK(comparison_scope_note(*same).empty());
}

TEST_CASE("The summary and the report of 2028 say what the comparison with 2026 leaves out", "[cli][versions][compare][pdf][host-tools]") {
    UserFrameworks user;
    TempDir d;
    const std::string file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    REQUIRE(run_cli({"cycle", "add", file, "--label", "2028", "--starts-on", "2028-10-02", "--framework-version", "2027"})
                .exit_code == 0);
    {
        auto p = Project::open(file);
        const Cycle y2028 = cycle_named(*p, "2028");
        for (const char* code : {"1.1", "4.1", "5.4"}) agree(*p, y2028, code, 55);
    }
    const std::string note = "Cycle 2026 used version 2020 of the framework and cycle 2028 version 2027: the comparison "
                             "covers only the 27 subcriteria both versions share; 2 subcriteria were left out.";
    const auto summary = run_cli({"summary", file});
    REQUIRE(summary.exit_code == 0);
    CHECK(summary.out.find(note) != std::string::npos);
    const auto json = run_cli({"summary", file, "--json"});
    CHECK(json.out.find("\"nodes_left_out\": 2") != std::string::npos);

    const std::string pdf = d.file("report.pdf");
    REQUIRE(run_cli({"report", file, "-o", pdf, "--date", "2028-11-20"}).exit_code == 0);
    std::string text = pdf_text(pdf, false);
    std::string flat;
    for (char ch : text) flat += (ch == '\n' ? ' ' : ch);
    CHECK(flat.find("Cycle 2026 used version 2020 of the framework and cycle 2028 version 2027") != std::string::npos);
    CHECK(flat.find("2 subcriteria were left out.") != std::string::npos);

    // In Lithuanian too.
    const std::string pdf_lt = d.file("report-lt.pdf");
    REQUIRE(run_cli({"report", file, "-o", pdf_lt, "--date", "2028-11-20", "--language", "lt"}).exit_code == 0);
    std::string lt;
    for (char ch : pdf_text(pdf_lt, false)) lt += (ch == '\n' ? ' ' : ch);
    CHECK(lt.find("2020") != std::string::npos);
    CHECK(lt.find("Cycle 2026 used version") == std::string::npos);
}

TEST_CASE("assessa-cli cycle add --framework-version moves the next cycle to a newer version", "[cli][cycles][versions]") {
    UserFrameworks user;
    TempDir d;
    const std::string file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);

    const auto unknown = run_cli({"cycle", "add", file, "--label", "2028", "--framework-version", "2031"});
    CHECK(unknown.exit_code != 0);
    CHECK(unknown.err.find(file + ": neither the project nor the library holds version 2031 of framework \"caf-2020\"") !=
          std::string::npos);
    const auto malformed = run_cli({"cycle", "add", file, "--label", "2028", "--framework-version", "2027b"});
    CHECK(malformed.exit_code != 0);
    CHECK(malformed.err.find(file + ": \"2027b\" is not a framework version") != std::string::npos);
    CHECK(Project::open(file, Project::Mode::read_only)->cycles().size() == 2);

    const auto added = run_cli({"cycle", "add", file, "--label", "2028", "--starts-on", "2028-10-02",
                                "--framework-version", "2027"});
    REQUIRE(added.exit_code == 0);
    CHECK(added.out.find("Cycle 2028 uses version 2027 of framework \"caf-2020\" (cycle 2026: version 2020); nodes "
                         "added: 1, removed: 1, renamed: 1") != std::string::npos);
    const auto list = run_cli({"cycle", "list", file});
    REQUIRE(list.exit_code == 0);
    const auto line_of = [&](const std::string& label) {
        const auto at = list.out.find("\n" + label);
        REQUIRE(at != std::string::npos);
        return list.out.substr(at + 1, list.out.find('\n', at + 1) - at - 1);
    };
    CHECK(line_of("2024").find("caf-2020 2020") != std::string::npos);
    CHECK(line_of("2026").find("caf-2020 2020") != std::string::npos);
    CHECK(line_of("2028").find("caf-2020 2027") != std::string::npos);
}

TEST_CASE("A project file of format 6 is migrated with every cycle on the version it had", "[store][migration][versions]") {
    TempDir d;
    const std::string path = d.file("old.assessa");
    fs::copy_file(data_dir() + "/project-v1.assessa", path);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        store::migrate(db, 1, 6);
        // A second cycle, as version 6 held it: by framework id alone.
        db.exec("INSERT INTO cycle (label, framework_id, method_id, started_on) VALUES ('2026', 'mini', 'basic', '2026-03-01')");
        CHECK(db.execAndGet("PRAGMA user_version").getInt() == 6);
    }
    const std::string original = read_file(path);
    auto p = Project::open(path);
    CHECK(read_file(p->backup_path()) == original);
    REQUIRE(p->cycles().size() == 2);
    for (const auto& c : p->cycles()) {
        INFO(c.label);
        CHECK(c.framework_id == "mini");
        CHECK(c.framework_version == "1");
        REQUIRE(p->framework_of(c));
        CHECK(p->framework_of(c)->version() == "1");
    }
    CHECK(p->ratings(cycle_named(*p, "2024").id).size() > 0);
    p.reset();
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Project::schema_version);
    CHECK(db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt() == 0);
    CHECK(db.execAndGet("SELECT version FROM framework_snapshot WHERE id = 'mini'").getString() == "1");
}

TEST_CASE("A copy of a framework whose XML names another version than its row is refused", "[store][versions][untrusted]") {
    DemoOn2027 d;
    d.p.reset();
    {
        SQLite::Database db(d.path, SQLite::OPEN_READWRITE);
        db.exec("UPDATE framework_snapshot SET xml = (SELECT xml FROM framework_snapshot WHERE id = 'caf-2020' AND "
                "version = '2020') WHERE id = 'caf-2020' AND version = '2027'");
    }
    try {
        Project::open(d.path);
        FAIL("the project opened");
    } catch (const ProjectError& e) {
        CHECK(std::string(e.what()) == d.path + ": the project file is damaged and cannot be opened (its copy of "
                                                "framework \"caf-2020\" version 2027 holds framework \"caf-2020\" "
                                                "version 2020)");
    }
}

TEST_CASE("An exchange file round-trips a project whose cycles use two versions", "[exchange][versions]") {
    DemoOn2027 d;
    agree(*d.p, d.p->cycle(d.y2028), "5.4", 75);
    const std::string text = export_exchange_text(*d.p);
    CHECK(text.find("label=\"2026\" framework=\"caf-2020\" framework-version=\"2020\"") != std::string::npos);
    CHECK(text.find("label=\"2028\" framework=\"caf-2020\" framework-version=\"2027\"") != std::string::npos);
    const std::string xml = d.dir.file("demo.xml");
    std::ofstream(xml) << text;

    auto made = create_project_from_exchange(d.dir.file("copy.assessa"), library_with_newer(), xml);
    REQUIRE(made.ok());
    CHECK(cycle_named(*made.project, "2026").framework_version == "2020");
    CHECK(cycle_named(*made.project, "2028").framework_version == "2027");
    CHECK(made.project->framework_versions("caf-2020").size() == 2);
    CHECK(export_exchange_text(*made.project) == text);

    // Into an existing project holding both versions: the same again.
    const auto again = import_exchange(*made.project, xml);
    REQUIRE(again.ok());
    CHECK(export_exchange_text(*made.project) == text);

    // A file from before versions were written: each cycle the project has keeps its version.
    std::string unversioned = text;
    for (const char* v : {" framework-version=\"2020\"", " framework-version=\"2027\""})
        for (auto at = unversioned.find(v); at != std::string::npos; at = unversioned.find(v))
            unversioned.erase(at, std::string(v).size());
    const std::string old_xml = d.dir.file("unversioned.xml");
    std::ofstream(old_xml) << unversioned;
    const auto old_file = import_exchange(*made.project, old_xml);
    REQUIRE(old_file.ok());
    CHECK(export_exchange_text(*made.project) == text);
}

TEST_CASE("An exchange file naming a version the project or library lacks, or a malformed one, is refused",
          "[exchange][versions][bad]") {
    DemoOn2027 d;
    const std::string text = export_exchange_text(*d.p);
    auto with = [&](const std::string& version) {
        std::string t = text;
        const std::string from = "framework-version=\"2027\"";
        t.replace(t.find(from), from.size(), "framework-version=\"" + version + "\"");
        return t;
    };
    auto line_of_2028 = [&] {
        const auto at = text.find("<cycle label=\"2028\"");
        return std::to_string(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n') + 1);
    };
    const std::string unknown = d.dir.file("unknown.xml"), malformed = d.dir.file("malformed.xml");
    std::ofstream(unknown) << with("2031");
    std::ofstream(malformed) << with("2027-b");

    const auto bad_new = create_project_from_exchange(d.dir.file("n.assessa"), library_with_newer(), unknown);
    REQUIRE_FALSE(bad_new.ok());
    CHECK(to_string(bad_new.errors).find(unknown + ":" + line_of_2028() + ":") != std::string::npos);
    CHECK(to_string(bad_new.errors).find("no version 2031 of framework \"caf-2020\" is in the library") != std::string::npos);
    CHECK_FALSE(fs::exists(d.dir.file("n.assessa")));

    const auto before = export_exchange_text(*d.p);
    const auto bad_import = import_exchange(*d.p, unknown);
    REQUIRE_FALSE(bad_import.ok());
    CHECK(to_string(bad_import.errors).find(unknown + ":" + line_of_2028() + ":") != std::string::npos);
    CHECK(to_string(bad_import.errors).find("the project holds no version 2031 of framework \"caf-2020\"") !=
          std::string::npos);
    const auto bad_version = import_exchange(*d.p, malformed);
    REQUIRE_FALSE(bad_version.ok());
    CHECK(to_string(bad_version.errors).find(malformed + ":" + line_of_2028() + ":") != std::string::npos);
    CHECK(to_string(bad_version.errors)
              .find("'framework-version' must be numbers separated by dots, such as 2020 or 2020.1, not \"2027-b\"") !=
          std::string::npos);
    CHECK(export_exchange_text(*d.p) == before);
}

TEST_CASE("A project file of format 8 is migrated with every member's role in every cycle", "[store][migration][roles]") {
    TempDir d;
    const std::string path = d.file("old.assessa");
    fs::copy_file(data_dir() + "/project-v1.assessa", path);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        store::migrate(db, 1, 8);
        db.exec("INSERT INTO cycle (label, framework_id, framework_version, method_id, started_on) "
                "VALUES ('2026', 'mini', '1', 'basic', '2026-03-01')");
        db.exec("INSERT INTO cycle_member (cycle_id, member_id) SELECT cycle.id, member.id FROM cycle, member "
                "WHERE cycle.label = '2026'");
        db.exec("UPDATE member SET role = 'sponsor' WHERE id = (SELECT min(id) FROM member)");
    }
    auto p = Project::open(path);
    const auto members = p->members();
    REQUIRE_FALSE(members.empty());
    for (const auto& c : p->cycles()) {
        INFO(c.label);
        CHECK(p->cycle_members(c.id) == members);
    }
    CHECK(members[0].role == MemberRole::sponsor);
}

TEST_CASE("A project file of format 9 is migrated to 10 and then keeps a live session", "[store][migration][live]") {
    TempDir d;
    const std::string path = d.file("v9.assessa");
    fs::copy_file(data_dir() + "/project-v1.assessa", path);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        store::migrate(db, 1, 9);
    }
    auto p = Project::open(path);
    CHECK_FALSE(p->backup_path().empty());
    const Cycle c = p->current_cycle();
    CHECK_FALSE(p->live_session(c.id));
    const Id member = p->cycle_members(c.id).front().id;
    p->start_live_session(c.id, std::string(64, 'a'), "ABCDEF");
    p->keep_live_device(c.id, {3, member, "Phone", std::string(64, 'b')});
    p->batch([&] { p->record_live_edit(c.id, 3, "e1"); });
    p->record_live_edit(c.id, 7, "not a kept device");  // ignored: no such device
    CHECK_THROWS_AS(p->keep_live_device(c.id + 1000, {1, member, "Phone", "t"}), std::exception);
    p.reset();
    p = Project::open(path);
    const auto kept = p->live_session(c.id);
    REQUIRE(kept);
    CHECK(kept->secret == std::string(64, 'a'));
    CHECK(kept->join_code == "ABCDEF");
    CHECK(kept->devices == std::vector<LiveDeviceRecord>{{3, member, "Phone", std::string(64, 'b')}});
    CHECK(kept->edits == std::vector<std::pair<int, std::string>>{{3, "e1"}});
    p->forget_live_device(c.id, 3);
    CHECK(p->live_session(c.id)->devices.empty());
    CHECK(p->live_session(c.id)->edits.empty());
    p->end_live_session(c.id);
    CHECK_FALSE(p->live_session(c.id));
}
