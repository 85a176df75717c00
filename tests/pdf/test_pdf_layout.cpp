#include "exports/pdf/document.hpp"
#include "exports/pdf/text_breaks.hpp"
#include "tests/pdf/pdf_probe.hpp"
#include "tests/support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace assessa;
using namespace assessa::pdf;
using assessa::test::TempDir;

TEST_CASE("wrapped lines never exceed the width and keep every word", "[pdf][layout]") {
    Document doc(DocumentInfo{});
    doc.add_page();
    const Style style{7.8};
    const std::string text =
        "5.2 Teikti produktus ir paslaugas klientams, piliečiams, suinteresuotosioms šalims ir visuomenei";
    for (double width : {90.0, 120.0, 203.0, 400.0}) {
        INFO(width);
        const auto lines = doc.wrap(text, width, style);
        std::string joined;
        for (const auto& l : lines) {
            CHECK(doc.text_width(l, style) <= width + 0.01);
            joined += (joined.empty() ? "" : " ") + l;
        }
        CHECK(joined == text);
    }
    // A word longer than the line is broken between its characters.
    const auto lines = doc.wrap("suinteresuotosioms", 30, style);
    CHECK(lines.size() >= 2);
    std::string joined;
    for (const auto& l : lines) {
        CHECK(doc.text_width(l, style) <= 30.01);
        joined += l;
    }
    CHECK(joined == "suinteresuotosioms");
}

TEST_CASE("Chinese text wraps between characters but not before closing punctuation", "[pdf][layout]") {
    const auto pieces = split_pieces("通过制定使命，愿景");
    std::vector<std::string> texts;
    for (const auto& p : pieces) texts.push_back(p.text);
    CHECK(texts == std::vector<std::string>{"通", "过", "制", "定", "使", "命，", "愿", "景"});

    Document doc(DocumentInfo{});
    doc.add_page();
    const auto lines = doc.wrap("通过制定使命、愿景和价值观为组织指明方向", 50, Style{10});
    CHECK(lines.size() >= 4);
    for (const auto& l : lines) CHECK(doc.text_width(l, Style{10}) <= 50.01);
}

TEST_CASE("explicit line breaks and mixed scripts survive wrapping", "[pdf][layout]") {
    const auto pieces = split_pieces("CAF 2020\n领导力 (Lyderystė)");
    REQUIRE(pieces.size() >= 4);
    CHECK(pieces[1].text == "2020");
    CHECK(pieces[1].newline_after);
    Document doc(DocumentInfo{});
    doc.add_page();
    const auto lines = doc.wrap("CAF 2020\nLyderystė", 400, Style{10});
    CHECK(lines == std::vector<std::string>{"CAF 2020", "Lyderystė"});
}

TEST_CASE("malformed UTF-8 becomes replacement characters instead of failing", "[pdf][layout]") {
    CHECK(decode_utf8("a\xC5") == U"a\uFFFD");
    CHECK(decode_utf8("\xFF" "b") == U"\uFFFDb");
    CHECK(decode_utf8("ž") == U"ž");
}

TEST_CASE("tables break across pages and repeat their header", "[pdf][layout][host-tools]") {
    TempDir dir;
    DocumentInfo info;
    info.page_of_pages = "Page {} of {}";
    info.contents_title = "Contents";
    info.date = "2026-01-01";
    Document doc(info);
    doc.add_page(Orientation::portrait, false);
    doc.table_of_contents_here();
    doc.heading(1, "Long table");
    Table t;
    t.columns = {1, 4};
    t.header = {"Row", "Text"};
    for (int i = 0; i < 150; ++i) t.rows.push_back({std::to_string(i), "Row text number " + std::to_string(i)});
    doc.table(t);
    doc.heading(1, "After");
    const std::string out = dir.file("t.pdf");
    doc.save(out);
    const auto pages = assessa::test::pdf_pages_text(out);
    REQUIRE(pages.size() >= 5);  // cover, contents, at least two table pages, "After"
    int headers = 0;
    for (const auto& p : pages) headers += p.find("Row") != std::string::npos && p.find("Text") != std::string::npos;
    CHECK(headers >= 3);
    // The contents page, inserted after the cover, points at the pages as numbered in the end.
    CHECK(pages[1].find("Contents") != std::string::npos);
    CHECK(pages[1].find("Long table") != std::string::npos);
    const auto last = std::to_string(pages.size());
    CHECK(pages.back().find("Page " + last + " of " + last) != std::string::npos);
    CHECK(pages.back().find("After") != std::string::npos);
}
