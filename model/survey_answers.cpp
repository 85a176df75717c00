#include "model/survey_answers.hpp"

#include "i18n/translator.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace assessa {

namespace {

// The next code point of UTF-8 `s` at `i` (advancing `i`); a malformed byte is returned as it is.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + len > s.size()) len = 1;
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Lower case for the scripts of the bundled languages: ASCII, Latin-1 and Latin Extended-A
// (all Lithuanian letters); Chinese has no case.
char32_t folded(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    const bool even = c % 2 == 0;
    if ((c >= 0x100 && c <= 0x137 && even) || (c >= 0x139 && c <= 0x148 && !even) ||
        (c >= 0x14A && c <= 0x177 && even) || (c >= 0x179 && c <= 0x17E && !even))
        return c + 1;
    return c;
}

// Punctuation and spaces, in ASCII, Latin-1, the general punctuation block and the CJK and
// full-width forms Chinese text uses.
bool is_separator(char32_t c) {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF;
}

// A text as compared here: lower case, each run of punctuation and space one space, no space
// at either end. "  Q3) Staff were polite!" becomes "q3 staff were polite".
std::string comparable(std::string_view s) {
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = next_code_point(s, i);
        if (is_separator(c)) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += ' ';
        gap = false;
        append_utf8(out, folded(c));
    }
    return out;
}

std::string trimmed(std::string_view s) {
    constexpr std::string_view space = " \t\r\n";
    const auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(space) - first + 1));
}

bool is_whole_number(std::string_view s) {
    return !s.empty() && s.size() <= 9 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool any_language_equals(const LocalizedText& text, const std::string& wanted) {
    return std::any_of(text.all().begin(), text.all().end(),
                       [&](const auto& entry) { return !entry.second.empty() && comparable(entry.second) == wanted; });
}

// An item's names as headers may give them, comparable(): its id and its text in each language.
struct ItemNames {
    std::string id;
    std::string number;  // 1-based position in the questionnaire
    std::vector<std::string> texts;
};

std::vector<ItemNames> item_names(const Questionnaire& q) {
    std::vector<ItemNames> all;
    for (std::size_t i = 0; i < q.items.size(); ++i) {
        ItemNames names{comparable(q.items[i].id), std::to_string(i + 1), {}};
        for (const auto& [lang, text] : q.items[i].text.all())
            if (const std::string c = comparable(text); !c.empty()) names.texts.push_back(c);
        all.push_back(std::move(names));
    }
    return all;
}

bool is_text_of(const ItemNames& names, std::string_view header) {
    return std::find(names.texts.begin(), names.texts.end(), header) != names.texts.end();
}

// Whether a comparable header names the item: its id, its text, its number ("3", "q3"), or its
// number and text ("3. Staff were polite", "Q3 Staff were polite").
bool names_item(const std::string& header, const ItemNames& names) {
    if (header.empty()) return false;
    if (header == names.id || is_text_of(names, header)) return true;
    for (const std::string& prefix : {names.number, std::string("q").append(names.number), std::string("q ").append(names.number)}) {
        if (header == prefix) return true;
        if (header.size() > prefix.size() + 1 && header.compare(0, prefix.size(), prefix) == 0 &&
            header[prefix.size()] == ' ' && is_text_of(names, std::string_view(header).substr(prefix.size() + 1)))
            return true;
    }
    return false;
}

// The words that mark an importance column, in the bundled languages, compared as comparable().
const std::vector<std::string>& importance_words() {
    static const std::vector<std::string> words{"importance", "how important", "svarba", "svarbumas", "重要性", "重要程度"};
    return words;
}

// A header with an importance word before or after the item's name ("Importance: Staff were
// polite", "Staff were polite (importance)"): the rest of it; otherwise nothing.
std::optional<std::string> without_importance_word(const std::string& header) {
    for (const auto& word : importance_words()) {
        if (header.size() <= word.size()) continue;
        // Latin words must stand apart ("importance q1", not "importanceq1"); Chinese has no spaces.
        const bool needs_space = static_cast<unsigned char>(word[0]) < 0x80;
        if (header.compare(0, word.size(), word) == 0) {
            const bool space = header[word.size()] == ' ';
            std::string rest = header.substr(word.size() + (space ? 1 : 0));
            if ((space || !needs_space) && !rest.empty()) return rest;
        }
        if (header.compare(header.size() - word.size(), word.size(), word) == 0) {
            const std::size_t before = header.size() - word.size();
            const bool space = header[before - 1] == ' ';
            std::string rest = header.substr(0, before - (space ? 1 : 0));
            if ((space || !needs_space) && !rest.empty()) return rest;
        }
    }
    return std::nullopt;
}

std::string column_name(int column, const std::string& header) {
    return header.empty() ? trf("column {}", column + 1) : trf("column {} (\"{}\")", column + 1, header);
}

std::string scale_text(const ResponseScale& scale) {
    const std::string lang = Translator::current().language();
    std::string labels;
    const auto add = [&](const LocalizedText& label) {
        if (!labels.empty()) labels += ", ";
        labels += fmt::format("\"{}\"", label.get(lang));
    };
    for (const auto& [value, label] : scale.labels)
        if (!label.empty() && scale.contains(value)) add(label);
    if (scale.offers_dont_know()) add(scale.dont_know);
    if (labels.empty()) return trf("a whole number from {} to {}", scale.min, scale.max);
    return trf("a whole number from {} to {}, or one of {}", scale.min, scale.max, labels);
}

}  // namespace

SurveyMapping suggest_survey_mapping(const Questionnaire& q, const std::vector<std::string>& header) {
    SurveyMapping mapping;
    std::set<std::pair<std::string, SurveyColumn::Role>> taken;
    const std::vector<ItemNames> names = item_names(q);
    const auto match = [&](const std::string& text) -> const QuestionnaireItem* {
        for (std::size_t i = 0; i < q.items.size(); ++i)
            if (names_item(text, names[i])) return &q.items[i];
        return nullptr;
    };
    for (std::size_t column = 0; column < header.size(); ++column) {
        const std::string text = comparable(header[column]);
        SurveyColumn::Role role = SurveyColumn::Role::answer;
        const QuestionnaireItem* item = match(text);
        if (!item) {
            const auto rest = without_importance_word(text);
            if (!rest || q.importance != Questionnaire::Importance::asked) continue;
            item = match(*rest);
            role = SurveyColumn::Role::importance;
        }
        if (!item || !taken.insert({item->id, role}).second) continue;  // the first such column wins
        mapping.push_back({static_cast<int>(column), trimmed(header[column]), item->id, role});
    }
    return mapping;
}

std::vector<std::string> survey_mapping_problems(const Questionnaire& q, const SurveyMapping& m,
                                                 std::size_t header_size) {
    std::vector<std::string> problems;
    std::map<std::pair<std::string, SurveyColumn::Role>, int> first_column;
    std::map<int, bool> seen_columns;
    bool any_answers = false;
    for (const auto& c : m) {
        const std::string name = column_name(c.column, c.header);
        if (c.column < 0 || static_cast<std::size_t>(c.column) >= header_size) {
            problems.push_back(trf("{}: the file has only {} columns", name, header_size));
            continue;
        }
        if (seen_columns[c.column]) {
            problems.push_back(trf("{} is mapped twice", name));
            continue;
        }
        seen_columns[c.column] = true;
        if (!q.item(c.item_id)) {
            problems.push_back(trf("{}: questionnaire \"{}\" has no item \"{}\"", name, q.id, c.item_id));
            continue;
        }
        if (c.role == SurveyColumn::Role::importance && q.importance != Questionnaire::Importance::asked) {
            problems.push_back(trf("{}: questionnaire \"{}\" does not ask how important its items are", name, q.id));
            continue;
        }
        const auto [it, inserted] = first_column.insert({{c.item_id, c.role}, c.column});
        if (!inserted) {
            problems.push_back(c.role == SurveyColumn::Role::answer
                                   ? trf("columns {} and {} both hold the answers to item \"{}\"", it->second + 1,
                                         c.column + 1, c.item_id)
                                   : trf("columns {} and {} both hold the importance of item \"{}\"", it->second + 1,
                                         c.column + 1, c.item_id));
            continue;
        }
        if (c.role == SurveyColumn::Role::answer) any_answers = true;
    }
    if (!any_answers) problems.push_back(tr("no column holds the answers to an item of the questionnaire"));
    return problems;
}

std::optional<SurveyAnswer> parse_survey_answer(const ResponseScale& scale, const std::string& cell) {
    const std::string text = trimmed(cell);
    if (text.empty()) return SurveyAnswer{};
    if (is_whole_number(text)) {
        const int value = std::stoi(text);
        if (!scale.contains(value)) return std::nullopt;
        return SurveyAnswer::of(value);
    }
    const std::string wanted = comparable(text);
    if (wanted.empty()) return std::nullopt;
    if (scale.offers_dont_know() && any_language_equals(scale.dont_know, wanted)) return SurveyAnswer::dont_know();
    for (const auto& [value, label] : scale.labels)
        if (scale.contains(value) && any_language_equals(label, wanted)) return SurveyAnswer::of(value);
    return std::nullopt;
}

SurveyResponsesResult survey_responses(const Questionnaire& q, const SurveyMapping& m, const CsvTable& table,
                                       const std::string& label) {
    SurveyResponsesResult result;
    const auto problems = survey_mapping_problems(q, m, table.header.size());
    if (!problems.empty()) {
        for (const auto& p : problems) result.rejected.push_back({label, 0, 0, trf("the mapping: {}", p)});
        return result;
    }
    if (table.rows.empty()) {
        result.rejected.push_back({label, 0, 0, tr("the file holds no responses, only a header row")});
        return result;
    }
    std::map<std::string, std::size_t> item_index;
    for (std::size_t i = 0; i < q.items.size(); ++i) item_index[q.items[i].id] = i;
    const bool asked = q.importance == Questionnaire::Importance::asked;
    const ResponseScale& importance_scale = asked && q.importance_scale ? *q.importance_scale : q.scale;

    for (const auto& row : table.rows) {
        SurveyResponse response;
        response.line = row.line;
        response.answers.resize(q.items.size());
        if (asked) response.importance.resize(q.items.size());
        bool row_ok = true;
        for (const auto& c : m) {
            const auto column = static_cast<std::size_t>(c.column);
            const std::string cell = column < row.fields.size() ? row.fields[column] : std::string();
            const bool answer = c.role == SurveyColumn::Role::answer;
            const ResponseScale& scale = answer ? q.scale : importance_scale;
            const auto parsed = parse_survey_answer(scale, cell);
            if (!parsed) {
                const CsvPosition where = column < row.positions.size() ? row.positions[column] : CsvPosition{row.line, 1};
                const std::string found = trimmed(cell);
                const std::string name = column_name(c.column, c.header);
                std::string message;
                if (is_whole_number(found))
                    message = trf("{}: {} is outside the scale, which runs from {} to {}", name, found, scale.min, scale.max);
                else
                    message = trf("{}: \"{}\" is not an answer on the scale; it allows {}", name, found, scale_text(scale));
                result.rejected.push_back({label, where.line, where.column, std::move(message)});
                row_ok = false;
                continue;
            }
            const std::size_t item = item_index.at(c.item_id);
            (answer ? response.answers : response.importance)[item] = *parsed;
        }
        if (!row_ok) continue;
        if (std::all_of(response.answers.begin(), response.answers.end(),
                        [](const SurveyAnswer& a) { return a.kind == SurveyAnswer::Kind::none; })) {
            result.rejected.push_back({label, row.line, 1, tr("the row answers no item: every answer column is blank")});
            continue;
        }
        result.responses.push_back(std::move(response));
    }
    if (!result.rejected.empty()) result.responses.clear();
    return result;
}

}  // namespace assessa
