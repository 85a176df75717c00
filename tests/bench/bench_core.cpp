#include "tests/bench/bench_core.hpp"

#include "exports/exchange_format.hpp"
#include "exports/survey_csv.hpp"
#include "frameworks/data_paths.hpp"
#include "frameworks/framework_library.hpp"
#include "frameworks/framework_loader.hpp"
#include "model/cycle_summary.hpp"
#include "model/project_connection.hpp"
#include "model/project_schema.hpp"
#include "model/project_schema_check.hpp"
#include "model/survey_answers.hpp"
#include "model/survey_statistics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

namespace fs = std::filesystem;

namespace assessa::bench {

namespace {

// 50 criteria of 99 assessable subcriteria each: 5,000 nodes.
void write_large_framework(const std::string& path) {
    std::ofstream out(path);
    out << R"(<?xml version="1.0" encoding="UTF-8"?>
<framework xmlns="urn:assessa:framework:1" id="bench-5000" version="1" publisher="Assessa benchmark">
  <title xml:lang="en">Benchmark framework with 5,000 nodes</title>
  <title xml:lang="lt">Lyginamasis modelis</title>
  <scoring node-aggregation="mean">
    <group id="all" nodes=")";
    for (int c = 1; c <= 50; ++c) out << (c > 1 ? " " : "") << c;
    out << R"("><title xml:lang="en">All</title></group>
    <panel id="simple" min="0" max="100" phase-aggregation="mean">
      <title xml:lang="en">Simple panel</title>
      <phase id="overall"><title xml:lang="en">Score</title></phase>
      <band min="0" max="50"><descriptor xml:lang="en">Low</descriptor></band>
      <band min="51" max="100"><descriptor xml:lang="en">High</descriptor></band>
    </panel>
    <method id="basic"><title xml:lang="en">Basic</title><use group="all" panel="simple"/></method>
  </scoring>
  <nodes>
)";
    for (int c = 1; c <= 50; ++c) {
        out << fmt::format(R"(    <node code="{}" kind="criterion"><title xml:lang="en">Criterion {}</title>)", c, c) << '\n';
        for (int s = 1; s <= 99; ++s)
            out << fmt::format(
                       R"(      <node code="{}.{}" kind="subcriterion" assessable="true"><title xml:lang="en">Subcriterion {}.{}</title><title xml:lang="lt">Subkriterijus {}.{}</title><guidance xml:lang="en">Look at how the organisation plans, does, checks and acts on this subject, with evidence.</guidance><example label="a"><text xml:lang="en">An example of good practice.</text></example></node>)",
                       c, s, c, s, c, s)
                << '\n';
        out << "    </node>\n";
    }
    out << "  </nodes>\n</framework>\n";
}

constexpr int survey_items = 18, survey_responses_count = 400;

// 18 items in 6 dimensions on 1-5 with labels and "don't know", importance asked.
Questionnaire survey_questionnaire() {
    Questionnaire q;
    q.id = "bench-survey";
    q.importance = Questionnaire::Importance::asked;
    q.scale.min = 1;
    q.scale.max = 5;
    const char* labels[] = {"Very dissatisfied", "Dissatisfied", "Neither", "Satisfied", "Very satisfied"};
    for (int v = 1; v <= 5; ++v) q.scale.labels[v].set("en", labels[v - 1]);
    q.scale.dont_know.set("en", "Don't know");
    q.importance_scale = q.scale;
    for (int d = 1; d <= 6; ++d) q.dimensions.push_back({fmt::format("d{}", d), {}});
    for (int i = 1; i <= survey_items; ++i) {
        QuestionnaireItem item;
        item.id = fmt::format("q{}", i);
        item.dimension = fmt::format("d{}", (i - 1) / 3 + 1);
        item.text.set("en", fmt::format("Statement number {} about the service", i));
        q.items.push_back(std::move(item));
    }
    return q;
}

// A form's export: a timestamp, the 18 answers (numbers, labels and "don't know"), their
// importance, and a quoted comment with the separator and a line break in it.
std::string survey_csv(const Questionnaire& q) {
    std::string csv = "Timestamp";
    for (const auto& item : q.items) csv.append(",").append(item.text.get("en"));
    for (const auto& item : q.items) csv.append(",Importance: ").append(item.text.get("en"));
    csv += ",Comment\r\n";
    unsigned state = 20261203;
    const auto next = [&](unsigned n) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % n;
    };
    for (int r = 0; r < survey_responses_count; ++r) {
        csv += fmt::format("2026-11-{:02} 10:{:02}", r % 28 + 1, r % 60);
        for (int i = 0; i < survey_items; ++i) {
            const unsigned roll = next(20);
            if (roll == 0) csv += ",Don't know";
            else if (roll < 4) csv.append(",").append(q.scale.labels.at(static_cast<int>(roll) + 1).get("en"));
            else csv += fmt::format(",{}", 1 + next(5));
        }
        for (int i = 0; i < survey_items; ++i) csv += fmt::format(",{}", 1 + next(5));
        csv += r % 5 == 0 ? ",\"Good, mostly.\r\nThe \"\"e-service\"\" helped.\"\r\n" : ",\r\n";
    }
    return csv;
}

}  // namespace

Timing median_seconds(int runs, const std::function<void()>& work) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t cpu_start = std::clock();
        work();
        cpu.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
        wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void print_row(const std::string& name, const Timing& t, const std::string& detail) {
    fmt::print("{:<36} {:8.3f} s wall {:8.3f} s cpu   {}\n", name, t.wall, t.cpu, detail);
    std::fflush(stdout);
}

void measure_framework_loading(const std::string& dir, int runs) {
    const std::string caf = bundled_frameworks_dir() + "/caf-2020.xml";
    std::size_t nodes = 0;
    const Timing bundled = median_seconds(runs, [&] {
        const auto loaded = load_framework_file(caf);
        if (!loaded.ok()) std::exit(1);
        nodes = loaded.value->nodes().size();
    });
    print_row("framework load, bundled CAF 2020", bundled,
              fmt::format("{} nodes, {} KB", nodes, fs::file_size(caf) / 1024));

    const std::string large = dir + "/bench-5000.xml";
    write_large_framework(large);
    const Timing generated = median_seconds(runs, [&] {
        const auto loaded = load_framework_file(large);
        if (!loaded.ok()) {
            fmt::print(stderr, "{}", to_string(loaded.errors));
            std::exit(1);
        }
        nodes = loaded.value->nodes().size();
    });
    print_row("framework load, generated", generated,
              fmt::format("{} nodes, {} KB", nodes, fs::file_size(large) / 1024));
}

void measure_open_and_summary(const std::string& name, const std::string& path, int runs) {
    std::size_t nodes = 0;
    const Timing open = median_seconds(runs, [&] {
        const auto p = Project::open(path, Project::Mode::read_only);
        nodes = p->framework(p->current_cycle().framework_id)->nodes().size();
    });
    std::uintmax_t bytes = fs::file_size(path);
    if (fs::exists(path + "-wal")) bytes += fs::file_size(path + "-wal");  // recent edits not yet checkpointed
    print_row(name + " project open", open, fmt::format("{} KB file", bytes / 1024));
    const auto p = Project::open(path, Project::Mode::read_only);
    const Id cycle = p->current_cycle().id;
    const Timing summary = median_seconds(runs, [&] { summarize(*p, cycle); });
    print_row(name + " summary", summary, fmt::format("{} members, {} nodes", p->members().size(), nodes));
}

void measure_schema_check(const std::string& name, const std::string& path, int runs) {
    std::size_t objects = 0;
    const Timing reference = median_seconds(runs, [&] {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        store::harden(db);
        store::create_schema_at(db, Project::schema_version);
        objects = store::read_schema(db).objects.size();
    });
    print_row("schema reference from migrations", reference, fmt::format("{} objects, version {}", objects, Project::schema_version));
    const auto& expected = store::expected_schema(Project::schema_version);
    bool same = false;
    const Timing check = median_seconds(runs, [&] {
        const auto db = store::open_connection(path, store::Access::read_only);
        same = !store::schema_difference(expected, store::read_schema(*db));
    });
    print_row(name + " schema check", check, same ? "connection, read and compare" : "DIFFERS");
}

void measure_survey_import(int runs) {
    const Questionnaire q = survey_questionnaire();
    const std::string csv = survey_csv(q);
    std::size_t responses = 0;
    double index = 0;
    const Timing t = median_seconds(runs, [&] {
        const auto read = read_survey_csv(csv, "bench.csv");
        if (!read.table) {
            fmt::print(stderr, "{}", to_string(read.errors));
            std::exit(1);
        }
        const auto result = survey_responses(q, suggest_survey_mapping(q, read.table->header), *read.table, "bench.csv");
        if (!result.ok()) {
            fmt::print(stderr, "{}", to_string(result.rejected));
            std::exit(1);
        }
        const auto s = survey_statistics(q, result.responses);
        responses = result.responses.size();
        index = s.index.value_or(-1);
    });
    print_row("survey CSV to statistics", t,
              fmt::format("{} responses x {} items + importance, {} KB, index {:.1f}", responses, survey_items,
                          csv.size() / 1024, index));
}

void measure_import(const std::string& name, const Project& project, const std::string& dir, int runs) {
    const std::string xml = dir + "/" + name + "-exchange.xml";
    export_exchange(project, xml);
    const auto library = FrameworkLibrary::load({dir + "/frameworks"});
    const Cycle c = project.current_cycle();
    NewProject spec;
    spec.framework_id = c.framework_id;
    spec.method_id = c.method_id;
    spec.cycle_label = c.label;
    spec.organisation.name = "Import target";
    int run = 0;
    std::size_t ratings = 0;
    std::vector<std::unique_ptr<Project>> targets;
    for (int i = 0; i < runs; ++i)
        targets.push_back(Project::create(fmt::format("{}/import-{}.assessa", dir, i), library, spec));
    const Timing t = median_seconds(runs, [&] {
        const auto result = import_exchange(*targets[static_cast<std::size_t>(run++)], xml);
        if (!result.ok()) {
            fmt::print(stderr, "{}", to_string(result.errors));
            std::exit(1);
        }
        ratings = result.report->ratings;
    });
    print_row(name + " exchange import", t,
              fmt::format("{} KB file, {} ratings", fs::file_size(xml) / 1024, ratings));
}

}  // namespace assessa::bench
