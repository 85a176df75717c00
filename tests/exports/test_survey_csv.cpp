// Reading survey CSV files: encodings, separators, quoting, and the located refusals.

#include <catch2/catch.hpp>

#include "exports/survey_csv.hpp"
#include "model/platform/platform.hpp"
#include "model/survey_answers.hpp"
#include "model/survey_statistics.hpp"
#include "tests/support/survey_questionnaires.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>
#include <fstream>

using namespace assessa;
using namespace assessa::test;

namespace {

std::string surveys_dir() { return data_dir() + "/surveys"; }

const CsvTable& table_of(const CsvReadResult& r) {
    INFO(to_string(r.errors));
    REQUIRE(r.errors.empty());
    REQUIRE(r.table);
    return *r.table;
}

std::string only_error(const CsvReadResult& r) {
    CHECK_FALSE(r.table);
    REQUIRE(r.errors.size() == 1);
    return r.errors[0].to_string();
}

// The responses of the example worked by hand (tests/data/surveys/make_survey_files.py).
std::vector<std::vector<SurveyAnswer>> example_answers() {
    const auto dk = SurveyAnswer::dont_know();
    return {{SurveyAnswer::of(5), SurveyAnswer::of(4), SurveyAnswer::of(3)},
            {SurveyAnswer::of(4), SurveyAnswer::of(2), dk},
            {SurveyAnswer::of(3), dk, SurveyAnswer::of(4)},
            {SurveyAnswer::of(4), SurveyAnswer::of(3), SurveyAnswer::of(5)}};
}

}  // namespace

TEST_CASE("Legacy encodings are converted to UTF-8, and their bad bytes located", "[survey]") {
    std::size_t bad = 99;
    // "ąčęėįšųūž" and its capitals in Windows-1257.
    const auto lt = platform::to_utf8("\xE0\xE8\xE6\xEB\xE1\xF0\xF8\xFB\xFE \xC0\xC8\xC6\xCB\xC1\xD0\xD8\xDB\xDE",
                                      "windows-1257", bad);
    REQUIRE(lt);
    CHECK(*lt == "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ");
    // "满意" (two-byte sequences), "Ą" (four bytes in GB18030) and "😀" (four bytes, outside the BMP).
    const auto zh = platform::to_utf8("\xC2\xFA\xD2\xE2\x81\x30\x8C\x31\x94\x39\xFC\x36", "gb18030", bad);
    REQUIRE(zh);
    CHECK(*zh == "满意Ą😀");
    CHECK(platform::to_utf8("", "gb18030", bad) == std::string());

    CHECK_FALSE(platform::to_utf8("ok \xFF", "gb18030", bad));
    CHECK(bad == 3);
    CHECK_FALSE(platform::to_utf8("ab\xC2", "gb18030", bad));  // ends inside a character
    CHECK(bad == 2);
    CHECK_FALSE(platform::to_utf8("a\x98", "windows-1257", bad));  // 0x98 is undefined in Windows-1257
    CHECK(bad == 1);
    CHECK_FALSE(platform::to_utf8("abc", "latin-9", bad));
    CHECK(bad == 3);
}

TEST_CASE("A UTF-8 survey file with a byte-order mark, commas, quotes and CR LF is read", "[survey]") {
    const auto r = read_survey_csv_file(surveys_dir() + "/citizens-utf8-bom.csv");
    const CsvTable& t = table_of(r);
    CHECK(t.encoding == "utf-8");
    CHECK(t.separator == ',');
    CHECK(t.header == std::vector<std::string>{"Timestamp", "Opening hours suit me", "2. The office is easy to reach", "Q3", "Comment"});
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].fields[4] == "Fine, thanks");
    // A quoted field with a separator, a doubled quote and a line break in it.
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[1].fields[4] == "The queue was long.\nThe \"e-service\" helped.");
    CHECK(t.rows[2].line == 5);  // after the two lines of row 3
    // Line 6 is blank and skipped; the last row has fewer fields than the header, which is allowed.
    CHECK(t.rows[3].line == 7);
    CHECK(t.rows[3].fields.size() == 4);
    CHECK(t.rows[3].positions[3].line == 7);
    CHECK(t.rows[3].positions[3].column == 28);
}

TEST_CASE("Survey files in UTF-8, Windows-1257 and GB18030, with commas and semicolons, give the same responses", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    struct Case {
        std::string file, encoding;
        char separator;
    };
    for (const Case& c : {Case{"citizens-utf8-bom.csv", "", ','}, Case{"citizens-windows-1257.csv", "windows-1257", ';'},
                          Case{"citizens-gb18030.csv", "gb18030", ','}}) {
        INFO(c.file);
        const std::string path = surveys_dir() + "/" + c.file;
        const auto r = read_survey_csv_file(path, c.encoding);
        const CsvTable& t = table_of(r);
        CHECK(t.separator == c.separator);
        const SurveyMapping m = suggest_survey_mapping(q, t.header);
        REQUIRE(m.size() == 3);
        CHECK(m[0].column == 1);
        CHECK(m[0].item_id == "q1");
        CHECK(m[1].item_id == "q2");
        CHECK(m[2].item_id == "q3");
        const auto responses = survey_responses(q, m, t, path);
        INFO(to_string(responses.rejected));
        REQUIRE(responses.ok());
        REQUIRE(responses.responses.size() == 4);
        const auto expected = example_answers();
        for (std::size_t i = 0; i < expected.size(); ++i) CHECK(responses.responses[i].answers == expected[i]);
        // The index of the example worked by hand in test_survey_statistics.cpp.
        CHECK(survey_statistics(q, responses.responses).index == Approx(68.75));
    }
    // The comments, decoded.
    const auto lt = read_survey_csv_file(surveys_dir() + "/citizens-windows-1257.csv", "Windows-1257");
    CHECK(table_of(lt).rows[0].fields[4] == "Ačiū; viskas gerai");
    CHECK(table_of(lt).rows[3].fields[4] == "Šaunu, ąčęėįšųūž");
    const auto zh = read_survey_csv_file(surveys_dir() + "/citizens-gb18030.csv", "gb18030");
    CHECK(table_of(zh).header[0] == "时间");
    CHECK(table_of(zh).rows[3].fields[4] == "服务\"很好");
}

TEST_CASE("Survey CSV text built byte by byte: encodings, separators, quotes and line ends", "[survey]") {
    SECTION("semicolons in UTF-8 without a byte-order mark, LF") {
        const auto r = read_survey_csv("A;B;C\n1;\"x;y\";3\n\n  \n4;5\n", "t.csv");
        const CsvTable& t = table_of(r);
        CHECK(t.separator == ';');
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].fields == std::vector<std::string>{"1", "x;y", "3"});
        CHECK(t.rows[1].line == 5);
        CHECK(t.rows[1].fields == std::vector<std::string>{"4", "5"});
    }
    SECTION("the separator is chosen outside quotes, and can be given") {
        const auto r = read_survey_csv("\"a;b;c\",d\r\n1,2\r\n", "t.csv");
        CHECK(table_of(r).separator == ',');
        CHECK(table_of(r).header == std::vector<std::string>{"a;b;c", "d"});
        const auto given = read_survey_csv("a,b;c\n1,2;3\n", "t.csv", "", ';');
        CHECK(table_of(given).header == std::vector<std::string>{"a,b", "c"});
        CHECK(table_of(read_survey_csv("a\tb\n1\t2\n", "t.csv", "", '\t')).rows[0].fields[1] == "2");
        CHECK(only_error(read_survey_csv("a\"b\n", "t.csv", "", '"')) ==
              "t.csv: error: the separator must be \",\", \";\" or a tab, not \"\"\"");
    }
    SECTION("Windows-1257 bytes with ';'") {
        const auto r = read_survey_csv("Vardas;Komentaras\r\nJonas;\"\xE0\xE8\xE6\xEB\xE1\xF0\xF8\xFB\xFE; \xC0\xC8\"\r\n", "lt.csv",
                                       "windows-1257");
        const CsvTable& t = table_of(r);
        CHECK(t.encoding == "windows-1257");
        CHECK(t.rows[0].fields[1] == "ąčęėįšųūž; ĄČ");
    }
    SECTION("GB18030 bytes with ',', a line break inside quotes, and a field ending the file") {
        // 意见 (opinion), 满意 (satisfied)
        const auto r = read_survey_csv("\xD2\xE2\xBC\xFB,n\n\"\xC2\xFA\r\n\xD2\xE2\",2", "zh.csv", "gb18030");
        const CsvTable& t = table_of(r);
        CHECK(t.header[0] == "意见");
        CHECK(t.rows[0].fields == std::vector<std::string>{"满\n意", "2"});
        // GB18030's own byte-order mark (U+FEFF as 84 31 95 33) is dropped like UTF-8's.
        CHECK(table_of(read_survey_csv("\x84\x31\x95\x33" "a,b\n1,2\n", "zh.csv", "gb18030")).header[0] == "a");
    }
    SECTION("old Mac line ends (CR), empty quoted fields and separators at the end of a row") {
        const auto r = read_survey_csv("a,b,c\r1,\"\",3,,\r", "t.csv");
        const CsvTable& t = table_of(r);
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].line == 2);
        CHECK(t.rows[0].fields == std::vector<std::string>{"1", "", "3"});  // the blank extra fields are dropped
    }
}

TEST_CASE("Broken survey CSV text is refused with the place of the problem", "[survey]") {
    SECTION("Windows-1257 bytes read as UTF-8") {
        const std::string lt = "Vardas,Komentaras\nJonas,Gerai\nOna,\"Labai \xE0\xE8i\xFB\"\n";
        CHECK(only_error(read_survey_csv(lt, "lt.csv")) ==
              "lt.csv:3:12: error: the text is not UTF-8 (byte 0xE0); if the file was saved in another encoding, name it: "
              "windows-1257 (Baltic) or gb18030 (Chinese)");
        CHECK(table_of(read_survey_csv(lt, "lt.csv", "windows-1257")).rows[1].fields[1] == "Labai ąčiū");
    }
    SECTION("a byte GB18030 does not define") {
        CHECK(only_error(read_survey_csv("a,b\n1,2\n\xC2\xFA,\xFF\n", "zh.csv", "gb18030")) ==
              "zh.csv:3:3: error: byte 0xFF is not gb18030 text; name the file's encoding: utf-8, windows-1257 or gb18030");
    }
    SECTION("a UTF-8 file said to be Windows-1257") {
        CHECK(only_error(read_survey_csv("\xEF\xBB\xBF" "a,b\n", "x.csv", "windows-1257")) ==
              "x.csv:1:1: error: the file starts with a UTF-8 byte-order mark: it is UTF-8 text, not windows-1257");
    }
    SECTION("an unknown encoding") {
        CHECK(only_error(read_survey_csv("a,b\n", "x.csv", "latin1")) ==
              "x.csv: error: unknown encoding \"latin1\": Assessa reads survey files in utf-8, windows-1257 (Baltic) or "
              "gb18030 (Chinese)");
    }
    SECTION("UTF-16") {
        CHECK(only_error(read_survey_csv(std::string("a\0,\0b\0", 6), "x.csv")) ==
              "x.csv:1:2: error: the file holds a zero byte, which text never does; it may be UTF-16 text: save it as UTF-8");
    }
    SECTION("an unterminated quote is reported where it opens") {
        CHECK(only_error(read_survey_csv("a,b\n1,2\n3,\"never\nclosed,4\n5,6\n", "x.csv")) ==
              "x.csv:3:3: error: a quoted field is never closed: the file ends before its closing quote");
    }
    SECTION("text after a closing quote") {
        CHECK(only_error(read_survey_csv("a,b\n1,\"two\"x\n", "x.csv")) ==
              "x.csv:2:8: error: text after the closing quote of a field; a quote inside a quoted field is written twice "
              "(\"\"), and the field ends at the separator \",\"");
    }
    SECTION("every row with more fields than the header") {
        const auto r = read_survey_csv("a;b\n1;2\n1;2;3\n4;5\n\"x\n\";y;z;w\n", "x.csv");
        CHECK_FALSE(r.table);
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors[0].to_string() ==
              "x.csv:3:5: error: the row has 3 fields, but the header has 2; a field holding the separator \";\" must be in "
              "double quotes");
        CHECK(r.errors[1].line == 6);  // the row starts on line 5; its third field is on line 6
        CHECK(r.errors[1].column == 5);
    }
    SECTION("an empty file, or one of blank lines") {
        const std::string empty =
            "x.csv: error: the file is empty: a survey file needs a header row, then one row per respondent";
        for (const char* encoding : csv_encodings) CHECK(only_error(read_survey_csv("", "x.csv", encoding)) == empty);
        CHECK(only_error(read_survey_csv("\xEF\xBB\xBF\r\n \r\n,,\n", "x.csv")) == empty);
    }
}

TEST_CASE("Survey files: folders, missing files and files over 64 MiB are refused", "[survey]") {
    TempDir dir;
    CHECK(only_error(read_survey_csv_file(dir.path())) == dir.path() + ": error: is a folder, not a file");
    CHECK(only_error(read_survey_csv_file(dir.file("none.csv"))) == dir.file("none.csv") + ": error: cannot open the file");
    // A file name with Lithuanian and Chinese letters (wide-character APIs on Windows).
    const std::string named = dir.file("apklausa-ąčę-问卷.csv");
    std::filesystem::copy_file(platform::utf8_path(surveys_dir() + "/citizens-utf8-bom.csv"), platform::utf8_path(named));
    CHECK(table_of(read_survey_csv_file(named)).rows.size() == 4);
    const std::string big = dir.file("big.csv");
    { std::ofstream(big, std::ios::binary) << "a,b\n"; }
    std::filesystem::resize_file(big, (64u << 20) + 1);
    CHECK(only_error(read_survey_csv_file(big)) ==
          big + ": error: the file is too large (67108865 bytes; the limit is 67108864 bytes)");
}
