#include <catch2/catch.hpp>

#include "i18n/plural_expression.hpp"
#include "i18n/translator.hpp"
#include "tests/i18n/test_catalogs_check.hpp"
#include "tests/support/test_support.hpp"

#include <cstdlib>
#include <string>

using namespace assessa;
using namespace assessa::test;

// The shipped catalogs are complete: every string marked in the sources today is in
// i18n/assessa.pot and translated, not fuzzy, with the same format fields, in lt.po and zh_CN.po.
// A developer who adds a string sees its msgid here; `scripts/i18n-update` merges it into the
// catalogs, `scripts/i18n-todo` lists what is left to translate.

namespace {

const std::string source_dir = ASSESSA_SOURCE_DIR;

const CatalogRules lithuanian{
    "lt", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);", 3};
const CatalogRules chinese{"zh_CN", "nplurals=1; plural=0;", 1};

std::string report(const std::vector<std::string>& problems) {
    std::string s = std::to_string(problems.size()) + " problem(s):\n";
    for (std::size_t i = 0; i < problems.size() && i < 60; ++i) s += "  " + problems[i] + "\n";
    if (problems.size() > 60) s += "  ...\n";
    return s;
}

// The template extracted from the sources as they are now, by the same script the build uses.
PoFile fresh_template(const TempDir& dir) {
    const std::string pot = dir.file("assessa.pot");
    const std::string command = "'" + source_dir + "/scripts/i18n-extract' '" + pot + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    return parse_po(read_file(pot), "extracted from the sources");
}

const char* sample_pot = R"PO(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#: exports/report/x.cpp
#, no-c-format
msgid "Page {} of {}"
msgstr ""

#: app/cli/x.cpp
#, no-c-format
msgid "{} action"
msgid_plural "{} actions"
msgstr[0] ""
msgstr[1] ""

#: app/gui/x.cpp
#, c-format
msgid "Copy saved as %s"
msgstr ""

#: app/gui/x.cpp
msgid "&Open…\tCtrl+O"
msgstr ""

#: app/gui/x.cpp
#, c-format
msgid " (cycle %s: %s)"
msgstr ""
)PO";

const char* good_lt = R"PO(msgid ""
msgstr ""
"Language: lt\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

#, no-c-format
msgid "Page {} of {}"
msgstr "{} psl. iš {}"

#, no-c-format
msgid "{} action"
msgid_plural "{} actions"
msgstr[0] "{} veiksmas"
msgstr[1] "{} veiksmai"
msgstr[2] "{} veiksmų"

#, c-format
msgid "Copy saved as %s"
msgstr "Kopija išsaugota kaip %s"

msgid "&Open…\tCtrl+O"
msgstr "&Atidaryti…\tCtrl+O"

#, c-format
msgid " (cycle %s: %s)"
msgstr " (ciklas %s: %s)"

#~ msgid "Gone"
#~ msgstr "Nebėra"
)PO";

std::vector<std::string> check_lt(const std::string& po_text) {
    return check_catalog(parse_po(sample_pot, "sample.pot"), parse_po(po_text, "lt.po"), lithuanian);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

bool mentions(const std::vector<std::string>& problems, const std::string& a, const std::string& b) {
    for (const auto& p : problems)
        if (p.find(a) != std::string::npos && p.find(b) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("The catalogs hold every string of the sources, translated", "[i18n][catalogs][host-tools]") {
    TempDir dir;
    const PoFile fresh = fresh_template(dir);
    CHECK(fresh.entries.size() > 100);

    // The committed template is the one the sources give today.
    const PoFile committed = parse_po(read_file(source_dir + "/i18n/assessa.pot"), "i18n/assessa.pot");
    const auto stale = check_catalog(fresh, committed, {"", "", 2});
    std::vector<std::string> template_problems;
    for (const auto& p : stale)
        if (p.find("not in this catalog") != std::string::npos || p.find("no longer in the sources") != std::string::npos)
            template_problems.push_back(p);
    INFO("i18n/assessa.pot is out of date; run scripts/i18n-update\n" << report(template_problems));
    CHECK(template_problems.empty());

    for (const auto& [file, rules] : {std::pair{"lt.po", lithuanian}, std::pair{"zh_CN.po", chinese}}) {
        const std::string path = source_dir + "/i18n/" + file;
        const auto problems = check_catalog(fresh, parse_po(read_file(path), std::string("i18n/") + file), rules);
        INFO(report(problems));
        CHECK(problems.empty());
        // msgfmt agrees (it also checks the printf directives of the desktop program's strings).
        const std::string command = "msgfmt --check -o /dev/null '" + path + "'";
        CHECK(std::system(command.c_str()) == 0);
    }
}

TEST_CASE("The catalog check accepts a complete catalog", "[i18n][catalogs]") {
    const auto problems = check_lt(good_lt);
    INFO(report(problems));
    CHECK(problems.empty());
}

TEST_CASE("The catalog check names untranslated, fuzzy, missing and stale entries", "[i18n][catalogs]") {
    CHECK(mentions(check_lt(replaced(good_lt, "msgstr \"Kopija išsaugota kaip %s\"", "msgstr \"\"")),
                   "\"Copy saved as %s\"", "is not translated"));
    CHECK(mentions(check_lt(replaced(good_lt, "msgstr[2] \"{} veiksmų\"", "msgstr[2] \"\"")),
                   "\"{} action\"", "not translated in every plural form"));
    CHECK(mentions(check_lt(replaced(good_lt, "#, no-c-format\nmsgid \"Page", "#, fuzzy, no-c-format\nmsgid \"Page")),
                   "\"Page {} of {}\"", "is fuzzy"));
    CHECK(mentions(check_lt(replaced(good_lt, "msgid \"Page {} of {}\"\nmsgstr \"{} psl. iš {}\"\n", "")),
                   "\"Page {} of {}\"", "not in this catalog"));
    CHECK(mentions(check_lt(std::string(good_lt) + "\nmsgid \"Old\"\nmsgstr \"Sena\"\n"), "\"Old\"",
                   "no longer in the sources"));
    CHECK(mentions(check_lt(replaced(good_lt, "msgstr[2] \"{} veiksmų\"\n", "")), "\"{} action\"",
                   "expected 3"));
}

TEST_CASE("The catalog check finds format fields that differ from the msgid", "[i18n][catalogs]") {
    CHECK(mentions(check_lt(replaced(good_lt, "\"{} psl. iš {}\"", "\"{} psl.\"")), "\"Page {} of {}\"",
                   "format fields"));
    CHECK(mentions(check_lt(replaced(good_lt, "\"{} psl. iš {}\"", "\"{:>3} psl. iš {}\"")), "\"Page {} of {}\"",
                   "format fields"));
    CHECK(mentions(check_lt(replaced(good_lt, "msgstr[1] \"{} veiksmai\"", "msgstr[1] \"veiksmai\"")),
                   "\"{} action\"", "plural form 1"));
    CHECK(mentions(check_lt(replaced(good_lt, "\"Kopija išsaugota kaip %s\"", "\"Kopija išsaugota kaip %d\"")),
                   "\"Copy saved as %s\"", "format directives"));
    CHECK(mentions(check_lt(replaced(good_lt, "\"{} psl. iš {}\"", "\"{1} psl. iš {}\"")), "\"Page {} of {}\"",
                   "number every field"));
    // Explicit indexes may reorder the values.
    CHECK(check_lt(replaced(good_lt, "\"{} psl. iš {}\"", "\"iš {1}: {0} psl.\"")).empty());
    CHECK(fmt_fields("{} of {:>3} {{literal}}") == std::vector<std::string>{"0", "1:>3"});
    CHECK(printf_directives("%zu of %zu (%.0f %%)") == std::vector<std::string>{"%zu", "%zu", "%.0f"});
    CHECK(printf_directives("%2$s then %1$d") == std::vector<std::string>{"%d", "%s"});
}

TEST_CASE("The catalog check keeps accelerators, shortcuts, edge spaces and plural rules", "[i18n][catalogs]") {
    CHECK(mentions(check_lt(replaced(good_lt, "\"&Atidaryti…\\tCtrl+O\"", "\"Atidaryti…\\tCtrl+O\"")), "&Open",
                   "accelerator"));
    CHECK(mentions(check_lt(replaced(good_lt, "\"&Atidaryti…\\tCtrl+O\"", "\"&Atidaryti…\\tVald+O\"")), "&Open",
                   "shortcut"));
    CHECK(mentions(check_lt(replaced(good_lt, "\" (ciklas %s: %s)\"", "\"(ciklas %s: %s)\"")), "(cycle", "spaces"));
    CHECK(mentions(check_lt(replaced(good_lt, "nplurals=3; plural=(n%10==1", "nplurals=3; plural=(n%10==2")),
                   "Plural-Forms", "expected"));
    const auto zh = check_catalog(parse_po(sample_pot, "sample.pot"), parse_po(good_lt, "zh_CN.po"), chinese);
    CHECK(mentions(zh, "zh_CN.po", "Plural-Forms"));
    CHECK(mentions(zh, "\"{} action\"", "expected 1"));
}

TEST_CASE("A malformed catalog is refused naming the line", "[i18n][catalogs]") {
    CHECK_THROWS_WITH(parse_po("msgid \"a\"\nmsgstr \"b\\q\"\n", "bad.po"), Catch::Contains("bad.po:2"));
    CHECK_THROWS_WITH(parse_po("msgid \"a\"\nmsgfoo \"b\"\n", "bad.po"), Catch::Contains("unknown keyword"));
}

TEST_CASE("The shipped catalogs translate through the core translator with their plural rules", "[i18n][catalogs]") {
    // init_runtime() pointed the translator at the compiled catalogs beside the binaries.
    const Translator lt = Translator::for_language("lt");
    CHECK(std::string(lt.tr("Areas for improvement")) == "Tobulintinos sritys");
    CHECK(lt.trnf("{} action", "{} actions", 1, 1) == "1 veiksmas");
    CHECK(lt.trnf("{} action", "{} actions", 21, 21) == "21 veiksmas");
    CHECK(lt.trnf("{} action", "{} actions", 3, 3) == "3 veiksmai");
    CHECK(lt.trnf("{} action", "{} actions", 11, 11) == "11 veiksmų");
    CHECK(lt.trnf("{} action", "{} actions", 10, 10) == "10 veiksmų");

    const Translator zh = Translator::for_language("zh");
    CHECK(std::string(zh.tr("Quick win")) == "快速见效");
    CHECK(zh.trnf("{} action", "{} actions", 1, 1) == "1 项行动");
    CHECK(zh.trnf("{} action", "{} actions", 7, 7) == "7 项行动");
}

TEST_CASE("The Lithuanian Plural-Forms expression matches the Lithuanian plural rule", "[i18n][catalogs]") {
    const std::string header = lithuanian.plural_forms;
    const auto start = header.find("plural=") + 7;
    const PluralExpression rule(header.substr(start, header.rfind(';') - start));
    // 1, 21, 101 → "veiksmas"; 2-9, 22-29 → "veiksmai"; 0, 10-20, 30 → "veiksmų".
    auto expected = [](unsigned long n) -> unsigned long {
        if (n % 10 == 1 && n % 100 != 11) return 0;
        if (n % 10 >= 2 && (n % 100 < 10 || n % 100 >= 20)) return 1;
        return 2;
    };
    for (unsigned long n = 0; n <= 1000; ++n) {
        INFO("n = " << n);
        REQUIRE(rule.evaluate(n) == expected(n));
    }
    CHECK(rule.evaluate(111) == 2);
    CHECK(rule.evaluate(1001) == 0);
}
