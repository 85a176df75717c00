#include "i18n/translator.hpp"
#include "model/date_format.hpp"
#include "model/plan_rules.hpp"
#include "model/project.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

using namespace assessa;
using namespace assessa::test;

namespace {

// One demo project; its reports in each language are written once, dated 15 January 2027.
struct DatedReports {
    TempDir dir;
    std::string project = dir.file("demo.assessa");
    DatedReports() { REQUIRE(run_cli({"demo", project, "--language", "lt"}).exit_code == 0); }
    std::string text(const std::string& lang, bool plan) {
        const std::string out = dir.file((plan ? "plan-" : "report-") + lang + ".pdf");
        if (!std::filesystem::exists(out)) {
            std::vector<std::string> args;
            if (plan) args.push_back("plan");
            args.insert(args.end(), {"report", project, "-o", out, "--language", lang, "--date", "2027-01-15"});
            const auto r = run_cli(args);
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
        }
        return pdf_text(out, false);
    }
};

DatedReports& reports() {
    static DatedReports r;
    return r;
}

bool has(const std::string& text, const std::string& needle) {
    return squeeze(text).find(squeeze(needle)) != std::string::npos;
}

// Every YYYY-MM-DD in the text.
std::vector<std::string> iso_dates_in(const std::string& text) {
    static const std::regex iso(R"(\b(19|20)\d\d-[01]\d-[0-3]\d\b)");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), iso); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    return out;
}

}  // namespace

TEST_CASE("the assessment report writes its dates the way each language does", "[pdf][dates][host-tools]") {
    auto p = Project::open(reports().project, Project::Mode::read_only);
    const auto cycle = p->current_cycle();
    REQUIRE(cycle.approved());
    REQUIRE_FALSE(cycle.started_on.empty());

    const std::string lt = reports().text("lt", false);
    CHECK(has(lt, "2027 m. sausio 15 d."));
    CHECK(has(lt, format_iso_date_long(cycle.approved_on, "lt")));
    CHECK(has(lt, format_iso_date_long(cycle.started_on, "lt")));

    const std::string zh = reports().text("zh", false);
    CHECK(has(zh, "2027年1月15日"));
    CHECK(has(zh, format_iso_date_long(cycle.approved_on, "zh")));
    CHECK(has(zh, format_iso_date_long(cycle.started_on, "zh")));

    const std::string en = reports().text("en", false);
    CHECK(has(en, "15 January 2027"));
    CHECK(has(en, format_iso_date_long(cycle.approved_on, "en")));
    CHECK(has(en, format_iso_date_long(cycle.started_on, "en")));
    // English never shows a stored ISO date as it is.
    CHECK(iso_dates_in(en) == std::vector<std::string>{});
}

TEST_CASE("the plan report writes its dates, milestones and quarters the way each language does", "[pdf][dates][host-tools]") {
    auto p = Project::open(reports().project, Project::Mode::read_only);
    const auto cycle = p->current_cycle();
    const auto plan = p->plan(cycle.id);
    REQUIRE(plan);
    const auto actions = p->actions(cycle.id);
    const ImprovementAction* with_milestone = nullptr;
    const ImprovementAction* with_history = nullptr;
    for (const auto& a : actions) {
        if (!with_milestone && !a.milestones.empty()) with_milestone = &a;
        if (!with_history && !a.history.empty()) with_history = &a;
    }
    REQUIRE(with_milestone);
    REQUIRE(with_history);
    const auto start = CalendarDate::parse(plan->starts_on);
    REQUIRE(start);

    for (const std::string lang : {"en", "lt", "zh"}) {
        INFO(lang);
        const std::string text = reports().text(lang, true);
        CHECK(has(text, format_date_long(CalendarDate{2027, 1, 15}, lang)));
        CHECK(has(text, format_iso_date_long(plan->starts_on, lang)));
        CHECK(has(text, format_iso_date_long(with_milestone->starts_on, lang)));
        CHECK(has(text, format_iso_date(with_milestone->milestones.front().due_on, lang)));
        CHECK(has(text, format_iso_date(with_history->history.front().changed_on, lang)));
        CHECK(has(text, format_year(start->year, lang)));
        CHECK(has(text, format_quarter_short(start->quarter(), lang)));
    }
    const std::string lt = reports().text("lt", true);
    CHECK(has(lt, "I ketv."));
    CHECK(has(lt, "2027 m. sausio 15 d."));
    const std::string zh = reports().text("zh", true);
    CHECK(has(zh, "第1季度"));
    CHECK(has(zh, "2027年1月15日"));
    CHECK(iso_dates_in(reports().text("en", true)) == std::vector<std::string>{});
}

TEST_CASE("progress in the plan report is a percentage in each language's form", "[pdf][dates][host-tools]") {
    auto p = Project::open(reports().project, Project::Mode::read_only);
    const auto actions = p->actions(p->current_cycle().id);
    const ImprovementAction* running = nullptr;
    for (const auto& a : actions)
        if (a.status == ActionStatus::in_progress && a.progress > 0) running = &a;
    REQUIRE(running);
    const std::string n = std::to_string(running->progress);
    // pdftotext gives the no-break space before a Lithuanian percent sign as a plain space.
    CHECK(reports().text("lt", true).find(n + " %") != std::string::npos);
    for (const std::string lang : {"en", "zh"}) {
        INFO(lang);
        CHECK(has(reports().text(lang, true), action_status_label(ActionStatus::in_progress, Translator::for_language(lang)) + n + "%"));
        CHECK(reports().text(lang, true).find(n + "%") != std::string::npos);
    }
}

TEST_CASE("counts in the reports' sentences take the language's plural forms", "[pdf][i18n][host-tools]") {
    auto p = Project::open(reports().project, Project::Mode::read_only);
    const auto members = p->members().size();
    const auto actions = p->actions(p->current_cycle().id).size();
    const auto lt = Translator::for_language("lt");
    const char* one = "The self-assessment group had {} member.";
    const char* many = "The self-assessment group had {} members.";
    // Lithuanian has three forms: 1 narys, 2 nariai, 10 narių.
    CHECK(lt.trnf(one, many, 1, 1) == "Įsivertinimo grupėje buvo 1 narys.");
    CHECK(lt.trnf(one, many, 2, 2) == "Įsivertinimo grupėje buvo 2 nariai.");
    CHECK(lt.trnf(one, many, 10, 10) == "Įsivertinimo grupėje buvo 10 narių.");
    CHECK(has(reports().text("lt", false), lt.trnf(one, many, members, members)));
    const auto zh = Translator::for_language("zh");
    CHECK(has(reports().text("zh", false), zh.trnf(one, many, members, members)));
    CHECK(has(reports().text("en", false), fmt::format(fmt::runtime(members == 1 ? one : many), members)));

    const auto start = format_iso_date_long(p->plan(p->current_cycle().id)->starts_on, "lt");
    const std::string lt_plan = reports().text("lt", true);
    CHECK(has(lt_plan, lt.trnf("The plan answers the areas for improvement agreed in the self-assessment {} with {} action from {} to {}.",
                               "The plan answers the areas for improvement agreed in the self-assessment {} with {} actions from {} to {}.",
                               actions, p->current_cycle().label, actions, start,
                               format_iso_date_long(p->plan(p->current_cycle().id)->ends_on()->to_string(), "lt"))));
    // A long Lithuanian date ends in "d.": no sentence may close with a second full stop after it.
    CHECK(squeeze(lt_plan).find("d..") == std::string::npos);
    CHECK(squeeze(reports().text("lt", false)).find("d..") == std::string::npos);
}
