#include <catch2/catch.hpp>

#include "exports/exchange_format.hpp"
#include "model/project.hpp"
#include "tests/support/test_support.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace assessa;
using namespace assessa::test;

namespace {

std::vector<std::string> labels(const Project& p) {
    std::vector<std::string> r;
    for (const auto& c : p.cycles()) r.push_back(c.label);
    return r;
}

// The demo's export with only the cycle `label` kept (and its start date replaced when given).
std::string demo_with_only(const std::string& xml, const std::string& label, const std::string& started_on = {}) {
    const std::string open = "<cycle label=\"";
    std::string out = xml;
    for (std::size_t at = out.find(open); at != std::string::npos; at = out.find(open, at)) {
        const std::size_t end = out.find("</cycle>", at) + std::string("</cycle>\n").size();
        const std::string this_label = out.substr(at + open.size(), out.find('"', at + open.size()) - at - open.size());
        if (this_label != label) {
            std::size_t line_start = out.rfind('\n', at) + 1;
            out.erase(line_start, end - line_start);
            at = line_start;
            continue;
        }
        if (!started_on.empty()) {
            const std::size_t date = out.find("started-on=\"", at) + std::string("started-on=\"").size();
            out.replace(date, 10, started_on);
        }
        at = end;
    }
    // A file of one cycle holds that cycle's surveys only, as `export --cycle` writes it.
    const std::string survey = "<survey id=\"";
    for (std::size_t at = out.find(survey); at != std::string::npos; at = out.find(survey, at)) {
        const std::size_t end = out.find("</survey>", at) + std::string("</survey>\n").size();
        if (out.find("cycle=\"" + label + "\"", at) > out.find('>', at)) {
            const std::size_t line_start = out.rfind('\n', at) + 1;
            out.erase(line_start, end - line_start);
            at = line_start;
        } else {
            at = end;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("After importing the demo into a new project 2026 stays the newest cycle", "[cli][cycles]") {
    TempDir d;
    REQUIRE(run_cli({"demo", d.file("demo.assessa")}).exit_code == 0);
    REQUIRE(run_cli({"export", d.file("demo.assessa"), "-o", d.file("demo.xml")}).exit_code == 0);
    REQUIRE(run_cli({"new", d.file("p.assessa"), "--framework", "caf-2020", "--organisation", "X", "--method",
                     "fine-tuned", "--cycle", "2026"})
                .exit_code == 0);
    REQUIRE(run_cli({"import", d.file("p.assessa"), d.file("demo.xml")}).exit_code == 0);
    {
        auto p = Project::open(d.file("p.assessa"), Project::Mode::read_only);
        CHECK(labels(*p) == std::vector<std::string>{"2024", "2026"});
        CHECK(p->current_cycle().label == "2026");
        CHECK(p->current_cycle().started_on == "2026-10-05");  // the file's date, applied
        CHECK(p->previous_cycle(p->current_cycle().id)->label == "2024");
    }
    auto summary = run_cli({"summary", d.file("p.assessa"), "--json"});
    REQUIRE(summary.exit_code == 0);
    const auto j = nlohmann::json::parse(summary.out);
    CHECK(j["cycle"]["label"] == "2026");
    CHECK(j["comparison"]["previous_cycle"] == "2024");
    auto plan = run_cli({"plan", "export", d.file("p.assessa"), "-o", d.file("actions.csv")});
    INFO(plan.err);
    CHECK(plan.exit_code == 0);
    CHECK(plan.err.find("has no improvement plan yet") == std::string::npos);
}

TEST_CASE("Imports that add an older cycle, a newer one and one with the same label keep time order", "[cli][cycles]") {
    TempDir d;
    REQUIRE(run_cli({"demo", d.file("demo.assessa")}).exit_code == 0);
    REQUIRE(run_cli({"export", d.file("demo.assessa"), "-o", d.file("demo.xml")}).exit_code == 0);
    const std::string xml = read_file(d.file("demo.xml"));
    std::ofstream(d.file("2024.xml")) << demo_with_only(xml, "2024");
    std::ofstream(d.file("2026.xml")) << demo_with_only(xml, "2026");
    std::ofstream(d.file("2026-moved.xml")) << demo_with_only(xml, "2026", "2023-01-15");

    SECTION("an older cycle goes before the newest, whatever the order of import") {
        REQUIRE(run_cli({"new", d.file("p.assessa"), "--from", d.file("2026.xml")}).exit_code == 0);
        REQUIRE(run_cli({"import", d.file("p.assessa"), d.file("2024.xml")}).exit_code == 0);
        auto p = Project::open(d.file("p.assessa"), Project::Mode::read_only);
        CHECK(labels(*p) == std::vector<std::string>{"2024", "2026"});
        CHECK(p->current_cycle().label == "2026");
        CHECK(p->previous_cycle(p->current_cycle().id)->label == "2024");
    }
    SECTION("a newer cycle becomes the newest") {
        REQUIRE(run_cli({"new", d.file("p.assessa"), "--from", d.file("2024.xml")}).exit_code == 0);
        REQUIRE(run_cli({"import", d.file("p.assessa"), d.file("2026.xml")}).exit_code == 0);
        auto p = Project::open(d.file("p.assessa"), Project::Mode::read_only);
        CHECK(labels(*p) == std::vector<std::string>{"2024", "2026"});
        CHECK(p->current_cycle().label == "2026");
    }
    SECTION("a cycle with the same label takes the file's start date and moves in time with it") {
        REQUIRE(run_cli({"new", d.file("p.assessa"), "--from", d.file("demo.xml")}).exit_code == 0);
        REQUIRE(run_cli({"import", d.file("p.assessa"), d.file("2026-moved.xml")}).exit_code == 0);
        auto p = Project::open(d.file("p.assessa"), Project::Mode::read_only);
        CHECK(labels(*p) == std::vector<std::string>{"2026", "2024"});
        CHECK(p->current_cycle().label == "2024");
        CHECK(p->cycles().front().started_on == "2023-01-15");
    }
    SECTION("two cycles on the same day are ordered by label") {
        REQUIRE(run_cli({"new", d.file("p.assessa"), "--from", d.file("demo.xml")}).exit_code == 0);
        auto p = Project::open(d.file("p.assessa"));
        const Id b = p->add_cycle("2026b", "caf-2020", "classical", "2026-10-05");
        CHECK(p->current_cycle().id == b);
        CHECK(p->previous_cycle(b)->label == "2026");
    }
}

TEST_CASE("A cycle created without a date starts today, or on the date given", "[cli][cycles]") {
    TempDir d;
    REQUIRE(run_cli({"new", d.file("p.assessa"), "--organisation", "X", "--cycle", "2027", "--starts-on",
                     "2027-02-01"})
                .exit_code == 0);
    auto p = Project::open(d.file("p.assessa"));
    CHECK(p->current_cycle().started_on == "2027-02-01");
    const Id undated = p->add_cycle("2029", "caf-2020", "classical");
    CHECK(p->cycle(undated).started_on.size() == 10);
    CHECK(p->cycle(undated).started_on >= "2026-01-01");
    CHECK_THROWS_AS(p->add_cycle("2031", "caf-2020", "classical", "1 May 2031"), InvalidEdit);
    CHECK(run_cli({"new", d.file("q.assessa"), "--organisation", "X", "--starts-on", "soon"}).exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(d.file("q.assessa")));
}

TEST_CASE("new --from makes a project from the demo's export that exports to the same bytes", "[cli][exchange][cycles]") {
    TempDir d;
    for (const char* lang : {"en", "lt"}) {
        const std::string demo = d.file(std::string("demo-") + lang + ".assessa");
        const std::string xml = d.file(std::string("demo-") + lang + ".xml");
        const std::string copy = d.file(std::string("copy-") + lang + ".assessa");
        REQUIRE(run_cli({"demo", demo, "--language", lang}).exit_code == 0);
        REQUIRE(run_cli({"export", demo, "-o", xml}).exit_code == 0);
        auto made = run_cli({"new", copy, "--from", xml});
        INFO(made.err);
        REQUIRE(made.exit_code == 0);
        CHECK(made.out.find("10 members, 2 cycles") != std::string::npos);
        REQUIRE(run_cli({"export", copy, "-o", copy + ".xml"}).exit_code == 0);
        CHECK(read_file(copy + ".xml") == read_file(xml));
        auto p = Project::open(copy, Project::Mode::read_only);
        CHECK(labels(*p) == std::vector<std::string>{"2024", "2026"});
    }
}

TEST_CASE("new --from refuses a bad file, leaves no project behind and keeps an existing one", "[cli][exchange][bad]") {
    TempDir d;
    REQUIRE(run_cli({"demo", d.file("demo.assessa")}).exit_code == 0);
    REQUIRE(run_cli({"export", d.file("demo.assessa"), "-o", d.file("demo.xml")}).exit_code == 0);
    std::string xml = read_file(d.file("demo.xml"));
    // The last score: the surveys after it keep their questionnaires' XML, with its own values, as text.
    const auto pos = xml.rfind("value=\"", xml.find("<surveys>"));
    xml.replace(pos, 9, "value=\"170");
    std::ofstream(d.file("bad.xml")) << xml;
    auto bad = run_cli({"new", d.file("p.assessa"), "--from", d.file("bad.xml")});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find(d.file("bad.xml") + ":") == 0);
    CHECK(bad.err.find("outside the scale 0-100") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(d.file("p.assessa")));

    std::string unknown = read_file(d.file("demo.xml"));
    for (std::size_t at = unknown.find("framework=\"caf-2020\""); at != std::string::npos;
         at = unknown.find("framework=\"caf-2020\"", at))
        unknown.replace(at, 20, "framework=\"caf-2099\"");
    std::ofstream(d.file("unknown.xml")) << unknown;
    auto missing = run_cli({"new", d.file("p.assessa"), "--from", d.file("unknown.xml")});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("no framework with id \"caf-2099\" is in the library") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(d.file("p.assessa")));

    std::ofstream(d.file("empty.xml")) << "<?xml version=\"1.0\"?>\n<assessa-exchange xmlns=\"urn:assessa:exchange:1\" "
                                          "version=\"1\"><organisation name=\"X\"/></assessa-exchange>\n";
    auto empty = run_cli({"new", d.file("p.assessa"), "--from", d.file("empty.xml")});
    CHECK(empty.exit_code == 1);
    CHECK(empty.err.find("needs at least one") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(d.file("p.assessa")));

    const std::string before = read_file(d.file("demo.assessa"));
    auto exists = run_cli({"new", d.file("demo.assessa"), "--from", d.file("demo.xml")});
    CHECK(exists.exit_code == 1);
    CHECK(exists.err.find("already exists") != std::string::npos);
    CHECK(read_file(d.file("demo.assessa")) == before);
    CHECK(run_cli({"new", d.file("q.assessa"), "--from", d.file("demo.xml"), "--organisation", "Y"}).exit_code == 2);
}

TEST_CASE("cycle add starts the next cycle and cycle list shows every cycle in time order", "[cli][cycles]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    std::vector<std::string> names;
    {
        auto p = Project::open(file, Project::Mode::read_only);
        for (const auto& m : p->members()) names.push_back(m.name);
    }
    auto add = run_cli({"cycle", "add", file, "--label", "2028", "--starts-on", "2028-10-02", "--method", "classical",
                        "--leave", names[1], "--leave", names[2], "--join", "Aistė Jonaitienė", "--join",
                        "Paulius Vaitkus=facilitator", "--role", names[0] + "=member", "--adopt-open"});
    INFO(add.err);
    REQUIRE(add.exit_code == 0);
    CHECK(add.out.find("Started cycle 2028 on 2028-10-02 after cycle 2026: 10 members, classical scoring") !=
          std::string::npos);

    auto list = run_cli({"cycle", "list", file});
    REQUIRE(list.exit_code == 0);
    const auto at2024 = list.out.find("2024 ");
    const auto at2026 = list.out.find("2026 ");
    const auto at2028 = list.out.find("2028 ");
    CHECK(at2024 < at2026);
    CHECK(at2026 < at2028);
    CHECK(list.out.find("consensus 28/28") != std::string::npos);
    CHECK(list.out.find("individual 0/280, consensus 0/28") != std::string::npos);
    CHECK(list.out.find("no plan") != std::string::npos);
    CHECK(list.out.find("caf-2020 ") != std::string::npos);

    auto summary = run_cli({"summary", file, "--json"});
    const auto j = nlohmann::json::parse(summary.out);
    CHECK(j["cycle"]["label"] == "2028");
    CHECK(j["members"].size() == 10);
    CHECK(j["comparison"]["previous_cycle"] == "2026");
    CHECK(nlohmann::json::parse(run_cli({"summary", file, "--cycle", "2026", "--json"}).out)["members"].size() == 10);

    auto plan = run_cli({"plan", "show", file, "--cycle", "2028"});
    CHECK(plan.exit_code == 0);
    REQUIRE(run_cli({"export", file, "-o", d.file("2026.xml"), "--cycle", "2026"}).exit_code == 0);
    CHECK(read_file(d.file("2026.xml")).find("label=\"2028\"") == std::string::npos);
    CHECK(run_cli({"export", file, "-o", d.file("x.xml"), "--cycle", "1999"}).exit_code == 1);

    // Refusals name the problem and change nothing.
    const std::string before = read_file(file);
    auto again = run_cli({"cycle", "add", file, "--label", "2028"});
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("there is already a cycle named \"2028\"") != std::string::npos);
    auto early = run_cli({"cycle", "add", file, "--label", "2030", "--starts-on", "2027-01-01"});
    CHECK(early.err.find("must start after cycle 2028") != std::string::npos);
    auto nobody = run_cli({"cycle", "add", file, "--label", "2030", "--starts-on", "2030-10-01", "--leave", "Nobody"});
    CHECK(nobody.err.find("no group member named \"Nobody\"") != std::string::npos);
    auto version = run_cli({"cycle", "add", file, "--label", "2030", "--starts-on", "2030-10-01",
                            "--framework-version", "9.9"});
    CHECK(version.exit_code == 1);
    CHECK(version.err.find(file + ": cycle 2028 uses version 2020 of framework \"caf-2020\"; the next cycle cannot go "
                           "back to version 9.9") != std::string::npos);
    auto p = Project::open(file, Project::Mode::read_only);
    CHECK(p->cycles().size() == 3);
}

TEST_CASE("packet import --cycle refuses a packet of another cycle, naming both", "[cli][cycles][packets]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    REQUIRE(run_cli({"packet", "export", file, "--member", "1", "-o", d.file("m1.assessa-packet")}).exit_code == 0);
    REQUIRE(run_cli({"cycle", "add", file, "--label", "2028", "--starts-on", "2028-10-02"}).exit_code == 0);
    auto r = run_cli({"packet", "import", file, d.file("m1.assessa-packet"), "--cycle", "2028"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("the packet belongs to cycle \"2026\", not to cycle \"2028\"") != std::string::npos);
    CHECK(run_cli({"packet", "import", file, d.file("m1.assessa-packet"), "--cycle", "2026"}).exit_code == 0);
}
