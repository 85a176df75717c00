#include "model/date_format.hpp"

#include "frameworks/localized_text.hpp"

#include <fmt/format.h>

namespace assessa {

namespace {

enum class Style { english, lithuanian, chinese };

Style style_of(const std::string& lang) {
    const std::string tag = normalize_language(lang);
    if (tag == "lt") return Style::lithuanian;
    if (tag == "zh") return Style::chinese;
    return Style::english;
}

constexpr const char* english_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
constexpr const char* english_short_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
// Lithuanian dates put the month in the genitive: "2027 m. sausio 15 d.".
constexpr const char* lithuanian_months_genitive[] = {"sausio",    "vasario", "kovo",   "balandžio",
                                                      "gegužės",   "birželio", "liepos", "rugpjūčio",
                                                      "rugsėjo",   "spalio",  "lapkričio", "gruodžio"};

constexpr const char* roman[] = {"I", "II", "III", "IV"};

int month_index(const CalendarDate& d) { return d.month >= 1 && d.month <= 12 ? d.month - 1 : 0; }

}  // namespace

std::string format_date(const CalendarDate& date, const std::string& lang) {
    if (style_of(lang) == Style::english)
        return fmt::format("{} {} {:04}", date.day, english_short_months[month_index(date)], date.year);
    return date.to_string();
}

std::string format_date_long(const CalendarDate& date, const std::string& lang) {
    switch (style_of(lang)) {
        case Style::lithuanian:
            return fmt::format("{:04} m. {} {} d.", date.year, lithuanian_months_genitive[month_index(date)], date.day);
        case Style::chinese: return fmt::format("{:04}年{}月{}日", date.year, date.month, date.day);
        case Style::english: break;
    }
    return fmt::format("{} {} {:04}", date.day, english_months[month_index(date)], date.year);
}

std::string format_iso_date(std::string_view iso, const std::string& lang) {
    const auto d = CalendarDate::parse(iso);
    return d ? format_date(*d, lang) : std::string(iso);
}

std::string format_iso_date_long(std::string_view iso, const std::string& lang) {
    const auto d = CalendarDate::parse(iso);
    return d ? format_date_long(*d, lang) : std::string(iso);
}

std::string format_quarter(int year, int quarter, const std::string& lang) {
    const int q = quarter < 1 ? 1 : quarter > 4 ? 4 : quarter;
    switch (style_of(lang)) {
        case Style::lithuanian: return fmt::format("{:04} m. {} ketv.", year, roman[q - 1]);
        case Style::chinese: return fmt::format("{:04}年第{}季度", year, q);
        case Style::english: break;
    }
    return fmt::format("Q{} {:04}", q, year);
}

std::string format_quarter_short(int quarter, const std::string& lang) {
    const int q = quarter < 1 ? 1 : quarter > 4 ? 4 : quarter;
    switch (style_of(lang)) {
        case Style::lithuanian: return fmt::format("{} ketv.", roman[q - 1]);
        case Style::chinese: return fmt::format("第{}季度", q);
        case Style::english: break;
    }
    return fmt::format("Q{}", q);
}

std::string format_year(int year, const std::string& lang) {
    switch (style_of(lang)) {
        case Style::lithuanian: return fmt::format("{:04} m.", year);
        case Style::chinese: return fmt::format("{:04}年", year);
        case Style::english: break;
    }
    return fmt::format("{:04}", year);
}

}  // namespace assessa
