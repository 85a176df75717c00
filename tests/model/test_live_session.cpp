#include <catch2/catch.hpp>

#include "model/live_session.hpp"
#include "tests/support/predictable_secrets.hpp"
#include "tests/support/project_fixture.hpp"

using namespace assessa;
using namespace assessa::test;

namespace {

struct LiveFixture : ProjectFixture {
    Id ona = add_member("Ona");
    Id jonas = add_member("Jonas");
    LiveSession session{*project, cycle, predictable_secrets()};

    std::string joined(Id member) {
        const auto j = session.request_join(member, "Phone");
        session.approve(j.device_id);
        return j.token;
    }
};

LiveRefusal refusal_of(const std::function<void()>& request) {
    try {
        request();
    } catch (const LiveRefused& e) {
        return e.why();
    }
    FAIL("the request was not refused");
    return LiveRefusal::bad_request;
}

}  // namespace

TEST_CASE("A device writes only after approval, and only its own member's ratings", "[live]") {
    LiveFixture f;
    CHECK(f.session.join_code().size() == 6);
    CHECK(f.session.secret_matches(f.session.secret()));
    CHECK_FALSE(f.session.secret_matches(f.session.secret().substr(1)));

    const auto joining = f.session.request_join(f.ona, "Ona's phone");
    const int waiting = joining.device_id;
    const std::string token = joining.token;
    REQUIRE(f.session.devices().size() == 1);
    CHECK_FALSE(f.session.devices()[0].approved);
    CHECK(refusal_of([&] { f.session.device_for("not a token"); }) == LiveRefusal::unauthorised);
    // The token does nothing until the facilitator approves the device.
    CHECK(f.session.any_device_for(token)->id == waiting);
    CHECK(refusal_of([&] { f.session.set_score(token, "e0", f.ona, "1.1", "overall", 40); }) == LiveRefusal::unauthorised);
    CHECK(f.project->rating(f.cycle, f.ona, "1.1").scores.empty());

    f.session.approve(waiting);
    CHECK(f.session.device_for(token).member_id == f.ona);
    CHECK(f.session.set_score(token, "e1", f.ona, "1.1", "overall", 40));
    CHECK(f.project->rating(f.cycle, f.ona, "1.1").scores.at("overall") == 40);

    // The same edit sent again is applied once.
    f.project->set_score(f.cycle, f.ona, "1.1", "overall", 55);
    CHECK_FALSE(f.session.set_score(token, "e1", f.ona, "1.1", "overall", 40));
    CHECK(f.project->rating(f.cycle, f.ona, "1.1").scores.at("overall") == 55);

    CHECK(refusal_of([&] { f.session.set_score(token, "e2", f.jonas, "1.1", "overall", 10); }) == LiveRefusal::forbidden);
    CHECK(f.project->rating(f.cycle, f.jonas, "1.1").scores.empty());
    CHECK(refusal_of([&] { f.session.set_score(token, "e3", f.ona, "9.9", "overall", 10); }) == LiveRefusal::not_found);
    CHECK(refusal_of([&] { f.session.set_score(token, "e4", f.ona, "1.1", "overall", 1000); }) ==
          LiveRefusal::bad_request);
    CHECK(refusal_of([&] { f.session.set_score(token, "", f.ona, "1.1", "overall", 10); }) == LiveRefusal::bad_request);
    CHECK(refusal_of([&] {
              f.session.add_item(token, "e5", f.ona, "1.1", NoteKind::afi, std::string(LiveSession::max_text_bytes + 1, 'x'));
          }) == LiveRefusal::bad_request);
    CHECK(f.session.add_item(token, "e6", f.ona, "1.1", NoteKind::afi, "No written procedure"));
    CHECK(f.project->rating(f.cycle, f.ona, "1.1").items.size() == 1);

    // A removed device's token stops working at once.
    f.session.remove(waiting);
    CHECK(refusal_of([&] { f.session.set_score(token, "e7", f.ona, "1.1", "overall", 20); }) == LiveRefusal::unauthorised);
    CHECK(f.project->rating(f.cycle, f.ona, "1.1").scores.at("overall") == 55);
}

TEST_CASE("Only members of the cycle's group can ask to join", "[live]") {
    LiveFixture f;
    CHECK(refusal_of([&] { f.session.request_join(9999, "Phone"); }) == LiveRefusal::not_found);
    CHECK(refusal_of([&] { f.session.request_join(f.ona, std::string(101, 'x')); }) == LiveRefusal::bad_request);
    CHECK(refusal_of([&] { f.session.approve(42); }) == LiveRefusal::not_found);
    CHECK(f.session.devices().empty());
}

TEST_CASE("Blind rating: no value before the reveal, each round counted", "[live][blind]") {
    LiveFixture f;
    const std::string ona = f.joined(f.ona);
    const std::string jonas = f.joined(f.jonas);
    const auto group = f.project->cycle_members(f.cycle).size();

    CHECK(refusal_of([&] { f.session.vote(ona, "v0", "2.1", {{"trends", 30}, {"targets", 40}}); }) ==
          LiveRefusal::conflict);
    f.session.open_item("2.1");
    CHECK(f.session.vote(ona, "v1", "2.1", {{"trends", 30}, {"targets", 40}}));
    CHECK_FALSE(f.session.vote(ona, "v1", "2.1", {{"trends", 30}, {"targets", 40}}));
    CHECK(refusal_of([&] { f.session.vote(jonas, "v2", "2.1", {{"trends", 30}}); }) == LiveRefusal::bad_request);
    CHECK(refusal_of([&] { f.session.vote(jonas, "v3", "2.1", {{"trends", 30}, {"other", 1}}); }) ==
          LiveRefusal::bad_request);
    CHECK(refusal_of([&] { f.session.vote(jonas, "v4", "1.1", {{"overall", 30}}); }) == LiveRefusal::conflict);

    LiveRound before = f.session.round();
    CHECK(before.node_code == "2.1");
    CHECK(before.round == 1);
    CHECK(before.submitted == 1);
    CHECK(before.group_size == group);
    CHECK_FALSE(before.revealed);
    CHECK(before.votes.empty());
    // The vote is the member's rating in the project at once: acknowledged means written.
    CHECK(f.project->rating(f.cycle, f.ona, "2.1").scores == PhaseScores{{"trends", 30}, {"targets", 40}});

    CHECK(f.session.vote(jonas, "v5", "2.1", {{"trends", 70}, {"targets", 60}}));
    CHECK(refusal_of([&] { f.session.start_revote(); }) == LiveRefusal::conflict);
    f.session.reveal();
    const LiveRound shown = f.session.round();
    CHECK(shown.revealed);
    CHECK(shown.votes == std::vector<PhaseScores>{{{"targets", 40}, {"trends", 30}}, {{"targets", 60}, {"trends", 70}}});
    CHECK(refusal_of([&] { f.session.vote(jonas, "v6", "2.1", {{"trends", 50}, {"targets", 50}}); }) ==
          LiveRefusal::conflict);
    CHECK(f.project->meeting_item(f.cycle, "2.1").rounds == 1);

    f.session.start_revote();
    CHECK(f.session.round().round == 2);
    CHECK(f.session.round().submitted == 0);
    CHECK(f.session.vote(jonas, "v7", "2.1", {{"trends", 50}, {"targets", 50}}));
    CHECK(f.project->rating(f.cycle, f.jonas, "2.1").scores == PhaseScores{{"trends", 50}, {"targets", 50}});
    f.session.reveal();
    CHECK(f.project->meeting_item(f.cycle, "2.1").rounds == 2);
    f.session.close_item();
    CHECK(f.session.round().node_code.empty());
}

TEST_CASE("Auto-reveal shows the votes once every member has voted", "[live][blind]") {
    LiveFixture f;
    f.session.auto_reveal = true;
    std::vector<std::string> tokens;
    for (const auto& m : f.project->cycle_members(f.cycle)) tokens.push_back(f.joined(m.id));
    f.session.open_item("1.1");
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        CHECK_FALSE(f.session.round().revealed);
        f.session.vote(tokens[i], "v", "1.1", {{"overall", static_cast<int>(10 * i)}});
    }
    CHECK(f.session.round().revealed);
    CHECK(f.session.round().votes.size() == tokens.size());
}
