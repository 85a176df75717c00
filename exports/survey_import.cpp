#include "exports/survey_import.hpp"

#include "exports/survey_csv.hpp"
#include "i18n/translator.hpp"
#include "model/calendar_date.hpp"
#include "model/project.hpp"
#include "model/survey_answers.hpp"

#include <charconv>

namespace assessa {

namespace {

std::string file_name_of(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

// The column a mapping file names: its 1-based number, else its exact header text.
std::optional<int> column_named(const std::string& name, const std::vector<std::string>& header) {
    int number = 0;
    const auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), number);
    if (ec == std::errc{} && end == name.data() + name.size())
        return number >= 1 && static_cast<std::size_t>(number) <= header.size() ? std::optional(number - 1) : std::nullopt;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (trimmed(header[i]) == name) return static_cast<int>(i);
    return std::nullopt;
}

}  // namespace

SurveyMappingFileResult read_survey_mapping_file(const std::string& path, const std::vector<std::string>& header) {
    SurveyMappingFileResult result;
    auto read = read_survey_csv_file(path);
    if (!read.table) {
        result.errors = std::move(read.errors);
        return result;
    }
    // The file's first line is a row too: a mapping file has no header of its own.
    std::vector<CsvRow> rows;
    rows.push_back({1, read.table->header, {}});
    for (auto& r : read.table->rows) rows.push_back(std::move(r));
    SurveyMapping mapping;
    for (const auto& row : rows) {
        const auto fail = [&](std::string message) { result.errors.push_back({path, row.line, 0, std::move(message)}); };
        if (row.fields.size() != 2) {
            fail(trf("a mapping line has two fields, the column and the item; this one has {}", row.fields.size()));
            continue;
        }
        const std::string column = trimmed(row.fields[0]);
        std::string item = trimmed(row.fields[1]);
        auto role = SurveyColumn::Role::answer;
        if (constexpr std::string_view prefix = "importance:"; item.rfind(prefix, 0) == 0) {
            role = SurveyColumn::Role::importance;
            item = trimmed(std::string_view(item).substr(prefix.size()));
        }
        const auto index = column_named(column, header);
        if (!index) {
            fail(trf("the survey file has no column \"{}\"", column));
            continue;
        }
        mapping.push_back({*index, header[static_cast<std::size_t>(*index)], item, role});
    }
    if (result.errors.empty()) result.mapping = std::move(mapping);
    return result;
}

SurveyImportPreview preview_survey_import(const SurveyImportRequest& request) {
    SurveyImportPreview preview;
    const std::string label = request.csv_path;
    auto read = read_survey_csv_file(request.csv_path, request.encoding, request.separator);
    if (!read.table) {
        preview.errors = std::move(read.errors);
        return preview;
    }
    preview.table = std::move(read.table);
    const CsvTable& table = *preview.table;
    const Questionnaire& q = *request.questionnaire;

    if (request.mapping) {
        preview.mapping = *request.mapping;
    } else if (!request.mapping_path.empty()) {
        auto file = read_survey_mapping_file(request.mapping_path, table.header);
        if (!file.mapping) {
            preview.errors = std::move(file.errors);
            return preview;
        }
        preview.mapping = std::move(*file.mapping);
    } else {
        preview.mapping = suggest_survey_mapping(q, table.header);
    }
    for (auto& problem : survey_mapping_problems(q, preview.mapping, table.header.size()))
        preview.errors.push_back({label, 1, 0, std::move(problem)});
    if (!preview.errors.empty()) return preview;

    auto responses = survey_responses(q, preview.mapping, table, label);
    if (!responses.ok()) {
        preview.errors = std::move(responses.rejected);
        return preview;
    }
    if (responses.responses.empty()) {
        preview.errors.push_back({label, 0, 0, tr("the file holds no responses, only a header")});
        return preview;
    }
    const std::string today = now_utc().substr(0, 10);
    Survey s;
    s.cycle_id = request.cycle_id;
    s.questionnaire_id = q.id;
    s.questionnaire_version = q.version;
    s.questionnaire_xml = q.source_text;
    s.conducted_on = request.conducted_on.empty() ? today : request.conducted_on;
    s.title = request.title.empty() ? q.title.get(request.language) + " " + s.conducted_on.substr(0, 4) : request.title;
    s.source_name = file_name_of(request.csv_path);
    s.encoding = table.encoding;
    s.mapping = preview.mapping;
    s.responses = std::move(responses.responses);
    preview.survey = std::move(s);
    return preview;
}

SurveyImportResult import_survey(Project& project, const SurveyImportRequest& request) {
    SurveyImportResult result;
    result.preview = preview_survey_import(request);
    if (!result.preview.survey) return result;
    try {
        result.survey_id = project.add_survey(*result.preview.survey);
    } catch (const std::exception& e) {
        result.preview.errors.push_back({request.csv_path, 0, 0, e.what()});
    }
    return result;
}

}  // namespace assessa
