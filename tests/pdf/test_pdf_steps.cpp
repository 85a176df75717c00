// The CAF steps in the self-assessment and plan reports: the new sections, read back with
// pdftotext in every report language.

#include "exports/demo_project.hpp"
#include "exports/report/report_options.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace assessa;
using namespace assessa::test;

namespace {

// The Lithuanian demo and its reports, made once.
struct StepsDemo {
    TempDir dir;
    std::unique_ptr<Project> project = write_demo_project(dir.file("demo.assessa"), FrameworkLibrary::load_default(), "lt");

    std::string report(const std::string& lang, bool plan) {
        const std::string out = dir.file(std::string(plan ? "plan-" : "report-") + lang + ".pdf");
        ReportOptions options;
        options.language = lang;
        options.date = "2027-10-15";
        if (plan) write_plan_report(*project, options, out);
        else write_assessment_report(*project, options, out);
        return out;
    }
};

StepsDemo& demo() {
    static StepsDemo d;
    return d;
}

bool has(const std::string& flat, const std::string& text) { return flat.find(squeeze(text)) != std::string::npos; }

}  // namespace

TEST_CASE("The self-assessment report says how the self-assessment was organised, in every language", "[pdf][steps][host-tools]") {
    const Id cycle = demo().project->current_cycle().id;
    const CycleSteps steps = demo().project->cycle_steps(cycle);
    for (const char* lang : {"en", "lt", "zh"}) {
        INFO(lang);
        const Translator t = Translator::for_language(lang);
        const std::string flat = squeeze(pdf_text(demo().report(lang, false), false));
        for (const char* heading : {"How the self-assessment was organised", "Management decision and scope",
                                    "Communication of the self-assessment", "Training of the group",
                                    "How the results were communicated to staff"})
            CHECK(has(flat, t.tr(heading)));
        CHECK(has(flat, steps.decision.decided_by));
        CHECK(has(flat, steps.decision.objective));
        CHECK(has(flat, steps.decision.process_leader));
        for (const auto& e : steps.communication_of(CommunicationPlan::self_assessment)) CHECK(has(flat, e.audience));
        for (const auto& s : steps.trainings) {
            CHECK(has(flat, s.topic));
            CHECK(has(flat, s.trainer));
        }
        CHECK(has(flat, steps.results.how));
    }
}

TEST_CASE("The plan report shows objectives, action risks and checks, communication, monitoring and the next self-assessment",
          "[pdf][steps][host-tools]") {
    const Id cycle = demo().project->current_cycle().id;
    const CycleSteps steps = demo().project->cycle_steps(cycle);
    const auto actions = demo().project->actions(cycle);
    const auto reviews = demo().project->progress_reviews(cycle);
    for (const char* lang : {"en", "lt", "zh"}) {
        INFO(lang);
        const Translator t = Translator::for_language(lang);
        const std::string flat = squeeze(pdf_text(demo().report(lang, true), false));
        for (const char* heading : {"Strategic objectives", "Actions serving no strategic objective", "Communication of the plan",
                                    "Monitoring arrangements", "The next self-assessment", "Risks and assumptions"})
            CHECK(has(flat, t.tr(heading)));
        for (const auto& o : steps.objectives) CHECK(has(flat, o.code + " " + o.title));
        // 2 of the 4 entries of the plan's communication are done.
        CHECK(has(flat, t.trnf("{} of {} planned communication is done.", "{} of {} planned communications are done.", 4, 2, 4)));
        for (const auto& r : reviews) CHECK(has(flat, r.reviewer));
        CHECK(has(flat, reviews.back().conclusions));
        CHECK(has(flat, steps.next.scope));
        CHECK(has(flat, actions[0].risks));
        CHECK(has(flat, actions[0].check_method));
    }
}

TEST_CASE("Reports say what is not recorded instead of leaving it blank", "[pdf][steps][host-tools]") {
    ProjectFixture f("caf-2020", "classical");
    const std::string pdf = f.dir.file("report.pdf");
    ReportOptions options;
    options.date = "2026-11-20";
    write_assessment_report(*f.project, options, pdf);
    const std::string flat = squeeze(pdf_text(pdf, false));
    CHECK(has(flat, "No management decision to carry out the self-assessment is recorded."));
    CHECK(has(flat, "Decided on not recorded"));
    CHECK(has(flat, "Scope not recorded"));
    CHECK(has(flat, "No communication plan is recorded."));
    CHECK(has(flat, "No training session of the group is recorded."));
    CHECK(has(flat, "How and when the results were communicated to staff is not recorded."));
}
