// Benchlearning comparison sets kept in the project (docs/benchlearning.md, "Comparison statistics").

#include "i18n/translator.hpp"
#include "model/bench_set_check.hpp"
#include "model/project_impl.hpp"

#include <set>

namespace assessa {

namespace {

Id insert_set(SQLite::Database& db, const StoredBenchSet& stored, bool with_id) {
    const BenchSet& set = stored.set;
    SQLite::Statement ins(db, with_id ? "INSERT INTO bench_set (source_name, imported_at, framework_id, framework_version, "
                                        "method_id, merged_at, id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                      : "INSERT INTO bench_set (source_name, imported_at, framework_id, framework_version, "
                                        "method_id, merged_at) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, stored.source_name);
    ins.bind(2, stored.imported_at);
    ins.bind(3, set.framework_id);
    ins.bind(4, set.framework_version);
    ins.bind(5, set.method_id);
    ins.bind(6, set.merged_at);
    if (with_id) ins.bind(7, stored.id);
    ins.exec();
    const Id set_id = db.getLastInsertRowid();
    SQLite::Statement sub(db, "INSERT INTO bench_submission (set_id, position, submission_id, written_at, institution_type, "
                              "size_band, region, framework_id, framework_version, method_id, cycle_label, year, members, "
                              "consensus_complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement sc(db, "INSERT INTO bench_score (set_id, submission_position, position, level, code, score) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < set.submissions.size(); ++i) {
        const auto& s = set.submissions[i];
        const int pos = static_cast<int>(i);
        sub.bind(1, set_id);
        sub.bind(2, pos);
        sub.bind(3, s.submission_id);
        sub.bind(4, s.written_at);
        sub.bind(5, std::string(to_string(s.profile.type)));
        sub.bind(6, std::string(to_string(s.profile.size)));
        sub.bind(7, s.profile.region);
        sub.bind(8, s.framework_id);
        sub.bind(9, s.framework_version);
        sub.bind(10, s.method_id);
        sub.bind(11, s.cycle_label);
        sub.bind(12, s.year);
        sub.bind(13, s.members);
        sub.bind(14, s.consensus_complete ? 1 : 0);
        sub.exec();
        sub.reset();
        for (std::size_t j = 0; j < s.scores.size(); ++j) {
            sc.bind(1, set_id);
            sc.bind(2, pos);
            sc.bind(3, static_cast<int>(j));
            sc.bind(4, std::string(to_string(s.scores[j].level)));
            sc.bind(5, s.scores[j].code);
            sc.bind(6, s.scores[j].score);
            sc.exec();
            sc.reset();
        }
    }
    return set_id;
}

// A value the store wrote from the same lists; anything else means the file was changed outside
// Assessa.
template <class T>
T parsed(std::optional<T> value, const std::string& text, const std::string& path) {
    if (!value)
        throw ProjectError(ProjectError::Kind::damaged,
                           trf("{}: the project file is damaged: a comparison set holds the unknown value \"{}\"", path, text));
    return *value;
}

}  // namespace

std::vector<StoredBenchSet> Project::bench_sets() const {
    auto& db = *impl_->db;
    std::vector<StoredBenchSet> sets;
    SQLite::Statement q(db, "SELECT id, source_name, imported_at, framework_id, framework_version, method_id, merged_at "
                            "FROM bench_set ORDER BY imported_at, id");
    while (q.executeStep()) {
        StoredBenchSet s;
        s.id = q.getColumn(0).getInt64();
        s.source_name = q.getColumn(1).getString();
        s.imported_at = q.getColumn(2).getString();
        s.set.framework_id = q.getColumn(3).getString();
        s.set.framework_version = q.getColumn(4).getString();
        s.set.method_id = q.getColumn(5).getString();
        s.set.merged_at = q.getColumn(6).getString();
        sets.push_back(std::move(s));
    }
    SQLite::Statement subs(db, "SELECT submission_id, written_at, institution_type, size_band, region, framework_id, "
                               "framework_version, method_id, cycle_label, year, members, consensus_complete "
                               "FROM bench_submission WHERE set_id = ? ORDER BY position");
    SQLite::Statement scores(db, "SELECT submission_position, level, code, score FROM bench_score WHERE set_id = ? "
                                 "ORDER BY submission_position, position");
    for (auto& s : sets) {
        subs.bind(1, s.id);
        while (subs.executeStep()) {
            BenchSubmission b;
            b.submission_id = subs.getColumn(0).getString();
            b.written_at = subs.getColumn(1).getString();
            const std::string type = subs.getColumn(2).getString(), size = subs.getColumn(3).getString();
            b.profile.type = parsed(institution_type_from_string(type), type, impl_->path);
            b.profile.size = parsed(size_band_from_string(size), size, impl_->path);
            b.profile.region = subs.getColumn(4).getString();
            b.framework_id = subs.getColumn(5).getString();
            b.framework_version = subs.getColumn(6).getString();
            b.method_id = subs.getColumn(7).getString();
            b.cycle_label = subs.getColumn(8).getString();
            b.year = subs.getColumn(9).getInt();
            b.members = subs.getColumn(10).getInt();
            b.consensus_complete = subs.getColumn(11).getInt() != 0;
            s.set.submissions.push_back(std::move(b));
        }
        subs.reset();
        scores.bind(1, s.id);
        while (scores.executeStep()) {
            const auto at = static_cast<std::size_t>(scores.getColumn(0).getInt());
            if (at >= s.set.submissions.size())
                throw ProjectError(ProjectError::Kind::damaged,
                                   trf("{}: the project file is damaged: a comparison set's score belongs to no submission",
                                       impl_->path));
            const std::string level = scores.getColumn(1).getString();
            s.set.submissions[at].scores.push_back(
                {parsed(bench_level_from_string(level), level, impl_->path), scores.getColumn(2).getString(),
                 scores.getColumn(3).getDouble()});
        }
        scores.reset();
    }
    return sets;
}

Id Project::import_bench_set(const BenchSet& set, const std::string& source_name) {
    const auto problems = bench_set_problems(set, impl_->find_framework(set.framework_id, set.framework_version).get());
    if (!problems.empty()) {
        std::string message = trf("{}: the comparison set cannot be imported:", source_name);
        for (const auto& p : problems) (message += "\n") += p;
        throw InvalidEdit(message);
    }
    return impl_->write([&] {
        return insert_set(*impl_->db, StoredBenchSet{0, source_name, now_utc(), set}, false);
    });
}

void Project::remove_bench_set(Id id) {
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM bench_set WHERE id = ?");
        q.bind(1, id);
        if (q.exec() == 0) throw InvalidEdit(trf("no comparison set with id {}", id));
    });
}

void Project::restore_bench_sets(const std::vector<StoredBenchSet>& sets) {
    std::set<Id> ids;
    for (const auto& s : sets) {
        if (!ids.insert(s.id).second || s.id <= 0) throw InvalidEdit(trf("comparison set id {} is not usable", s.id));
        const auto problems = bench_set_problems(s.set, impl_->find_framework(s.set.framework_id, s.set.framework_version).get());
        if (!problems.empty()) throw InvalidEdit(s.source_name + ": " + problems.front());
    }
    impl_->write([&] {
        impl_->db->exec("DELETE FROM bench_set");
        for (const auto& s : sets) insert_set(*impl_->db, s, true);
    });
}

}  // namespace assessa
