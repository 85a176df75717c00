// Times framework loading, opening and summarising projects, a large import, and the PDF report
// writers, on the demo project and on a large generated one; prints the median of several runs.
// Not a test: scripts/bench builds and runs it.
// Usage: assessa_bench [RUNS] [DIR]
#include "model/platform/platform.hpp"
#include "exports/demo_project.hpp"
#include "tests/bench/bench_core.hpp"
#include "exports/report/report_options.hpp"
#include "frameworks/data_paths.hpp"
#include "frameworks/framework_library.hpp"
#include "model/pef_check.hpp"
#include "model/progress_review.hpp"
#include "model/project.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>


namespace fs = std::filesystem;
using namespace assessa;
using namespace assessa::bench;

namespace {

constexpr int criteria = 10;
constexpr int per_criterion = 20;  // 200 assessable nodes
constexpr int members = 50;
constexpr int items_per_node = 10;  // 2,000 agreed text items
constexpr int actions = 500;

std::string sentence(int seed, int words) {
    static const char* vocabulary[] = {"the", "department", "reviews", "its", "service", "standards", "with",
                                       "residents", "every", "quarter", "and", "reports", "results", "to",
                                       "management", "which", "agrees", "improvements", "on", "time"};
    std::string s;
    for (int w = 0; w < words; ++w) {
        if (w) s += ' ';
        s += vocabulary[(seed * 7 + w * 13) % 20];
    }
    if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s + ".";
}

void write_framework(const std::string& path) {
    std::ofstream out(path);
    out << R"(<?xml version="1.0" encoding="UTF-8"?>
<framework xmlns="urn:assessa:framework:1" id="bench-200" version="1" publisher="Assessa benchmark">
  <title xml:lang="en">Benchmark framework with 200 subcriteria</title>
  <scoring node-aggregation="mean">
    <group id="enablers" nodes="1 2 3 4 5"><title xml:lang="en">Enablers</title></group>
    <group id="results" nodes="6 7 8 9 10"><title xml:lang="en">Results</title></group>
    <panel id="simple" min="0" max="100" phase-aggregation="mean">
      <title xml:lang="en">Simple panel</title>
      <phase id="overall"><title xml:lang="en">Score</title></phase>
)";
    const int bands[][2] = {{0, 10}, {11, 30}, {31, 50}, {51, 70}, {71, 90}, {91, 100}};
    for (const auto& b : bands)
        out << fmt::format(R"(      <band min="{}" max="{}"><descriptor xml:lang="en">{}</descriptor></band>)", b[0], b[1],
                           sentence(b[0], 12))
            << '\n';
    out << R"(    </panel>
    <method id="basic"><title xml:lang="en">Basic</title><use group="enablers" panel="simple"/><use group="results" panel="simple"/></method>
  </scoring>
  <nodes>
)";
    for (int c = 1; c <= criteria; ++c) {
        out << fmt::format(R"(    <node code="{}" kind="criterion"><title xml:lang="en">Criterion {} {}</title>)", c, c,
                           sentence(c, 3))
            << '\n';
        for (int s = 1; s <= per_criterion; ++s)
            out << fmt::format(R"(      <node code="{}.{}" kind="subcriterion" assessable="true"><title xml:lang="en">{}</title></node>)",
                               c, s, sentence(c * 31 + s, 9))
                << '\n';
        out << "    </node>\n";
    }
    out << "  </nodes>\n</framework>\n";
}

std::unique_ptr<Project> large_project(const std::string& dir) {
    const std::string fw_dir = dir + "/frameworks";
    fs::create_directories(fw_dir);
    write_framework(fw_dir + "/bench-200.xml");
    const auto library = FrameworkLibrary::load({fw_dir});
    if (!library.find("bench-200")) {
        for (const auto& p : library.problems()) fmt::print(stderr, "{}\n", p.to_string());
        std::exit(1);
    }
    NewProject spec;
    spec.framework_id = "bench-200";
    spec.method_id = "basic";
    spec.cycle_label = "2026";
    spec.organisation.name = "Large Benchmark Administration";
    auto p = Project::create(dir + "/large.assessa", library, spec);
    const Id cycle = p->current_cycle().id;
    p->batch([&] {
        std::vector<Id> deps, people;
        for (int d = 0; d < 10; ++d)
            deps.push_back(p->add_department({0, fmt::format("D{:02}", d), fmt::format("Department {} of services", d), "Head"}));
        for (int m = 0; m < members; ++m)
            people.push_back(p->add_member({0, fmt::format("Member {:02}", m), m == 0 ? MemberRole::facilitator : MemberRole::member,
                                            deps[static_cast<std::size_t>(m % 10)], ""}));
        std::vector<Id> afis;
        int n = 0;
        for (int c = 1; c <= criteria; ++c)
            for (int s = 1; s <= per_criterion; ++s, ++n) {
                const std::string code = fmt::format("{}.{}", c, s);
                for (int m = 0; m < members; ++m)
                    p->set_score(cycle, people[static_cast<std::size_t>(m)], code, "overall", (n * 7 + m * 13) % 101);
                p->set_consensus_score(cycle, code, "overall", (n * 11) % 101);
                for (int i = 0; i < items_per_node; ++i) {
                    const NoteKind kind = i < 5 ? NoteKind::strength : NoteKind::afi;
                    const Id id = p->add_consensus_item(cycle, code, kind, sentence(n * 10 + i, 18), {});
                    if (kind == NoteKind::afi) afis.push_back(id);
                }
                p->set_justification(cycle, code, sentence(n, 40));
            }
        ImprovementPlan plan;
        plan.cycle_id = cycle;
        plan.starts_on = "2027-01-01";
        plan.horizon_years = 3;
        p->set_plan(plan);
        for (int a = 0; a < actions; ++a) {
            ImprovementAction act;
            act.code = fmt::format("A-{:03}", a + 1);
            act.title = sentence(a, 7);
            act.description = sentence(a + 3, 45);
            act.expected_result = sentence(a + 5, 25);
            act.afi_ids = {afis[static_cast<std::size_t>(a) % afis.size()]};
            act.impact = 1 + a % 5;
            act.feasibility = 1 + (a / 5) % 5;
            act.lead_department = deps[static_cast<std::size_t>(a % 10)];
            act.participating_departments = {deps[static_cast<std::size_t>((a + 1) % 10)], deps[static_cast<std::size_t>((a + 3) % 10)]};
            act.responsible = fmt::format("Member {:02}", a % members);
            const int start_month = a % 24;
            act.starts_on = fmt::format("{}-{:02}-01", 2027 + start_month / 12, start_month % 12 + 1);
            act.due_on = fmt::format("{}-{:02}-28", 2027 + (start_month + 9) / 12, (start_month + 9) % 12 + 1);
            act.milestones = {{0, "First result reviewed", act.starts_on, false}};
            act.indicator = sentence(a + 7, 8);
            act.target = "90 %";
            p->add_action(cycle, act);
        }
    });
    // A quarterly review of every action, for the progress report.
    p->add_progress_review(review_from_plan(*p, cycle, "2027-06-30", "Director"));
    return p;
}

void measure(const std::string& name, const Project& p, const std::string& dir, int runs) {
    ReportOptions o;
    o.date = "2026-11-20";
    const std::string report = dir + "/" + name + "-report.pdf", plan = dir + "/" + name + "-plan.pdf";
    const Timing r = median_seconds(runs, [&] { write_assessment_report(p, o, report); });
    const Timing pl = median_seconds(runs, [&] { write_plan_report(p, o, plan); });
    print_row(name + " assessment report PDF", r, fmt::format("{} KB", fs::file_size(report) / 1024));
    print_row(name + " improvement plan PDF", pl, fmt::format("{} KB", fs::file_size(plan) / 1024));
    const std::string progress = dir + "/" + name + "-progress.pdf", pack = dir + "/" + name + "-evidence.pdf";
    const Timing pr = median_seconds(runs, [&] { write_progress_report(p, o, {}, progress); });
    print_row(name + " progress report PDF", pr, fmt::format("{} KB", fs::file_size(progress) / 1024));
    const Id cycle = p.current_cycle().id;
    const Timing check = median_seconds(runs, [&] { pef_self_check(p, cycle, "2027-10-15"); });
    print_row(name + " External Feedback self-check", check, "");
    const Timing pk = median_seconds(runs, [&] { write_pef_evidence_pack(p, o, pack); });
    print_row(name + " evidence pack PDF", pk, fmt::format("{} KB", fs::file_size(pack) / 1024));
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    init_runtime();
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    fmt::print("Median of {} runs each, one thread\n", runs);
    // A second argument keeps the projects and PDFs in that directory, to look at them.
    const bool keep = argc > 2;
    const std::string dir = keep ? std::string(argv[2]) : (fs::temp_directory_path() / fmt::format("assessa-bench-{}", assessa::platform::process_id())).string();
    fs::remove_all(dir);
    fs::create_directories(dir);
    if (!std::getenv("ASSESSA_BENCH_OPEN_ONLY")) {
        measure_framework_loading(dir, runs);
        measure_survey_import(runs);
    }
    {
        const auto library = FrameworkLibrary::load_default();
        auto demo = write_demo_project(dir + "/demo.assessa", library, "en");
        measure_open_and_summary("demo", demo->path(), runs);
        measure_schema_check("demo", demo->path(), runs);
        // ASSESSA_BENCH_OPEN_ONLY=1: only opening the demo (quick, also in a sanitizer build).
        if (std::getenv("ASSESSA_BENCH_OPEN_ONLY")) {
            if (!keep) fs::remove_all(dir);
            return 0;
        }
        measure("demo", *demo, dir, runs);
    }
    {
        const auto start = std::chrono::steady_clock::now();
        auto large = large_project(dir);
        fmt::print("(large project generated in {:.1f} s: {} members, {} assessable nodes, {} agreed items, {} actions)\n",
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), members,
                   criteria * per_criterion, criteria * per_criterion * items_per_node, actions);
        measure_open_and_summary("large", large->path(), runs);
        measure_schema_check("large", large->path(), runs);
        measure_import("large", *large, dir, runs);
        measure("large", *large, dir, runs);
    }
    if (!keep) fs::remove_all(dir);
    return 0;
}
