#include <catch2/catch.hpp>

#include "model/approval_edits.hpp"
#include "tests/support/project_fixture.hpp"

using namespace assessa;
using namespace assessa::test;

TEST_CASE("approving the report is an edit: undo restores the approval recorded before", "[approval]") {
    ProjectFixture f;
    EditHistory history(*f.project);
    history.perform(edit_report_approval(*f.project, f.cycle, "Director", "2027-03-05", "Order A-17"));
    CHECK(f.project->cycle(f.cycle).approved_by == "Director");
    history.perform(edit_report_approval(*f.project, f.cycle, "Council", "2027-04-01", ""));

    history.undo();
    Cycle c = f.project->cycle(f.cycle);
    CHECK(c.approved_by == "Director");
    CHECK(c.approved_on == "2027-03-05");
    CHECK(c.approval_note == "Order A-17");
    history.undo();
    CHECK_FALSE(f.project->cycle(f.cycle).approved());
    history.redo();
    CHECK(f.project->cycle(f.cycle).approved_on == "2027-03-05");

    f.reopen();
    CHECK(f.project->cycle(f.cycle).approval_note == "Order A-17");
}

TEST_CASE("an approval without a name or with a bad date is refused and changes nothing", "[approval]") {
    ProjectFixture f;
    EditHistory history(*f.project);
    CHECK_THROWS_AS(history.perform(edit_report_approval(*f.project, f.cycle, " ", "2027-03-05", "")), InvalidEdit);
    CHECK_THROWS_AS(history.perform(edit_report_approval(*f.project, f.cycle, "Director", "5 March", "")), InvalidEdit);
    CHECK_FALSE(history.can_undo());
    CHECK_FALSE(f.project->cycle(f.cycle).approved());
}
