#include "model/consensus_edits.hpp"
#include "tests/support/project_fixture.hpp"

#include <catch2/catch.hpp>

using namespace assessa;
using assessa::test::ProjectFixture;

TEST_CASE("a merge proposal keeps each text as its own sentence", "[consensus]") {
    CHECK(merge_proposal({"Values are not reviewed regularly", "Staff not involved in reviewing the vision"}) ==
          "Values are not reviewed regularly. Staff not involved in reviewing the vision.");
    // Texts that already end a sentence keep their ending; spaces around them go.
    CHECK(merge_proposal({"  Is the vision known?", "Nobody asks residents!\n", "Goals are set…", "Done."}) ==
          "Is the vision known? Nobody asks residents! Goals are set… Done.");
    CHECK(merge_proposal({"Vertybės neperžiūrimos", "", "Darbuotojai neįtraukti"}) ==
          "Vertybės neperžiūrimos. Darbuotojai neįtraukti.");
    // Chinese sentences end with 。 and follow each other without a space.
    CHECK(merge_proposal({"价值观未定期审查", "员工未参与。", "Survey"}) == "价值观未定期审查。员工未参与。Survey.");
    CHECK(merge_proposal({}).empty());
}

TEST_CASE("agree each makes one agreed item per chosen item, undone as one edit", "[consensus][edit_history]") {
    ProjectFixture f;
    const Id a = f.add_member("Rūta");
    const Id b = f.add_member("Jonas");
    const Id s1 = f.project->add_item(f.cycle, a, "1.1", NoteKind::afi, "Values are not reviewed regularly");
    const Id s2 = f.project->add_item(f.cycle, b, "1.1", NoteKind::afi, "Staff not involved in reviewing the vision");
    EditHistory h(*f.project);
    h.perform(edit_agree_each(f.cycle, "1.1", NoteKind::afi,
                              {{s1, "Values are not reviewed regularly"}, {s2, "Staff not involved in reviewing the vision"}}));
    f.reopen();
    const Consensus c = f.project->consensus(f.cycle, "1.1");
    REQUIRE(c.items.size() == 2);
    CHECK(c.items[0].text == "Values are not reviewed regularly");
    CHECK(c.items[0].source_item_ids == std::vector<Id>{s1});
    CHECK(c.items[1].text == "Staff not involved in reviewing the vision");
    CHECK(c.items[1].source_item_ids == std::vector<Id>{s2});
}

TEST_CASE("agree each is undone and redone whole", "[consensus][edit_history]") {
    ProjectFixture f;
    const Id a = f.add_member("Rūta");
    const Id s1 = f.project->add_item(f.cycle, a, "1.1", NoteKind::strength, "Clear goals");
    const Id s2 = f.project->add_item(f.cycle, a, "1.1", NoteKind::strength, "Open door");
    EditHistory h(*f.project);
    h.perform(edit_agree_each(f.cycle, "1.1", NoteKind::strength, {{s1, "Clear goals"}, {s2, "Open door"}}));
    CHECK(h.next_undo()->label == "Agree each item");
    h.undo();
    CHECK(f.project->consensus(f.cycle, "1.1").items.empty());
    h.redo();
    Consensus c = f.project->consensus(f.cycle, "1.1");
    REQUIRE(c.items.size() == 2);
    CHECK(c.items[1].source_item_ids == std::vector<Id>{s2});
    // The items made again are the ones undo takes away again.
    h.undo();
    CHECK(f.project->consensus(f.cycle, "1.1").items.empty());
}

TEST_CASE("a merged agreed item has the facilitator's text and keeps all its sources", "[consensus][edit_history]") {
    ProjectFixture f;
    const Id a = f.add_member("Rūta");
    const Id b = f.add_member("Jonas");
    const Id c1 = f.add_member("Agnė");
    const Id s1 = f.project->add_item(f.cycle, a, "1.1", NoteKind::afi, "Values are not reviewed regularly");
    const Id s2 = f.project->add_item(f.cycle, b, "1.1", NoteKind::afi, "Staff not involved");
    const Id s3 = f.project->add_item(f.cycle, c1, "1.1", NoteKind::afi, "No review of the vision");
    EditHistory h(*f.project);
    h.perform(edit_merge_into_one(f.cycle, "1.1", NoteKind::afi,
                                  "  Values and vision are not reviewed with staff.  ", {s1, s2, s3}));
    CHECK(h.next_undo()->label == "Merge into one agreed item");
    f.reopen();
    const Consensus c = f.project->consensus(f.cycle, "1.1");
    REQUIRE(c.items.size() == 1);
    CHECK(c.items[0].text == "Values and vision are not reviewed with staff.");
    CHECK(c.items[0].source_item_ids == std::vector<Id>{s1, s2, s3});

    // An empty merged text is refused and nothing changes.
    EditHistory h2(*f.project);
    CHECK_THROWS_AS(h2.perform(edit_merge_into_one(f.cycle, "1.1", NoteKind::afi, "   ", {s1, s2})), InvalidEdit);
    CHECK(f.project->consensus(f.cycle, "1.1").items.size() == 1);
    CHECK_FALSE(h2.can_undo());
}
