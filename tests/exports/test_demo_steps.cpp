#include <catch2/catch.hpp>

#include "exports/demo_project.hpp"
#include "model/pef_check.hpp"
#include "model/step_overview.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/test_support.hpp"

#include <algorithm>

using namespace assessa;
using namespace assessa::test;

namespace {

const FrameworkLibrary& library() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

}  // namespace

TEST_CASE("The demo's 2026 cycle has every one of the ten steps recorded", "[demo][steps]") {
    for (const char* lang : {"en", "lt"}) {
        INFO(lang);
        TempDir d;
        auto p = write_demo_project(d.file("demo.assessa"), library(), lang);
        const Id cycle = cycle_named(*p, "2026").id;
        const auto tiles = step_overview(*p, cycle, Translator::for_language(lang));
        REQUIRE(tiles.size() == 10);
        for (const auto& tile : tiles) {
            INFO("step " << tile.step);
            CHECK(tile.status != StepStatus::not_started);
            CHECK_FALSE(tile.recorded.empty());
            CHECK_FALSE(tile.started_on.empty());
            CHECK_FALSE(tile.responsible.empty());
        }

        const CycleSteps steps = p->cycle_steps(cycle);
        CHECK(steps.decision.decided_on == "2026-09-14");
        CHECK(steps.decision.decided_by.find("Kęstutis Urbonas") == 0);
        CHECK(steps.decision.process_leader == "Inga Vaitkevičiūtė");
        CHECK_FALSE(steps.decision.objective.empty());
        CHECK_FALSE(steps.decision.resources.empty());
        const auto sa = steps.communication_of(CommunicationPlan::self_assessment);
        const auto ip = steps.communication_of(CommunicationPlan::improvement_plan);
        auto done = [](const std::vector<CommunicationEntry>& list) {
            return std::count_if(list.begin(), list.end(), [](const CommunicationEntry& e) { return !e.done_on.empty(); });
        };
        CHECK(sa.size() == 5);
        CHECK(done(sa) == 4);
        CHECK(ip.size() == 4);
        CHECK(done(ip) == 2);
        // Two trainings; every member of the group attended at least one.
        REQUIRE(steps.trainings.size() == 2);
        for (const auto& m : p->cycle_members(cycle))
            CHECK(std::any_of(steps.trainings.begin(), steps.trainings.end(), [&](const TrainingSession& t) {
                return std::find(t.attendee_ids.begin(), t.attendee_ids.end(), m.id) != t.attendee_ids.end();
            }));
        CHECK(steps.results.communicated_on == "2026-11-23");
        CHECK(steps.objectives.size() == 3);
        CHECK(steps.declined_ideas.size() == 3);
        for (const auto& idea : steps.declined_ideas) CHECK_FALSE(idea.reason.empty());
        CHECK(steps.next.planned_on == "2028-10-02");

        // Most actions serve an objective and have a check arrangement; a few do not.
        const auto actions = p->actions(cycle);
        const auto linked = std::count_if(actions.begin(), actions.end(), [](const auto& a) { return !a.objective_ids.empty(); });
        const auto checked = std::count_if(actions.begin(), actions.end(), [](const auto& a) { return !a.check_method.empty(); });
        CHECK(linked == static_cast<long>(actions.size()) - 2);
        CHECK(checked > static_cast<long>(actions.size()) / 2);
        CHECK(checked < static_cast<long>(actions.size()));

        // Three quarterly reviews in 2027, each a snapshot of every action; the plan ends where
        // the last one left it.
        const auto reviews = p->progress_reviews(cycle);
        REQUIRE(reviews.size() == 3);
        CHECK(reviews[0].held_on == "2027-03-31");
        CHECK(reviews[1].held_on == "2027-06-30");
        CHECK(reviews[2].held_on == "2027-09-30");
        for (const auto& r : reviews) {
            CHECK(r.actions.size() == actions.size());
            CHECK_FALSE(r.conclusions.empty());
            CHECK(r.reviewer == "Kęstutis Urbonas");
        }
        for (const auto& a : actions) {
            const auto* last = reviews[2].action(a.code);
            REQUIRE(last);
            CHECK(last->status == a.status);
            CHECK(last->progress == a.progress);
            CHECK(last->milestones_done == std::count_if(a.milestones.begin(), a.milestones.end(), [](const auto& m) { return m.done; }));
        }
        const auto* a02 = reviews[0].action("A-02");
        REQUIRE(a02);
        CHECK(a02->status == ActionStatus::done);
        CHECK(a02->value == "92 %");
        CHECK(reviews[1].action("A-15")->status == ActionStatus::postponed);

        // The External Feedback self-check finds strengths and gaps, not a clean sheet.
        const auto check = pef_self_check(*p, cycle, "2027-10-15", Translator::for_language(lang));
        CHECK(check.count(PefJudgement::met) > 0);
        CHECK(check.count(PefJudgement::partly) + check.count(PefJudgement::missing) > 0);
    }
}
