#include <catch2/catch.hpp>

#include "model/process_edits.hpp"
#include "model/process_rules.hpp"
#include "model/project_schema.hpp"
#include "tests/support/project_fixture.hpp"

#include <SQLiteCpp/Database.h>

using namespace assessa;
using namespace assessa::test;

namespace {

// A CAF project (so the ISO 9001 framework is held) with two departments and one member.
struct ProcessFixture : ProjectFixture {
    Id adm = 0, edu = 0, ona = 0;

    ProcessFixture() : ProjectFixture("caf-2020") {
        adm = project->add_department({0, "ADM", "Administration", "Director"});
        edu = project->add_department({0, "EDU", "Education", ""});
        ona = add_member("Ona Petraitienė");
    }

    Process card(const std::string& code, ProcessKind kind = ProcessKind::core) const {
        Process p;
        p.code = code;
        p.name = "External communication " + code;
        p.kind = kind;
        p.owner_department_id = adm;
        p.purpose = "Keep in touch with partners";
        p.customer_requirements = "Timely answers";
        p.iso_clauses = {"5.3", "8.2.1"};
        p.subprocesses = {"Answer enquiries", "Send enquiries", "Publish news"};
        p.documents = {"Activity plan"};
        p.records = {"Register of letters sent", "Register of letters received"};
        p.resources = {{ResourceKind::people, "Staff"}, {ResourceKind::financial, "Budget for publicity"}};
        p.criteria = {{"Share of plan goals met", "goals met / goals planned", "90 %"}};
        p.constraints = {"Law on Education"};
        p.improvement_goals = {"More publicity channels", "Long-term partnerships"};
        p.matrix.rows = {{adm, ""}, {edu, ""}, {std::nullopt, "Methodologist"}};
        p.matrix.columns = {{"Employers", "Practice places"}, {"Municipality", ""}};
        p.matrix.normalise();
        p.matrix.set(0, 0, Responsibility::leads);
        p.matrix.set(1, 0, Responsibility::takes_part);
        p.matrix.set(2, 1, Responsibility::takes_part);
        return p;
    }
};

}  // namespace

TEST_CASE("A process card is kept with its ordered lists and matrix, and read back the same after reopening",
          "[processes][store]") {
    ProcessFixture f;
    Process p = f.card("P-01");
    const Id id = f.project->add_process(p);
    p.id = id;
    CHECK(f.project->process(id) == p);
    f.reopen();
    CHECK(f.project->process(id) == p);
    CHECK(f.project->processes() == std::vector<Process>{p});

    // Lists keep their order when items move.
    std::swap(p.records[0], p.records[1]);
    p.subprocesses.push_back("Answer complaints");
    f.project->update_process(p);
    CHECK(f.project->process(id).records == std::vector<std::string>{"Register of letters received", "Register of letters sent"});
    CHECK(f.project->process(id).subprocesses.back() == "Answer complaints");
}

TEST_CASE("A process card that breaks the rules is refused with every problem and nothing kept",
          "[processes][store]") {
    ProcessFixture f;
    const Id first = f.project->add_process(f.card("P-01"));
    Process bad = f.card("P-01");
    bad.name = " ";
    bad.owner_member_id = f.ona;  // and a department too
    bad.iso_clauses = {"8.2.1", "11.1"};
    bad.documents = {"Plan", ""};
    bad.matrix.rows.push_back({std::nullopt, ""});
    bad.matrix.columns.push_back({"", ""});
    try {
        f.project->add_process(bad);
        FAIL("the card was kept");
    } catch (const InvalidEdit& e) {
        const std::string m = e.what();
        CHECK_THAT(m, Catch::Contains("process P-01 needs a name"));
        CHECK_THAT(m, Catch::Contains("the owner is a member or a department, not both"));
        CHECK_THAT(m, Catch::Contains("\"11.1\" is not a clause of iso-9001-2015"));
        CHECK_THAT(m, Catch::Contains("item 7.2 of \"Documents used\" is empty"));
        CHECK_THAT(m, Catch::Contains("matrix row 4 needs a department or a role"));
        CHECK_THAT(m, Catch::Contains("matrix column 3 needs a name"));
        CHECK_THAT(m, Catch::Contains("there is already a process with the code \"P-01\""));
    }
    CHECK(f.project->processes().size() == 1);
    CHECK(f.project->processes()[0].id == first);
}

TEST_CASE("The owner of a process is a member or a department, and removing either leaves the process unowned",
          "[processes][store]") {
    ProcessFixture f;
    Process p = f.card("P-01");
    p.owner_department_id.reset();
    p.owner_member_id = f.ona;
    p.id = f.project->add_process(p);
    CHECK(process_owner_name(f.project->process(p.id), f.project->departments(), f.project->members()) == "Ona Petraitienė");
    p.owner_member_id.reset();
    p.owner_department_id = f.adm;
    f.project->update_process(p);
    CHECK(process_owner_name(f.project->process(p.id), f.project->departments(), f.project->members()) ==
          "Director (Administration)");

    // The department goes: the process has no owner and its row goes with its cells.
    f.project->remove_department(f.adm);
    const Process after = f.project->process(p.id);
    CHECK_FALSE(after.owner_department_id);
    REQUIRE(after.matrix.rows.size() == 2);
    CHECK(after.matrix.rows[0].department_id == f.edu);
    CHECK(after.matrix.at(0, 0) == Responsibility::takes_part);
    CHECK(after.matrix.at(1, 1) == Responsibility::takes_part);
    CHECK(after.matrix.at(1, 0) == Responsibility::none);
}

TEST_CASE("Matrix columns with no V or several V are warned about", "[processes][matrix]") {
    ResponsibilityMatrix m;
    m.rows = {{1, ""}, {2, ""}, {std::nullopt, "Director"}};
    m.columns = {{"Employers", ""}, {"Municipality", ""}, {"Auditors", ""}};
    m.normalise();
    m.set(0, 0, Responsibility::leads);
    m.set(1, 0, Responsibility::takes_part);
    m.set(0, 1, Responsibility::takes_part);
    m.set(0, 2, Responsibility::leads);
    m.set(2, 2, Responsibility::leads);
    const auto w = matrix_warnings(m);
    REQUIRE(w.size() == 2);
    CHECK(w[0].kind == MatrixWarning::Kind::no_lead);
    CHECK(w[0].column == 1);
    CHECK(w[0].message == "nobody carries out \"Municipality\" (no V in its column)");
    CHECK(w[1].kind == MatrixWarning::Kind::several_leads);
    CHECK(w[1].column == 2);
    CHECK(w[1].message == "2 participants carry out \"Auditors\" (several V in its column)");

    m.set(1, 1, Responsibility::leads);
    m.set(2, 2, Responsibility::takes_part);
    CHECK(matrix_warnings(m).empty());
}

TEST_CASE("A click on a matrix cell goes from empty to V to D and back to empty", "[processes][matrix]") {
    CHECK(next_responsibility(Responsibility::none) == Responsibility::leads);
    CHECK(next_responsibility(Responsibility::leads) == Responsibility::takes_part);
    CHECK(next_responsibility(Responsibility::takes_part) == Responsibility::none);
}

TEST_CASE("The organisation-wide matrix shows per department and process whether it leads or takes part",
          "[processes][matrix]") {
    ProcessFixture f;
    Process a = f.card("P-01");
    Process b = f.card("P-02", ProcessKind::support);
    b.matrix.set(0, 0, Responsibility::takes_part);
    b.matrix.set(1, 1, Responsibility::leads);
    b.matrix.rows[2].role = "Accountant";
    a.id = f.project->add_process(a);
    b.id = f.project->add_process(b);

    const auto m = organisation_matrix(f.project->processes(), f.project->departments());
    CHECK(m.processes == std::vector<Id>{a.id, b.id});
    REQUIRE(m.rows.size() == 4);
    CHECK(m.rows[0].name == "Administration");
    CHECK(m.rows[0].cells == std::vector<Responsibility>{Responsibility::leads, Responsibility::takes_part});
    CHECK(m.rows[1].name == "Education");
    CHECK(m.rows[1].cells == std::vector<Responsibility>{Responsibility::takes_part, Responsibility::leads});
    CHECK(m.rows[2].name == "Methodologist");
    CHECK_FALSE(m.rows[2].department_id);
    CHECK(m.rows[2].cells == std::vector<Responsibility>{Responsibility::takes_part, Responsibility::none});
    CHECK(m.rows[3].name == "Accountant");
    CHECK(m.rows[3].cells == std::vector<Responsibility>{Responsibility::none, Responsibility::takes_part});
}

TEST_CASE("ISO clause coverage by processes flags 4.4 and the clauses of 8 that no process covers",
          "[processes][iso]") {
    ProcessFixture f;
    const auto iso = iso_framework_of(*f.project);
    REQUIRE(iso);
    auto find = [](const std::vector<ProcessClauseCoverage>& all, const std::string& code) {
        for (const auto& c : all)
            if (c.code == code) return c;
        FAIL("no clause " << code);
        return ProcessClauseCoverage{};
    };

    auto none = process_iso_coverage(*iso, {});
    CHECK(find(none, "4.4").flagged);
    CHECK(find(none, "8.1").flagged);
    CHECK(find(none, "8.7").flagged);
    CHECK_FALSE(find(none, "8").flagged);
    CHECK_FALSE(find(none, "7.5").flagged);   // a gap, but not one processes must fill
    CHECK_FALSE(find(none, "8.2.1").flagged);

    Process a = f.card("P-01");
    a.iso_clauses = {"4.4", "8.2.1"};
    a.id = f.project->add_process(a);
    Process b = f.card("P-02");
    b.iso_clauses = {"8.2", "8.5"};
    b.id = f.project->add_process(b);
    const auto cov = process_iso_coverage(*iso, f.project->processes());
    CHECK(find(cov, "4.4").processes == std::vector<Id>{a.id});
    CHECK_FALSE(find(cov, "4.4").flagged);
    CHECK(find(cov, "8.2").processes == std::vector<Id>{a.id, b.id});  // a through 8.2.1
    CHECK(find(cov, "8.2.1").processes == std::vector<Id>{a.id});
    CHECK(find(cov, "8").processes == std::vector<Id>{a.id, b.id});
    CHECK(find(cov, "8.5").processes == std::vector<Id>{b.id});
    CHECK(find(cov, "8.1").flagged);
    CHECK_FALSE(find(cov, "8.5").flagged);
    CHECK(find(cov, "5.3").processes.empty());
    CHECK_FALSE(find(cov, "5.3").flagged);
}

TEST_CASE("Every process edit is undone and redone through the edit history", "[processes][undo]") {
    ProcessFixture f;
    EditHistory h(*f.project);
    const Process a = f.card("P-01");

    h.perform(edit_add_process(a));
    REQUIRE(f.project->processes().size() == 1);
    const Process kept = f.project->processes()[0];
    h.perform(edit_add_process(f.card("P-02")));
    const Id second = f.project->processes()[1].id;

    // Card field
    Process changed = kept;
    changed.purpose = "A new purpose";
    changed.improvement_goals.erase(changed.improvement_goals.begin());
    changed.kind = ProcessKind::management;
    h.perform(edit_update_process(*f.project, changed));
    CHECK(f.project->process(kept.id) == changed);
    h.undo();
    CHECK(f.project->process(kept.id) == kept);
    h.redo();
    CHECK(f.project->process(kept.id) == changed);
    h.undo();

    // Matrix cell, by value and by click
    h.perform(edit_matrix_cell(*f.project, kept.id, 2, 0, Responsibility::leads));
    CHECK(f.project->process(kept.id).matrix.at(2, 0) == Responsibility::leads);
    h.perform(edit_cycle_matrix_cell(*f.project, kept.id, 2, 0));
    CHECK(f.project->process(kept.id).matrix.at(2, 0) == Responsibility::takes_part);
    h.undo();
    h.undo();
    CHECK(f.project->process(kept.id) == kept);
    CHECK_THROWS_AS(edit_matrix_cell(*f.project, kept.id, 3, 0, Responsibility::leads), InvalidEdit);

    // Move
    h.perform(edit_move_process(*f.project, second, 0));
    CHECK(f.project->processes()[0].id == second);
    h.undo();
    CHECK(f.project->processes()[0].id == kept.id);

    // Remove: undone, the process is back in its place with its id
    h.perform(edit_remove_process(*f.project, kept.id));
    CHECK(f.project->processes().size() == 1);
    h.undo();
    REQUIRE(f.project->processes().size() == 2);
    CHECK(f.project->processes()[0] == kept);
    h.redo();
    CHECK(f.project->processes().size() == 1);
    h.undo();

    // Add, undone and redone: the same id again
    h.undo();  // the second add
    CHECK(f.project->processes() == std::vector<Process>{kept});
    h.redo();
    CHECK(f.project->processes().size() == 2);
    CHECK(f.project->processes()[1].id == second);
    while (h.can_undo()) h.undo();
    CHECK(f.project->processes().empty());
}

TEST_CASE("A project file of version 10 is migrated with an empty process register", "[processes][migration]") {
    TempDir d;
    const std::string path = d.file("old.assessa");
    std::filesystem::copy_file(data_dir() + "/project-v1.assessa", path);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        store::migrate(db, 1, 10);
        REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 10);
        CHECK_FALSE(db.tableExists("process"));
    }
    auto p = Project::open(path);
    CHECK(p->backup_path() == d.file("old.v10-backup.assessa"));
    CHECK(p->processes().empty());
    Process card;
    card.code = "P-01";
    card.name = "Consultation";
    card.matrix.rows = {{std::nullopt, "Director"}};
    card.matrix.columns = {{"Residents", ""}};
    card.matrix.set(0, 0, Responsibility::leads);
    card.id = p->add_process(card);
    p.reset();
    p = Project::open(path);
    CHECK(p->process(card.id) == card);
    p.reset();
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Project::schema_version);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("A new process gets the code after the highest P-NN of the register", "[processes]") {
    CHECK(next_process_code({}) == "P-01");
    std::vector<Process> register_;
    for (const char* code : {"P-03", "K-9", "P-1x", "P-", "P-12"}) {
        Process p;
        p.code = code;
        register_.push_back(p);
    }
    CHECK(next_process_code(register_) == "P-13");
    register_.back().code = "P-9999999999";  // not a number the register uses: left out
    CHECK(next_process_code(register_) == "P-04");
}

TEST_CASE("CAF 5.1 is the page that shows the process register", "[processes]") {
    const FrameworkLibrary bundled = FrameworkLibrary::load_default();
    const auto caf = bundled.find("caf-2020");
    REQUIRE(caf);
    CHECK(shows_process_register(*caf, "5.1"));
    CHECK_FALSE(shows_process_register(*caf, "5.2"));
    const FrameworkPtr iso = bundled.find("iso-9001-2015");
    REQUIRE(iso);
    CHECK_FALSE(shows_process_register(*iso, "5.1"));
}
