#include <catch2/catch.hpp>

#include "model/anonymous_numbers.hpp"
#include "model/meeting_record.hpp"
#include "model/project.hpp"
#include "tests/support/project_fixture.hpp"

#include <set>

using namespace assessa;
using namespace assessa::test;

TEST_CASE("Projector numbers: a random order kept for the cycle, never the group list's", "[meeting][anonymity]") {
    const std::vector<Id> group{11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    std::set<std::vector<int>> orders;
    for (unsigned seed = 0; seed < 40; ++seed) {
        std::mt19937 random(seed);
        const auto numbers = extend_numbering({}, group, random);
        REQUIRE(numbers.size() == group.size());
        std::vector<int> order;
        for (Id m : group) order.push_back(numbers.at(m));
        CHECK(std::set<int>(order.begin(), order.end()) == std::set<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        CHECK(order != std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        orders.insert(order);
    }
    CHECK(orders.size() > 30);  // random, not one fixed shuffle

    // Two members: the only other order is the reverse one.
    std::mt19937 random(1);
    for (int i = 0; i < 10; ++i) CHECK(extend_numbering({}, {1, 2}, random) == std::map<Id, int>{{1, 2}, {2, 1}});
    // A member who joins gets the next number; the others keep theirs; a member who left drops out.
    const auto later = extend_numbering({{1, 2}, {2, 1}, {3, 3}}, {1, 2, 4}, random);
    CHECK(later == std::map<Id, int>{{1, 2}, {2, 1}, {4, 4}});
}

TEST_CASE("Projector numbers are drawn once per cycle and stored in the project", "[meeting][anonymity][store]") {
    ProjectFixture f;
    for (const char* name : {"Ann", "Ben", "Cy", "Dora", "Eve"}) f.add_member(name);
    const auto first = anonymous_numbers(*f.project, f.cycle);
    CHECK(first.size() == 5);
    CHECK(anonymous_numbers(*f.project, f.cycle) == first);
    f.reopen();
    CHECK(f.project->member_numbers(f.cycle) == first);
    CHECK(anonymous_numbers(*f.project, f.cycle) == first);
    // A read-only project shows numbers too, without writing them.
    f.project->set_member_numbers(f.cycle, {});
    f.reopen(Project::Mode::read_only);
    CHECK(anonymous_numbers(*f.project, f.cycle).size() == 5);
    CHECK(f.project->member_numbers(f.cycle).empty());
}

TEST_CASE("The meeting's record: time and rounds per item, and the totals the report states", "[meeting][store]") {
    ProjectFixture f;
    record_discussion(*f.project, f.cycle, "1.1", 95);
    record_discussion(*f.project, f.cycle, "1.1", 30);
    record_new_round(*f.project, f.cycle, "1.1");
    record_discussion(*f.project, f.cycle, "2.1", 200);
    f.reopen();
    CHECK(f.project->meeting_item(f.cycle, "1.1") == MeetingItem{"1.1", 125, 2});
    CHECK(f.project->meeting_item(f.cycle, "2.1") == MeetingItem{"2.1", 200, 1});
    const MeetingTotals t = meeting_totals(*f.project, f.cycle);
    CHECK(t.items_discussed == 2);
    CHECK(t.total_seconds == 325);
    REQUIRE(t.repeated.size() == 1);
    CHECK(t.repeated[0].node_code == "1.1");

    // Refused: a node that is not assessable, negative values; nothing changes.
    CHECK_THROWS_AS(record_discussion(*f.project, f.cycle, "9.9", 10), InvalidEdit);
    CHECK_THROWS_AS(f.project->set_meeting_item(f.cycle, {"1.1", -5, 1}), InvalidEdit);
    CHECK(f.project->meeting_record(f.cycle).size() == 2);
    CHECK(f.project->meeting_item(f.cycle, "1.1") == MeetingItem{"1.1", 125, 2});
}
