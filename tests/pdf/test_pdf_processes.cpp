#include "exports/exchange_format.hpp"
#include "model/process_types.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

using namespace assessa;
using namespace assessa::test;

namespace {

// A CAF project holding the seed's "External communication" card (Lithuanian exchange fixture).
std::string seed_project(const TempDir& dir) {
    const std::string path = dir.file("seed.assessa");
    OrganisationProfile org;
    org.language = "lt";
    auto p = Project::create(path, FrameworkLibrary::load_default(), {"caf-2020", "classical", "2026", org});
    const auto result = import_exchange(*p, data_dir() + "/exchange/good/process-card-lt.xml");
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    return path;
}

// The V/D letters (and the dots of empty cells) at the end of each line, one entry per line
// that ends in them: the rows of a printed matrix, read left to right.
std::vector<std::string> cell_rows(const std::string& page) {
    std::vector<std::string> rows;
    std::istringstream lines(page);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        std::vector<std::string> all;
        for (std::string w; words >> w;) all.push_back(w);
        std::string cells;
        for (auto it = all.rbegin(); it != all.rend() && (*it == "V" || *it == "D" || *it == "\u00b7"); ++it)
            cells = (*it == "\u00b7" ? std::string("-") : *it) + (cells.empty() ? "" : " ") + cells;
        if (!cells.empty()) rows.push_back(cells);
    }
    return rows;
}

}  // namespace

TEST_CASE("the process manual of the seed's card names the twelve fields in Lithuanian and puts V and D in their cells",
          "[pdf][processes][host-tools]") {
    TempDir dir;
    const std::string project = seed_project(dir);
    const std::string pdf = dir.file("manual.pdf");
    const auto r = run_cli({"processes", "report", project, "-o", pdf, "--language", "lt", "--date", "2026-11-20"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto t = Translator::for_language("lt");
    const std::string flat = squeeze(pdf_text(pdf, false));
    for (int field = 1; field <= process_field_count; ++field) {
        INFO(field);
        const std::string label = process_field_label(field, t);
        CHECK(label != process_field_label(field, Translator::for_language("en")));  // translated
        CHECK(flat.find(squeeze(label)) != std::string::npos);
    }
    CHECK(flat.find(squeeze("Proceso šeimininkas")) != std::string::npos);
    CHECK(flat.find(squeeze("12.4. Abipusių įsipareigojimų tarp įstaigos ir darbdavių sukūrimas.")) != std::string::npos);
    CHECK(flat.find(squeeze("Direktorius (Direkcija)")) != std::string::npos);
    CHECK(flat.find(squeeze(t.tr("Process map"))) != std::string::npos);
    CHECK(flat.find(squeeze(t.tr("Organisation-wide responsibility matrix"))) != std::string::npos);

    // The matrix page: the seed's ten participants, nine columns, cell by cell.
    const auto pages = pdf_pages_text(pdf);
    const std::string heading = t.trf("{}: responsibility matrix", "P-01");
    std::string matrix_page;
    std::size_t matrix_index = 0;
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].find(heading) != std::string::npos && pages[i].find("Metodininkas") != std::string::npos) {
            matrix_page = pages[i];
            matrix_index = i;
        }
    REQUIRE_FALSE(matrix_page.empty());
    CHECK(pdf_landscape_pages(pdf).at(matrix_index));  // nine columns: a landscape page
    CHECK(cell_rows(matrix_page) == std::vector<std::string>{
                                        "D V V D D D V D D",  // Direktorius
                                        "D D D V V V D D D",  // Direktoriaus pavaduotojas ugdymui
                                        "- D D D D - - D D",  // Gimnazijos skyriaus vedėjas
                                        "V D D D D D D D D",  // Ugdymą organizuojantys skyrių vedėjai
                                        "- D D - - - - - D",  // Pavaduotojas infrastruktūrai
                                        "- D D - - - - D D",  // Vyr. buhalteris
                                        "D D D D D - - D V",  // Vystymo skyriaus vedėjas
                                        "- - D - - - D V D",  // Personalo vedėjas
                                        "D - - D D - D - -",  // Metodininkas
                                        "- - - D - - - D D"});  // Metodininkas (kvalifikacijos tobulinimui)
    CHECK(squeeze(matrix_page).find(squeeze("V – vykdo")) != std::string::npos);
    CHECK(squeeze(matrix_page).find(squeeze("D – dalyvauja")) != std::string::npos);
    CHECK(matrix_page.find("Užimtumo") != std::string::npos);
}

TEST_CASE("the process manual is written in English and Chinese too, and refused for a project without processes",
          "[pdf][processes][host-tools]") {
    TempDir dir;
    const std::string demo = dir.file("demo.assessa");
    REQUIRE(run_cli({"demo", demo}).exit_code == 0);
    for (const char* lang : {"en", "zh"}) {
        INFO(lang);
        const std::string pdf = dir.file(std::string("manual-") + lang + ".pdf");
        const auto r = run_cli({"processes", "report", demo, "-o", pdf, "--language", lang, "--date", "2026-11-20"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        const std::string flat = squeeze(pdf_text(pdf, false));
        const auto t = Translator::for_language(lang);
        CHECK(flat.find(squeeze(t.tr("Process map"))) != std::string::npos);
        CHECK(flat.find(squeeze(process_field_label(10, t))) != std::string::npos);
        CHECK(flat.find(squeeze(process_kind_label(ProcessKind::support, t))) != std::string::npos);
    }
    // The self-assessment report has the process summary.
    const std::string report = dir.file("report.pdf");
    REQUIRE(run_cli({"report", demo, "-o", report, "--date", "2026-11-20"}).exit_code == 0);
    const std::string flat = squeeze(pdf_text(report, false));
    CHECK(flat.find(squeeze("The organisation describes 7 processes on process cards")) != std::string::npos);
    CHECK(flat.find(squeeze("ISO 9001 clauses no process covers")) != std::string::npos);
    CHECK(flat.find(squeeze("8.3 ")) != std::string::npos);

    const std::string empty = dir.file("empty.assessa");
    Project::create(empty, FrameworkLibrary::load_default(), {"caf-2020", "classical", "2026", {}});
    const auto r = run_cli({"processes", "report", empty, "-o", dir.file("none.pdf")});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("the project has no processes yet") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("none.pdf")));
}
