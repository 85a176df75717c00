#include "exports/report/report_options.hpp"
#include "model/cycle_summary.hpp"
#include "model/number_format.hpp"
#include "model/plan_rules.hpp"
#include "model/platform/platform.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

using namespace assessa;
using namespace assessa::test;

namespace {

// The demo projects and their reports are made once: several tests read the same PDFs.
struct Demo {
    TempDir dir;
    std::string project_en = dir.file("demo-en.assessa");
    std::string project_lt = dir.file("demo-lt.assessa");
    Demo() {
        REQUIRE(run_cli({"demo", project_en}).exit_code == 0);
        REQUIRE(run_cli({"demo", project_lt, "--language", "lt"}).exit_code == 0);
    }
    std::string report(const std::string& project, const std::string& lang, const std::string& name, bool plan = false) {
        const std::string out = dir.file(name);
        if (!std::filesystem::exists(out)) {
            std::vector<std::string> args;
            if (plan) args.push_back("plan");
            args.insert(args.end(), {"report", project, "-o", out, "--language", lang, "--date", "2026-11-20"});
            const auto r = run_cli(args);
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
        }
        return out;
    }
};

Demo& demo() {
    static Demo d;
    return d;
}

void require_all_fonts_embedded(const std::string& pdf) {
    const auto fonts = pdf_fonts(pdf);
    REQUIRE(!fonts.empty());
    for (const auto& f : fonts) {
        INFO(f.name);
        CHECK(f.embedded);
    }
}

std::string line_with(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    if (at == std::string::npos) return {};
    const auto start = text.rfind('\n', at);
    const auto end = text.find('\n', at);
    return text.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1));
}

}  // namespace

TEST_CASE("the English assessment report holds every subcriterion and the core's scores", "[pdf][host-tools]") {
    const std::string pdf = demo().report(demo().project_en, "en", "report-en.pdf");
    const std::string text = pdf_text(pdf, false);
    const std::string flat = squeeze(text);
    auto p = Project::open(demo().project_en, Project::Mode::read_only);
    const auto cycle = p->current_cycle();
    const auto fw = p->framework(cycle.framework_id);
    const auto summary = summarize(*p, cycle.id);
    const auto t = Translator::for_language("en");

    for (auto i : fw->assessable_nodes()) {
        const auto& n = fw->nodes()[i];
        INFO(n.code);
        CHECK(flat.find(squeeze(n.code + " " + n.title.get("en"))) != std::string::npos);
    }
    for (auto i : fw->roots()) {
        const auto& n = fw->nodes()[i];
        INFO(n.code);
        CHECK(text.find(t.trf("Criterion score: {}", format_score(summary.consensus.node(n.code), "en"))) != std::string::npos);
    }
    const std::string layout = pdf_text(pdf);
    const std::string overall = line_with(layout, t.tr("Overall score"));
    CHECK(overall.find(format_score(summary.consensus.overall, "en")) != std::string::npos);
    // Names are listed, individual scores never attributed: no member's name shares a line with a number of
    // the distribution.
    for (const auto& m : p->members()) CHECK(text.find(m.name) != std::string::npos);
    CHECK(text.find(t.tr("Management approval")) != std::string::npos);
    CHECK(text.find(cycle.approved_by) != std::string::npos);

    const int pages = pdf_pages(pdf);
    CHECK(pages >= 30);
    CHECK(pages <= 80);
    require_all_fonts_embedded(pdf);
    CHECK(pdf_page_text(pdf, 2).find(t.trf("Page {} of {}", 2, pages)) != std::string::npos);
}

TEST_CASE("the Lithuanian report keeps diacritics and uses decimal commas", "[pdf][host-tools]") {
    const std::string pdf = demo().report(demo().project_lt, "lt", "report-lt.pdf");
    const std::string text = pdf_text(pdf, false);
    for (const char* letter : {"ą", "č", "ę", "ė", "į", "š", "ų", "ū", "ž"}) {
        INFO(letter);
        CHECK(text.find(letter) != std::string::npos);
    }
    auto p = Project::open(demo().project_lt, Project::Mode::read_only);
    CHECK(text.find(p->organisation().name) != std::string::npos);
    const auto cycle = p->current_cycle();
    const auto fw = p->framework(cycle.framework_id);
    const auto summary = summarize(*p, cycle.id);
    const auto t = Translator::for_language("lt");
    const std::string flat = squeeze(text);
    for (auto i : fw->assessable_nodes()) {
        const auto& n = fw->nodes()[i];
        INFO(n.code);
        CHECK(flat.find(squeeze(n.code + " " + n.title.get("lt"))) != std::string::npos);
    }
    const std::string score = format_score(summary.consensus.node("1"), "lt");
    CHECK(score.find(',') != std::string::npos);
    CHECK(text.find(t.trf("Criterion score: {}", score)) != std::string::npos);
    require_all_fonts_embedded(pdf);
}

TEST_CASE("a Chinese report prints the framework in Chinese with an embedded CJK font", "[pdf][host-tools]") {
    const std::string pdf = demo().report(demo().project_lt, "zh", "report-zh.pdf");
    const std::string flat = squeeze(pdf_text(pdf, false));
    auto p = Project::open(demo().project_lt, Project::Mode::read_only);
    const auto fw = p->framework(p->current_cycle().framework_id);
    for (auto i : fw->assessable_nodes()) {
        const auto& n = fw->nodes()[i];
        INFO(n.code);
        REQUIRE(n.title.has("zh"));
        CHECK(flat.find(squeeze(n.code + " " + n.title.get("zh"))) != std::string::npos);
    }
    bool cjk = false;
    const auto fonts = pdf_fonts(pdf);
    for (const auto& f : fonts) {
        INFO(f.name);
        CHECK(f.embedded);
        cjk = cjk || f.name.find("UMing") != std::string::npos;
    }
    CHECK(cjk);
}

TEST_CASE("the plan report has a sheet per action, a landscape timeline and department pages", "[pdf][host-tools]") {
    const std::string pdf = demo().report(demo().project_en, "en", "plan-en.pdf", true);
    const std::string text = pdf_text(pdf, false);
    const std::string flat = squeeze(text);
    auto p = Project::open(demo().project_en, Project::Mode::read_only);
    const auto cycle = p->current_cycle();
    const auto actions = p->actions(cycle.id);
    REQUIRE(actions.size() >= 20);
    const int pages = pdf_pages(pdf);
    CHECK(pages >= static_cast<int>(actions.size()) + 5);
    CHECK(pages <= static_cast<int>(actions.size()) + 40);
    for (const auto& a : actions) {
        INFO(a.code);
        CHECK(flat.find(squeeze(a.code + " " + a.title)) != std::string::npos);
    }
    // Each action sheet is one page that starts with the action's code and title.
    const auto page_texts = pdf_pages_text(pdf);
    REQUIRE(static_cast<int>(page_texts.size()) == pages);
    int sheets = 0;
    for (const auto& page : page_texts)
        if (page.find("Status history") != std::string::npos) ++sheets;
    CHECK(sheets == static_cast<int>(actions.size()));
    for (const auto& d : p->departments()) CHECK(text.find(d.name + " (" + d.code + ")") != std::string::npos);

    const auto landscape = pdf_landscape_pages(pdf);
    REQUIRE(static_cast<int>(landscape.size()) == pages);
    int timeline_pages = 0;
    for (bool l : landscape) timeline_pages += l;
    CHECK(timeline_pages >= 1);

    const auto t = Translator::for_language("en");
    std::size_t quick = 0;
    for (const auto& a : actions) quick += category_of(a) == ActionCategory::quick_win;
    std::string layout;
    for (const auto& page : page_texts) layout += page + "\n";
    const std::string row = line_with(layout, action_category_label(ActionCategory::quick_win, t));
    CHECK(row.find(std::to_string(quick)) != std::string::npos);
    require_all_fonts_embedded(pdf);
}

TEST_CASE("the Lithuanian plan report keeps diacritics", "[pdf][host-tools]") {
    const std::string pdf = demo().report(demo().project_lt, "lt", "plan-lt.pdf", true);
    const std::string text = pdf_text(pdf, false);
    auto p = Project::open(demo().project_lt, Project::Mode::read_only);
    for (const auto& d : p->departments()) CHECK(text.find(d.name) != std::string::npos);
    for (const char* letter : {"ą", "č", "ė", "į", "š", "ų", "ū", "ž"}) {
        INFO(letter);
        CHECK(text.find(letter) != std::string::npos);
    }
}

TEST_CASE("the same project and date give the same PDF bytes", "[pdf]") {
    TempDir dir;
    const std::string a = dir.file("a.pdf"), b = dir.file("b.pdf");
    for (const auto& out : {a, b})
        REQUIRE(run_cli({"report", demo().project_en, "-o", out, "--date", "2026-11-20"}).exit_code == 0);
    CHECK(read_file(a) == read_file(b));
    CHECK(read_file(a).find("/ID") == std::string::npos);
    REQUIRE(run_cli({"report", demo().project_en, "-o", b, "--date", "2026-11-21"}).exit_code == 0);
    CHECK(read_file(a) != read_file(b));
}

TEST_CASE("a missing font names the Debian package to install", "[pdf][host-tools]") {
    TempDir dir;
    const std::string out = dir.file("report.pdf");
    SECTION("no fonts at all") {
        const std::string conf = dir.file("fonts.conf");
        std::ofstream(conf) << "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n";
        ScopedEnvironment env("FONTCONFIG_FILE", conf);
        const auto r = run_cli({"report", demo().project_en, "-o", out});
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("fonts-dejavu-core") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(out));
    }
    SECTION("DejaVu without the Chinese font") {
        const std::string conf = dir.file("dejavu-only.conf");
        std::ofstream(conf) << "<?xml version=\"1.0\"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>"
                               "<cachedir>" << dir.file("cache") << "</cachedir></fontconfig>\n";
        ScopedEnvironment env("FONTCONFIG_FILE", conf);
        CHECK(run_cli({"report", demo().project_en, "-o", out, "--language", "en"}).exit_code == 0);
        const std::string zh = dir.file("zh.pdf");
        const auto r = run_cli({"report", demo().project_lt, "-o", zh, "--language", "zh"});
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("fonts-arphic-uming") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(zh));
    }
}

TEST_CASE("report options that do not fit the project are refused", "[pdf]") {
    TempDir dir;
    const std::string out = dir.file("r.pdf");
    auto r = run_cli({"report", demo().project_en, "-o", out, "--cycle", "1999"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("1999") != std::string::npos);
    CHECK(r.err.find(demo().project_en) != std::string::npos);
    r = run_cli({"report", demo().project_en, "-o", out, "--language", "fr"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("fr") != std::string::npos);
    r = run_cli({"report", demo().project_en, "-o", out, "--date", "20.11.2026"});
    CHECK(r.exit_code == 2);
    r = run_cli({"report", dir.file("missing.assessa"), "-o", out});
    CHECK(r.exit_code != 0);
    r = run_cli({"report", demo().project_en, "-o", dir.file("no/such/folder/r.pdf")});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("no/such/folder/r.pdf") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));

    ProjectFixture f("mini");
    r = run_cli({"plan", "report", f.path, "-o", out});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("plan") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("the report writers report progress up to 100 percent", "[pdf]") {
    TempDir dir;
    auto p = Project::open(demo().project_en, Project::Mode::read_only);
    for (bool plan : {false, true}) {
        std::vector<int> seen;
        ReportOptions o;
        o.date = "2026-11-20";
        o.progress = [&](int percent) { seen.push_back(percent); };
        if (plan)
            write_plan_report(*p, o, dir.file("plan.pdf"));
        else
            write_assessment_report(*p, o, dir.file("report.pdf"));
        REQUIRE(seen.size() >= 3);
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.front() == 0);
        CHECK(seen.back() == 100);
    }
}

TEST_CASE("a report on a project with nothing assessed yet still renders", "[pdf][host-tools]") {
    ProjectFixture f("mini");
    const std::string out = f.dir.file("empty.pdf");
    const auto r = run_cli({"report", f.path, "-o", out, "--date", "2026-01-01"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string text = pdf_text(out, false);
    CHECK(text.find("1.1") != std::string::npos);
    CHECK(text.find("2.1") != std::string::npos);
    CHECK(pdf_pages(out) >= 4);
}

TEST_CASE("reports on a partial consensus say on how many subcriteria each score rests", "[pdf][partial][host-tools]") {
    ProjectFixture f("caf-2020", "classical");
    auto& p = *f.project;
    const Id adm = p.add_department({0, "ADM", "Administration", ""});
    p.set_consensus_score(f.cycle, "1.1", "overall", 40);
    p.set_consensus_score(f.cycle, "1.2", "overall", 52);
    const Id afi = p.add_consensus_item(f.cycle, "1.2", NoteKind::afi, "Values are not reviewed", {});
    p.create_plan(draft_plan({f.cycle, "2027-01-01", 2, "Director"}));
    ImprovementAction a;
    a.code = "A-01";
    a.title = "Yearly review of the values";
    a.lead_department = adm;
    a.afi_ids = {afi};
    a.starts_on = "2027-02-01";
    a.due_on = "2027-06-30";
    p.add_action(f.cycle, a);
    f.reopen(Project::Mode::read_only);

    const std::string out = f.dir.file("partial.pdf");
    const auto r = run_cli({"report", f.path, "-o", out, "--date", "2026-12-01", "--language", "en"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto pages = pdf_pages_text(out);
    const std::string cover = squeeze(pages.at(0));
    CHECK(cover.find(squeeze("Consensus on 2 of 28 subcriteria: the scores are partial")) != std::string::npos);
    const std::string text = squeeze(pdf_text(out, false));
    CHECK(text.find(squeeze("The overall score is 46.0 (based on 2 of 28 subcriteria) on a scale of 0 to 100.")) !=
          std::string::npos);
    CHECK(text.find(squeeze("The consensus is not complete")) != std::string::npos);
    CHECK(text.find(squeeze("Criterion score: 46.0 (based on 2 of 4 subcriteria)")) != std::string::npos);
    CHECK(text.find(squeeze("Based on subcriteria")) != std::string::npos);
    CHECK(text.find("2of20") != std::string::npos);  // the enablers in the summary table
    CHECK(text.find("2of28") != std::string::npos);

    const std::string plan = f.dir.file("plan.pdf");
    const auto rp = run_cli({"plan", "report", f.path, "-o", plan, "--date", "2026-12-01", "--language", "en"});
    INFO(rp.err);
    REQUIRE(rp.exit_code == 0);
    CHECK(squeeze(pdf_pages_text(plan).at(0)).find(squeeze("Consensus on 2 of 28 subcriteria: the scores are partial")) !=
          std::string::npos);
    CHECK(squeeze(pdf_text(plan, false)).find(squeeze("The self-assessment's consensus covers 2 of 28 subcriteria so far")) !=
          std::string::npos);

    // In Lithuanian too, in the report's own language.
    const std::string lt = f.dir.file("partial-lt.pdf");
    REQUIRE(run_cli({"report", f.path, "-o", lt, "--date", "2026-12-01", "--language", "lt"}).exit_code == 0);
    const Translator t = Translator::for_language("lt");
    const auto sheet = summarize(*f.project, f.cycle).consensus;
    CHECK(squeeze(pdf_text(lt, false)).find(squeeze(format_score_coverage(sheet.overall, sheet.overall_coverage, "lt", t))) !=
          std::string::npos);
}

TEST_CASE("a report on a complete consensus does not call its scores partial", "[pdf][partial][host-tools]") {
    ProjectFixture f("mini");
    const auto& fw = *f.project->framework(f.project->current_cycle().framework_id);
    for (auto i : fw.assessable_nodes())
        for (const auto& ph : fw.panel_for(fw.nodes()[i], f.project->current_cycle().method_id)->phases)
            f.project->set_consensus_score(f.cycle, fw.nodes()[i].code, ph.id, 60);
    f.reopen(Project::Mode::read_only);
    const std::string out = f.dir.file("whole.pdf");
    REQUIRE(run_cli({"report", f.path, "-o", out, "--date", "2026-12-01", "--language", "en"}).exit_code == 0);
    const std::string text = squeeze(pdf_text(out, false));
    CHECK(text.find(squeeze("Consensus on all 2 subcriteria")) != std::string::npos);
    CHECK(text.find("basedon") == std::string::npos);
    CHECK(text.find("thescoresarepartial") == std::string::npos);
}
