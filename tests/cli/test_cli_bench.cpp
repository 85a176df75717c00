#include <catch2/catch.hpp>

#include "exports/bench_file.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>
#include <fstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

}  // namespace

TEST_CASE("bench export shows the file first and writes it only with --yes", "[cli][bench]") {
    TempDir d;
    const auto project = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", project}).exit_code == 0);
    const auto out = d.file("demo.assessa-bench");

    auto preview = run_cli({"bench", "export", project, "-o", out, "--type", "municipal-administration", "--size",
                            "51-250", "--region", "Test county"});
    CHECK(preview.exit_code == 0);
    CHECK(preview.err.empty());
    CHECK_FALSE(fs::exists(out));
    CHECK(preview.out.find("Institution type") != std::string::npos);
    CHECK(preview.out.find("Municipal administration") != std::string::npos);
    CHECK(preview.out.find("The file " + out + " holds exactly this:\n<?xml") != std::string::npos);
    CHECK(preview.out.find("Nothing was written. Run the command again with --yes to write the file.\n") !=
          std::string::npos);

    auto written = run_cli({"bench", "export", project, "-o", out, "--type", "municipal-administration", "--size",
                            "51-250", "--region", "Test county", "--cycle", "2024", "--yes"});
    CHECK(written.exit_code == 0);
    CHECK(written.out.find("Wrote " + out + "\n") != std::string::npos);
    const auto read = read_bench_submission_file(out);
    REQUIRE(read.ok());
    CHECK(read.submission->cycle_label == "2024");
    CHECK(read.submission->profile.region == "Test county");
    // The text printed is the file's text, apart from the time it was made.
    const std::string file_text = read_file(out);
    CHECK(written.out.find(file_text.substr(file_text.find("<institution"), 200)) != std::string::npos);

    auto shown = run_cli({"bench", "show", out});
    CHECK(shown.exit_code == 0);
    CHECK(shown.out.rfind(out + ": one institution's submission for comparison\n", 0) == 0);
    CHECK(shown.out.find("Test county") != std::string::npos);
    CHECK(shown.out.find("Overall score") != std::string::npos);

    // Bad choices are usage errors; nothing is written.
    const auto other = d.file("other.assessa-bench");
    auto bad_type = run_cli({"bench", "export", project, "-o", other, "--type", "school", "--size", "1-50", "--yes"});
    CHECK(bad_type.exit_code == 2);
    CHECK(bad_type.err ==
          "assessa-cli: error: unknown institution type \"school\" (use municipal-administration, state-agency, "
          "education, health, social-services, culture, law-enforcement, other)\n");
    auto bad_size = run_cli({"bench", "export", project, "-o", other, "--type", "health", "--size", "300", "--yes"});
    CHECK(bad_size.exit_code == 2);
    CHECK(bad_size.err == "assessa-cli: error: unknown size band \"300\" (use 1-50, 51-250, 251-1000, 1001+)\n");
    auto bad_cycle =
        run_cli({"bench", "export", project, "-o", other, "--type", "health", "--size", "1-50", "--cycle", "1999", "--yes"});
    CHECK(bad_cycle.exit_code == 1);
    CHECK(bad_cycle.err == "assessa-cli: error: " + project + ": no cycle named \"1999\"\n");
    CHECK(run_cli({"bench", "export", d.file("missing.assessa"), "-o", other, "--type", "health", "--size", "1-50", "--yes"})
              .exit_code == 1);
    CHECK_FALSE(fs::exists(other));

    // A cycle without any consensus score has nothing to share.
    const auto fresh = d.file("fresh.assessa");
    REQUIRE(run_cli({"new", fresh, "--organisation", "Fresh", "--cycle", "2027"}).exit_code == 0);
    auto empty = run_cli({"bench", "export", fresh, "-o", other, "--type", "health", "--size", "1-50", "--yes"});
    CHECK(empty.exit_code == 1);
    CHECK(empty.err ==
          "assessa-cli: error: " + fresh + ": cycle 2027 has no consensus score yet, so there is nothing to compare\n");
    CHECK_FALSE(fs::exists(other));
}

TEST_CASE("bench merge says what it did per file and writes nothing when a file is damaged", "[cli][bench]") {
    TempDir d;
    const auto project = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", project}).exit_code == 0);
    const auto a = d.file("a.assessa-bench"), b = d.file("b.assessa-bench");
    REQUIRE(run_cli({"bench", "export", project, "-o", a, "--type", "health", "--size", "1-50", "--yes"}).exit_code == 0);
    // Another institution: the same project with another identifier.
    {
        auto read = read_bench_submission_file(a);
        REQUIRE(read.ok());
        BenchSubmission other = *read.submission;
        other.submission_id = std::string(32, 'b');
        other.profile.type = InstitutionType::culture;
        write_bench_submission_file(b, other);
    }
    const auto set = d.file("network.assessa-benchset");
    auto merged = run_cli({"bench", "merge", a, b, a, "-o", set});
    CHECK(merged.exit_code == 0);
    CHECK(merged.err.empty());
    const auto read = read_bench_set_file(set);
    REQUIRE(read.ok());
    CHECK(merged.out == a + ": added\n" + b + ": added\n" + a +
                            ": skipped: not newer than the submission with the same identifier from " + a + "\n" +
                            "Wrote " + set + ": 2 submissions on caf-2020 " + read.set->framework_version +
                            ", method fine-tuned\n");

    auto shown = run_cli({"bench", "show", set});
    CHECK(shown.exit_code == 0);
    CHECK(shown.out.rfind(set + ": comparison set of 2 submissions on caf-2020", 0) == 0);
    CHECK(shown.out.find("Culture") != std::string::npos);
    CHECK(shown.out.find(std::string(32, 'b')) != std::string::npos);

    // A tampered file: nothing written, the earlier set left as it was.
    const std::string before = read_file(set);
    std::string text = read_file(b);
    const auto at = text.find("members=\"10\"");
    REQUIRE(at != std::string::npos);
    text[at + 10] = '1';
    const auto tampered = d.file("tampered.assessa-bench");
    write_text(tampered, text);
    auto refused = run_cli({"bench", "merge", a, tampered, "-o", set});
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.empty());
    CHECK(refused.err == tampered +
                             ": error: the file's content does not match its checksum: it was changed or damaged "
                             "after it was written\nassessa-cli: error: nothing was written to " +
                             set + ": leave the damaged files out or ask for them again\n");
    CHECK(read_file(set) == before);
    const auto fresh = d.file("fresh.assessa-benchset");
    CHECK(run_cli({"bench", "merge", tampered, "-o", fresh}).exit_code == 1);
    CHECK_FALSE(fs::exists(fresh));

    // A truncated file shown.
    const auto cut = d.file("cut.assessa-bench");
    write_text(cut, read_file(a).substr(0, 300));
    auto show_cut = run_cli({"bench", "show", cut});
    CHECK(show_cut.exit_code == 1);
    CHECK(show_cut.err == cut +
                              ": error: the file is incomplete: it ends before its checksum line (the file was cut "
                              "short)\nassessa-cli: error: " +
                              cut + ": not a usable comparison file\n");
    CHECK(run_cli({"bench", "merge", "-o", fresh}).exit_code == 2);
    CHECK(run_cli({"bench", "merge", a}).exit_code == 2);
}

TEST_CASE("bench report, import, sets and remove work on a network's set", "[cli][bench]") {
    TempDir d;
    const auto project = d.file("demo.assessa");
    REQUIRE(run_cli({"demo", project}).exit_code == 0);
    const auto own = d.file("own.assessa-bench");
    REQUIRE(run_cli({"bench", "export", project, "-o", own, "--type", "municipal-administration", "--size", "51-250",
                     "--yes"})
                .exit_code == 0);
    const auto read = read_bench_submission_file(own);
    REQUIRE(read.ok());
    // Six institutions: the demo's own result and five others a few points apart.
    BenchSet set{read.submission->framework_id, read.submission->framework_version, read.submission->method_id,
                 "2026-11-30T10:00:00Z", {}};
    for (int i = 0; i < 6; ++i) {
        BenchSubmission s = *read.submission;
        s.submission_id = std::string(31, '0') + std::to_string(i);
        for (auto& score : s.scores) score.score = std::min(100.0, score.score + 4.0 * i);
        set.submissions.push_back(s);
    }
    const auto set_file = d.file("network.assessa-benchset");
    write_bench_set_file(set_file, set);

    const auto pdf = d.file("network.pdf");
    auto report = run_cli({"bench", "report", set_file, "-o", pdf, "--language", "lt"});
    CHECK(report.exit_code == 0);
    CHECK(fs::file_size(pdf) > 1000);
    CHECK(run_cli({"bench", "report", set_file, "-o", d.file("x.pdf"), "--language", "xx"}).exit_code == 2);

    auto imported = run_cli({"bench", "import", project, set_file});
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find("6 institutions") != std::string::npos);
    auto listed = run_cli({"bench", "sets", project});
    CHECK(listed.exit_code == 0);
    CHECK(listed.out.find("network.assessa-benchset") != std::string::npos);
    CHECK(listed.out.find("Compared with 6 institutions (Municipal administration, ") != std::string::npos);

    // A damaged set is refused and the project keeps what it had.
    const auto damaged = d.file("damaged.assessa-benchset");
    std::string text = read_file(set_file);
    text.resize(text.size() / 2);
    write_text(damaged, text);
    auto refused = run_cli({"bench", "import", project, damaged});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find(damaged) != std::string::npos);
    CHECK(run_cli({"bench", "sets", project}).out == listed.out);

    CHECK(run_cli({"bench", "remove", project, "7"}).exit_code == 2);
    CHECK(run_cli({"bench", "remove", project, "1"}).exit_code == 0);
    CHECK(run_cli({"bench", "sets", project}).out == "No comparison set\n");
}
