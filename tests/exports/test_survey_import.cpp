#include <catch2/catch.hpp>

#include "exports/exchange_format.hpp"
#include "exports/survey_import.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/surveys.hpp"
#include "tests/support/test_support.hpp"

#include <fstream>

using namespace assessa;
using namespace assessa::test;

namespace {

void write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// A header of the items' Lithuanian texts (as an online form exports them) after a timestamp
// column, and `rows` rows of answers separated by ';'.
std::string lithuanian_csv(const Questionnaire& q, const std::vector<std::vector<std::string>>& rows) {
    std::string text = "\"Laiko žyma\"";
    for (const auto& item : q.items) text.append(";\"").append(item.text.get("lt")).append("\"");
    if (q.importance == Questionnaire::Importance::asked)
        for (std::size_t i = 0; i < q.items.size(); ++i) text.append(";");
    text += "\r\n";
    for (const auto& row : rows) {
        text += "2026-09-01 10:00";
        for (const auto& cell : row) text.append(";").append(cell);
        text += "\r\n";
    }
    return text;
}

std::vector<std::string> answers(const Questionnaire& q, int first) {
    std::vector<std::string> row;
    for (std::size_t i = 0; i < q.items.size(); ++i)
        row.push_back(std::to_string(q.scale.min + (first + static_cast<int>(i)) % (q.scale.max - q.scale.min + 1)));
    return row;
}

}  // namespace

TEST_CASE("Survey responses are imported from a form's CSV with the columns found from the header texts",
          "[survey][import]") {
    ProjectFixture f;
    const auto q = bundled_questionnaire("staff-satisfaction");
    write(f.dir.file("apklausa.csv"), lithuanian_csv(*q, {answers(*q, 0), answers(*q, 1), answers(*q, 2)}));
    SurveyImportRequest r;
    r.csv_path = f.dir.file("apklausa.csv");
    r.questionnaire = q;
    r.cycle_id = f.cycle;
    r.conducted_on = "2026-09-30";
    r.language = "en";
    const auto result = import_survey(*f.project, r);
    INFO(to_string(result.preview.errors));
    REQUIRE(result.survey_id);
    const auto surveys = f.project->surveys();
    REQUIRE(surveys.size() == 1);
    const Survey& s = surveys[0];
    CHECK(s.title == q->title.get("en") + " 2026");
    CHECK(s.source_name == "apklausa.csv");
    CHECK(s.encoding == "utf-8");
    REQUIRE(s.mapping.size() == q->items.size());
    CHECK(s.mapping[0].column == 1);  // the timestamp is left out
    CHECK(s.mapping[0].item_id == q->items[0].id);
    REQUIRE(s.responses.size() == 3);
    CHECK(s.responses[1].line == 3);
    CHECK(s.responses[1].answers[0] == SurveyAnswer::of(q->scale.min + 1));
}

TEST_CASE("A CSV with a bad row is refused with the line and nothing is imported", "[survey][import]") {
    ProjectFixture f;
    const auto q = bundled_questionnaire("staff-satisfaction");
    auto bad = answers(*q, 3);
    bad[2] = "septyni";
    write(f.dir.file("bad.csv"), lithuanian_csv(*q, {answers(*q, 0), answers(*q, 1), bad, answers(*q, 2)}));
    SurveyImportRequest r;
    r.csv_path = f.dir.file("bad.csv");
    r.questionnaire = q;
    r.cycle_id = f.cycle;
    const auto result = import_survey(*f.project, r);
    CHECK_FALSE(result.survey_id);
    REQUIRE_FALSE(result.preview.errors.empty());
    CHECK(result.preview.errors[0].line == 4);
    CHECK_THAT(to_string(result.preview.errors), Catch::Contains("septyni"));
    CHECK(f.project->surveys().empty());
}

TEST_CASE("A mapping file names columns by number or header and marks importance columns", "[survey][import]") {
    TempDir d;
    const std::vector<std::string> header{"Time", "Q1", "How important is Q1?"};
    write(d.file("map.csv"), "2,q1\n\"How important is Q1?\",importance:q1\n");
    auto read = read_survey_mapping_file(d.file("map.csv"), header);
    INFO(to_string(read.errors));
    REQUIRE(read.mapping);
    REQUIRE(read.mapping->size() == 2);
    CHECK((*read.mapping)[0] == SurveyColumn{1, "Q1", "q1", SurveyColumn::Role::answer});
    CHECK((*read.mapping)[1] == SurveyColumn{2, "How important is Q1?", "q1", SurveyColumn::Role::importance});

    write(d.file("bad-map.csv"), "2,q1\n9,q2\nQ3\n");
    read = read_survey_mapping_file(d.file("bad-map.csv"), header);
    CHECK_FALSE(read.mapping);
    REQUIRE(read.errors.size() == 2);
    CHECK(read.errors[0].line == 2);
    CHECK_THAT(read.errors[0].message, Catch::Contains("no column \"9\""));
    CHECK(read.errors[1].line == 3);
}

TEST_CASE("A project's surveys come back intact through an exchange file, and a broken survey element is refused",
          "[survey][exchange]") {
    TempDir d;
    const FrameworkLibrary library = FrameworkLibrary::load_default();
    auto a = Project::create(d.file("a.assessa"), library, {"caf-2020", "classical", "2026", {}});
    const auto citizens = bundled_questionnaire("citizens-satisfaction");
    Survey s = generated_survey(*citizens, a->current_cycle().id, "2026-09-15", 25);
    s.title = "Gyventojų apklausa <2026> & \"kita\"";
    a->add_survey(s);
    a->add_survey(generated_survey(*bundled_questionnaire("staff-satisfaction"), a->current_cycle().id, "2026-09-30", 7));
    const auto surveys = a->surveys();
    export_exchange(*a, d.file("a.xml"));
    const std::string first = read_file(d.file("a.xml"));

    auto copy = create_project_from_exchange(d.file("copy.assessa"), library, d.file("a.xml"));
    INFO(to_string(copy.errors));
    REQUIRE(copy.ok());
    CHECK(copy.report.surveys == 2);
    CHECK(copy.project->surveys() == surveys);
    CHECK(export_exchange_text(*copy.project) == first);

    std::string broken = first;
    const auto at = broken.find("answers=\"");
    REQUIRE(at != std::string::npos);
    broken.replace(at, 10, "answers=\"x");
    write(d.file("broken.xml"), broken);
    auto b = Project::create(d.file("b.assessa"), library, {"caf-2020", "classical", "2026", {}});
    const auto result = import_exchange(*b, d.file("broken.xml"));
    CHECK_FALSE(result.ok());
    CHECK_THAT(to_string(result.errors), Catch::Contains("broken.xml:"));
    CHECK_THAT(to_string(result.errors), Catch::Contains("not a list of answers"));
    CHECK(b->surveys().empty());
}
