#include "model/plan_rules.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/test_support.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace assessa;
using namespace assessa::test;

// The self-assessment report of a social-work station (1-5 maturity scale, one group, no ISO
// 9001 mapping) speaks of the station's own framework, not of CAF's scale and groups.

namespace {

// A station project with two members and a consensus on every subcriterion (3, or 2 under
// criterion 5), written as the report reads it.
void fill_station(ProjectFixture& f) {
    const Id a = f.add_member("李红", MemberRole::facilitator);
    const Id b = f.add_member("王建国");
    const Framework& fw = *f.project->framework_of(f.project->current_cycle());
    for (const auto& n : fw.nodes()) {
        if (!n.assessable) continue;
        const int agreed = n.code.starts_with("5.") ? 2 : 3;
        f.project->set_score(f.cycle, a, n.code, "overall", agreed);
        f.project->set_score(f.cycle, b, n.code, "overall", agreed + 1);
        f.project->set_consensus_score(f.cycle, n.code, "overall", agreed);
    }
}

}  // namespace

TEST_CASE("A station's report uses the maturity scale and its own groups", "[station][pdf][host-tools]") {
    ProjectFixture f("social-work-station");
    fill_station(f);
    f.reopen(Project::Mode::read_only);
    const std::string out = f.dir.file("station-en.pdf");
    const auto r = run_cli({"report", f.path, "-o", out, "--date", "2026-11-20", "--language", "en"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string text = squeeze(pdf_text(out, false));
    // Criteria 1-4 at 3, criterion 5 at 2: overall 2.8.
    CHECK(text.find(squeeze("The overall score is 2.8 on a scale of 1 to 5.")) != std::string::npos);
    CHECK(text.find(squeeze("the overall score is the mean of the criteria")) != std::string::npos);
    CHECK(text.find("0to100") == std::string::npos);
    CHECK(text.find("CAF") == std::string::npos);
    CHECK(text.find("enablers") == std::string::npos);
    // A one-point band is named by its point.
    CHECK(text.find(squeeze("Band 3 · Practised")) != std::string::npos);
    CHECK(text.find(squeeze("3–3")) == std::string::npos);
    // No ISO 9001 view and no processes described: no process chapter.
    CHECK(text.find(squeeze("has not described its processes")) == std::string::npos);
    // The single group is the overall score; the summary table does not repeat it.
    const auto overall = text.find(squeeze("Overall score 2.8"));
    REQUIRE(overall != std::string::npos);
    CHECK(text.substr(overall, 60).find(squeeze("Training and supervision system")) == std::string::npos);
    CHECK(text.substr(overall, 60).find(squeeze("1 Training system")) != std::string::npos);
    CHECK(text.find(squeeze("They came from")) == std::string::npos);
}

TEST_CASE("A station's report in Chinese carries the framework's Chinese texts", "[station][pdf][host-tools]") {
    ProjectFixture f("social-work-station");
    fill_station(f);
    const std::string out = f.dir.file("station-zh.pdf");
    const auto r = run_cli({"report", f.path, "-o", out, "--date", "2026-11-20", "--language", "zh"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string text = squeeze(pdf_text(out, false));
    const Framework& fw = *f.project->framework_of(f.project->current_cycle());
    for (const auto& n : fw.nodes()) {
        INFO(n.code);
        CHECK(text.find(squeeze(n.code + " " + n.title.get("zh"))) != std::string::npos);
    }
    CHECK(text.find(squeeze("已实施")) != std::string::npos);  // the band label of a 3
}

TEST_CASE("A station's improvement plan names subcriteria, not CAF or ISO 9001", "[station][pdf][host-tools]") {
    ProjectFixture f("social-work-station");
    fill_station(f);
    auto& p = *f.project;
    const Id team = p.add_department({0, "DD", "督导组", ""});
    const Id afi = p.add_consensus_item(f.cycle, "4.2", NoteKind::afi, "问卷由责任社工本人发放", {});
    p.create_plan(draft_plan({f.cycle, "2027-01-01", 2, "刘强"}));
    ImprovementAction a;
    a.code = "A-01";
    a.title = "Questionnaires handed out by someone other than the client's own social worker";
    a.lead_department = team;
    a.afi_ids = {afi};
    a.starts_on = "2027-01-04";
    a.due_on = "2027-03-31";
    p.add_action(f.cycle, a);
    const std::string out = f.dir.file("plan-en.pdf");
    const auto r = run_cli({"plan", "report", f.path, "-o", out, "--date", "2026-11-20", "--language", "en"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string text = squeeze(pdf_text(out, false));
    CHECK(text.find(squeeze("Subcriteria 4.2 Service quality as experienced by clients")) != std::string::npos);
    CHECK(text.find("CAF") == std::string::npos);
    CHECK(text.find(squeeze("ISO 9001 clauses")) == std::string::npos);
}
