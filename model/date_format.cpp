#include "model/date_format.hpp"

#include "frameworks/localized_text.hpp"
#include "i18n/translator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

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

std::string format_ui_date(const CalendarDate& date, const std::string& lang) {
    switch (style_of(lang)) {
        case Style::lithuanian: return date.to_string();
        case Style::chinese: return format_date_long(date, lang);
        case Style::english: break;
    }
    return format_date(date, lang);
}

std::string format_iso_ui_date(std::string_view iso, const std::string& lang) {
    const auto d = CalendarDate::parse(iso);
    return d ? format_ui_date(*d, lang) : std::string(iso);
}

namespace {

// The text split into runs of digits and runs of letters (ASCII letters lower-cased, other
// UTF-8 letters kept as they are); spaces, dots and commas only separate.
std::vector<std::string> date_tokens(std::string_view text, bool& stray) {
    std::vector<std::string> out;
    std::string cur;
    int kind = 0;  // 1 digits, 2 letters
    auto flush = [&] {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
        kind = 0;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const int k = std::isdigit(c) ? 1 : (std::isalpha(c) || c >= 0x80) ? 2 : 0;
        if (k == 0) {
            flush();
            if (c != ' ' && c != '.' && c != ',' && c != '\t') stray = true;
            continue;
        }
        if (k != kind) flush();
        kind = k;
        cur += static_cast<char>(k == 2 && c < 0x80 ? std::tolower(c) : c);
    }
    flush();
    return out;
}

bool all_digits(const std::string& s) {
    return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<CalendarDate> checked(int year, int month, int day) {
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    return CalendarDate::parse(fmt::format("{:04}-{:02}-{:02}", year, month, day));
}

int english_month(const std::string& word) {
    for (int m = 0; m < 12; ++m) {
        std::string full = english_months[m], brief = english_short_months[m];
        for (auto* s : {&full, &brief})
            for (char& c : *s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (word == full || word == brief) return m + 1;
    }
    return 0;
}

int lithuanian_month(const std::string& word) {
    for (int m = 0; m < 12; ++m)
        if (word == lithuanian_months_genitive[m]) return m + 1;
    return 0;
}

}  // namespace

std::optional<CalendarDate> parse_typed_date(std::string_view text) {
    // ISO: four digits, '-', one or two digits, '-', one or two digits.
    std::string trimmed(text);
    while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
    const auto first = trimmed.find_first_not_of(" \t");
    if (first == std::string::npos) return std::nullopt;
    trimmed.erase(0, first);
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (trimmed.size() <= 10 && std::sscanf(trimmed.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
        trimmed.find_first_not_of("0123456789-") == std::string::npos && trimmed[4] == '-')
        return checked(y, m, d);
    // Chinese: 2027年1月2日.
    if (std::sscanf(trimmed.c_str(), "%4d\xE5\xB9\xB4%2d\xE6\x9C\x88%2d\xE6\x97\xA5%c", &y, &m, &d, &tail) == 3 &&
        trimmed.find(' ') == std::string::npos)
        return checked(y, m, d);
    bool stray = false;
    const auto t = date_tokens(trimmed, stray);
    if (stray) return std::nullopt;
    // English: 2 Jan 2027, 2 January 2027.
    if (t.size() == 3 && all_digits(t[0]) && t[0].size() <= 2 && english_month(t[1]) && all_digits(t[2]) && t[2].size() == 4)
        return checked(std::stoi(t[2]), english_month(t[1]), std::stoi(t[0]));
    // Lithuanian: 2027 m. sausio 2 d.
    if (t.size() == 5 && all_digits(t[0]) && t[0].size() == 4 && t[1] == "m" && lithuanian_month(t[2]) &&
        all_digits(t[3]) && t[3].size() <= 2 && t[4] == "d")
        return checked(std::stoi(t[0]), lithuanian_month(t[2]), std::stoi(t[3]));
    return std::nullopt;
}

std::string typed_date_problem(std::string_view text, const std::string& lang) {
    if (parse_typed_date(text)) return {};
    const CalendarDate example{2027, 1, 31};
    const std::string shown = format_ui_date(example, lang);
    const std::string forms = shown == example.to_string() ? shown : shown + ", " + example.to_string();
    if (text.find_first_not_of(" \t") == std::string_view::npos) return trf("enter a date, for example {}", forms);
    return trf("\"{}\" is not a date: write it as {}", std::string(text), forms);
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
