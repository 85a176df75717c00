#include "tests/i18n/test_catalogs_check.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <stdexcept>

namespace assessa::test {

bool PoEntry::has_flag(const std::string& f) const {
    return std::find(flags.begin(), flags.end(), f) != flags.end();
}

namespace {

std::string unquote(const std::string& s, const std::string& where) {
    const auto first = s.find('"'), last = s.rfind('"');
    if (first == std::string::npos || last == first) throw std::runtime_error(where + ": expected a quoted string");
    std::string out;
    for (std::size_t i = first + 1; i < last; ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (++i >= last) throw std::runtime_error(where + ": a backslash ends the string");
        switch (s[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            default: throw std::runtime_error(where + ": unknown escape \\" + std::string(1, s[i]));
        }
    }
    return out;
}

std::string shown(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '"') out += "\\\"";
        else out += c;
    }
    return out + "\"";
}

std::map<std::string, std::string> parse_header(const std::string& msgstr) {
    std::map<std::string, std::string> h;
    std::istringstream in(msgstr);
    std::string line;
    while (std::getline(in, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        h[line.substr(0, colon)] = value;
    }
    return h;
}

std::string leading_space(const std::string& s) {
    return s.substr(0, s.find_first_not_of(" \n\t"));
}
std::string trailing_space(const std::string& s) {
    const auto last = s.find_last_not_of(" \n\t");
    return last == std::string::npos ? s : s.substr(last + 1);
}

// '&' followed by a letter or digit marks a menu accelerator ("&Open"); "&&" is a literal '&'.
int accelerators(const std::string& s) {
    int n = 0;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != '&') continue;
        if (s[i + 1] == '&') {
            ++i;
            continue;
        }
        if (s[i + 1] != ' ') ++n;
    }
    return n;
}

std::string shortcut(const std::string& s) {
    const auto tab = s.find('\t');
    return tab == std::string::npos ? std::string() : s.substr(tab + 1);
}

// fmt throws on "{} … {1}": a string numbers all its fields or none.
bool mixes_indexing(const std::string& s) {
    bool automatic = false, manual = false;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != '{') continue;
        if (s[i + 1] == '{') {
            ++i;
            continue;
        }
        if (s[i + 1] == '}' || s[i + 1] == ':') automatic = true;
        else if (std::isdigit(static_cast<unsigned char>(s[i + 1]))) manual = true;
    }
    return automatic && manual;
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : " ") + x;
    return s.empty() ? "none" : s;
}

}  // namespace

PoFile parse_po(const std::string& text, const std::string& name) {
    PoFile po;
    po.name = name;
    PoEntry e;
    std::string* current = nullptr;
    bool in_entry = false;
    auto flush = [&] {
        if (in_entry) {
            if (e.msgid.empty() && e.msgctxt.empty() && !e.obsolete) po.header = parse_header(e.msgstr.empty() ? "" : e.msgstr[0]);
            else po.entries.push_back(e);
        }
        e = PoEntry{};
        current = nullptr;
        in_entry = false;
    };
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const std::string where = name + ":" + std::to_string(number);
        bool obsolete = false;
        if (line.rfind("#~ ", 0) == 0) {
            obsolete = true;
            line = line.substr(3);
        }
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            flush();
            continue;
        }
        if (line[0] == '#') {
            if (in_entry) flush();
            if (line.rfind("#,", 0) == 0) {
                std::istringstream flags(line.substr(2));
                std::string f;
                while (std::getline(flags, f, ',')) {
                    f.erase(0, f.find_first_not_of(' '));
                    f.erase(f.find_last_not_of(' ') + 1);
                    e.flags.push_back(f);
                }
            }
            continue;
        }
        if (line[0] == '"') {
            if (!current) throw std::runtime_error(where + ": a string continues no keyword");
            *current += unquote(line, where);
            continue;
        }
        const auto space = line.find(' ');
        const std::string keyword = line.substr(0, space);
        if (keyword == "msgctxt" || (keyword == "msgid" && in_entry && !e.msgstr.empty())) flush();
        if (!in_entry) e.line = number;
        in_entry = true;
        e.obsolete = e.obsolete || obsolete;
        const std::string value = unquote(line.substr(space == std::string::npos ? line.size() : space), where);
        if (keyword == "msgctxt") current = &e.msgctxt;
        else if (keyword == "msgid") current = &e.msgid;
        else if (keyword == "msgid_plural") current = &e.msgid_plural;
        else if (keyword == "msgstr" || keyword.rfind("msgstr[", 0) == 0) {
            e.msgstr.emplace_back();
            current = &e.msgstr.back();
        } else throw std::runtime_error(where + ": unknown keyword " + keyword);
        *current = value;
    }
    flush();
    return po;
}

std::vector<std::string> fmt_fields(const std::string& s) {
    std::vector<std::string> fields;
    int automatic = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '}' && i + 1 < s.size() && s[i + 1] == '}') {
            ++i;
            continue;
        }
        if (s[i] != '{') continue;
        if (i + 1 < s.size() && s[i + 1] == '{') {
            ++i;
            continue;
        }
        const auto close = s.find('}', i);
        if (close == std::string::npos) {
            fields.push_back("unclosed{");
            break;
        }
        std::string inside = s.substr(i + 1, close - i - 1);
        const auto colon = inside.find(':');
        std::string index = inside.substr(0, colon);
        const std::string spec = colon == std::string::npos ? "" : inside.substr(colon);
        if (index.empty()) index = std::to_string(automatic++);
        fields.push_back(index + spec);
        i = close;
    }
    std::sort(fields.begin(), fields.end());
    return fields;
}

std::vector<std::string> printf_directives(const std::string& s) {
    std::vector<std::pair<int, std::string>> found;
    int next = 1;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') continue;
        if (i + 1 < s.size() && s[i + 1] == '%') {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        int position = 0;
        std::size_t k = j;
        while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
        if (k > j && k < s.size() && s[k] == '$') {
            position = std::stoi(s.substr(j, k - j));
            j = k + 1;
        }
        const std::size_t start = j;
        while (j < s.size() && std::string("-+ #0123456789.*'hlLqjzt").find(s[j]) != std::string::npos) ++j;
        if (j >= s.size()) break;
        found.emplace_back(position ? position : next++, s.substr(start, j - start + 1));
        i = j;
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto& f : found) out.push_back("%" + f.second);
    return out;
}

std::vector<std::string> check_catalog(const PoFile& pot, const PoFile& po, const CatalogRules& rules) {
    std::vector<std::string> problems;
    auto problem = [&](const PoEntry* e, const std::string& what) {
        std::string message = po.name;
        if (e) message.append(":").append(std::to_string(e->line)).append(": msgid ").append(shown(e->msgid));
        problems.push_back(message.append(": ").append(what));
    };

    auto header = [&](const char* key) {
        auto it = po.header.find(key);
        return it == po.header.end() ? std::string() : it->second;
    };
    if (header("Plural-Forms") != rules.plural_forms)
        problem(nullptr, "Plural-Forms is \"" + header("Plural-Forms") + "\", expected \"" + rules.plural_forms + "\"");
    if (header("Language") != rules.language)
        problem(nullptr, "Language is \"" + header("Language") + "\", expected \"" + rules.language + "\"");
    if (header("Content-Type").find("charset=UTF-8") == std::string::npos)
        problem(nullptr, "Content-Type must say charset=UTF-8");

    std::map<std::string, const PoEntry*> in_po;
    for (const auto& e : po.entries)
        if (!e.obsolete) in_po[e.key()] = &e;
    std::set<std::string> in_pot;
    for (const auto& t : pot.entries) {
        if (t.obsolete) continue;
        in_pot.insert(t.key());
        if (!in_po.count(t.key()))
            problems.push_back(po.name + ": msgid " + shown(t.msgid) +
                               " is in the sources but not in this catalog: run scripts/i18n-update and translate it");
    }
    for (const auto& e : po.entries) {
        if (e.obsolete) continue;
        if (!in_pot.count(e.key()))
            problem(&e, "is no longer in the sources: run scripts/i18n-update");
        if (e.has_flag("fuzzy")) problem(&e, "is fuzzy: check the translation and remove the fuzzy flag");

        const bool plural = !e.msgid_plural.empty();
        const std::size_t forms = plural ? static_cast<std::size_t>(rules.nplurals) : 1;
        if (e.msgstr.size() != forms) {
            problem(&e, "has " + std::to_string(e.msgstr.size()) + " translations, expected " + std::to_string(forms));
            continue;
        }
        bool untranslated = false;
        for (const auto& s : e.msgstr) untranslated = untranslated || s.empty();
        if (untranslated) {
            problem(&e, plural ? "is not translated in every plural form" : "is not translated");
            continue;
        }
        for (std::size_t i = 0; i < forms; ++i) {
            const std::string& str = e.msgstr[i];
            const std::string form = plural ? " (plural form " + std::to_string(i) + ")" : "";
            // A plural form may follow the singular or the plural English text.
            const bool fmt_ok = fmt_fields(str) == fmt_fields(e.msgid) ||
                                (plural && fmt_fields(str) == fmt_fields(e.msgid_plural));
            if (!fmt_ok)
                problem(&e, "format fields " + joined(fmt_fields(str)) + form + " differ from the msgid's " +
                                joined(fmt_fields(plural ? e.msgid_plural : e.msgid)) + ": " + shown(str));
            if (mixes_indexing(str))
                problem(&e, "the translation" + form + " mixes \"{}\" with numbered fields such as \"{1}\"; fmt refuses " +
                                "that: number every field: " + shown(str));
            if (e.has_flag("c-format")) {
                const bool printf_ok = printf_directives(str) == printf_directives(e.msgid) ||
                                       (plural && printf_directives(str) == printf_directives(e.msgid_plural));
                if (!printf_ok)
                    problem(&e, "format directives " + joined(printf_directives(str)) + form + " differ from the msgid's " +
                                    joined(printf_directives(e.msgid)) + ": " + shown(str));
            }
            if (leading_space(str) != leading_space(e.msgid) || trailing_space(str) != trailing_space(e.msgid))
                problem(&e, "the translation" + form + " must keep the leading and trailing spaces and newlines: " + shown(str));
            if (accelerators(e.msgid) > 0 && accelerators(str) != 1)
                problem(&e, "the translation" + form + " needs exactly one '&' accelerator: " + shown(str));
            if (shortcut(str) != shortcut(e.msgid))
                problem(&e, "the keyboard shortcut after \\t must stay \"" + shortcut(e.msgid) + "\": " + shown(str));
        }
    }
    return problems;
}

}  // namespace assessa::test
