#include "exports/demo_project.hpp"
#include "exports/report/report_options.hpp"
#include "model/bench_statistics.hpp"
#include "model/cycle_summary.hpp"
#include "model/number_format.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

using namespace assessa;
using namespace assessa::test;

namespace {

const FrameworkLibrary& library() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

// `count` institutions around the cycle's own consensus: every fourth node scored about 20
// higher by the others (so the organisation is in their lowest quarter there), the last
// assessable node scored by only four of them.
BenchSet set_around(const Project& p, const Cycle& cycle, int count) {
    const auto fw = p.framework_of(cycle);
    const auto own = summarize(p, cycle.id).consensus;
    BenchSet set{cycle.framework_id, cycle.framework_version, cycle.method_id, "2026-03-02T10:00:00Z", {}};
    const auto nodes = bench_nodes(*fw);
    const std::string last = fw->nodes()[fw->assessable_nodes().back()].code;
    unsigned seed = 12345;
    auto noise = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return static_cast<double>((seed >> 16) % 25) - 12;
    };
    for (int k = 0; k < count; ++k) {
        BenchSubmission s;
        s.submission_id = "inst-" + std::to_string(k);
        s.written_at = "2026-02-10T09:00:00Z";
        s.profile = {k % 3 ? InstitutionType::municipal_administration : InstitutionType::social_services, SizeBand::from_51_to_250, ""};
        s.framework_id = set.framework_id;
        s.framework_version = set.framework_version;
        s.method_id = set.method_id;
        s.cycle_label = k % 4 ? "2025" : "2024";
        s.year = k % 4 ? 2025 : 2024;
        s.members = 6 + k % 5;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i]->code == last && k >= 4) continue;
            const double base = own.node(nodes[i]->code).value_or(50) + (i % 4 == 1 ? 20 : 0);
            s.scores.push_back({BenchLevel::node, nodes[i]->code, std::clamp(base + noise(), 0.0, 100.0)});
        }
        set.submissions.push_back(std::move(s));
    }
    return set;
}

void keep(const std::string& pdf) {
    if (const char* dir = std::getenv("ASSESSA_KEEP_PDF_DIR"))
        std::filesystem::copy_file(pdf, std::string(dir) + "/" + std::filesystem::path(pdf).filename().string(),
                                   std::filesystem::copy_options::overwrite_existing);
}

}  // namespace

TEST_CASE("The self-assessment report compares the cycle with the project's set, or says it is too few", "[pdf][bench][host-tools]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const Cycle cycle = p->cycles().back();
    const BenchSet set = set_around(*p, cycle, 12);
    const auto expected = compare_with_set(*p->framework_of(cycle), summarize(*p, cycle.id).consensus, set);
    REQUIRE_FALSE(expected.learning_candidates.empty());
    p->import_bench_set(set, "network.assessa-benchset");
    for (const char* lang : {"en", "lt", "zh"}) {
        INFO(lang);
        const std::string pdf = d.file(std::string("bench-comparison-") + lang + ".pdf");
        ReportOptions options;
        options.language = lang;
        options.date = "2026-11-20";
        write_assessment_report(*p, options, pdf);
        keep(pdf);
        if (std::string(lang) != "en") continue;
        const std::string text = squeeze(pdf_text(pdf, false));
        CHECK_THAT(text, Catch::Contains(squeeze("Compared with 12 institutions (mixed types, 2024\u20132025)")));
        CHECK_THAT(text, Catch::Contains(squeeze("Candidates for learning from others")));
        CHECK_THAT(text, Catch::Contains(squeeze("lowest quarter")));
        const Node* first = p->framework_of(cycle)->find(expected.learning_candidates.front());
        CHECK_THAT(text, Catch::Contains(squeeze(first->code + " " + first->title.get("en"))));
        CHECK(text.find(squeeze("Too few to compare anonymously")) == std::string::npos);
    }

    // A newer set of four institutions is the one used: the section says it is too few and nothing else.
    p->import_bench_set(set_around(*p, cycle, 4), "small.assessa-benchset");
    const std::string pdf = d.file("bench-too-few.pdf");
    ReportOptions options;
    options.date = "2026-11-20";
    write_assessment_report(*p, options, pdf);
    const std::string text = squeeze(pdf_text(pdf, false));
    CHECK_THAT(text, Catch::Contains(squeeze("Compared with 4 institutions")));
    CHECK_THAT(text, Catch::Contains(squeeze("Too few to compare anonymously: 4 institutions; at least 5 are needed.")));
    CHECK(text.find(squeeze("Candidates for learning from others")) == std::string::npos);
}

TEST_CASE("The network report gives each node's figures, and none where fewer than five scored it", "[pdf][bench][host-tools]") {
    TempDir d;
    auto p = write_demo_project(d.file("demo.assessa"), library(), "en");
    const Cycle cycle = p->cycles().back();
    const auto fw = p->framework_of(cycle);
    const BenchSet set = set_around(*p, cycle, 12);
    const auto overview = bench_overview(*fw, set);
    for (const char* lang : {"en", "lt", "zh"}) {
        INFO(lang);
        const std::string pdf = d.file(std::string("bench-network-report-") + lang + ".pdf");
        BenchReportOptions options;
        options.language = lang;
        options.date = "2026-11-20";
        options.source_name = "network-2025.assessa-benchset";
        write_bench_network_report(*fw, set, options, pdf);
        keep(pdf);
        if (std::string(lang) != "en") continue;
        const std::string text = pdf_text(pdf);
        CHECK_THAT(squeeze(text), Catch::Contains(squeeze("Network overview of self-assessment results")));
        CHECK_THAT(squeeze(text), Catch::Contains(squeeze("Compared with 12 institutions (mixed types, 2024\u20132025)")));
        CHECK_THAT(squeeze(text), Catch::Contains(squeeze("network-2025.assessa-benchset")));
        CHECK_THAT(squeeze(text), Catch::Contains("CountMinFirst"));
        CHECK_THAT(squeeze(text), Catch::Contains(squeeze("too few to compare anonymously")));
        // The first subcriterion's median as the table prints it.
        const auto& first = overview.nodes[1];
        REQUIRE(first.distribution);
        CHECK_THAT(squeeze(text), Catch::Contains(squeeze(format_score(first.distribution->median, "en"))));
    }
    const std::string small = d.file("small.pdf");
    write_bench_network_report(*fw, set_around(*p, cycle, 4), {}, small);
    const std::string text = squeeze(pdf_text(small, false));
    CHECK_THAT(text, Catch::Contains(squeeze("Too few to compare anonymously: 4 institutions; at least 5 are needed.")));
    CHECK(text.find("CountMinFirst") == std::string::npos);
    CHECK_THROWS_AS(write_bench_network_report(*fw, set, {"xx", "", ""}, d.file("x.pdf")), ReportError);
}
