#include <catch2/catch.hpp>

#include "frameworks/framework_library.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace assessa;

// The bundled frameworks and mapping speak the languages they are written for: wherever a text
// exists in English it exists in those languages too, and is not the English text copied over.
// CAF, ISO 9001 and their mapping are written in Lithuanian and Chinese; the social-work
// station's framework (a Chinese station's own system) in Chinese only.

namespace {

const FrameworkLibrary& bundled() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

bool has_cjk(const std::string& s) {
    // UTF-8 lead bytes 0xE3-0xE9 start the code points U+3000-U+9FFF (CJK punctuation and ideographs).
    for (unsigned char c : s)
        if (c >= 0xE3 && c <= 0xE9) return true;
    return false;
}

// Acronyms such as "PDCA" may stay as they are in every language.
bool is_acronym(const std::string& s) {
    for (char c : s)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '.' || c == ':')) return false;
    return !s.empty();
}

// Every problem found, each naming where the text is, so that one run lists all gaps.
struct LanguageAudit {
    std::vector<std::string> languages = {"lt", "zh"};
    std::vector<std::string> problems;
    int texts = 0;

    void check(const LocalizedText& t, const std::string& where) {
        if (!t.has("en")) return;
        ++texts;
        const std::string& en = t.get("en");
        for (const std::string& lang : languages) {
            if (!t.has(lang) || t.get(lang).empty()) {
                problems.push_back(where + ": no text in '" + lang + "' (English: \"" + en + "\")");
                continue;
            }
            const std::string& text = t.get(lang);
            if (text == en && !is_acronym(en))
                problems.push_back(where + ": the '" + lang + "' text is the English text");
            if (lang == "zh" && !is_acronym(text) && !has_cjk(text))
                problems.push_back(where + ": the 'zh' text has no Chinese characters: \"" + text + "\"");
        }
    }
    void require(const LocalizedText& t, const std::string& where) {
        if (!t.has("en")) problems.push_back(where + ": missing");
        check(t, where);
    }
};

LanguageAudit audit_framework(const Framework& f, std::vector<std::string> languages = {"lt", "zh"}) {
    LanguageAudit a;
    a.languages = std::move(languages);
    const std::string id = f.id();
    a.require(f.title(), id + " title");
    a.require(f.description(), id + " description");
    for (const auto& n : f.nodes()) {
        const std::string where = id + " node " + n.code;
        a.require(n.title, where + " title");
        a.check(n.guidance, where + " guidance");
        for (const auto& e : n.examples) a.require(e.text, where + " example " + e.label);
    }
    for (const auto& g : f.groups()) a.require(g.title, id + " group " + g.id);
    for (const auto& p : f.panels()) {
        const std::string where = id + " panel " + p.id;
        a.require(p.title, where + " title");
        a.check(p.description, where + " description");
        for (const auto& ph : p.phases) {
            a.require(ph.title, where + " phase " + ph.id + " title");
            a.check(ph.description, where + " phase " + ph.id + " description");
        }
        for (const auto& b : p.bands) {
            const std::string band = where + " band " + std::to_string(b.min) + "-" + std::to_string(b.max);
            a.check(b.label, band + " label");
            a.check(b.descriptor, band + " descriptor");
            for (const auto& [phase, d] : b.phase_descriptors) a.check(d, band + " descriptor for " + phase);
            for (const auto& ph : p.phases)
                if (b.descriptor_for(ph.id).get("en").empty())
                    a.problems.push_back(band + ": no descriptor for phase " + ph.id);
        }
    }
    for (const auto& m : f.methods()) {
        a.require(m.title, id + " method " + m.id + " title");
        a.check(m.description, id + " method " + m.id + " description");
    }
    return a;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines) s += l + "\n";
    return s;
}

}  // namespace

TEST_CASE("Bundled CAF 2020 has every text in Lithuanian and Chinese", "[frameworks][bundled][i18n]") {
    const auto caf = bundled().find("caf-2020");
    REQUIRE(caf);
    const LanguageAudit a = audit_framework(*caf);
    INFO(joined(a.problems));
    CHECK(a.problems.empty());
    CHECK(a.texts > 300);  // titles, guidance, about 190 examples, panels

    // Every CAF node carries guidance, and every subcriterion its examples.
    for (const auto& n : caf->nodes()) {
        INFO("CAF node " << n.code);
        CHECK(n.guidance.has("en"));
        if (n.assessable) CHECK(!n.examples.empty());
    }
    // Both scoring methods' panels describe every band in every language.
    CHECK(caf->panels().size() == 4);
}

TEST_CASE("Bundled ISO 9001:2015 has every text in Lithuanian and Chinese", "[frameworks][bundled][i18n]") {
    const auto iso = bundled().find("iso-9001-2015");
    REQUIRE(iso);
    const LanguageAudit a = audit_framework(*iso);
    INFO(joined(a.problems));
    CHECK(a.problems.empty());
    // Every clause and sub-clause, down to 7.1.5, is explained in plain words.
    for (const auto& n : iso->nodes()) {
        INFO("ISO clause " << n.code);
        CHECK(n.guidance.has("en"));
    }
    CHECK(a.texts > 100);
}

TEST_CASE("Bundled social-work station framework has every text in Chinese", "[frameworks][bundled][i18n][station]") {
    const auto station = bundled().find("social-work-station");
    REQUIRE(station);
    const LanguageAudit a = audit_framework(*station, {"zh"});
    INFO(joined(a.problems));
    CHECK(a.problems.empty());
    // Titles, guidance and examples of 20 nodes, two panels with their bands and phases.
    CHECK(a.texts > 100);
    for (const auto& n : station->nodes()) {
        INFO("station node " << n.code);
        CHECK(n.guidance.has("en"));
        CHECK(n.guidance.has("zh"));
    }
}

TEST_CASE("The bundled CAF to ISO 9001 mapping has its notes in Lithuanian and Chinese", "[frameworks][bundled][i18n]") {
    const auto m = bundled().mapping_between("caf-2020", "iso-9001-2015");
    REQUIRE(m);
    LanguageAudit a;
    a.require(m->title(), "mapping title");
    a.require(m->description(), "mapping description");
    for (const auto& l : m->links()) a.check(l.note, "mapping link " + l.from + " -> " + l.to + " note");
    INFO(joined(a.problems));
    CHECK(a.problems.empty());
}

TEST_CASE("Bundled titles use the established Lithuanian and Chinese terms", "[frameworks][bundled][i18n]") {
    const auto caf = bundled().find("caf-2020");
    const auto iso = bundled().find("iso-9001-2015");
    REQUIRE(caf);
    REQUIRE(iso);
    auto title = [](const FrameworkPtr& f, const char* code, const char* lang) {
        const Node* n = f->find(code);
        return n ? n->title.get(lang) : std::string("(no node ") + code + ")";
    };
    // BVM criterion names as Lithuanian public administration uses them (i18n/GLOSSARY.md).
    const std::vector<std::pair<const char*, const char*>> caf_lt = {
        {"1", "Lyderystė"}, {"2", "Veiklos planavimas"}, {"3", "Žmonės"},
        {"4", "Partnerystė ir išteklių valdymas"}, {"5", "Procesai"},
        {"6", "Į piliečius/klientus orientuoti rezultatai"}, {"7", "Darbuotojų rezultatai"},
        {"8", "Socialinės atsakomybės rezultatai"}, {"9", "Pagrindinės veiklos rezultatai"}};
    for (const auto& [code, lt] : caf_lt) CHECK(title(caf, code, "lt") == lt);
    CHECK(caf->title().get("lt") == "Bendrasis vertinimo modelis (BVM) 2020");

    // Clause titles of LST EN ISO 9001:2015 and GB/T 19001-2016.
    const std::vector<std::tuple<const char*, const char*, const char*>> iso_titles = {
        {"4", "Organizacijos kontekstas", "组织环境"}, {"5", "Lyderystė", "领导作用"},
        {"6", "Planavimas", "策划"}, {"7", "Parama", "支持"}, {"8", "Veikla", "运行"},
        {"9", "Veiksmingumo vertinimas", "绩效评价"}, {"10", "Gerinimas", "改进"}};
    for (const auto& [code, lt, zh] : iso_titles) {
        CHECK(title(iso, code, "lt") == lt);
        CHECK(title(iso, code, "zh") == zh);
    }

    // PDCA phases of the fine-tuned enablers panel: Planuok, Atlik, Tikrink, Veik.
    const Panel* fine = caf->find_panel("fine-tuned-enablers");
    REQUIRE(fine);
    const std::vector<std::pair<const char*, const char*>> pdca = {
        {"plan", "Planuok"}, {"do", "Atlik"}, {"check", "Tikrink"}, {"act", "Veik"}};
    for (const auto& [phase, lt] : pdca) {
        const Phase* p = fine->find_phase(phase);
        REQUIRE(p);
        CHECK(p->title.get("lt") == lt);
    }
}
