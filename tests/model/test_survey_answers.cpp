// From a CSV table to survey responses: the suggested mapping, its problems, the answers, and
// every rejected row with its line.

#include <catch2/catch.hpp>

#include "exports/survey_csv.hpp"
#include "model/survey_answers.hpp"
#include "tests/support/survey_questionnaires.hpp"

using namespace assessa;
using namespace assessa::test;

namespace {

CsvTable table(const std::string& csv) {
    const auto r = read_survey_csv(csv, "s.csv");
    INFO(to_string(r.errors));
    REQUIRE(r.table);
    return *r.table;
}

std::string rejected(const SurveyResponsesResult& r) {
    CHECK(r.responses.empty());
    return to_string(r.rejected);
}

}  // namespace

TEST_CASE("The mapping is suggested from the header texts", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    // By id, by number ("Q2", "2.", "3)"), by text in any language without case or punctuation,
    // by number and text; a form's own columns are left out, and the first column for an item wins.
    const auto by_number = suggest_survey_mapping(q, {"Timestamp", "  Q2 ", "E-mail", "q1", "3)", "3."});
    REQUIRE(by_number.size() == 3);
    CHECK(by_number[0] == SurveyColumn{1, "Q2", "q2", SurveyColumn::Role::answer});
    CHECK(by_number[1] == SurveyColumn{3, "q1", "q1", SurveyColumn::Role::answer});
    CHECK(by_number[2] == SurveyColumn{4, "3)", "q3", SurveyColumn::Role::answer});

    const auto by_text = suggest_survey_mapping(
        q, {"ĮSTAIGĄ LENGVA PASIEKTI?", "工作人员很有礼貌", "1. Opening hours suit me!", "Importance: Staff were polite"});
    REQUIRE(by_text.size() == 3);
    CHECK(by_text[0].item_id == "q2");
    CHECK(by_text[1].item_id == "q3");
    CHECK(by_text[2].item_id == "q1");
    // "2. Staff were polite" names two different items: neither is guessed.
    CHECK(suggest_survey_mapping(q, {"2. Staff were polite"}).empty());

    // Where importance is asked, importance columns are recognised in the three languages.
    const Questionnaire asked = survey_test_questionnaire_with_importance();
    const auto with_importance = suggest_survey_mapping(
        asked, {"Opening hours suit me", "Importance: Opening hours suit me", "Svarba: Įstaigą lengva pasiekti",
                "重要性：工作人员很有礼貌", "Staff were polite (importance)"});
    REQUIRE(with_importance.size() == 4);
    CHECK(with_importance[0] == SurveyColumn{0, "Opening hours suit me", "q1", SurveyColumn::Role::answer});
    CHECK(with_importance[1] == SurveyColumn{1, "Importance: Opening hours suit me", "q1", SurveyColumn::Role::importance});
    CHECK(with_importance[2].item_id == "q2");
    CHECK(with_importance[2].role == SurveyColumn::Role::importance);
    CHECK(with_importance[3].item_id == "q3");
    CHECK(with_importance[3].role == SurveyColumn::Role::importance);
    CHECK(survey_mapping_problems(asked, with_importance, 5).empty());
    // Chinese needs no space after the word; a Latin word does.
    CHECK(suggest_survey_mapping(asked, {"重要性工作人员很有礼貌"}) ==
          SurveyMapping{{0, "重要性工作人员很有礼貌", "q3", SurveyColumn::Role::importance}});
    CHECK(suggest_survey_mapping(asked, {"importanceq1", "q1importance"}).empty());
}

TEST_CASE("Problems with a mapping are named by column", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    const SurveyMapping m{{0, "A", "q1", SurveyColumn::Role::answer},
                          {1, "B", "q9", SurveyColumn::Role::answer},
                          {2, "C", "q1", SurveyColumn::Role::answer},
                          {7, "", "q2", SurveyColumn::Role::answer},
                          {3, "D", "q2", SurveyColumn::Role::importance},
                          {0, "A", "q3", SurveyColumn::Role::answer}};
    CHECK(survey_mapping_problems(q, m, 4) ==
          std::vector<std::string>{"column 2 (\"B\"): questionnaire \"test-citizens\" has no item \"q9\"",
                                   "columns 1 and 3 both hold the answers to item \"q1\"",
                                   "column 8: the file has only 4 columns",
                                   "column 4 (\"D\"): questionnaire \"test-citizens\" does not ask how important its items are",
                                   "column 1 (\"A\") is mapped twice"});
    CHECK(survey_mapping_problems(q, {}, 4) ==
          std::vector<std::string>{"no column holds the answers to an item of the questionnaire"});
}

TEST_CASE("A cell is a number on the scale, a label or \"don't know\" in any language, or blank", "[survey]") {
    const ResponseScale& scale = survey_test_questionnaire().scale;
    CHECK(parse_survey_answer(scale, " 4 ") == SurveyAnswer::of(4));
    CHECK(parse_survey_answer(scale, "05") == SurveyAnswer::of(5));
    CHECK(parse_survey_answer(scale, "") == SurveyAnswer{});
    CHECK(parse_survey_answer(scale, " \n") == SurveyAnswer{});
    CHECK(parse_survey_answer(scale, "very SATISFIED") == SurveyAnswer::of(5));
    CHECK(parse_survey_answer(scale, "Labai patenkintas") == SurveyAnswer::of(5));
    CHECK(parse_survey_answer(scale, "LABAI NEPATENKINTAS") == SurveyAnswer::of(1));
    CHECK(parse_survey_answer(scale, "满意") == SurveyAnswer::of(4));
    CHECK(parse_survey_answer(scale, "Don't know") == SurveyAnswer::dont_know());
    CHECK(parse_survey_answer(scale, "NEŽINAU") == SurveyAnswer::dont_know());
    CHECK(parse_survey_answer(scale, "不知道") == SurveyAnswer::dont_know());
    // Not guessed: out of the scale, decimals, abbreviations, other words.
    CHECK_FALSE(parse_survey_answer(scale, "6"));
    CHECK_FALSE(parse_survey_answer(scale, "0"));
    CHECK_FALSE(parse_survey_answer(scale, "4.5"));
    CHECK_FALSE(parse_survey_answer(scale, "-1"));
    CHECK_FALSE(parse_survey_answer(scale, "DK"));
    CHECK_FALSE(parse_survey_answer(scale, "N/A"));
    CHECK_FALSE(parse_survey_answer(scale, "Excellent"));
    CHECK_FALSE(parse_survey_answer(scale, "99999999999999999999"));
    // Without a "don't know" label the scale has no such answer.
    ResponseScale plain = scale;
    plain.dont_know = LocalizedText{};
    CHECK_FALSE(parse_survey_answer(plain, "Don't know"));
}

TEST_CASE("Every rejected row is reported with its line and reason, and nothing is imported", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    const CsvTable t = table(
        "When,Opening hours suit me,The office is easy to reach,Staff were polite\n"
        "mon,5,4,3\n"
        "tue,6,4,3\n"           // out of the scale
        "wed,4,Excellent,3\n"   // not an answer
        "\n"
        "thu,,,\n"              // no answer at all
        "fri,\"4\n\",2,0\n");    // a line break inside quotes is trimmed; 0 is out of the scale
    const auto m = suggest_survey_mapping(q, t.header);
    REQUIRE(m.size() == 3);
    const auto r = survey_responses(q, m, t, "s.csv");
    CHECK_FALSE(r.ok());
    CHECK(rejected(r) ==
          "s.csv:3:5: error: column 2 (\"Opening hours suit me\"): 6 is outside the scale, which runs from 1 to 5\n"
          "s.csv:4:7: error: column 3 (\"The office is easy to reach\"): \"Excellent\" is not an answer on the scale; it "
          "allows a whole number from 1 to 5, or one of \"Very dissatisfied\", \"Dissatisfied\", \"Neither\", "
          "\"Satisfied\", \"Very satisfied\", \"Don't know\"\n"
          "s.csv:6:1: error: the row answers no item: every answer column is blank\n"
          "s.csv:8:5: error: column 4 (\"Staff were polite\"): 0 is outside the scale, which runs from 1 to 5\n");

    // Rows shorter than the header are blank where they end; "don't know" counts as an answer.
    const auto ok = survey_responses(q, m, table("a,b,c,d\nx,3\ny,,Don't know\n"), "s.csv");
    REQUIRE(ok.ok());
    REQUIRE(ok.responses.size() == 2);
    CHECK(ok.responses[0].line == 2);
    CHECK(ok.responses[0].answers == std::vector<SurveyAnswer>{SurveyAnswer::of(3), {}, {}});
    CHECK(ok.responses[1].answers == std::vector<SurveyAnswer>{{}, SurveyAnswer::dont_know(), {}});
    CHECK(ok.responses[1].importance.empty());
}

TEST_CASE("Importance columns are read on the importance scale", "[survey]") {
    const Questionnaire q = survey_test_questionnaire_with_importance();
    const CsvTable t = table("Q1,Importance: Q1,Q2\n5,Very important,4\n4,9,3\n");
    const auto m = suggest_survey_mapping(q, t.header);
    REQUIRE(m.size() == 3);
    const auto r = survey_responses(q, m, t, "s.csv");
    CHECK(rejected(r) ==
          "s.csv:3:3: error: column 2 (\"Importance: Q1\"): 9 is outside the scale, which runs from 1 to 5\n");
    const auto good = survey_responses(q, m, table("Q1,Importance: Q1,Q2\n5,Very important,4\n4,,3\n"), "s.csv");
    REQUIRE(good.ok());
    CHECK(good.responses[0].importance == std::vector<SurveyAnswer>{SurveyAnswer::of(5), {}, {}});
    CHECK(good.responses[1].importance == std::vector<SurveyAnswer>(3));
}

TEST_CASE("A bad mapping or a file without responses gives no responses", "[survey]") {
    const Questionnaire q = survey_test_questionnaire();
    const CsvTable t = table("a,b\n1,2\n");
    CHECK(rejected(survey_responses(q, {{5, "x", "q1", SurveyColumn::Role::answer}}, t, "s.csv")) ==
          "s.csv: error: the mapping: column 6 (\"x\"): the file has only 2 columns\n"
          "s.csv: error: the mapping: no column holds the answers to an item of the questionnaire\n");
    CHECK(rejected(survey_responses(q, {{0, "a", "q1", SurveyColumn::Role::answer}}, table("a,b\n"), "s.csv")) ==
          "s.csv: error: the file holds no responses, only a header row\n");
}
