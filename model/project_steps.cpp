// The store's part of the CAF ten steps: each cycle's step records and its progress reviews.
#include "model/cycle_steps_check.hpp"
#include "model/project_impl.hpp"

#include <algorithm>
#include <map>

namespace assessa {

namespace {

InvalidEdit refused(const std::vector<std::string>& problems) {
    std::string message;
    for (const auto& p : problems) message.append(message.empty() ? "" : "\n").append(p);
    return InvalidEdit(message);
}

void delete_where_cycle(SQLite::Database& db, const char* table, Id cycle_id) {
    SQLite::Statement q(db, std::string("DELETE FROM ").append(table).append(" WHERE cycle_id = ?"));
    q.bind(1, cycle_id);
    q.exec();
}

// Rows of `table` of the cycle whose ids are not in `keep` are deleted; the others are rewritten
// by the caller with INSERT OR REPLACE, so that links to a kept row (actions naming an objective)
// stay.
void delete_other_rows(SQLite::Database& db, const char* table, Id cycle_id, const std::vector<Id>& keep) {
    std::vector<Id> existing;
    SQLite::Statement q(db, std::string("SELECT id FROM ").append(table).append(" WHERE cycle_id = ?"));
    q.bind(1, cycle_id);
    while (q.executeStep()) existing.push_back(q.getColumn(0).getInt64());
    SQLite::Statement del(db, std::string("DELETE FROM ").append(table).append(" WHERE id = ?"));
    for (Id id : existing)
        if (std::find(keep.begin(), keep.end(), id) == keep.end()) {
            del.bind(1, id);
            del.exec();
            del.reset();
        }
}

// An id of another cycle's row (or of no row) cannot be kept by this one: it gets a new id.
bool owned_by(SQLite::Database& db, const char* table, Id id, Id cycle_id) {
    if (id <= 0) return false;
    SQLite::Statement q(db, std::string("SELECT cycle_id FROM ").append(table).append(" WHERE id = ?"));
    q.bind(1, id);
    return q.executeStep() && q.getColumn(0).getInt64() == cycle_id;
}

bool id_taken(SQLite::Database& db, const char* table, Id id) {
    SQLite::Statement q(db, std::string("SELECT 1 FROM ").append(table).append(" WHERE id = ?"));
    q.bind(1, id);
    return q.executeStep();
}

template <class T>
std::vector<Id> kept_ids(SQLite::Database& db, const char* table, Id cycle_id, const std::vector<T>& rows) {
    std::vector<Id> keep;
    for (const auto& r : rows)
        if (owned_by(db, table, r.id, cycle_id)) keep.push_back(r.id);
    return keep;
}

// The id a row is written with: its own when the cycle had it, or one that is free (restoring
// an export into an empty file), else a new one.
void bind_row_id(SQLite::Database& db, SQLite::Statement& q, int index, const char* table, Id id, Id cycle_id) {
    if (id > 0 && (owned_by(db, table, id, cycle_id) || !id_taken(db, table, id))) q.bind(index, id);
    else q.bind(index);
}

void write_steps(SQLite::Database& db, Id cycle_id, const std::vector<StepRecord>& steps) {
    delete_where_cycle(db, "cycle_step", cycle_id);
    SQLite::Statement q(db, "INSERT INTO cycle_step (cycle_id, step, status, started_on, done_on, responsible, notes) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& r : steps) {
        if (r.empty()) continue;
        q.bind(1, cycle_id);
        q.bind(2, r.step);
        if (r.status) q.bind(3, std::string(to_string(*r.status)));
        else q.bind(3);
        q.bind(4, r.started_on);
        q.bind(5, r.done_on);
        q.bind(6, r.responsible);
        q.bind(7, r.notes);
        q.exec();
        q.reset();
    }
}

void write_record(SQLite::Database& db, Id cycle_id, const CycleSteps& s) {
    SQLite::Statement q(db, "INSERT OR REPLACE INTO cycle_steps_record (cycle_id, decided_on, decided_by, scope, objective, "
                            "process_leader, resources, results_communicated_on, results_how, next_planned_on, next_scope) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, cycle_id);
    q.bind(2, s.decision.decided_on);
    q.bind(3, s.decision.decided_by);
    q.bind(4, std::string(to_string(s.decision.scope)));
    q.bind(5, s.decision.objective);
    q.bind(6, s.decision.process_leader);
    q.bind(7, s.decision.resources);
    q.bind(8, s.results.communicated_on);
    q.bind(9, s.results.how);
    q.bind(10, s.next.planned_on);
    q.bind(11, s.next.scope);
    q.exec();
    delete_where_cycle(db, "scope_unit", cycle_id);
    SQLite::Statement unit(db, "INSERT INTO scope_unit (cycle_id, department_id) VALUES (?, ?)");
    for (Id id : s.decision.unit_ids) {
        unit.bind(1, cycle_id);
        unit.bind(2, id);
        unit.exec();
        unit.reset();
    }
}

void write_communication(SQLite::Database& db, Id cycle_id, const std::vector<CommunicationEntry>& entries) {
    delete_other_rows(db, "communication_entry", cycle_id, kept_ids(db, "communication_entry", cycle_id, entries));
    SQLite::Statement q(db, "INSERT OR REPLACE INTO communication_entry (id, cycle_id, plan, position, audience, message, "
                            "channel, planned_on, responsible, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        bind_row_id(db, q, 1, "communication_entry", e.id, cycle_id);
        q.bind(2, cycle_id);
        q.bind(3, std::string(to_string(e.plan)));
        q.bind(4, static_cast<int>(i));
        q.bind(5, e.audience);
        q.bind(6, e.message);
        q.bind(7, e.channel);
        q.bind(8, e.planned_on);
        q.bind(9, e.responsible);
        q.bind(10, e.done_on);
        q.exec();
        q.reset();
    }
}

void write_trainings(SQLite::Database& db, Id cycle_id, const std::vector<TrainingSession>& sessions) {
    delete_other_rows(db, "training_session", cycle_id, kept_ids(db, "training_session", cycle_id, sessions));
    SQLite::Statement q(db, "INSERT OR REPLACE INTO training_session (id, cycle_id, position, held_on, topic, trainer, notes) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement clear(db, "DELETE FROM training_attendee WHERE session_id = ?");
    SQLite::Statement who(db, "INSERT INTO training_attendee (session_id, member_id) VALUES (?, ?)");
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const auto& s = sessions[i];
        bind_row_id(db, q, 1, "training_session", s.id, cycle_id);
        q.bind(2, cycle_id);
        q.bind(3, static_cast<int>(i));
        q.bind(4, s.held_on);
        q.bind(5, s.topic);
        q.bind(6, s.trainer);
        q.bind(7, s.notes);
        q.exec();
        q.reset();
        const Id id = db.getLastInsertRowid();
        clear.bind(1, id);
        clear.exec();
        clear.reset();
        for (Id member : s.attendee_ids) {
            who.bind(1, id);
            who.bind(2, member);
            who.exec();
            who.reset();
        }
    }
}

void write_objectives(SQLite::Database& db, Id cycle_id, const std::vector<StrategicObjective>& objectives) {
    delete_other_rows(db, "strategic_objective", cycle_id, kept_ids(db, "strategic_objective", cycle_id, objectives));
    // Codes are unique in a cycle: kept rows are given temporary codes first so that two
    // objectives can swap theirs.
    SQLite::Statement park(db, "UPDATE strategic_objective SET code = '\x01' || id WHERE cycle_id = ?");
    park.bind(1, cycle_id);
    park.exec();
    // UPDATE for a kept row (INSERT OR REPLACE would delete it, and the actions' links with it).
    SQLite::Statement upd(db, "UPDATE strategic_objective SET position = ?, code = ?, title = ?, description = ? WHERE id = ?");
    SQLite::Statement ins(db, "INSERT INTO strategic_objective (id, cycle_id, position, code, title, description) "
                              "VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < objectives.size(); ++i) {
        const auto& o = objectives[i];
        if (owned_by(db, "strategic_objective", o.id, cycle_id)) {
            upd.bind(1, static_cast<int>(i));
            upd.bind(2, o.code);
            upd.bind(3, o.title);
            upd.bind(4, o.description);
            upd.bind(5, o.id);
            upd.exec();
            upd.reset();
            continue;
        }
        bind_row_id(db, ins, 1, "strategic_objective", o.id, cycle_id);
        ins.bind(2, cycle_id);
        ins.bind(3, static_cast<int>(i));
        ins.bind(4, o.code);
        ins.bind(5, o.title);
        ins.bind(6, o.description);
        ins.exec();
        ins.reset();
    }
}

void write_declined_ideas(SQLite::Database& db, Id cycle_id, const std::vector<DeclinedIdea>& ideas) {
    delete_other_rows(db, "declined_idea", cycle_id, kept_ids(db, "declined_idea", cycle_id, ideas));
    SQLite::Statement q(db, "INSERT OR REPLACE INTO declined_idea (id, cycle_id, position, node_code, text, reason) "
                            "VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < ideas.size(); ++i) {
        const auto& idea = ideas[i];
        bind_row_id(db, q, 1, "declined_idea", idea.id, cycle_id);
        q.bind(2, cycle_id);
        q.bind(3, static_cast<int>(i));
        q.bind(4, idea.node_code);
        q.bind(5, idea.text);
        q.bind(6, idea.reason);
        q.exec();
        q.reset();
    }
}

std::vector<ReviewedAction> load_reviewed_actions(SQLite::Database& db, Id review_id) {
    std::vector<ReviewedAction> out;
    SQLite::Statement q(db, "SELECT code, title, department, due_on, status, progress, comment, milestones, milestones_done, "
                            "indicator, target, value FROM reviewed_action WHERE review_id = ? ORDER BY position");
    q.bind(1, review_id);
    while (q.executeStep()) {
        ReviewedAction a;
        a.code = q.getColumn(0).getString();
        a.title = q.getColumn(1).getString();
        a.department = q.getColumn(2).getString();
        a.due_on = q.getColumn(3).getString();
        a.status = action_status_from_string(q.getColumn(4).getString()).value_or(ActionStatus::planned);
        a.progress = q.getColumn(5).getInt();
        a.comment = q.getColumn(6).getString();
        a.milestones = q.getColumn(7).getInt();
        a.milestones_done = q.getColumn(8).getInt();
        a.indicator = q.getColumn(9).getString();
        a.target = q.getColumn(10).getString();
        a.value = q.getColumn(11).getString();
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<ProgressReview> load_reviews(SQLite::Database& db, const char* where, Id key) {
    std::vector<ProgressReview> out;
    SQLite::Statement q(db, std::string("SELECT id, cycle_id, held_on, reviewer, conclusions FROM progress_review ")
                                .append(where)
                                .append(" ORDER BY held_on, id"));
    q.bind(1, key);
    while (q.executeStep()) {
        ProgressReview r;
        r.id = q.getColumn(0).getInt64();
        r.cycle_id = q.getColumn(1).getInt64();
        r.held_on = q.getColumn(2).getString();
        r.reviewer = q.getColumn(3).getString();
        r.conclusions = q.getColumn(4).getString();
        out.push_back(std::move(r));
    }
    for (auto& r : out) r.actions = load_reviewed_actions(db, r.id);
    return out;
}

void write_review_actions(SQLite::Database& db, Id review_id, const std::vector<ReviewedAction>& actions) {
    SQLite::Statement clear(db, "DELETE FROM reviewed_action WHERE review_id = ?");
    clear.bind(1, review_id);
    clear.exec();
    SQLite::Statement q(db, "INSERT INTO reviewed_action (review_id, position, code, title, department, due_on, status, "
                            "progress, comment, milestones, milestones_done, indicator, target, value) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const auto& a = actions[i];
        q.bind(1, review_id);
        q.bind(2, static_cast<int>(i));
        q.bind(3, a.code);
        q.bind(4, a.title);
        q.bind(5, a.department);
        q.bind(6, a.due_on);
        q.bind(7, std::string(to_string(a.status)));
        q.bind(8, a.progress);
        q.bind(9, a.comment);
        q.bind(10, a.milestones);
        q.bind(11, a.milestones_done);
        q.bind(12, a.indicator);
        q.bind(13, a.target);
        q.bind(14, a.value);
        q.exec();
        q.reset();
    }
}

Id insert_review(SQLite::Database& db, const ProgressReview& r) {
    SQLite::Statement q(db, "INSERT INTO progress_review (id, cycle_id, held_on, reviewer, conclusions) VALUES (?, ?, ?, ?, ?)");
    if (r.id > 0 && !id_taken(db, "progress_review", r.id)) q.bind(1, r.id);
    else q.bind(1);
    q.bind(2, r.cycle_id);
    q.bind(3, r.held_on);
    q.bind(4, r.reviewer);
    q.bind(5, r.conclusions);
    q.exec();
    const Id id = db.getLastInsertRowid();
    write_review_actions(db, id, r.actions);
    return id;
}

}  // namespace

CycleSteps Project::cycle_steps(Id cycle_id) const {
    auto& db = *impl_->db;
    CycleSteps s;
    SQLite::Statement steps(db, "SELECT step, status, started_on, done_on, responsible, notes FROM cycle_step "
                                "WHERE cycle_id = ? ORDER BY step");
    steps.bind(1, cycle_id);
    while (steps.executeStep()) {
        StepRecord r;
        r.step = steps.getColumn(0).getInt();
        if (!steps.getColumn(1).isNull()) r.status = step_status_from_string(steps.getColumn(1).getString());
        r.started_on = steps.getColumn(2).getString();
        r.done_on = steps.getColumn(3).getString();
        r.responsible = steps.getColumn(4).getString();
        r.notes = steps.getColumn(5).getString();
        s.steps.push_back(std::move(r));
    }
    SQLite::Statement rec(db, "SELECT decided_on, decided_by, scope, objective, process_leader, resources, "
                              "results_communicated_on, results_how, next_planned_on, next_scope "
                              "FROM cycle_steps_record WHERE cycle_id = ?");
    rec.bind(1, cycle_id);
    if (rec.executeStep()) {
        s.decision.decided_on = rec.getColumn(0).getString();
        s.decision.decided_by = rec.getColumn(1).getString();
        s.decision.scope = assessment_scope_from_string(rec.getColumn(2).getString()).value_or(AssessmentScope::whole_organisation);
        s.decision.objective = rec.getColumn(3).getString();
        s.decision.process_leader = rec.getColumn(4).getString();
        s.decision.resources = rec.getColumn(5).getString();
        s.results.communicated_on = rec.getColumn(6).getString();
        s.results.how = rec.getColumn(7).getString();
        s.next.planned_on = rec.getColumn(8).getString();
        s.next.scope = rec.getColumn(9).getString();
    }
    SQLite::Statement units(db, "SELECT scope_unit.department_id FROM scope_unit JOIN department ON department.id = "
                                "scope_unit.department_id WHERE cycle_id = ? ORDER BY department.code, department.id");
    units.bind(1, cycle_id);
    while (units.executeStep()) s.decision.unit_ids.push_back(units.getColumn(0).getInt64());

    SQLite::Statement comm(db, "SELECT id, plan, audience, message, channel, planned_on, responsible, done_on "
                               "FROM communication_entry WHERE cycle_id = ? ORDER BY position, id");
    comm.bind(1, cycle_id);
    while (comm.executeStep()) {
        CommunicationEntry e;
        e.id = comm.getColumn(0).getInt64();
        e.plan = communication_plan_from_string(comm.getColumn(1).getString()).value_or(CommunicationPlan::self_assessment);
        e.audience = comm.getColumn(2).getString();
        e.message = comm.getColumn(3).getString();
        e.channel = comm.getColumn(4).getString();
        e.planned_on = comm.getColumn(5).getString();
        e.responsible = comm.getColumn(6).getString();
        e.done_on = comm.getColumn(7).getString();
        s.communication.push_back(std::move(e));
    }
    SQLite::Statement train(db, "SELECT id, held_on, topic, trainer, notes FROM training_session WHERE cycle_id = ? "
                                "ORDER BY position, id");
    train.bind(1, cycle_id);
    while (train.executeStep()) {
        TrainingSession t;
        t.id = train.getColumn(0).getInt64();
        t.held_on = train.getColumn(1).getString();
        t.topic = train.getColumn(2).getString();
        t.trainer = train.getColumn(3).getString();
        t.notes = train.getColumn(4).getString();
        s.trainings.push_back(std::move(t));
    }
    SQLite::Statement who(db, "SELECT member_id FROM training_attendee WHERE session_id = ? ORDER BY member_id");
    for (auto& t : s.trainings) {
        who.bind(1, t.id);
        while (who.executeStep()) t.attendee_ids.push_back(who.getColumn(0).getInt64());
        who.reset();
    }
    SQLite::Statement obj(db, "SELECT id, code, title, description FROM strategic_objective WHERE cycle_id = ? "
                              "ORDER BY position, id");
    obj.bind(1, cycle_id);
    while (obj.executeStep())
        s.objectives.push_back({obj.getColumn(0).getInt64(), obj.getColumn(1).getString(), obj.getColumn(2).getString(),
                                obj.getColumn(3).getString()});
    SQLite::Statement ideas(db, "SELECT id, node_code, text, reason FROM declined_idea WHERE cycle_id = ? ORDER BY position, id");
    ideas.bind(1, cycle_id);
    while (ideas.executeStep())
        s.declined_ideas.push_back({ideas.getColumn(0).getInt64(), ideas.getColumn(1).getString(),
                                    ideas.getColumn(2).getString(), ideas.getColumn(3).getString()});
    return s;
}

void Project::set_cycle_steps(Id cycle_id, const CycleSteps& steps) {
    impl_->require_writable();
    impl_->load_cycle(cycle_id);
    if (auto problems = cycle_steps_problems(steps, cycle_members(cycle_id), departments()); !problems.empty())
        throw refused(problems);
    impl_->write([&] {
        auto& db = *impl_->db;
        write_steps(db, cycle_id, steps.steps);
        write_record(db, cycle_id, steps);
        write_communication(db, cycle_id, steps.communication);
        write_trainings(db, cycle_id, steps.trainings);
        write_objectives(db, cycle_id, steps.objectives);
        write_declined_ideas(db, cycle_id, steps.declined_ideas);
    });
}

std::vector<ProgressReview> Project::progress_reviews(Id cycle_id) const {
    return load_reviews(*impl_->db, "WHERE cycle_id = ?", cycle_id);
}

ProgressReview Project::progress_review(Id review_id) const {
    auto found = load_reviews(*impl_->db, "WHERE id = ?", review_id);
    if (found.empty()) throw InvalidEdit(trf("no progress review with id {}", review_id));
    return found.front();
}

namespace {

void check_review(const Project& project, SQLite::Database& db, const ProgressReview& r, Id self) {
    auto problems = progress_review_problems(r);
    if (!project.plan(r.cycle_id)) problems.push_back(tr("a progress review needs the cycle's improvement plan"));
    SQLite::Statement dup(db, "SELECT 1 FROM progress_review WHERE cycle_id = ? AND held_on = ? AND id != ?");
    dup.bind(1, r.cycle_id);
    dup.bind(2, r.held_on);
    dup.bind(3, self);
    if (dup.executeStep()) problems.push_back(trf("there is already a progress review on {}", r.held_on));
    if (!problems.empty()) throw refused(problems);
}

}  // namespace

Id Project::add_progress_review(const ProgressReview& review) {
    impl_->require_writable();
    impl_->load_cycle(review.cycle_id);
    check_review(*this, *impl_->db, review, 0);
    return impl_->write([&] { return insert_review(*impl_->db, review); });
}

void Project::update_progress_review(const ProgressReview& review) {
    impl_->require_writable();
    const ProgressReview before = progress_review(review.id);
    if (before.cycle_id != review.cycle_id) throw InvalidEdit(tr("a progress review cannot move to another cycle"));
    check_review(*this, *impl_->db, review, review.id);
    impl_->write([&] {
        auto& db = *impl_->db;
        SQLite::Statement q(db, "UPDATE progress_review SET held_on = ?, reviewer = ?, conclusions = ? WHERE id = ?");
        q.bind(1, review.held_on);
        q.bind(2, review.reviewer);
        q.bind(3, review.conclusions);
        q.bind(4, review.id);
        q.exec();
        write_review_actions(db, review.id, review.actions);
    });
}

void Project::remove_progress_review(Id review_id) {
    impl_->require_writable();
    progress_review(review_id);  // it must exist
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM progress_review WHERE id = ?");
        q.bind(1, review_id);
        q.exec();
    });
}

void Project::restore_progress_reviews(Id cycle_id, const std::vector<ProgressReview>& reviews) {
    impl_->require_writable();
    impl_->load_cycle(cycle_id);
    std::vector<std::string> problems;
    std::map<std::string, int> dates;
    for (const auto& r : reviews) {
        if (r.cycle_id != cycle_id) problems.push_back(trf("the progress review of {} belongs to another cycle", r.held_on));
        for (auto& p : progress_review_problems(r)) problems.push_back(std::move(p));
        if (++dates[r.held_on] == 2) problems.push_back(trf("there is already a progress review on {}", r.held_on));
    }
    if (!reviews.empty() && !plan(cycle_id)) problems.push_back(tr("a progress review needs the cycle's improvement plan"));
    if (!problems.empty()) throw refused(problems);
    impl_->write([&] {
        auto& db = *impl_->db;
        delete_where_cycle(db, "progress_review", cycle_id);
        for (const auto& r : reviews) insert_review(db, r);
    });
}

}  // namespace assessa
