#pragma once

#include "model/calendar_date.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace assessa {

// Dates as each language writes them. `lang` is a language tag ("en", "lt", "zh"; "lt_LT" or
// "zh-CN" work too); any other language is written as English.
//
//            short form (tables, lists)   long form (title pages, approvals, running text)
//   en       15 Jan 2027                  15 January 2027
//   lt       2027-01-15                   2027 m. sausio 15 d.
//   zh       2027-01-15                   2027年1月15日
//
// Lithuanian and Chinese official documents write short dates in ISO order (LST ISO 8601,
// GB/T 7408); English uses the unambiguous day-month-year with an abbreviated month.
std::string format_date(const CalendarDate& date, const std::string& lang);
std::string format_date_long(const CalendarDate& date, const std::string& lang);

// The same for a stored ISO date ("2027-01-15"); any text that is not one comes back unchanged,
// so a damaged or empty field still shows what it holds.
std::string format_iso_date(std::string_view iso, const std::string& lang);
std::string format_iso_date_long(std::string_view iso, const std::string& lang);

// Dates in the desktop program's fields, lists and messages, by the interface language and never
// by the system locale: en "2 Jan 2027", lt "2027-01-02", zh "2027年1月2日".
std::string format_ui_date(const CalendarDate& date, const std::string& lang);
std::string format_iso_ui_date(std::string_view iso, const std::string& lang);  // other text unchanged

// A date as a user types it, in any language: ISO "2027-01-02" (also "2027-1-2"), English
// "2 Jan 2027" or "2 January 2027" (any letter case), Lithuanian "2027 m. sausio 2 d." and
// Chinese "2027年1月2日", with spaces around the parts allowed. Nothing else is a date: a
// number-only form such as 02/01/2027 is refused because it reads month first in one
// country and day first in another.
std::optional<CalendarDate> parse_typed_date(std::string_view text);
// Why `text` is not a date, as a complete translated message naming the forms that work in
// `lang`; empty when parse_typed_date accepts it.
std::string typed_date_problem(std::string_view text, const std::string& lang);

// A quarter of a year, for timelines: "Q1 2027", "2027 m. I ketv.", "2027年第1季度".
std::string format_quarter(int year, int quarter, const std::string& lang);
// The same without the year, for columns under a year heading: "Q1", "I ketv.", "第1季度";
// and the year heading itself: "2027", "2027 m.", "2027年".
std::string format_quarter_short(int quarter, const std::string& lang);
std::string format_year(int year, const std::string& lang);

}  // namespace assessa
