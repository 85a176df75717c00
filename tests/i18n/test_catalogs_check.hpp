#pragma once

#include <map>
#include <string>
#include <vector>

// Reading gettext catalogs and finding what is wrong with a translation catalog, for
// tests/i18n/test_catalogs.cpp. Every problem is one line that names the catalog and the msgid.

namespace assessa::test {

struct PoEntry {
    std::string msgctxt;
    std::string msgid;
    std::string msgid_plural;  // empty: not a plural entry
    std::vector<std::string> msgstr;  // one, or one per plural form
    std::vector<std::string> flags;   // "fuzzy", "c-format", ...
    bool obsolete = false;
    int line = 0;

    bool has_flag(const std::string& f) const;
    std::string key() const { return msgctxt + '\x04' + msgid; }
};

struct PoFile {
    std::string name;
    std::map<std::string, std::string> header;  // "Plural-Forms" -> "nplurals=3; plural=...;"
    std::vector<PoEntry> entries;               // without the header entry
};

// Throws std::runtime_error naming `name` and the line on a syntax error.
PoFile parse_po(const std::string& text, const std::string& name);

// What a catalog for `language` must declare.
struct CatalogRules {
    std::string language;      // the "Language" header, e.g. "lt", "zh_CN"
    std::string plural_forms;  // the exact "Plural-Forms" header
    int nplurals = 2;
};

// Every problem of `po` against the template `pot`: entries of the template missing from the
// catalog (not merged), entries no longer in the template, untranslated and fuzzy entries,
// fmt format fields ("{}", "{:>3}") or printf directives of c-format entries that differ from
// the msgid, plural entries without all forms, accelerators and "\t" shortcuts lost, leading or
// trailing white space changed, and a wrong Plural-Forms header.
std::vector<std::string> check_catalog(const PoFile& pot, const PoFile& po, const CatalogRules& rules);

// The fmt replacement fields of `s`, normalised to "index:spec" and sorted, so that a
// translation may reorder them with explicit indexes ("{1} … {0}").
std::vector<std::string> fmt_fields(const std::string& s);
// The printf conversions of `s` (without "%%"), in argument order.
std::vector<std::string> printf_directives(const std::string& s);

}  // namespace assessa::test
