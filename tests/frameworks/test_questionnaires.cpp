// Questionnaires as data (frameworks/QUESTIONNAIRES.md): the bundled ones, the library that finds
// them beside the user's own, and broken files refused with their place.
#include <catch2/catch.hpp>

#include "frameworks/questionnaire_loader.hpp"
#include "model/platform/platform.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

std::string good_file() { return data_dir() + "/questionnaires/good/mini-questionnaire.xml"; }

// Every text of the questionnaire, with what it is, for the language checks.
std::vector<std::pair<std::string, const LocalizedText*>> texts_of(const Questionnaire& q) {
    std::vector<std::pair<std::string, const LocalizedText*>> out{{"title", &q.title}, {"description", &q.description}};
    auto add_scale = [&](const std::string& name, const ResponseScale& s) {
        for (const auto& [value, label] : s.labels) out.emplace_back(name + " label " + std::to_string(value), &label);
        if (s.offers_dont_know()) out.emplace_back(name + " don't know", &s.dont_know);
    };
    add_scale("scale", q.scale);
    if (q.importance_scale) add_scale("importance scale", *q.importance_scale);
    for (const auto& d : q.dimensions) out.emplace_back("dimension " + d.id, &d.title);
    for (const auto& i : q.items) out.emplace_back("item " + i.id, &i.text);
    return out;
}

// The rows of tests/data/bad/expected.tsv for questionnaires: file name and expected messages.
std::vector<std::pair<std::string, std::string>> bad_questionnaires() {
    std::vector<std::pair<std::string, std::string>> rows;
    std::istringstream in(read_file(data_dir() + "/bad/expected.tsv"));
    for (std::string line; std::getline(in, line);) {
        const auto tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
        if (line.empty() || line[0] == '#' || tab2 == std::string::npos) continue;
        if (line.substr(tab1 + 1, tab2 - tab1 - 1) != "questionnaire") continue;
        std::string expected;
        const std::string escaped = line.substr(tab2 + 1);
        for (std::size_t i = 0; i < escaped.size(); ++i) {
            if (escaped[i] == '\\' && i + 1 < escaped.size() && escaped[i + 1] == 'n') {
                expected += '\n';
                ++i;
            } else {
                expected += escaped[i];
            }
        }
        rows.emplace_back(line.substr(0, tab1), expected);
    }
    return rows;
}

std::string with_file(std::string text, const std::string& file) {
    for (auto at = text.find("{FILE}"); at != std::string::npos; at = text.find("{FILE}", at + file.size()))
        text.replace(at, 6, file);
    return text;
}

}  // namespace

TEST_CASE("The bundled questionnaires load with no problem and have their texts in every language they promise",
          "[questionnaire]") {
    const auto lib = QuestionnaireLibrary::load({bundled_questionnaires_dir()});
    CHECK(to_string(lib.problems()).empty());
    CHECK(lib.all().size() == 3);

    struct Promise {
        const char* id;
        const char* framework;
        const char* evidence_for;
        Questionnaire::Importance importance;
        std::size_t min_items, max_items;
    };
    for (const auto& p : {Promise{"citizens-satisfaction", "caf-2020", "6.1", Questionnaire::Importance::asked, 14, 18},
                          Promise{"staff-satisfaction", "caf-2020", "7.1", Questionnaire::Importance::weights, 14, 18},
                          Promise{"station-client-satisfaction", "social-work-station", "4.2",
                                  Questionnaire::Importance::weights, 10, 12}}) {
        INFO(p.id);
        const auto q = lib.find(p.id);
        REQUIRE(q);
        CHECK(q->framework == p.framework);
        CHECK(q->evidence_for == p.evidence_for);
        CHECK(q->importance == p.importance);
        CHECK(q->items.size() >= p.min_items);
        CHECK(q->items.size() <= p.max_items);
        CHECK(q->dimensions.size() >= 4);
        CHECK(q->scale.min == 1);
        CHECK(q->scale.max == 5);
        CHECK(q->scale.labels.size() == 5);
        CHECK(q->scale.offers_dont_know());
        CHECK(q->source_text == read_file(q->source_path));
        for (const auto& [what, text] : texts_of(*q))
            for (const char* lang : {"en", "lt", "zh"}) {
                INFO(what << " in " << lang);
                CHECK(text->has(lang));
                CHECK_FALSE(text->get(lang).empty());
            }
        // Every dimension has items, every item a dimension of the questionnaire.
        std::set<std::string> used;
        for (const auto& i : q->items) {
            CHECK(q->dimension(i.dimension) != nullptr);
            used.insert(i.dimension);
        }
        CHECK(used.size() == q->dimensions.size());
    }
    const auto citizens = lib.find("citizens-satisfaction");
    REQUIRE(citizens->importance_scale);
    CHECK(citizens->importance_scale->min == 1);
    CHECK(citizens->importance_scale->max == 5);
    CHECK(citizens->importance_scale->labels.at(5).get("lt") == "Labai svarbu");
    const auto staff = lib.find("staff-satisfaction");
    CHECK_FALSE(staff->importance_scale);
    CHECK(staff->item("work-load")->weight == 2.0);
    CHECK(staff->item("lead-feedback")->weight == 1.0);
}

TEST_CASE("A questionnaire is read with its scale, weights, dimensions and texts", "[questionnaire]") {
    const auto loaded = load_questionnaire(good_file());
    REQUIRE(to_string(loaded.errors).empty());
    const Questionnaire& q = *loaded.value;
    CHECK(q.id == "mini-questionnaire");
    CHECK(q.version == "2026.1");
    CHECK(q.framework == "mini");
    CHECK(q.evidence_for == "2.1");
    CHECK(q.title.get("lt") == "Maža apklausa");
    CHECK(q.scale.min == 0);
    CHECK(q.scale.max == 10);
    CHECK(q.scale.labels.size() == 2);
    CHECK(q.scale.labels.at(10).get("lt") == "Visiškai");  // xml:lang="lt-LT"
    CHECK_FALSE(q.scale.offers_dont_know());
    CHECK(q.importance == Questionnaire::Importance::weights);
    REQUIRE(q.items.size() == 3);
    CHECK(q.items[0].weight == 2.5);
    CHECK(q.items[1].weight == 1.0);
    CHECK(q.items[2].weight == 0.5);
    CHECK(q.items[2].text.get("en") == "The problem was solved.");
    CHECK(q.items[2].text.get("zh") == "问题得到了解决。");
    CHECK(q.item("q3")->dimension == "result");
    CHECK(q.dimension("service")->title.get("en") == "Service");
    CHECK(q.item("q9") == nullptr);
    CHECK(q.source_path == good_file());
    CHECK(q.source_text == read_file(good_file()));

    const auto from_text = parse_questionnaire("snapshot", q.source_text);
    REQUIRE(from_text.ok());
    CHECK(from_text.value->source_path.empty());
    CHECK(from_text.value->items.size() == 3);
}

TEST_CASE("The library finds questionnaires by id and reports a broken or duplicate user file while loading the others",
          "[questionnaire]") {
    TempDir user;
    fs::copy_file(good_file(), user.file("mini.xml"));
    fs::copy_file(data_dir() + "/bad/qn-duplicate-item.xml", user.file("broken.xml"));
    fs::copy_file(bundled_questionnaires_dir() + "/staff-satisfaction.xml", user.file("staff-copy.xml"));
    std::ofstream(user.file("notes.txt")) << "not a questionnaire";
    const auto lib = QuestionnaireLibrary::load({bundled_questionnaires_dir(), user.path()});
    CHECK(lib.all().size() == 4);
    REQUIRE(lib.find("mini-questionnaire"));
    CHECK(lib.find("mini-questionnaire")->source_path == user.file("mini.xml"));
    CHECK(lib.find("staff-satisfaction")->source_path == bundled_questionnaires_dir() + "/staff-satisfaction.xml");
    CHECK(lib.find("citizens-satisfaction"));
    CHECK(lib.find("test-survey") == nullptr);
    CHECK(lib.find("no-such-survey") == nullptr);
    CHECK(to_string(lib.problems()) ==
          user.file("broken.xml") + ":13:4: error: duplicate item id \"hours\" (first defined on line 12)\n" +
              user.file("staff-copy.xml") + ": error: questionnaire \"staff-satisfaction\" is already loaded from " +
              bundled_questionnaires_dir() + "/staff-satisfaction.xml; this file is skipped\n");
}

TEST_CASE("Every broken questionnaire of the bad-input corpus is refused by the library with its place",
          "[questionnaire]") {
    const auto rows = bad_questionnaires();
    REQUIRE(rows.size() >= 12);
    for (const auto& [name, expected] : rows) {
        INFO(name);
        TempDir user;
        fs::copy_file(data_dir() + "/bad/" + name, user.file(name));
        fs::copy_file(good_file(), user.file("zz-good.xml"));
        const auto lib = QuestionnaireLibrary::load({user.path()});
        CHECK(to_string(lib.problems()) == with_file(expected, user.file(name)));
        REQUIRE(lib.all().size() == 1);
        CHECK(lib.all()[0]->id == "mini-questionnaire");

        const auto direct = load_questionnaire(data_dir() + "/bad/" + name);
        CHECK_FALSE(direct.ok());
        CHECK(direct.value == nullptr);
    }
}

TEST_CASE("Questionnaire checks that need no file of their own", "[questionnaire]") {
    const std::string head =
        "<questionnaire xmlns=\"urn:assessa:questionnaire:1\" id=\"t\" version=\"1\" framework=\"caf-2020\" "
        "evidence-for=\"6.1\"";
    const std::string body =
        "<title>T</title><scale min=\"1\" max=\"5\"/>"
        "<dimension id=\"d\"><title>D</title></dimension>";
    auto problems = [](const std::string& xml) {
        const auto loaded = parse_questionnaire("t.xml", xml);
        CHECK(loaded.value == nullptr);
        return to_string(loaded.errors);
    };
    // "t.xml:1:N: error: " where N is the column of the element name after the n-th `tag`.
    auto at = [](const std::string& xml, const std::string& tag, int nth = 1) {
        std::size_t pos = std::string::npos;
        for (int i = 0; i < nth; ++i) pos = xml.find(tag, pos + 1);
        REQUIRE(pos != std::string::npos);
        return "t.xml:1:" + std::to_string(pos + 2) + ": error: ";
    };

    const std::string weighted = head + " importance=\"asked\">" + body +
                                 "<importance-scale min=\"1\" max=\"3\"/><item id=\"i\" dimension=\"d\" weight=\"2\">"
                                 "<text>I</text></item></questionnaire>";
    CHECK(problems(weighted) == at(weighted, "<item") + "item \"i\" has a weight, but importance is asked of respondents\n");

    const std::string unasked = head + ">" + body +
                                "<importance-scale min=\"1\" max=\"3\"/><item id=\"i\" dimension=\"d\"><text>I</text></item>"
                                "</questionnaire>";
    CHECK(problems(unasked) ==
          at(unasked, "<importance-scale") + "<importance-scale> is only used with importance=\"asked\"\n");

    const std::string often =
        head + " importance=\"often\">" + body + "<item id=\"i\" dimension=\"d\"><text>I</text></item></questionnaire>";
    CHECK(problems(often) == at(often, "<questionnaire") + "importance \"often\" must be weights or asked\n");

    const std::string texts = head + ">" + body +
                              "<item id=\"i\" dimension=\"d\"><text>I</text><text xml:lang=\"lt\"> </text>"
                              "<text xml:lang=\"lt\">L</text></item><dimension id=\"e\"><title>E</title></dimension>"
                              "</questionnaire>";
    CHECK(problems(texts) == at(texts, "<text", 2) + "item i has an empty <text>\n" + at(texts, "<text", 3) +
                                 "item i has a second <text> in language 'lt'\n" + at(texts, "<dimension", 2) +
                                 "dimension \"e\" has no items\n");

    const std::string two_scales = head + ">" + body + "<scale min=\"0\" max=\"10\"/>" +
                                   "<item id=\"i\" dimension=\"d\"><text>I</text></item></questionnaire>";
    CHECK(problems(two_scales) == at(two_scales, "<scale", 2) + "a second <scale> (a questionnaire has only one)\n");

    for (const char* weight : {"0", "-2", "nan", "inf", "1e9", "1000.5", "2,5", " 1", ""}) {
        INFO(weight);
        const std::string xml = head + ">" + body + "<item id=\"i\" dimension=\"d\" weight=\"" + weight +
                                "\"><text>I</text></item></questionnaire>";
        CHECK(problems(xml) == at(xml, "<item") + "the weight of item \"i\" must be a positive number up to 1000, not \"" +
                                   weight + "\"\n");
    }
    for (const char* weight : {"1000", "0.01", "3"}) {
        INFO(weight);
        const std::string xml = head + ">" + body + "<item id=\"i\" dimension=\"d\" weight=\"" + weight +
                                "\"><text>I</text></item></questionnaire>";
        const auto loaded = parse_questionnaire("t.xml", xml);
        REQUIRE(loaded.ok());
        CHECK(loaded.value->items[0].weight == std::stod(weight));
    }
}

TEST_CASE("The user's questionnaire folder is beside the user's frameworks", "[questionnaire]") {
    ScopedEnvironment home("XDG_DATA_HOME", "/srv/data");
    CHECK(platform::utf8_path(user_questionnaires_dir()) == fs::path("/srv/data") / "assessa" / "questionnaires");
}
