// Perception surveys kept in the project (docs/surveys.md).

#include "frameworks/questionnaire_loader.hpp"
#include "i18n/translator.hpp"
#include "model/project_impl.hpp"
#include "model/survey_check.hpp"

#include <set>

namespace assessa {

namespace {

Id insert_survey(SQLite::Database& db, const Survey& s, bool with_id) {
    SQLite::Statement ins(db, with_id ? "INSERT INTO survey (cycle_id, questionnaire_id, questionnaire_version, "
                                        "questionnaire_xml, title, conducted_on, source_name, encoding, imported_at, id) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                      : "INSERT INTO survey (cycle_id, questionnaire_id, questionnaire_version, "
                                        "questionnaire_xml, title, conducted_on, source_name, encoding, imported_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, s.cycle_id);
    ins.bind(2, s.questionnaire_id);
    ins.bind(3, s.questionnaire_version);
    ins.bind(4, s.questionnaire_xml);
    ins.bind(5, s.title);
    ins.bind(6, s.conducted_on);
    ins.bind(7, s.source_name);
    ins.bind(8, s.encoding);
    ins.bind(9, s.imported_at.empty() ? now_utc() : s.imported_at);
    if (with_id) ins.bind(10, s.id);
    ins.exec();
    const Id id = db.getLastInsertRowid();
    SQLite::Statement col(db, "INSERT INTO survey_column (survey_id, position, column_index, header, item_id, role) "
                              "VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < s.mapping.size(); ++i) {
        const auto& c = s.mapping[i];
        col.bind(1, id);
        col.bind(2, static_cast<int>(i));
        col.bind(3, c.column);
        col.bind(4, c.header);
        col.bind(5, c.item_id);
        col.bind(6, std::string(to_string(c.role)));
        col.exec();
        col.reset();
    }
    SQLite::Statement resp(db, "INSERT INTO survey_response (survey_id, position, line, answers, importance) "
                               "VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < s.responses.size(); ++i) {
        const auto& r = s.responses[i];
        resp.bind(1, id);
        resp.bind(2, static_cast<int>(i));
        resp.bind(3, r.line);
        resp.bind(4, encoded_survey_answers(r.answers));
        resp.bind(5, encoded_survey_answers(r.importance));
        resp.exec();
        resp.reset();
    }
    return id;
}

}  // namespace

std::vector<Survey> Project::surveys() const {
    auto& db = *impl_->db;
    std::vector<Survey> list;
    SQLite::Statement q(db, "SELECT id, cycle_id, questionnaire_id, questionnaire_version, questionnaire_xml, title, "
                            "conducted_on, source_name, encoding, imported_at FROM survey ORDER BY conducted_on, id");
    while (q.executeStep()) {
        Survey s;
        s.id = q.getColumn(0).getInt64();
        s.cycle_id = q.getColumn(1).getInt64();
        s.questionnaire_id = q.getColumn(2).getString();
        s.questionnaire_version = q.getColumn(3).getString();
        s.questionnaire_xml = q.getColumn(4).getString();
        s.title = q.getColumn(5).getString();
        s.conducted_on = q.getColumn(6).getString();
        s.source_name = q.getColumn(7).getString();
        s.encoding = q.getColumn(8).getString();
        s.imported_at = q.getColumn(9).getString();
        list.push_back(std::move(s));
    }
    SQLite::Statement cols(db, "SELECT column_index, header, item_id, role FROM survey_column WHERE survey_id = ? "
                               "ORDER BY position");
    SQLite::Statement resps(db, "SELECT line, answers, importance FROM survey_response WHERE survey_id = ? "
                                "ORDER BY position");
    const auto damaged = [&](const Survey& s) {
        return ProjectError(ProjectError::Kind::damaged,
                            trf("{}: the project file is damaged: the survey \"{}\" holds a response Assessa "
                                "did not write", impl_->path, s.title));
    };
    for (auto& s : list) {
        cols.bind(1, s.id);
        while (cols.executeStep()) {
            const auto role = survey_column_role_from_string(cols.getColumn(3).getString());
            if (!role) throw damaged(s);
            s.mapping.push_back({cols.getColumn(0).getInt(), cols.getColumn(1).getString(), cols.getColumn(2).getString(), *role});
        }
        cols.reset();
        resps.bind(1, s.id);
        while (resps.executeStep()) {
            SurveyResponse r;
            r.line = resps.getColumn(0).getInt();
            auto answers = decoded_survey_answers(resps.getColumn(1).getString());
            auto importance = decoded_survey_answers(resps.getColumn(2).getString());
            if (!answers || !importance) throw damaged(s);
            r.answers = std::move(*answers);
            r.importance = std::move(*importance);
            s.responses.push_back(std::move(r));
        }
        resps.reset();
    }
    return list;
}

namespace {

// The questionnaire a survey carries, and the survey checked against it.
void check_survey(const Survey& s) {
    const auto loaded = parse_questionnaire(s.title, s.questionnaire_xml);
    if (!loaded.ok()) {
        std::string message = trf("the questionnaire kept with the survey \"{}\" cannot be read:", s.title);
        for (const auto& d : loaded.errors) (message += "\n") += d.to_string();
        throw InvalidEdit(message);
    }
    const auto problems = survey_problems(s, *loaded.value);
    if (!problems.empty()) {
        std::string message = trf("the survey \"{}\" cannot be kept:", s.title);
        for (const auto& p : problems) (message += "\n") += p;
        throw InvalidEdit(message);
    }
}

}  // namespace

Id Project::add_survey(const Survey& s) {
    impl_->require_writable();
    impl_->load_cycle(s.cycle_id);  // throws for an unknown cycle
    check_survey(s);
    return impl_->write([&] {
        return insert_survey(*impl_->db, s, s.id != 0);
    });
}

void Project::remove_survey(Id id) {
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM survey WHERE id = ?");
        q.bind(1, id);
        if (q.exec() == 0) throw InvalidEdit(trf("no survey with id {}", id));
    });
}

void Project::rename_survey(Id id, const std::string& title, const std::string& conducted_on) {
    if (title.empty()) throw InvalidEdit(tr("the survey has no title"));
    if (!is_iso_date(conducted_on))
        throw InvalidEdit(trf("the survey date \"{}\" is not a date (YYYY-MM-DD)", conducted_on));
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE survey SET title = ?, conducted_on = ? WHERE id = ?");
        q.bind(1, title);
        q.bind(2, conducted_on);
        q.bind(3, id);
        if (q.exec() == 0) throw InvalidEdit(trf("no survey with id {}", id));
    });
}

void Project::restore_surveys(const std::vector<Survey>& list) {
    std::set<Id> ids;
    for (const auto& s : list) {
        if (s.id < 0 || (s.id > 0 && !ids.insert(s.id).second)) throw InvalidEdit(trf("survey id {} is not usable", s.id));
        impl_->load_cycle(s.cycle_id);
        check_survey(s);
    }
    impl_->write([&] {
        impl_->db->exec("DELETE FROM survey");
        for (const auto& s : list)
            if (s.id > 0) insert_survey(*impl_->db, s, true);
        for (const auto& s : list)
            if (s.id == 0) insert_survey(*impl_->db, s, false);
    });
}

}  // namespace assessa
