// The cmap reader that says which characters a bundled font has (Windows has no fontconfig)
// must agree with fontconfig about the report fonts.

#include "exports/pdf/font_cmap.hpp"
#include "exports/pdf/fonts.hpp"
#include "model/platform/platform.hpp"

#include <catch2/catch.hpp>

#include <iterator>

using namespace assessa;
using namespace assessa::pdf;

namespace {

std::string read_all(const std::string& path) {
    std::ifstream in = platform::open_input(path);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void check_agrees(const FontFile& font) {
    const std::string bytes = read_all(font.path());
    const auto coverage = FontCoverage::read(bytes, font.index());
    REQUIRE(coverage);
    CHECK(coverage->characters() > 1000);
    std::size_t disagreements = 0, covered = 0;
    for (char32_t c = 0x20; c < 0x10000; c += (c < 0x3000 ? 1 : 7)) {
        if (c >= 0xD800 && c < 0xE000) continue;
        if (coverage->covers(c) != font.covers(c)) ++disagreements;
        covered += coverage->covers(c) ? 1 : 0;
    }
    INFO(font.path() << ": " << covered << " characters sampled are covered");
    CHECK(disagreements == 0);
}

}  // namespace

TEST_CASE("The cmap reader agrees with the system about the report fonts", "[pdf][fonts]") {
    check_agrees(latin_font());
    check_agrees(latin_bold_font());
    check_agrees(cjk_font());
    const auto latin = FontCoverage::read(read_all(latin_font().path()), 0);
    REQUIRE(latin);
    for (char32_t c : U"AĄČĘĖĮŠŲŪŽąčęėįšųūž–•") CHECK((c == 0 || latin->covers(c)));
    CHECK_FALSE(latin->covers(U'评'));
    const auto cjk = FontCoverage::read(read_all(cjk_font().path()), cjk_font().index());
    REQUIRE(cjk);
    for (char32_t c : U"自评估改进计划") CHECK((c == 0 || cjk->covers(c)));
}

TEST_CASE("The cmap reader refuses damaged and crafted font files", "[pdf][fonts]") {
    const std::string font = read_all(latin_font().path());
    CHECK_FALSE(FontCoverage::read("", 0));
    CHECK_FALSE(FontCoverage::read("not a font at all", 0));
    CHECK_FALSE(FontCoverage::read(font, 1));  // a single font has only face 0
    for (std::size_t cut : {std::size_t(12), std::size_t(200), font.size() / 3, font.size() / 2}) {
        const auto partial = FontCoverage::read(std::string_view(font).substr(0, cut), 0);
        if (partial) CHECK(partial->characters() <= 0x110000);
    }
    // A font collection header claiming 2^31-1 faces, followed by offsets far past its end.
    std::string collection("ttcf\x00\x01\x00\x00\x7f\xff\xff\xff", 12);
    collection.append(52, static_cast<char>(0xff));
    CHECK_FALSE(FontCoverage::read(collection, 5));
}
