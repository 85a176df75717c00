#include <catch2/catch.hpp>

#include "frameworks/localized_text.hpp"
#include "i18n/plural_expression.hpp"
#include "i18n/translator.hpp"

#include <stdexcept>

using namespace assessa;

TEST_CASE("Lithuanian plural rule picks the three forms", "[i18n]") {
    PluralExpression lt("(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2)");
    CHECK(lt.evaluate(1) == 0);
    CHECK(lt.evaluate(21) == 0);
    CHECK(lt.evaluate(11) == 2);
    CHECK(lt.evaluate(2) == 1);
    CHECK(lt.evaluate(9) == 1);
    CHECK(lt.evaluate(22) == 1);
    CHECK(lt.evaluate(10) == 2);
    CHECK(lt.evaluate(12) == 2);
    CHECK(lt.evaluate(19) == 2);
    CHECK(lt.evaluate(100) == 2);
    CHECK(PluralExpression("0").evaluate(5) == 0);
    CHECK(PluralExpression("n != 1").evaluate(1) == 0);
    CHECK(PluralExpression("n != 1").evaluate(2) == 1);
}

TEST_CASE("Malformed plural expressions are rejected", "[i18n]") {
    CHECK_THROWS_AS(PluralExpression("n %"), std::invalid_argument);
    CHECK_THROWS_AS(PluralExpression("(n == 1"), std::invalid_argument);
    CHECK_THROWS_AS(PluralExpression("n ? 1"), std::invalid_argument);
    CHECK_THROWS_AS(PluralExpression("x"), std::invalid_argument);
}

TEST_CASE("A translator reads a compiled catalog with plural forms", "[i18n]") {
    const std::string saved = Translator::locale_dir();
    Translator::set_locale_dir(ASSESSA_TEST_LOCALE_DIR);
    const Translator lt = Translator::for_language("lt");
    CHECK(std::string(lt.tr("Strengths")) == "Stiprybės");
    CHECK(std::string(lt.tr("Untranslated here")) == "Untranslated here");
    CHECK(std::string(lt.tr("Not in the catalog")) == "Not in the catalog");
    CHECK(lt.trnf("{} action", "{} actions", 1, 1) == "1 veiksmas");
    CHECK(lt.trnf("{} action", "{} actions", 3, 3) == "3 veiksmai");
    CHECK(lt.trnf("{} action", "{} actions", 12, 12) == "12 veiksmų");
    CHECK(lt.trnf("{} action", "{} actions", 21, 21) == "21 veiksmas");

    const Translator en = Translator::for_language("en");
    CHECK(en.trnf("{} action", "{} actions", 1, 1) == "1 action");
    CHECK(en.trnf("{} action", "{} actions", 3, 3) == "3 actions");

    // A language without a catalog falls back to the English text.
    const Translator xx = Translator::for_language("xx");
    CHECK(std::string(xx.tr("Strengths")) == "Strengths");
    Translator::set_locale_dir(saved);
}

TEST_CASE("Language tags from locales are normalised", "[i18n]") {
    CHECK(normalize_language("lt_LT.UTF-8") == "lt");
    CHECK(normalize_language("zh_CN") == "zh");
    CHECK(normalize_language("zh-Hans") == "zh");
    CHECK(normalize_language("C") == "en");
    CHECK(normalize_language("") == "en");
    CHECK(normalize_language("EN") == "en");
}
