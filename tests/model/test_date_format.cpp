#include <catch2/catch.hpp>

#include "model/date_format.hpp"
#include "model/number_format.hpp"

using namespace assessa;

TEST_CASE("Dates are written in each language's convention", "[i18n][dates]") {
    const CalendarDate d{2027, 1, 15};
    CHECK(format_date_long(d, "lt") == "2027 m. sausio 15 d.");
    CHECK(format_date_long(d, "en") == "15 January 2027");
    CHECK(format_date_long(d, "zh") == "2027年1月15日");
    CHECK(format_date(d, "lt") == "2027-01-15");
    CHECK(format_date(d, "zh") == "2027-01-15");
    CHECK(format_date(d, "en") == "15 Jan 2027");
}

TEST_CASE("Lithuanian long dates put every month in the genitive", "[i18n][dates]") {
    const char* genitive[] = {"sausio",  "vasario", "kovo",    "balandžio", "gegužės",   "birželio",
                              "liepos",  "rugpjūčio", "rugsėjo", "spalio",    "lapkričio", "gruodžio"};
    for (int m = 1; m <= 12; ++m)
        CHECK(format_date_long(CalendarDate{2026, m, 1}, "lt") == std::string("2026 m. ") + genitive[m - 1] + " 1 d.");
    CHECK(format_date_long(CalendarDate{2028, 2, 29}, "lt") == "2028 m. vasario 29 d.");
    CHECK(format_date_long(CalendarDate{2026, 12, 31}, "en") == "31 December 2026");
    CHECK(format_date_long(CalendarDate{2026, 10, 5}, "zh") == "2026年10月5日");
    CHECK(format_date(CalendarDate{2026, 9, 5}, "en") == "5 Sep 2026");
}

TEST_CASE("Locale-style tags choose the language and unknown ones write English", "[i18n][dates]") {
    const CalendarDate d{2027, 3, 31};
    CHECK(format_date_long(d, "lt_LT.UTF-8") == "2027 m. kovo 31 d.");
    CHECK(format_date_long(d, "zh-CN") == "2027年3月31日");
    CHECK(format_date_long(d, "de") == "31 March 2027");
    CHECK(format_date(d, "") == "31 Mar 2027");
}

TEST_CASE("Stored ISO dates are formatted, other text passes through unchanged", "[i18n][dates]") {
    CHECK(format_iso_date("2027-01-15", "en") == "15 Jan 2027");
    CHECK(format_iso_date_long("2027-01-15", "lt") == "2027 m. sausio 15 d.");
    CHECK(format_iso_date("", "lt").empty());
    CHECK(format_iso_date("2027-02-30", "en") == "2027-02-30");  // not a day: shown as stored
    CHECK(format_iso_date_long("soon", "zh") == "soon");
}

TEST_CASE("Quarters are named in each language", "[i18n][dates]") {
    CHECK(format_quarter(2027, 1, "en") == "Q1 2027");
    CHECK(format_quarter(2027, 4, "lt") == "2027 m. IV ketv.");
    CHECK(format_quarter(2027, 3, "zh") == "2027年第3季度");
    CHECK(format_quarter(2027, CalendarDate{2027, 8, 1}.quarter(), "lt") == "2027 m. III ketv.");
}

TEST_CASE("Timeline columns name the quarter and the year in each language", "[i18n][dates]") {
    CHECK(format_quarter_short(1, "en") == "Q1");
    CHECK(format_quarter_short(3, "lt") == "III ketv.");
    CHECK(format_quarter_short(4, "zh_CN") == "第4季度");
    CHECK(format_quarter_short(9, "en") == "Q4");
    CHECK(format_year(2027, "en") == "2027");
    CHECK(format_year(2027, "lt") == "2027 m.");
    CHECK(format_year(2027, "zh") == "2027年");
}

TEST_CASE("Plain numbers and percentages follow each language", "[i18n][numbers]") {
    CHECK(format_decimal(0.25, "lt") == "0,25");
    CHECK(format_decimal(0.5, "en") == "0.5");
    CHECK(format_decimal(1, "zh") == "1");
    CHECK(format_percent(40, "en") == "40%");
    CHECK(format_percent(40, "zh") == "40%");
    CHECK(format_percent(40, "lt") == "40\u00a0%");
}

TEST_CASE("The desktop program shows dates in the interface language's form", "[i18n][dates]") {
    const CalendarDate d{2027, 1, 2};
    CHECK(format_ui_date(d, "en") == "2 Jan 2027");
    CHECK(format_ui_date(d, "lt") == "2027-01-02");
    CHECK(format_ui_date(d, "zh") == "2027年1月2日");
    CHECK(format_iso_ui_date("2027-01-02", "zh_CN") == "2027年1月2日");
    CHECK(format_iso_ui_date("not yet", "en") == "not yet");
}

TEST_CASE("Typed dates are read in every language's form, ISO everywhere", "[i18n][dates]") {
    const CalendarDate d{2027, 1, 2};
    for (const char* typed : {"2027-01-02", "2027-1-2", " 2027-01-02 ", "2 Jan 2027", "2 jan 2027", "02 JAN 2027",
                              "2 January 2027", "2027 m. sausio 2 d.", "2027 m sausio 2 d", "2027年1月2日", "2027年01月02日"})
        CHECK(parse_typed_date(typed) == d);
    // What each language shows is read back as the same day.
    for (const char* lang : {"en", "lt", "zh"})
        for (const CalendarDate& day : {CalendarDate{2027, 12, 31}, CalendarDate{2028, 2, 29}, CalendarDate{2026, 5, 9}}) {
            CHECK(parse_typed_date(format_ui_date(day, lang)) == day);
            CHECK(parse_typed_date(format_date_long(day, lang)) == day);
        }
    CHECK(parse_typed_date("2027 m. balandžio 30 d.") == CalendarDate{2027, 4, 30});
}

TEST_CASE("Anything else typed is not a date, and the message names the forms that work", "[i18n][dates]") {
    for (const char* typed : {"", " ", "02/01/2027", "01.02.2027", "2027-02-30", "2027-13-01", "2027-01-02x",
                              "2027-01", "27-01-02", "31 Foo 2027", "2 Jan 27", "2027年2月30日", "2027 m. sausio 2",
                              "tomorrow", "2027/01/02", "-2027-01-02"})
        CHECK_FALSE(parse_typed_date(typed));
    CHECK(typed_date_problem("2027-01-02", "en").empty());
    CHECK(typed_date_problem("02/01/2027", "en") == "\"02/01/2027\" is not a date: write it as 31 Jan 2027, 2027-01-31");
    CHECK(typed_date_problem("02/01/2027", "lt") == "\"02/01/2027\" is not a date: write it as 2027-01-31");
    CHECK(typed_date_problem("02/01/2027", "zh") == "\"02/01/2027\" is not a date: write it as 2027年1月31日, 2027-01-31");
    CHECK(typed_date_problem("", "en") == "enter a date, for example 31 Jan 2027, 2027-01-31");
}
