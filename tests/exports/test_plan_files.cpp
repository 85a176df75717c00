#include <catch2/catch.hpp>

#include "exports/demo_project.hpp"
#include "exports/plan/plan_files.hpp"
#include "tests/support/test_support.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <sstream>

using namespace assessa;
using namespace assessa::test;

namespace {

// One demo for every test here: writing it takes a while under the sanitizers.
Project& demo() {
    static TempDir dir;
    static std::unique_ptr<Project> p =
        write_demo_project(dir.file("demo.assessa"), FrameworkLibrary::load_default(), "lt");
    return *p;
}

Id plan_cycle() { return demo().current_cycle().id; }

std::string unzip(const std::string& archive, const std::string& member) {
    std::string text;
    const std::string command = "unzip -p '" + archive + "' '" + member + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    char buf[4096];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe.get())) > 0;) text.append(buf, n);
    return text;
}

// A worksheet as rows of cell texts, shared strings resolved; numbers as written.
std::vector<std::vector<std::string>> read_sheet(const std::string& xlsx, int sheet) {
    pugi::xml_document strings_doc, sheet_doc;
    REQUIRE(strings_doc.load_string(unzip(xlsx, "xl/sharedStrings.xml").c_str()));
    REQUIRE(sheet_doc.load_string(unzip(xlsx, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml").c_str()));
    std::vector<std::string> strings;
    for (auto si : strings_doc.child("sst").children("si")) strings.push_back(si.child("t").text().get());
    std::vector<std::vector<std::string>> rows;
    for (auto row : sheet_doc.child("worksheet").child("sheetData").children("row")) {
        std::vector<std::string> cells;
        for (auto c : row.children("c")) {
            const std::string v = c.child("v").text().get();
            cells.push_back(std::string(c.attribute("t").value()) == "s" ? strings.at(std::stoul(v)) : v);
        }
        rows.push_back(cells);
    }
    return rows;
}

// RFC 5545 content lines, unfolded, with the rule checks every line must pass.
std::vector<std::string> ics_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto end = text.find("\r\n", pos);
        REQUIRE(end != std::string::npos);  // every line ends with CRLF
        const std::string line = text.substr(pos, end - pos);
        CHECK(line.size() <= 75);
        if (!line.empty() && line[0] == ' ') {
            REQUIRE_FALSE(lines.empty());
            lines.back() += line.substr(1);
        } else {
            lines.push_back(line);
        }
        pos = end + 2;
    }
    return lines;
}

}  // namespace

TEST_CASE("The plan as CSV: one row per action, in the conventions of the language", "[plan][export]") {
    auto& p = demo();
    const auto actions = p.actions(plan_cycle());
    const std::string lt = plan_csv_text(p, plan_cycle(), Translator::for_language("lt"));
    REQUIRE(lt.rfind("\xEF\xBB\xBF", 0) == 0);
    std::istringstream in(lt.substr(3));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        REQUIRE(line.back() == '\r');
        lines.push_back(line.substr(0, line.size() - 1));
    }
    REQUIRE(lines.size() == actions.size() + 1);
    CHECK(lines[0].find(';') != std::string::npos);  // Lithuanian spreadsheets expect semicolons
    CHECK(lines[1].rfind("1;A-01;" + actions[0].title + ";", 0) == 0);
    CHECK(lines[1].find(";ADM;") != std::string::npos);
    CHECK(lines[1].find(";2027-02-01;2028-06-30;") != std::string::npos);

    const std::string en = plan_csv_text(p, plan_cycle(), Translator::for_language("en"));
    CHECK(en.find("Priority,Code,Title,Category,Impact,Feasibility,Leading department (V)") == 3);
    CHECK(en.find("\"FIN, ITC\"") != std::string::npos);  // a list holding the separator is quoted
}

TEST_CASE("The plan as XLSX: real dates and numbers, every action and milestone", "[plan][export]") {
    TempDir d;
    auto& p = demo();
    const auto actions = p.actions(plan_cycle());
    const std::string file = d.file("actions.xlsx");
    write_plan_xlsx(p, plan_cycle(), file, Translator::for_language("en"));
    const auto rows = read_sheet(file, 1);
    REQUIRE(rows.size() == actions.size() + 1);
    CHECK(rows[0][0] == "Priority");
    CHECK(rows[0][9] == "Start");
    CHECK(rows[1][1] == "A-01");
    CHECK(rows[1][2] == actions[0].title);
    CHECK(rows[1][9] == "46419");  // 2027-02-01 as an Excel date
    CHECK(rows[1][10] == "46934");  // 2028-06-30
    CHECK(rows[2][12] == std::to_string(actions[1].progress));
    CHECK(unzip(file, "xl/workbook.xml").find("<sheet name=\"Milestones\"") != std::string::npos);
    std::size_t milestones = 0;
    for (const auto& a : actions) milestones += a.milestones.size();
    CHECK(read_sheet(file, 2).size() == milestones + 1);
}

TEST_CASE("The plan as iCalendar: due dates and milestones as all-day events", "[plan][export]") {
    auto& p = demo();
    const auto actions = p.actions(plan_cycle());
    const auto lines = ics_lines(plan_ics_text(p, plan_cycle(), Translator::for_language("lt"), "2026-11-23"));
    REQUIRE(lines.front() == "BEGIN:VCALENDAR");
    REQUIRE(lines.back() == "END:VCALENDAR");
    std::map<std::string, std::string> event;
    std::vector<std::map<std::string, std::string>> events;
    for (const auto& line : lines) {
        if (line == "BEGIN:VEVENT") event.clear();
        else if (line == "END:VEVENT") events.push_back(event);
        else event[line.substr(0, line.find(':'))] = line.substr(line.find(':') + 1);
    }
    std::size_t expected = 0;
    for (const auto& a : actions) expected += a.milestones.size() + 1;
    REQUIRE(events.size() == expected);
    std::set<std::string> uids;
    for (const auto& e : events) {
        CHECK(uids.insert(e.at("UID")).second);
        CHECK(e.at("DTSTAMP") == "20261123T000000Z");
        CHECK(e.at("DTSTART;VALUE=DATE").size() == 8);
    }
    const auto& a1 = actions[0];
    const auto due = std::find_if(events.begin(), events.end(), [&](const auto& e) {
        return e.at("SUMMARY").rfind(a1.code + " ", 0) == 0 && e.at("DTSTART;VALUE=DATE") == "20280630";
    });
    REQUIRE(due != events.end());
    CHECK(due->at("DTEND;VALUE=DATE") == "20280701");
    CHECK(due->at("CATEGORIES") == "ADM");
    CHECK(due->at("SUMMARY").find(a1.title) != std::string::npos);
}

TEST_CASE("A plan file that cannot be written is an io error and leaves no partial file", "[plan][export]") {
    TempDir d;
    const std::string file = d.file("missing-dir/actions.xlsx");
    try {
        write_plan_xlsx(demo(), plan_cycle(), file, Translator::for_language("en"));
        FAIL("the workbook was written");
    } catch (const ProjectError& e) {
        CHECK(e.kind() == ProjectError::Kind::io);
        CHECK(std::string(e.what()).rfind(file + ": cannot write the file", 0) == 0);
    }
    CHECK(plan_file_kind("x.XLSX") == PlanFileKind::xlsx);
    CHECK(plan_file_kind("x.ics") == PlanFileKind::ics);
    CHECK_FALSE(plan_file_kind("x.pdf"));
}
