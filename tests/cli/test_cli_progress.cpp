#include <catch2/catch.hpp>

#include "model/date_format.hpp"
#include "model/pef_check.hpp"
#include "model/progress_review.hpp"
#include "model/step_overview.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/progress_projects.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

using namespace assessa;
using namespace assessa::test;

namespace {

bool has(const std::string& text, const std::string& part) { return squeeze(text).find(squeeze(part)) != std::string::npos; }

std::vector<ProgressReview> reviews_in(const std::string& path) {
    auto p = Project::open(path, Project::Mode::read_only);
    return p->progress_reviews(p->current_cycle().id);
}

}  // namespace

TEST_CASE("plan review records a review prefilled from the plan, and bad input changes nothing", "[cli][progress-review]") {
    ProgressProject f;
    f.project->set_action_status(f.actions["A-02"], ActionStatus::in_progress, 60, "Two of three groups trained", "Jonas", "2027-03-20");
    f.project.reset();

    auto r = run_cli({"plan", "review", f.path, "--date", "2027-03-31", "--reviewer", "Director", "--conclusions",
                      "Keep the training going.", "--value", "A-02=55 %"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("Recorded the progress review of 2027-03-31 in cycle 2026: 5 actions") != std::string::npos);
    CHECK(r.out.find("On track: 4") != std::string::npos);
    auto reviews = reviews_in(f.path);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].reviewer == "Director");
    CHECK(reviews[0].conclusions == "Keep the training going.");
    CHECK(reviews[0].action("A-02")->value == "55 %");
    CHECK(reviews[0].action("A-02")->progress == 60);
    CHECK(reviews[0].action("A-02")->comment == "Two of three groups trained");

    const auto refused = [&](std::vector<std::string> args, int code, const std::string& message) {
        const auto e = run_cli(std::move(args));
        INFO(e.err);
        CHECK(e.exit_code == code);
        CHECK(e.err.find(message) != std::string::npos);
        CHECK(e.out.empty());
        CHECK(reviews_in(f.path) == reviews);
    };
    refused({"plan", "review", f.path, "--date", "2027-03-31", "--reviewer", "Jonas"}, 1,
            f.path + ": cycle 2026 already has a progress review on 2027-03-31");
    refused({"plan", "review", f.path, "--date", "2027-02-30", "--reviewer", "Jonas"}, 2, "--date 2027-02-30");
    refused({"plan", "review", f.path, "--date", "2027-06-30", "--reviewer", " "}, 2, "--reviewer");
    refused({"plan", "review", f.path, "--date", "2027-06-30", "--reviewer", "Jonas", "--value", "85"}, 2,
            "--value 85: write it as CODE=VALUE");
    refused({"plan", "review", f.path, "--date", "2027-06-30", "--reviewer", "Jonas", "--value", "A-99=3"}, 1,
            "no action \"A-99\" in the plan of cycle 2026");
    refused({"plan", "review", f.path, "--date", "2027-06-30", "--reviewer", "Jonas", "--cycle", "1999"}, 1,
            "no cycle named \"1999\"");
    refused({"plan", "review", f.path, "--date", "2027-06-30"}, 2, "--reviewer is required");

    // The next review carries the indicator values of this one.
    REQUIRE(run_cli({"plan", "review", f.path, "--date", "2027-06-30", "--reviewer", "Jonas"}).exit_code == 0);
    reviews = reviews_in(f.path);
    REQUIRE(reviews.size() == 2);
    CHECK(reviews[1].action("A-02")->value == "55 %");
    CHECK(reviews[1].conclusions.empty());

    // A cycle without a plan cannot be reviewed.
    ProjectFixture empty;
    empty.project.reset();
    const auto none = run_cli({"plan", "review", empty.path, "--date", "2027-06-30", "--reviewer", "Jonas"});
    CHECK(none.exit_code == 1);
    CHECK(none.err.find("has no improvement plan") != std::string::npos);
}

TEST_CASE("plan progress-report writes every review, or the one asked for, in English and Lithuanian",
          "[cli][progress-report][host-tools]") {
    ProgressProject f;
    f.add_reviews();
    f.project.reset();
    const auto en = Translator::for_language("en");
    const std::string pdf = f.dir.file("progress.pdf");

    auto r = run_cli({"plan", "progress-report", f.path, "-o", pdf, "--language", "en", "--date", "2027-10-05"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == "Wrote " + pdf + "\n");
    const std::string text = pdf_text(pdf, false);
    CHECK(has(text, "Progress report"));
    for (const char* date : {"2027-03-31", "2027-06-30", "2027-09-30"})
        CHECK(has(text, en.trf("Review of {}", format_iso_date_long(date, "en"))));
    // Newest first.
    CHECK(text.find(en.trf("Review of {}", format_iso_date_long("2027-09-30", "en"))) <
          text.find(en.trf("Review of {}", format_iso_date_long("2027-03-31", "en"))));
    CHECK(has(text, "Reviews so far"));
    CHECK(has(text, "Change since the previous review"));
    CHECK(has(text, "This is the first review of the plan"));
    CHECK(has(text, "Routing waits for the new system"));  // the late A-03's comment
    CHECK(has(text, "The answer time needs the new system first."));
    CHECK(has(text, "No conclusions were recorded."));
    CHECK(has(text, "at most 5 days"));
    CHECK(has(text, "Administration (ADM)"));
    CHECK(has(text, "Information technology (IT)"));

    // One review only.
    const std::string one = f.dir.file("one.pdf");
    REQUIRE(run_cli({"plan", "progress-report", f.path, "-o", one, "--review", "2027-06-30", "--language", "en", "--date", "2027-10-05"}).exit_code == 0);
    const std::string one_text = pdf_text(one, false);
    CHECK(has(one_text, en.trf("Review of {}", format_iso_date_long("2027-06-30", "en"))));
    CHECK_FALSE(has(one_text, en.trf("Review of {}", format_iso_date_long("2027-09-30", "en"))));

    // Lithuanian: the report's own language, not the UI's.
    const auto lt = Translator::for_language("lt");
    const std::string lt_pdf = f.dir.file("progress-lt.pdf");
    REQUIRE(run_cli({"plan", "progress-report", f.path, "-o", lt_pdf, "--language", "lt", "--date", "2027-10-05"}).exit_code == 0);
    const std::string lt_text = pdf_text(lt_pdf, false);
    CHECK(std::string(lt.tr("Organisation")) != "Organisation");
    CHECK(has(lt_text, lt.tr("Organisation")));
    CHECK(has(lt_text, format_iso_date_long("2027-09-30", "lt")));
    CHECK(has(lt_text, action_status_label(ActionStatus::in_progress, lt)));
    CHECK(has(lt_text, "Vėjupio rajono savivaldybės administracija"));
}

TEST_CASE("plan progress-report refuses what it cannot report on, with exit code 2", "[cli][progress-report]") {
    ProgressProject f;
    f.project.reset();
    const std::string pdf = f.dir.file("progress.pdf");
    auto none = run_cli({"plan", "progress-report", f.path, "-o", pdf});
    CHECK(none.exit_code == 2);
    CHECK(none.err == "assessa-cli: error: " + f.path + ": cycle 2026 has no progress review yet\n");
    CHECK_FALSE(std::filesystem::exists(pdf));

    f.reopen();
    f.review("2027-03-31", {}, "");
    f.project.reset();
    auto unknown = run_cli({"plan", "progress-report", f.path, "-o", pdf, "--review", "2027-05-01"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "assessa-cli: error: " + f.path + ": cycle 2026 has no progress review on 2027-05-01\n");
    auto bad = run_cli({"plan", "progress-report", f.path, "-o", pdf, "--review", "31.03.2027"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("31.03.2027") != std::string::npos);
    auto language = run_cli({"plan", "progress-report", f.path, "-o", pdf, "--language", "xx"});
    CHECK(language.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(pdf));

    ProjectFixture empty;
    empty.project.reset();
    auto no_plan = run_cli({"plan", "progress-report", empty.path, "-o", pdf});
    CHECK(no_plan.exit_code == 2);
    CHECK(no_plan.err.find("has no improvement plan yet") != std::string::npos);
}

TEST_CASE("pef prints the self-check with each judgement and reason, as text and JSON", "[cli][pef]") {
    ProgressProject f;
    f.add_reviews();
    f.add_steps();
    const auto check = pef_self_check(*f.project, f.cycle, "2027-10-15", Translator());
    REQUIRE_FALSE(check.items.empty());
    f.project.reset();

    auto js = run_cli({"pef", f.path, "--json", "--date", "2027-10-15"});
    INFO(js.err);
    REQUIRE(js.exit_code == 0);
    const auto j = nlohmann::json::parse(js.out);
    CHECK(j["cycle"] == "2026");
    CHECK(j["checked_on"] == "2027-10-15");
    REQUIRE(j["items"].size() == check.items.size());
    int counted = 0;
    for (const auto& [name, n] : j["counts"].items()) counted += n.get<int>();
    CHECK(counted == static_cast<int>(check.items.size()));
    CHECK(j["counts"]["met"] == check.count(PefJudgement::met));
    for (std::size_t i = 0; i < check.items.size(); ++i) {
        const auto& item = j["items"][i];
        const auto& expected = check.items[i];
        INFO(expected.id);
        CHECK(item["id"] == expected.id);
        CHECK(item["pillar"] == expected.pillar);
        CHECK(item["step"] == expected.step);
        CHECK(item["title"] == expected.title);
        CHECK(item["judgement"] == std::string(to_string(expected.judgement)));
        CHECK(item["reason"] == expected.reason);
        REQUIRE(item["evidence"].size() == expected.evidence.size());
        for (std::size_t k = 0; k < expected.evidence.size(); ++k) {
            CHECK(item["evidence"][k]["record"] == expected.evidence[k].record);
            CHECK(item["evidence"][k]["date"] == expected.evidence[k].date);
            CHECK(item["evidence"][k]["where"] == expected.evidence[k].where);
        }
    }

    auto text = run_cli({"pef", f.path, "--date", "2027-10-15"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("does not replace it") != std::string::npos);
    for (const auto& item : check.items) {
        INFO(item.id);
        CHECK(text.out.find("  " + item.id + "  [" + pef_judgement_label(item.judgement, Translator()) + "]  " + item.title) !=
              std::string::npos);
        CHECK(text.out.find(item.reason) != std::string::npos);
    }

    auto bad_date = run_cli({"pef", f.path, "--date", "2027-15-01"});
    CHECK(bad_date.exit_code == 2);
    CHECK(bad_date.err.find("--date 2027-15-01") != std::string::npos);
    auto both = run_cli({"pef", f.path, "--json", "-o", f.dir.file("x.pdf")});
    CHECK(both.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(f.dir.file("x.pdf")));
    auto cycle = run_cli({"pef", f.path, "--cycle", "1999"});
    CHECK(cycle.exit_code == 1);
    CHECK(cycle.err.find("no cycle named \"1999\"") != std::string::npos);
    auto missing = run_cli({"pef", f.dir.file("missing.assessa")});
    CHECK(missing.exit_code != 0);
    CHECK(missing.out.empty());
}

TEST_CASE("pef -o writes the evidence pack: the self-check notice, the checklist, the index and the annexes",
          "[cli][pef][host-tools]") {
    ProgressProject f;
    f.add_reviews();
    f.add_steps();
    const auto check_en = pef_self_check(*f.project, f.cycle, "2027-10-15", Translator::for_language("en"));
    f.project.reset();

    const std::string pdf = f.dir.file("evidence.pdf");
    auto r = run_cli({"pef", f.path, "-o", pdf, "--language", "en", "--date", "2027-10-15"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string text = pdf_text(pdf, false);
    CHECK(has(text, "External Feedback evidence pack"));
    CHECK(has(text, "Self-check: does not replace the External Feedback"));
    CHECK(has(text, "prepares the institution for the External Feedback (PEF) and does not replace it"));
    for (const auto& item : check_en.items) {
        INFO(item.id);
        CHECK(has(text, item.title));
        CHECK(has(text, item.reason));
        for (const auto& e : item.evidence) CHECK(has(text, e.record));
    }
    for (int step = 1; step <= 10; ++step) CHECK(has(text, "Annex A" + std::to_string(step) + ":"));
    CHECK(has(text, "Find what to improve first"));  // the decision's objective
    CHECK(has(text, "The CAF model"));               // the training
    CHECK(has(text, "Jonas Kazlauskas"));            // trained, and the process leader
    CHECK(has(text, "Buy a new building"));          // the idea not taken up
    CHECK(has(text, "Count the standards on the website"));  // A-01's check
    CHECK(has(text, "The answer time needs the new system first."));  // a review's conclusions
    CHECK(has(text, "The whole administration"));    // the next self-assessment

    const auto lt = Translator::for_language("lt");
    const auto check_lt = pef_self_check(*Project::open(f.path, Project::Mode::read_only), f.cycle, "2027-10-15", lt);
    const std::string lt_pdf = f.dir.file("evidence-lt.pdf");
    REQUIRE(run_cli({"pef", f.path, "-o", lt_pdf, "--language", "lt", "--date", "2027-10-15"}).exit_code == 0);
    const std::string lt_text = pdf_text(lt_pdf, false);
    CHECK(has(lt_text, lt.tr("Organisation")));
    CHECK(has(lt_text, format_iso_date_long("2026-01-12", "lt")));  // the decision's date
    for (const auto& item : check_lt.items) {
        INFO(item.id);
        CHECK(has(lt_text, item.reason));
    }
}

TEST_CASE("steps prints the ten steps' overview, as text and JSON", "[cli]") {
    ProgressProject f;
    f.add_reviews();
    f.add_steps();
    auto steps = f.project->cycle_steps(f.cycle);
    StepRecord record;
    record.step = 10;
    record.status = StepStatus::in_progress;
    steps.set_step(record);
    f.project->set_cycle_steps(f.cycle, steps);
    const auto overview = step_overview(*f.project, f.cycle, Translator());
    REQUIRE_FALSE(overview.at(9).status_derived);
    f.project.reset();

    auto js = run_cli({"steps", f.path, "--json"});
    INFO(js.err);
    REQUIRE(js.exit_code == 0);
    const auto j = nlohmann::json::parse(js.out);
    REQUIRE(j["steps"].size() == 10);
    for (std::size_t i = 0; i < overview.size(); ++i) {
        const auto& s = j["steps"][i];
        CHECK(s["step"] == overview[i].step);
        CHECK(s["title"] == step_title(overview[i].step, Translator()));
        CHECK(s["status"] == std::string(to_string(overview[i].status)));
        CHECK(s["status_derived"] == overview[i].status_derived);
        CHECK(s["recorded"] == overview[i].recorded);
        CHECK(s["missing"] == overview[i].missing);
    }

    auto text = run_cli({"steps", f.path});
    REQUIRE(text.exit_code == 0);
    for (int step = 1; step <= 10; ++step) CHECK(text.out.find(step_title(step, Translator())) != std::string::npos);
    CHECK(text.out.find("In progress (set by hand)") != std::string::npos);
    CHECK(text.out.find("(set by hand)") == text.out.rfind("(set by hand)"));  // only step 10's
    for (const auto& s : overview)
        for (const auto& m : s.missing) CHECK(text.out.find("  - " + m) != std::string::npos);

    auto bad = run_cli({"steps", f.path, "--cycle", "1999"});
    CHECK(bad.exit_code == 1);
}

TEST_CASE("a review of a plan without actions makes a short progress report and evidence pack", "[cli][progress-report][pef]") {
    ProjectFixture f;
    ImprovementPlan plan;
    plan.cycle_id = f.cycle;
    plan.starts_on = "2027-01-01";
    plan.horizon_years = 2;
    f.project->set_plan(plan);
    f.project.reset();
    REQUIRE(run_cli({"plan", "review", f.path, "--date", "2027-03-31", "--reviewer", "Director"}).exit_code == 0);
    const auto reviews = reviews_in(f.path);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].actions.empty());
    for (const char* language : {"en", "lt", "zh"}) {
        INFO(language);
        const std::string pdf = f.dir.file(std::string("progress-") + language + ".pdf");
        const auto r = run_cli({"plan", "progress-report", f.path, "-o", pdf, "--language", language});
        INFO(r.err);
        CHECK(r.exit_code == 0);
        CHECK(std::filesystem::file_size(pdf) > 0);
        const std::string pack = f.dir.file(std::string("pef-") + language + ".pdf");
        const auto p = run_cli({"pef", f.path, "-o", pack, "--language", language});
        INFO(p.err);
        CHECK(p.exit_code == 0);
        CHECK(std::filesystem::file_size(pack) > 0);
    }
}
