// Benchlearning: the submission built from a cycle, its file, and the coordinator's merge.

#include <catch2/catch.hpp>

#include "exports/bench_file.hpp"
#include "exports/bench_merge_files.hpp"
#include "exports/checksum_line.hpp"
#include "model/bench_merge.hpp"
#include "model/bench_submission.hpp"
#include "model/cycle_summary.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>
#include <fstream>
#include <set>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// The content without its checksum line, changed, then given a correct checksum line again:
// what a hand-edited file looks like to the checks after the checksum.
std::string edited(const std::string& text, const std::string& from, const std::string& to) {
    std::string body = text.substr(0, text.rfind("<?assessa-checksum"));
    const auto at = body.find(from);
    REQUIRE(at != std::string::npos);
    body.replace(at, from.size(), to);
    append_checksum_line(body);
    return body;
}

BenchSubmission generated(int n, InstitutionType type, const std::string& written_at,
                          const std::string& version = "2020") {
    BenchSubmission s;
    char id[33];
    std::snprintf(id, sizeof id, "%032x", 0x90 - n);  // later files get smaller identifiers
    s.submission_id = id;
    s.written_at = written_at;
    s.profile = {type, all_size_bands[static_cast<std::size_t>(n) % all_size_bands.size()],
                 n % 3 == 0 ? "" : "Region " + std::to_string(n % 4)};
    s.framework_id = "caf-2020";
    s.framework_version = version;
    s.method_id = "classical";
    s.cycle_label = std::to_string(2020 + n % 6);
    s.year = 2020 + n % 6;
    s.members = 5 + n;
    s.consensus_complete = n % 2 == 0;
    s.scores = {{BenchLevel::node, "1.1", 10.0 + n},
                {BenchLevel::node, "1", 12.5 + n},
                {BenchLevel::group, "enablers", 20.25 + n},
                {BenchLevel::overall, "", 33.0 + n / 4.0}};
    return s;
}

}  // namespace

TEST_CASE("A submission from the demo holds no name and no text of the project", "[bench][privacy]") {
    TempDir d;
    const auto file = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    auto p = Project::open(file, Project::Mode::read_write);
    const Cycle c = p->current_cycle();
    const BenchProfile profile{InstitutionType::municipal_administration, SizeBand::from_51_to_250, "Test county"};
    const BenchSubmission s = bench_submission_for(*p, c.id, profile);
    const std::string text = bench_submission_text(s);

    // Every name and text the demo holds; each must be absent from the file.
    std::set<std::string> secrets;
    auto keep = [&](const std::string& s) {
        if (!s.empty()) secrets.insert(s);
    };
    const auto org = p->organisation();
    for (const auto* s : {&org.name, &org.type, &org.address, &org.size, &org.period}) keep(*s);
    for (const auto& dep : p->departments()) {
        keep(dep.name);
        keep(dep.head);
        keep("\"" + dep.code + "\"");  // codes are short: as an attribute value
    }
    for (const auto& m : p->members()) {
        keep(m.name);
        keep(m.contact);
    }
    for (const auto& cycle : p->cycles()) {
        keep(cycle.approved_by);
        keep(cycle.approval_note);
        for (const auto& r : p->ratings(cycle.id))
            for (const auto& item : r.items) keep(item.text);
        for (const auto& con : p->consensus_all(cycle.id)) {
            keep(con.justification);
            keep(con.dissent);
            for (const auto& item : con.items) keep(item.text);
        }
        for (const auto& a : p->actions(cycle.id)) {
            keep(a.title);
            keep(a.description);
            keep(a.expected_result);
        }
    }
    for (const auto& proc : p->processes()) {
        keep(proc.name);
        keep(proc.purpose);
    }
    // The demo has all of these: the search below would prove nothing on an empty project.
    CHECK(secrets.size() > 300);
    CHECK(p->members().size() == 10);
    CHECK_FALSE(p->departments().empty());
    for (const auto& secret : secrets) {
        INFO(secret);
        CHECK(text.find(secret) == std::string::npos);
    }
    CHECK(text.find(p->project_id()) == std::string::npos);

    // What it does hold: the consensus, the profile and the cycle.
    const auto summary = summarize(*p, c.id);
    CHECK(s.members == 10);
    CHECK(s.consensus_complete == (summary.consensus_done == summary.nodes.size()));
    CHECK(s.framework_id == "caf-2020");
    CHECK(s.cycle_label == c.label);
    CHECK(s.year == 2026);
    std::size_t nodes = 0;
    for (const auto& score : s.scores) {
        if (score.level != BenchLevel::node) continue;
        ++nodes;
        CHECK(score.score == Approx(summary.consensus.node(score.code).value()).margin(0.005));
    }
    CHECK(nodes == summary.consensus.nodes.size());
    CHECK(s.scores.back().level == BenchLevel::overall);
    CHECK(s.scores.back().score == Approx(summary.consensus.overall.value()).margin(0.005));
    CHECK(text.find("region=\"Test county\"") != std::string::npos);

    // The file reads back as the same submission, and the same submission gives the same bytes.
    const auto back = read_bench_submission_text("demo.assessa-bench", text);
    REQUIRE(back.errors.empty());
    CHECK(*back.submission == s);
    CHECK(bench_submission_text(*back.submission) == text);
    // The preview lists the profile, the cycle and every score.
    const auto lines = bench_submission_summary(s, p->framework_of(c).get());
    CHECK(lines.size() == 11 + s.scores.size());
    CHECK(lines[0] == BenchSummaryLine{"Institution type", "Municipal administration"});
    CHECK(lines[2] == BenchSummaryLine{"Region", "Test county"});
}

TEST_CASE("The submission identifier is made once and kept in the project", "[bench]") {
    ProjectFixture f;
    const std::string id = f.project->bench_submission_id();
    CHECK(id.size() == 32);
    CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(id != f.project->project_id());
    CHECK(f.project->bench_submission_id() == id);
    f.reopen(Project::Mode::read_only);
    CHECK(f.project->bench_submission_id() == id);

    ProjectFixture other;
    other.reopen(Project::Mode::read_only);
    CHECK_THROWS_AS(other.project->bench_submission_id(), ProjectError);
    other.reopen(Project::Mode::read_write);
    CHECK(other.project->bench_submission_id() != id);
}

TEST_CASE("Merging 12 submissions keeps the newest per identifier and refuses another framework version",
          "[bench][merge]") {
    const auto& types = all_institution_types;
    std::vector<BenchSubmission> subs;
    for (int n = 1; n <= 9; ++n)
        subs.push_back(generated(n, types[static_cast<std::size_t>(n) % types.size()], "2026-03-0" + std::to_string(n) + "T10:00:00Z",
                                 n == 6 ? "2013" : "2020"));
    // A resubmission of file 2, newer; an older copy of file 4; file 1 once more, unchanged.
    BenchSubmission newer2 = generated(2, InstitutionType::health, "2026-04-01T08:00:00Z");
    newer2.scores[0].score = 77;
    BenchSubmission older4 = generated(4, types[4], "2026-02-01T08:00:00Z");
    older4.members = 99;
    subs.push_back(newer2);
    subs.push_back(older4);
    subs.push_back(subs[0]);
    REQUIRE(subs.size() == 12);

    std::vector<BenchMergeInput> inputs;
    for (std::size_t i = 0; i < subs.size(); ++i)
        inputs.push_back(BenchMergeInput::of_submission("f" + std::to_string(i + 1) + ".assessa-bench", subs[i]));
    const auto result = merge_bench_inputs(inputs, "2026-05-01T12:00:00Z");

    BenchSet expected;
    expected.framework_id = "caf-2020";
    expected.framework_version = "2020";
    expected.method_id = "classical";
    expected.merged_at = "2026-05-01T12:00:00Z";
    // Sorted by identifier: the later generated ones have the smaller identifiers.
    expected.submissions = {subs[8], subs[7], subs[6], subs[4], subs[3], subs[2], newer2, subs[0]};
    CHECK(result.set == expected);
    CHECK(result.refused_files() == 1);

    std::vector<std::string> lines;
    for (const auto& r : result.files) lines.push_back(describe(r));
    CHECK(lines == std::vector<std::string>{
                       "f1.assessa-bench: added",
                       "f2.assessa-bench: added",
                       "f3.assessa-bench: added",
                       "f4.assessa-bench: added",
                       "f5.assessa-bench: added",
                       "f6.assessa-bench: refused: framework version 2013, but the set is on version 2020 (decided by "
                       "the first file, f1.assessa-bench)",
                       "f7.assessa-bench: added",
                       "f8.assessa-bench: added",
                       "f9.assessa-bench: added",
                       "f10.assessa-bench: replaced an earlier submission with the same identifier (from "
                       "f2.assessa-bench)",
                       "f11.assessa-bench: skipped: not newer than the submission with the same identifier from "
                       "f4.assessa-bench",
                       "f12.assessa-bench: skipped: not newer than the submission with the same identifier from "
                       "f1.assessa-bench",
                   });

    // The same through files, with the set merged again with a later resubmission.
    TempDir d;
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < subs.size(); ++i) {
        paths.push_back(d.file("f" + std::to_string(i + 1) + ".assessa-bench"));
        write_bench_submission_file(paths.back(), subs[i]);
    }
    const auto from_files = merge_bench_files(paths, "2026-05-01T12:00:00Z");
    REQUIRE(from_files.errors.empty());
    CHECK(from_files.result->set == expected);
    write_bench_set_file(d.file("network.assessa-benchset"), expected);
    const auto set_back = read_bench_set_file(d.file("network.assessa-benchset"));
    REQUIRE(set_back.errors.empty());
    CHECK(*set_back.set == expected);

    BenchSubmission newest3 = generated(3, types[3], "2026-06-01T08:00:00Z");
    write_bench_submission_file(d.file("late.assessa-bench"), newest3);
    const auto again =
        merge_bench_files({d.file("network.assessa-benchset"), d.file("late.assessa-bench")}, "2026-06-02T00:00:00Z");
    REQUIRE(again.result);
    CHECK(describe(again.result->files[0]) ==
          d.file("network.assessa-benchset") + ": 8 submissions: 8 added, 0 replaced earlier ones, 0 skipped as not newer");
    CHECK(describe(again.result->files[1]) == d.file("late.assessa-bench") +
                                                  ": replaced an earlier submission with the same identifier (from " +
                                                  d.file("network.assessa-benchset") + ")");
    CHECK(again.result->set.submissions.size() == 8);
    CHECK(again.result->set.submissions[5] == newest3);
}

TEST_CASE("The first file decides the framework and method of a set", "[bench][merge]") {
    BenchSubmission a = generated(1, InstitutionType::education, "2026-01-01T00:00:00Z");
    BenchSubmission b = generated(2, InstitutionType::culture, "2026-01-01T00:00:00Z");
    b.method_id = "fine-tuned";
    BenchSubmission c = generated(3, InstitutionType::culture, "2026-01-01T00:00:00Z");
    c.framework_id = "iso-9001-2015";
    const auto r = merge_bench_inputs({BenchMergeInput::of_submission("b", b), BenchMergeInput::of_submission("a", a),
                                       BenchMergeInput::of_submission("c", c)},
                                      "2026-01-02T00:00:00Z");
    CHECK(r.set.method_id == "fine-tuned");
    CHECK(r.set.submissions == std::vector<BenchSubmission>{b});
    CHECK(describe(r.files[1]) ==
          "a: refused: scoring method classical, but the set uses method fine-tuned (decided by the first file, b)");
    CHECK(describe(r.files[2]) ==
          "c: refused: framework iso-9001-2015, but the set is on framework caf-2020 (decided by the first file, b)");
}

TEST_CASE("Tampered and truncated benchlearning files are refused and a merge writes nothing", "[bench][bad-input]") {
    TempDir d;
    const BenchSubmission s = generated(1, InstitutionType::education, "2026-01-01T00:00:00Z");
    const std::string text = bench_submission_text(s);
    const std::string good = d.file("good.assessa-bench");
    write_text(good, text);

    std::string tampered_text = text;
    const auto digit = tampered_text.find("value=\"11\"");
    REQUIRE(digit != std::string::npos);
    tampered_text[digit + 7] = '9';  // 11 -> 91
    const std::string tampered = d.file("tampered.assessa-bench");
    write_text(tampered, tampered_text);
    auto r = read_bench_submission_file(tampered);
    CHECK_FALSE(r.ok());
    CHECK(to_string(r.errors) == tampered +
                                     ": error: the file's content does not match its checksum: it was changed or "
                                     "damaged after it was written\n");

    const std::string truncated = d.file("truncated.assessa-bench");
    write_text(truncated, text.substr(0, text.size() / 2));
    r = read_bench_submission_file(truncated);
    CHECK(to_string(r.errors) ==
          truncated + ": error: the file is incomplete: it ends before its checksum line (the file was cut short)\n");
    write_text(truncated, text.substr(0, text.size() - 10));
    CHECK(to_string(read_bench_submission_file(truncated).errors) ==
          truncated + ": error: the file is incomplete: it ends before its checksum line (the file was cut short)\n");

    // A merge with a damaged file merges nothing.
    const auto merged = merge_bench_files({good, tampered, truncated}, "2026-01-02T00:00:00Z");
    CHECK_FALSE(merged.result);
    CHECK(merged.errors.size() == 2);
    CHECK(merged.errors[0].file == tampered);
    CHECK(merged.errors[1].file == truncated);
}

TEST_CASE("Every value of a benchlearning file is checked, with its place", "[bench][bad-input]") {
    const BenchSubmission s = generated(1, InstitutionType::education, "2026-01-01T00:00:00Z");
    const std::string text = bench_submission_text(s);
    auto errors_of = [](const std::string& t) { return to_string(read_bench_submission_text("x.assessa-bench", t).errors); };
    CHECK(errors_of(edited(text, "value=\"11\"", "value=\"101\"")) ==
          "x.assessa-bench:5:4: error: a score must be a number from 0 to 100, not \"101\"\n");
    CHECK(errors_of(edited(text, "value=\"11\"", "value=\"nan\"")) ==
          "x.assessa-bench:5:4: error: a score must be a number from 0 to 100, not \"nan\"\n");
    CHECK(errors_of(edited(text, "year=\"2021\"", "year=\"1999\"")) ==
          "x.assessa-bench:4:4: error: 'year' of <cycle> must be from 2000 to 2100, not 1999\n");
    CHECK(errors_of(edited(text, "type=\"education\"", "type=\"school\"")) ==
          "x.assessa-bench:3:4: error: unknown institution type \"school\"\n");
    CHECK(errors_of(edited(text, "size=\"51-250\"", "size=\"52\"")) ==
          "x.assessa-bench:3:4: error: unknown size band \"52\" (use 1-50, 51-250, 251-1000 or 1001+)\n");
    CHECK(errors_of(edited(text, "code=\"1\" ", "code=\"1.1\" ")) ==
          "x.assessa-bench:6:4: error: a second score for 1.1 (the first is on line 5)\n");
    CHECK(errors_of(edited(text, s.submission_id, "Acme")) ==
          "x.assessa-bench:2:2: error: 'id' of <assessa-bench> must be 32 lower-case hexadecimal digits, not \"Acme\"\n");
    CHECK(errors_of(edited(text, "written-at=\"2026-01-01T00:00:00Z\"", "written-at=\"yesterday\"")) ==
          "x.assessa-bench:2:2: error: 'written-at' of <assessa-bench> must be a UTC time like 2026-11-23T09:41:00Z, "
          "not \"yesterday\"\n");
    CHECK(errors_of(edited(text, "<score level=\"overall\"", "<score level=\"overall\" code=\"x\"")) ==
          "x.assessa-bench:8:4: error: the overall score has no 'code'\n");
    CHECK(errors_of(edited(text, "<institution", "<institution name=\"Town hall\"")) ==
          "x.assessa-bench:3:4: error: unknown attribute 'name' on <institution>\n");

    // A set whose submission is on another framework version than the set says.
    BenchSet set{"caf-2020", "2020", "classical", "2026-01-02T00:00:00Z", {s}};
    const std::string set_text = bench_set_text(set);
    CHECK(read_bench_set_text("n.assessa-benchset", set_text).ok());
    CHECK(to_string(read_bench_set_text("n.assessa-benchset",
                                        edited(set_text, "framework-version=\"2020\" method", "framework-version=\"2013\" method"))
                        .errors) ==
          "n.assessa-benchset:3:4: error: the submission is on caf-2020 2020 with method classical, but the set is on "
          "caf-2020 2013 with method classical\n");
    // One kind is not the other.
    CHECK(to_string(read_bench_submission_text("n.assessa-benchset", set_text).errors) ==
          "n.assessa-benchset: error: this is a comparison set (.assessa-benchset), not a single institution's "
          "submission\n");
    CHECK(to_string(read_bench_set_text("x.assessa-bench", text).errors) ==
          "x.assessa-bench: error: this is a single institution's submission (.assessa-bench), not a comparison set\n");
}
