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
