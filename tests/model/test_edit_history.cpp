#include "model/edit_history.hpp"
#include "tests/support/project_fixture.hpp"

#include <catch2/catch.hpp>

using namespace assessa;
using assessa::test::ProjectFixture;

namespace {

std::vector<std::string> texts(const Project& p, Id cycle, Id member, const std::string& node, NoteKind kind) {
    std::vector<std::string> out;
    const Rating r = p.rating(cycle, member, node);
    for (const NoteItem* it : r.items_of(kind)) out.push_back(it->text);
    return out;
}

std::vector<std::string> agreed(const Project& p, Id cycle, const std::string& node, NoteKind kind) {
    std::vector<std::string> out;
    const Consensus c = p.consensus(cycle, node);
    for (const ConsensusItem* it : c.items_of(kind)) out.push_back(it->text);
    return out;
}

}  // namespace

TEST_CASE("edit history undoes and redoes scores", "[edit_history]") {
    ProjectFixture f;
    const Id m = f.add_member("Rūta");
    EditHistory h(*f.project);
    CHECK_FALSE(h.can_undo());

    h.perform(edit_score(*f.project, f.cycle, m, "1.1", "overall", 40));
    h.seal();
    h.perform(edit_score(*f.project, f.cycle, m, "1.1", "overall", 60));
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.at("overall") == 60);

    const Edit undone = h.undo();
    CHECK(undone.node_code == "1.1");
    CHECK(undone.member_id == m);
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.at("overall") == 40);
    h.undo();
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.empty());
    CHECK_FALSE(h.can_undo());

    h.redo();
    h.redo();
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.at("overall") == 60);
    CHECK_FALSE(h.can_redo());

    // A new edit ends the redo chain.
    h.undo();
    h.perform(edit_score(*f.project, f.cycle, m, "1.1", "overall", 10));
    CHECK_FALSE(h.can_redo());
}

TEST_CASE("edit history merges a run of edits to one field until sealed", "[edit_history]") {
    ProjectFixture f;
    const Id m = f.add_member("Rūta");
    EditHistory h(*f.project);
    for (int v : {50, 51, 52, 53}) h.perform(edit_score(*f.project, f.cycle, m, "1.1", "overall", v));
    h.undo();
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.empty());
    CHECK_FALSE(h.can_undo());

    h.perform(edit_justification(*f.project, f.cycle, "1.1", "Draft"));
    h.perform(edit_justification(*f.project, f.cycle, "1.1", "Draft text"));
    h.seal();
    h.perform(edit_justification(*f.project, f.cycle, "1.1", "Final text"));
    h.undo();
    CHECK(f.project->consensus(f.cycle, "1.1").justification == "Draft text");
    h.undo();
    CHECK(f.project->consensus(f.cycle, "1.1").justification.empty());
}

TEST_CASE("edit history restores deleted items in place and follows their new ids", "[edit_history]") {
    ProjectFixture f;
    const Id m = f.add_member("Rūta");
    EditHistory h(*f.project);
    for (const char* t : {"first", "second", "third"})
        h.perform(edit_add_item(f.cycle, m, "1.1", NoteKind::strength, t));
    const Id second = f.project->rating(f.cycle, m, "1.1").items_of(NoteKind::strength)[1]->id;

    h.perform(edit_update_item(*f.project, f.cycle, m, "1.1", second, "second, reworded"));
    h.perform(edit_remove_item(*f.project, f.cycle, m, "1.1", second));
    CHECK(texts(*f.project, f.cycle, m, "1.1", NoteKind::strength) == std::vector<std::string>{"first", "third"});

    h.undo();  // back in its place, under a new id
    CHECK(texts(*f.project, f.cycle, m, "1.1", NoteKind::strength) ==
          std::vector<std::string>{"first", "second, reworded", "third"});
    h.undo();  // the rewording is undone on the re-added item
    CHECK(texts(*f.project, f.cycle, m, "1.1", NoteKind::strength) ==
          std::vector<std::string>{"first", "second", "third"});
    h.redo();
    h.redo();
    CHECK(texts(*f.project, f.cycle, m, "1.1", NoteKind::strength) == std::vector<std::string>{"first", "third"});

    const Id third = f.project->rating(f.cycle, m, "1.1").items_of(NoteKind::strength)[1]->id;
    h.perform(edit_move_item(*f.project, f.cycle, m, "1.1", third, 0));
    CHECK(texts(*f.project, f.cycle, m, "1.1", NoteKind::strength) == std::vector<std::string>{"third", "first"});
    h.undo();
    CHECK(texts(*f.project, f.cycle, m, "1.1", NoteKind::strength) == std::vector<std::string>{"first", "third"});

    while (h.can_undo()) h.undo();
    CHECK(f.project->rating(f.cycle, m, "1.1").items.empty());
}

TEST_CASE("edit history keeps the source links of agreed items through undo", "[edit_history]") {
    ProjectFixture f;
    const Id m = f.add_member("Rūta");
    const Id src = f.project->add_item(f.cycle, m, "1.1", NoteKind::afi, "No survey of residents");
    EditHistory h(*f.project);
    h.perform(edit_add_consensus_item(f.cycle, "1.1", NoteKind::afi, "Residents are not asked", {src}));
    const Id agreed_id = f.project->consensus(f.cycle, "1.1").items.at(0).id;
    h.perform(edit_remove_consensus_item(*f.project, f.cycle, "1.1", agreed_id));
    CHECK(agreed(*f.project, f.cycle, "1.1", NoteKind::afi).empty());
    h.undo();
    const Consensus c = f.project->consensus(f.cycle, "1.1");
    REQUIRE(c.items.size() == 1);
    CHECK(c.items[0].text == "Residents are not asked");
    CHECK(c.items[0].source_item_ids == std::vector<Id>{src});
    h.undo();
    CHECK(f.project->consensus(f.cycle, "1.1").items.empty());
}

TEST_CASE("edit history leaves everything as it was when an edit is refused", "[edit_history]") {
    ProjectFixture f;
    const Id m = f.add_member("Rūta");
    EditHistory h(*f.project);
    h.perform(edit_score(*f.project, f.cycle, m, "1.1", "overall", 30));
    h.seal();
    CHECK_THROWS_AS(h.perform(edit_score(*f.project, f.cycle, m, "1.1", "overall", 101)), InvalidEdit);
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.at("overall") == 30);
    CHECK_THROWS_AS(edit_remove_item(*f.project, f.cycle, m, "1.1", 4242), InvalidEdit);
    h.undo();
    CHECK(f.project->rating(f.cycle, m, "1.1").scores.empty());

    // The member is gone: redoing their score is refused and dropped from the history.
    f.project->remove_member(m);
    CHECK_THROWS(h.redo());
    CHECK_FALSE(h.can_redo());
}

TEST_CASE("edit history undoes \"no opinion\" together with the scores it cleared", "[edit_history]") {
    ProjectFixture f;
    const Id m = f.add_member("Rūta");
    EditHistory h(*f.project);
    h.perform(edit_score(*f.project, f.cycle, m, "1.1", "overall", 70));
    h.perform(edit_no_opinion(*f.project, f.cycle, m, "1.1", true));
    CHECK(f.project->rating(f.cycle, m, "1.1").no_opinion);
    h.undo();
    const Rating r = f.project->rating(f.cycle, m, "1.1");
    CHECK_FALSE(r.no_opinion);
    CHECK(r.scores.at("overall") == 70);
}
