#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace assessa {

// A day in the proleptic Gregorian calendar, written as ISO 8601 "2027-03-31".
struct CalendarDate {
    int year = 1970;
    int month = 1;  // 1-12
    int day = 1;    // 1-31

    static std::optional<CalendarDate> parse(std::string_view iso);  // exact YYYY-MM-DD, valid day
    std::string to_string() const;

    long days_since_epoch() const;  // 1970-01-01 is 0
    static CalendarDate from_days(long days);
    CalendarDate plus_days(long n) const { return from_days(days_since_epoch() + n); }
    // The same day `n` months later, or the month's last day when it has fewer days.
    CalendarDate plus_months(int n) const;
    int quarter() const { return (month - 1) / 3 + 1; }

    auto operator<=>(const CalendarDate&) const = default;
};

long days_between(const CalendarDate& from, const CalendarDate& to);

// Current time as ISO 8601 UTC ("2026-11-23T09:41:00Z"); its first 10 characters are today.
std::string now_utc();

inline bool is_iso_date(std::string_view s) { return CalendarDate::parse(s).has_value(); }

}  // namespace assessa
