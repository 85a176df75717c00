#include <catch2/catch.hpp>

#include "model/edit_history.hpp"
#include "model/project_schema.hpp"
#include "model/survey_evidence.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/surveys.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>

using namespace assessa;
using namespace assessa::test;

TEST_CASE("A survey is kept with its questionnaire, mapping and every answer, and read back after reopening",
          "[survey][store]") {
    ProjectFixture f;
    const auto q = bundled_questionnaire("citizens-satisfaction");
    CHECK(f.project->surveys().empty());
    Survey later = generated_survey(*q, f.cycle, "2026-09-15", 40);
    Survey earlier = generated_survey(*q, f.cycle, "2024-02-29", 12);
    earlier.title = "Gyventojų apklausa 2024";
    earlier.encoding = "windows-1257";
    const Id later_id = f.project->add_survey(later);
    const Id earlier_id = f.project->add_survey(earlier);
    f.reopen(Project::Mode::read_only);
    const auto surveys = f.project->surveys();
    REQUIRE(surveys.size() == 2);
    CHECK(surveys[0].id == earlier_id);  // by date, not by import
    CHECK(surveys[1].id == later_id);
    CHECK(surveys[0].title == "Gyventojų apklausa 2024");
    CHECK(surveys[0].encoding == "windows-1257");
    CHECK(surveys[1].imported_at.size() == 20);
    CHECK(surveys[1].questionnaire_xml == q->source_text);
    CHECK(surveys[1].mapping == later.mapping);
    CHECK(surveys[1].responses == later.responses);
    // The generated answers hold every kind: a value, "don't know" and none.
    const auto& last = surveys[1].responses[4].answers.back();
    CHECK(last.kind == SurveyAnswer::Kind::dont_know);
    CHECK(surveys[1].responses[6].answers.back().kind == SurveyAnswer::Kind::none);
}

TEST_CASE("A survey that does not fit its questionnaire or the project is refused and nothing is kept",
          "[survey][store]") {
    ProjectFixture f;
    const auto q = bundled_questionnaire("citizens-satisfaction");
    const Survey good = generated_survey(*q, f.cycle, "2026-09-15", 10);
    const auto refused = [&](const Survey& s, const std::string& part) {
        try {
            f.project->add_survey(s);
            FAIL("accepted");
        } catch (const InvalidEdit& e) {
            CHECK_THAT(e.what(), Catch::Contains(part));
        }
        CHECK(f.project->surveys().empty());
    };
    Survey s = good;
    s.responses[3].answers[0] = SurveyAnswer::of(q->scale.max + 1);
    refused(s, "the response from line 5: " + std::to_string(q->scale.max + 1) + " is not on the scale");
    s = good;
    s.responses[2].answers.pop_back();
    refused(s, "the response from line 4 has");
    s = good;
    s.conducted_on = "2026-02-30";
    refused(s, "is not a date");
    s = good;
    s.title.clear();
    refused(s, "no title");
    s = good;
    s.responses.clear();
    refused(s, "no responses");
    s = good;
    s.mapping.push_back({99, "extra", "no-such-item", SurveyColumn::Role::answer});
    refused(s, "no-such-item");
    s = good;
    s.questionnaire_xml = "<questionnaire>";
    refused(s, "cannot be read");
    s = good;
    s.cycle_id = 999;
    CHECK_THROWS_AS(f.project->add_survey(s), InvalidEdit);
    CHECK(f.project->surveys().empty());
}

TEST_CASE("Surveys are removed, renamed and restored", "[survey][store]") {
    ProjectFixture f;
    const auto q = bundled_questionnaire("staff-satisfaction");
    const Id a = f.project->add_survey(generated_survey(*q, f.cycle, "2025-01-10", 5));
    const Id b = f.project->add_survey(generated_survey(*q, f.cycle, "2026-01-10", 6));
    f.project->rename_survey(a, "Staff 2025", "2025-01-12");
    CHECK_THROWS_AS(f.project->rename_survey(a, "", "2025-01-12"), InvalidEdit);
    CHECK_THROWS_AS(f.project->rename_survey(a, "Staff", "12.01.2025"), InvalidEdit);
    auto list = f.project->surveys();
    CHECK(list[0].title == "Staff 2025");
    CHECK(list[0].conducted_on == "2025-01-12");
    f.project->remove_survey(b);
    CHECK_THROWS_AS(f.project->remove_survey(b), InvalidEdit);
    REQUIRE(f.project->surveys().size() == 1);
    f.project->restore_surveys(list);
    const auto restored = f.project->surveys();
    REQUIRE(restored.size() == 2);
    CHECK(restored[1].id == b);
    CHECK(restored[1].responses == list[1].responses);
    SQLite::Database db(f.path, SQLite::OPEN_READONLY);
    f.project->remove_survey(a);
    CHECK(db.execAndGet("SELECT count(*) FROM survey_response WHERE survey_id = " + std::to_string(a)).getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM survey_column WHERE survey_id = " + std::to_string(a)).getInt() == 0);
}

TEST_CASE("A response changed outside Assessa is reported as damage", "[survey][store]") {
    ProjectFixture f;
    const auto q = bundled_questionnaire("staff-satisfaction");
    f.project->add_survey(generated_survey(*q, f.cycle, "2026-01-10", 3));
    f.project.reset();
    {
        SQLite::Database db(f.path, SQLite::OPEN_READWRITE);
        db.exec("UPDATE survey_response SET answers = '5,x,3' WHERE position = 1");
    }
    f.reopen(Project::Mode::read_only);
    try {
        (void)f.project->surveys();
        FAIL("read");
    } catch (const ProjectError& e) {
        CHECK(e.kind() == ProjectError::Kind::damaged);
        CHECK_THAT(e.what(), Catch::Contains("damaged"));
    }
}

TEST_CASE("A project file of version 12 is migrated with no surveys", "[survey][store][migration]") {
    TempDir d;
    const std::string path = d.file("old.assessa");
    std::filesystem::copy_file(data_dir() + "/project-v1.assessa", path);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        store::migrate(db, 1, 12);
        CHECK_FALSE(db.tableExists("survey"));
    }
    auto p = Project::open(path);
    CHECK(p->surveys().empty());
    const auto q = bundled_questionnaire("staff-satisfaction");
    p->add_survey(generated_survey(*q, p->current_cycle().id, "2026-01-10", 4));
    p.reset();
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Project::schema_version);
    CHECK(db.execAndGet("SELECT count(*) FROM survey_response").getInt() == 4);
}

TEST_CASE("Importing and removing a survey are undone and redone with the survey's id", "[survey][store]") {
    ProjectFixture f;
    EditHistory history(*f.project);
    const auto q = bundled_questionnaire("staff-satisfaction");
    history.perform(edit_add_survey(generated_survey(*q, f.cycle, "2026-01-10", 4)));
    const Id id = f.project->surveys().at(0).id;
    history.undo();
    CHECK(f.project->surveys().empty());
    history.redo();
    REQUIRE(f.project->surveys().size() == 1);
    CHECK(f.project->surveys()[0].id == id);
    history.perform(edit_remove_survey(*f.project, id));
    CHECK(f.project->surveys().empty());
    history.undo();
    REQUIRE(f.project->surveys().size() == 1);
    CHECK(f.project->surveys()[0].responses.size() == 4);
}

TEST_CASE("A survey is evidence for its subcriterion, with the trend since the previous one, and a weak item "
          "becomes an agreed area for improvement",
          "[survey][evidence]") {
    ProjectFixture f("caf-2020");
    const auto q = bundled_questionnaire("citizens-satisfaction");
    REQUIRE(q->framework == "caf-2020");
    REQUIRE(q->evidence_for == "6.1");
    const Cycle first = f.project->current_cycle();
    Survey before = generated_survey(*q, first.id, "2024-03-01", 30);
    for (auto& r : before.responses)  // everyone one point lower where they could be
        for (auto& a : r.answers)
            if (a.has_value() && a.value > q->scale.min) --a.value;
    f.project->add_survey(before);
    const Id second = f.project->add_cycle("2028", "caf-2020", "classical", {}, "");
    f.project->add_survey(generated_survey(*q, second, "2026-03-01", 30));

    const auto evidence = survey_evidence(*f.project, second);
    REQUIRE(evidence.size() == 1);
    CHECK(evidence_for_node(evidence, "caf-2020", "6.1").size() == 1);
    CHECK(evidence_for_node(evidence, "caf-2020", "7.1").empty());
    CHECK(evidence_for_node(evidence, "other", "6.1").empty());
    const SurveyEvidence& e = evidence[0];
    REQUIRE(e.trend.points.size() == 2);
    REQUIRE(e.trend.change);
    CHECK(*e.trend.change > 0);
    REQUIRE(e.previous);
    REQUIRE(e.statistics.index);
    CHECK(*e.statistics.index == Approx(*e.trend.points[1].index));

    const auto weakest = weakest_items(e.statistics, 1);
    REQUIRE(weakest.size() == 1);
    const std::string text = survey_afi_text(e, weakest[0].item_id, Translator::for_language("en"));
    CHECK_THAT(text, Catch::Contains("of 100"));
    CHECK_THAT(text, Catch::Contains(q->item(weakest[0].item_id)->text.get("en")));
    EditHistory history(*f.project);
    history.perform(edit_raise_survey_afi(e, second, weakest[0].item_id, Translator::for_language("en")));
    const auto agreed = f.project->consensus(second, "6.1");
    REQUIRE(agreed.items_of(NoteKind::afi).size() == 1);
    CHECK(agreed.items_of(NoteKind::afi)[0]->text == text);
    history.undo();
    CHECK(f.project->consensus(second, "6.1").items_of(NoteKind::afi).empty());
}
