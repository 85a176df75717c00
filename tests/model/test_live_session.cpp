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

TEST_CASE("A live session kept in the project resumes after a restart with its address and approved devices", "[live][resume]") {
    LiveFixture f;
    const std::string secret = f.session.secret();
    const std::string code = f.session.join_code();
    const std::string ona = f.joined(f.ona);
    const auto waiting = f.session.request_join(f.jonas, "Laptop");  // never approved: not kept
    const auto removed = f.session.request_join(f.jonas, "Old phone");
    f.session.approve(removed.device_id);
    f.session.remove(removed.device_id);
    CHECK(f.session.set_score(ona, "e1", f.ona, "1.1", "overall", 40));
    CHECK(f.session.add_item(ona, "e2", f.ona, "1.1", NoteKind::afi, "No procedure"));

    // The program closes and opens the project again.
    f.reopen();
    LiveSession again(*f.project, f.cycle, predictable_secrets(), LiveStart::resume);
    CHECK(again.resumed());
    CHECK(again.secret() == secret);
    CHECK(again.join_code() == code);
    REQUIRE(again.devices().size() == 1);
    CHECK(again.device_for(ona).member_id == f.ona);
    CHECK_FALSE(again.any_device_for(waiting.token));
    CHECK_FALSE(again.any_device_for(removed.token));
    // Edits the device sends again after the restart are not applied twice.
    CHECK_FALSE(again.add_item(ona, "e2", f.ona, "1.1", NoteKind::afi, "No procedure"));
    CHECK(f.project->rating(f.cycle, f.ona, "1.1").items.size() == 1);
    CHECK(again.add_item(ona, "e3", f.ona, "1.1", NoteKind::strength, "Clear mission"));
    // A device joining now gets an id no kept device has.
    CHECK(again.request_join(f.jonas, "Tablet").device_id != again.device_for(ona).id);

    // A fresh session replaces the kept one: new address, the old token stops.
    LiveSession fresh(*f.project, f.cycle, [] { return std::string(64, '9'); }, LiveStart::fresh);
    CHECK_FALSE(fresh.resumed());
    CHECK(fresh.secret() != secret);
    CHECK(refusal_of([&] { fresh.device_for(ona); }) == LiveRefusal::unauthorised);
    fresh.end();
    CHECK_FALSE(f.project->live_session(f.cycle));
    LiveSession after_end(*f.project, f.cycle, predictable_secrets(), LiveStart::resume);
    CHECK_FALSE(after_end.resumed());
}

TEST_CASE("A device removes only its own member's notes, and progress counts complete subcriteria", "[live]") {
    LiveFixture f;
    const std::string ona = f.joined(f.ona);
    const Id own = f.project->add_item(f.cycle, f.ona, "1.1", NoteKind::afi, "Mine");
    const Id other = f.project->add_item(f.cycle, f.jonas, "1.1", NoteKind::afi, "Jonas's");
    CHECK(refusal_of([&] { f.session.remove_item(ona, "r1", f.ona, "1.1", other); }) == LiveRefusal::not_found);
    CHECK(refusal_of([&] { f.session.remove_item(ona, "r2", f.jonas, "1.1", other); }) == LiveRefusal::forbidden);
    CHECK(f.project->rating(f.cycle, f.jonas, "1.1").items.size() == 1);
    CHECK(f.session.remove_item(ona, "r3", f.ona, "1.1", own));
    CHECK(f.project->rating(f.cycle, f.ona, "1.1").items.empty());

    const auto before = f.session.progress();
    REQUIRE(before.count(f.ona));
    CHECK(before.at(f.ona).done == 0);
    CHECK(before.at(f.ona).total > 1);
    const Panel& panel = *f.project->panel_for(f.project->cycle(f.cycle), "1.1");
    for (const auto& ph : panel.phases) f.session.set_score(ona, "s-" + ph.id, f.ona, "1.1", ph.id, panel.scale_min);
    f.session.set_no_opinion(ona, "n1", f.ona, "2.1", true);
    CHECK(f.session.progress().at(f.ona).done == 2);
    CHECK(f.session.progress().at(f.jonas).done == 0);
}
