// The improvement plan: actions, their departments, milestones and status history.

#include "i18n/translator.hpp"
#include "model/plan_rules.hpp"
#include "model/project_impl.hpp"

#include <algorithm>
#include <map>
#include <sstream>

namespace assessa {

namespace {

InvalidEdit invalid(const std::vector<std::string>& problems) {
    std::string message;
    for (const auto& p : problems) message += (message.empty() ? "" : "\n") + p;
    return InvalidEdit(message);
}

std::string join_codes(const std::vector<std::string>& codes) {
    std::string s;
    for (const auto& c : codes) s += (s.empty() ? "" : " ") + c;
    return s;
}

std::vector<std::string> split_codes(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string c; in >> c;) out.push_back(c);
    return out;
}

ImprovementPlan plan_from_row(SQLite::Statement& q) {
    ImprovementPlan p;
    p.cycle_id = q.getColumn(0).getInt64();
    p.starts_on = q.getColumn(1).getString();
    p.horizon_years = q.getColumn(2).getInt();
    p.approved = q.getColumn(3).getInt() != 0;
    p.version = q.getColumn(4).getInt();
    p.approved_by = q.getColumn(5).getString();
    p.approved_on = q.getColumn(6).getString();
    p.decision_note = q.getColumn(7).getString();
    return p;
}

constexpr const char* action_columns =
    "SELECT id, cycle_id, code, title, description, expected_result, iso_clauses, impact, feasibility, effort, cost, "
    "category_override, priority, lead_department_id, responsible, starts_on, due_on, indicator, target, status, "
    "progress, adopted_from_cycle_id, adopted_from_code, risks, resources, check_method, check_on FROM action ";

// Reads the actions selected by `where` (bound to `key`), with their lists.
std::vector<ImprovementAction> load_actions(SQLite::Database& db, const std::string& where, Id key) {
    std::vector<ImprovementAction> actions;
    std::map<Id, std::size_t> index;
    SQLite::Statement q(db, std::string(action_columns) + where + " ORDER BY priority, id");
    q.bind(1, key);
    while (q.executeStep()) {
        ImprovementAction a;
        a.id = q.getColumn(0).getInt64();
        a.code = q.getColumn(2).getString();
        a.title = q.getColumn(3).getString();
        a.description = q.getColumn(4).getString();
        a.expected_result = q.getColumn(5).getString();
        if (!q.getColumn(6).isNull()) a.iso_clauses = split_codes(q.getColumn(6).getString());
        a.impact = q.getColumn(7).getInt();
        a.feasibility = q.getColumn(8).getInt();
        a.effort = q.getColumn(9).getString();
        a.cost = q.getColumn(10).getString();
        if (!q.getColumn(11).isNull()) a.category_override = action_category_from_string(q.getColumn(11).getString());
        a.priority = q.getColumn(12).getInt();
        if (!q.getColumn(13).isNull()) a.lead_department = q.getColumn(13).getInt64();
        a.responsible = q.getColumn(14).getString();
        a.starts_on = q.getColumn(15).getString();
        a.due_on = q.getColumn(16).getString();
        a.indicator = q.getColumn(17).getString();
        a.target = q.getColumn(18).getString();
        a.status = action_status_from_string(q.getColumn(19).getString()).value_or(ActionStatus::planned);
        a.progress = q.getColumn(20).getInt();
        if (!q.getColumn(21).isNull() && !q.getColumn(22).isNull())
            a.adopted_from = ActionOrigin{q.getColumn(21).getInt64(), q.getColumn(22).getString()};
        a.risks = q.getColumn(23).getString();
        a.resources = q.getColumn(24).getString();
        a.check_method = q.getColumn(25).getString();
        a.check_on = q.getColumn(26).getString();
        index[a.id] = actions.size();
        actions.push_back(std::move(a));
    }
    if (actions.empty()) return actions;
    const std::string scope = "action_id IN (SELECT id FROM action " + where + ")";
    SQLite::Statement afi(db, "SELECT action_id, consensus_item_id FROM action_afi WHERE " + scope +
                                  " ORDER BY action_id, consensus_item_id");
    afi.bind(1, key);
    while (afi.executeStep()) actions[index.at(afi.getColumn(0).getInt64())].afi_ids.push_back(afi.getColumn(1).getInt64());
    SQLite::Statement part(db, "SELECT action_id, department_id FROM action_participant WHERE " + scope +
                                   " ORDER BY action_id, department_id");
    part.bind(1, key);
    while (part.executeStep())
        actions[index.at(part.getColumn(0).getInt64())].participating_departments.push_back(part.getColumn(1).getInt64());
    SQLite::Statement proc(db, "SELECT action_process.action_id, action_process.process_id FROM action_process "
                               "JOIN process ON process.id = action_process.process_id WHERE action_process." + scope +
                               " ORDER BY action_process.action_id, process.position, process.id");
    proc.bind(1, key);
    while (proc.executeStep())
        actions[index.at(proc.getColumn(0).getInt64())].process_ids.push_back(proc.getColumn(1).getInt64());
    SQLite::Statement objectives(db, "SELECT action_objective.action_id, action_objective.objective_id FROM action_objective "
                                     "JOIN strategic_objective ON strategic_objective.id = action_objective.objective_id "
                                     "WHERE action_objective." + scope +
                                     " ORDER BY action_objective.action_id, strategic_objective.position, strategic_objective.id");
    objectives.bind(1, key);
    while (objectives.executeStep())
        actions[index.at(objectives.getColumn(0).getInt64())].objective_ids.push_back(objectives.getColumn(1).getInt64());
    SQLite::Statement ms(db, "SELECT action_id, id, title, due_on, done FROM milestone WHERE " + scope +
                                 " ORDER BY action_id, position, id");
    ms.bind(1, key);
    while (ms.executeStep())
        actions[index.at(ms.getColumn(0).getInt64())].milestones.push_back(
            {ms.getColumn(1).getInt64(), ms.getColumn(2).getString(), ms.getColumn(3).getString(), ms.getColumn(4).getInt() != 0});
    SQLite::Statement h(db, "SELECT action_id, id, changed_on, status, progress, comment, changed_by FROM action_history "
                            "WHERE " + scope + " ORDER BY action_id, id");
    h.bind(1, key);
    while (h.executeStep())
        actions[index.at(h.getColumn(0).getInt64())].history.push_back(
            {h.getColumn(1).getInt64(), h.getColumn(2).getString(),
             action_status_from_string(h.getColumn(3).getString()).value_or(ActionStatus::planned), h.getColumn(4).getInt(),
             h.getColumn(5).getString(), h.getColumn(6).getString()});
    return actions;
}

}  // namespace

std::optional<ImprovementPlan> Project::plan(Id cycle_id) const {
    SQLite::Statement q(*impl_->db, "SELECT cycle_id, starts_on, horizon_years, approved, version, approved_by, "
                                    "approved_on, decision_note FROM plan WHERE cycle_id = ?");
    q.bind(1, cycle_id);
    if (!q.executeStep()) return std::nullopt;
    return plan_from_row(q);
}

void Project::set_plan(const ImprovementPlan& p) {
    impl_->load_cycle(p.cycle_id);
    ImprovementPlan draft = p;
    draft.approved = false;  // approval goes through approve_plan
    if (auto problems = validate_plan(draft); !problems.empty()) throw invalid(problems);
    const auto departments = this->departments();
    std::vector<std::string> problems;
    for (const auto& a : actions(p.cycle_id))
        for (auto& msg : validate_action(a, draft, departments)) problems.push_back(std::move(msg));
    if (!problems.empty()) throw invalid(problems);
    impl_->write([&] {
        auto existing = plan(p.cycle_id);
        SQLite::Statement q(*impl_->db, "INSERT INTO plan (cycle_id, starts_on, horizon_years) VALUES (?1, ?2, ?3) "
                                        "ON CONFLICT (cycle_id) DO UPDATE SET starts_on = ?2, horizon_years = ?3");
        q.bind(1, p.cycle_id);
        q.bind(2, p.starts_on);
        q.bind(3, p.horizon_years);
        q.exec();
        if (existing && existing->approved && (existing->starts_on != p.starts_on || existing->horizon_years != p.horizon_years))
            impl_->plan_changed(p.cycle_id);
    });
}

void Project::create_plan(const ImprovementPlan& p) {
    impl_->require_writable();
    const Cycle c = cycle(p.cycle_id);
    ImprovementPlan draft = p;
    draft.approved = false;
    if (auto problems = validate_plan(draft); !problems.empty()) throw invalid(problems);
    if (plan(p.cycle_id)) throw InvalidEdit(trf("cycle {} already has an improvement plan", c.label));
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "INSERT INTO plan (cycle_id, starts_on, horizon_years, approved, version, "
                                        "approved_by) VALUES (?, ?, ?, 0, 1, ?)");
        q.bind(1, p.cycle_id);
        q.bind(2, p.starts_on);
        q.bind(3, p.horizon_years);
        q.bind(4, p.approved_by);
        q.exec();
    });
}

void Project::remove_plan(Id cycle_id) {
    impl_->require_writable();
    if (!actions(cycle_id).empty()) throw InvalidEdit(tr("a plan with actions cannot be removed"));
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM plan WHERE cycle_id = ?");
        q.bind(1, cycle_id);
        q.exec();
    });
}

void Project::approve_plan(Id cycle_id, const std::string& by, const std::string& on, const std::string& note) {
    auto p = plan(cycle_id);
    if (!p) throw InvalidEdit(tr("there is no improvement plan to approve yet"));
    if (by.find_first_not_of(" \t") == std::string::npos || !is_iso_date(on))
        throw InvalidEdit(tr("an approved plan needs who approved it and the date"));
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE plan SET approved = 1, approved_by = ?, approved_on = ?, decision_note = ? "
                                        "WHERE cycle_id = ?");
        q.bind(1, by);
        q.bind(2, on);
        q.bind(3, note);
        q.bind(4, cycle_id);
        q.exec();
    });
}

void Project::Impl::plan_changed(Id cycle_id) {
    SQLite::Statement q(*db, "UPDATE plan SET approved = 0, version = version + 1 WHERE cycle_id = ? AND approved = 1");
    q.bind(1, cycle_id);
    q.exec();
}

std::vector<ImprovementAction> Project::actions(Id cycle_id) const {
    return load_actions(*impl_->db, "WHERE cycle_id = ?", cycle_id);
}

ImprovementAction Project::action(Id action_id) const {
    auto found = load_actions(*impl_->db, "WHERE id = ?", action_id);
    if (found.empty()) throw InvalidEdit(trf("no improvement action with id {}", action_id));
    return found.front();
}

namespace {

// Everything about an action that needs the rest of the project: the plan, the departments,
// the AFIs and ISO clauses it names, and a unique code.
void check_action_against(const Project& project, SQLite::Database& db, Id cycle_id, const ImprovementAction& a, Id self) {
    const auto plan = project.plan(cycle_id);
    if (!plan) throw InvalidEdit(tr("create the improvement plan (its start and horizon) before adding actions"));
    auto problems = validate_action(a, *plan, project.departments());
    SQLite::Statement dup(db, "SELECT 1 FROM action WHERE cycle_id = ? AND code = ? AND id != ?");
    dup.bind(1, cycle_id);
    dup.bind(2, a.code);
    dup.bind(3, self);
    if (dup.executeStep()) problems.push_back(trf("there is already an action {} in this plan", a.code));
    if (a.adopted_from) {
        SQLite::Statement from(db, "SELECT 1 FROM cycle WHERE id = ? AND id != ?");
        from.bind(1, a.adopted_from->cycle_id);
        from.bind(2, cycle_id);
        if (!from.executeStep() || a.adopted_from->code.empty())
            problems.push_back(trf("action {}: it can only be adopted from an action of another cycle", a.code));
    }
    for (Id afi : a.afi_ids) {
        SQLite::Statement q(db, "SELECT 1 FROM consensus_item WHERE id = ? AND cycle_id = ? AND kind = 'afi'");
        q.bind(1, afi);
        q.bind(2, cycle_id);
        if (!q.executeStep())
            problems.push_back(trf("action {}: item {} is not an agreed area for improvement of this cycle", a.code, afi));
    }
    for (Id objective : a.objective_ids) {
        SQLite::Statement q(db, "SELECT 1 FROM strategic_objective WHERE id = ? AND cycle_id = ?");
        q.bind(1, objective);
        q.bind(2, cycle_id);
        if (!q.executeStep())
            problems.push_back(trf("action {}: {} is not a strategic objective of this cycle", a.code, objective));
    }
    for (Id process : a.process_ids) {
        SQLite::Statement q(db, "SELECT 1 FROM process WHERE id = ?");
        q.bind(1, process);
        if (!q.executeStep()) problems.push_back(trf("action {}: no process with id {}", a.code, process));
    }
    if (a.iso_clauses)
        for (const auto& code : *a.iso_clauses) {
            const auto fws = project.frameworks();
            if (std::none_of(fws.begin(), fws.end(), [&](const FrameworkPtr& f) { return f->find(code) != nullptr; }))
                problems.push_back(trf("action {}: there is no clause {} in the project's frameworks", a.code, code));
        }
    if (!problems.empty()) throw invalid(problems);
}

// One row (action, linked id) per id, through `insert` with its two placeholders.
void insert_links(SQLite::Database& db, const char* insert, Id action_id, const std::vector<Id>& ids) {
    SQLite::Statement q(db, insert);
    for (Id id : ids) {
        q.bind(1, action_id);
        q.bind(2, id);
        q.exec();
        q.reset();
    }
}

void write_action_lists(SQLite::Database& db, Id action_id, const ImprovementAction& a) {
    for (const char* table : {"action_afi", "action_participant", "action_process", "action_objective", "milestone"}) {
        SQLite::Statement d(db, std::string("DELETE FROM ") + table + " WHERE action_id = ?");
        d.bind(1, action_id);
        d.exec();
    }
    insert_links(db, "INSERT OR IGNORE INTO action_afi (action_id, consensus_item_id) VALUES (?, ?)", action_id,
                 a.afi_ids);
    insert_links(db, "INSERT OR IGNORE INTO action_participant (action_id, department_id) VALUES (?, ?)", action_id,
                 a.participating_departments);
    insert_links(db, "INSERT OR IGNORE INTO action_process (action_id, process_id) VALUES (?, ?)", action_id,
                 a.process_ids);
    insert_links(db, "INSERT OR IGNORE INTO action_objective (action_id, objective_id) VALUES (?, ?)", action_id,
                 a.objective_ids);
    SQLite::Statement pdca(db, "UPDATE action SET risks = ?, resources = ?, check_method = ?, check_on = ? WHERE id = ?");
    pdca.bind(1, a.risks);
    pdca.bind(2, a.resources);
    pdca.bind(3, a.check_method);
    pdca.bind(4, a.check_on);
    pdca.bind(5, action_id);
    pdca.exec();
    SQLite::Statement ms(db, "INSERT INTO milestone (action_id, title, due_on, done, position) VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < a.milestones.size(); ++i) {
        ms.bind(1, action_id);
        ms.bind(2, a.milestones[i].title);
        ms.bind(3, a.milestones[i].due_on);
        ms.bind(4, a.milestones[i].done ? 1 : 0);
        ms.bind(5, static_cast<int>(i));
        ms.exec();
        ms.reset();
    }
}

void bind_action_fields(SQLite::Statement& q, const ImprovementAction& a) {
    q.bind(1, a.code);
    q.bind(2, a.title);
    q.bind(3, a.description);
    q.bind(4, a.expected_result);
    if (a.iso_clauses) q.bind(5, join_codes(*a.iso_clauses));
    else q.bind(5);
    q.bind(6, a.impact);
    q.bind(7, a.feasibility);
    q.bind(8, a.effort);
    q.bind(9, a.cost);
    if (a.category_override) q.bind(10, std::string(to_string(*a.category_override)));
    else q.bind(10);
    q.bind(11, *a.lead_department);
    q.bind(12, a.responsible);
    q.bind(13, a.starts_on);
    q.bind(14, a.due_on);
    q.bind(15, a.indicator);
    q.bind(16, a.target);
}

void write_history(SQLite::Database& db, Id action_id, const std::vector<StatusChange>& history) {
    SQLite::Statement h(db, "INSERT INTO action_history (action_id, changed_on, status, progress, comment, "
                            "changed_by) VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& change : history) {
        h.bind(1, action_id);
        h.bind(2, change.changed_on);
        h.bind(3, std::string(to_string(change.status)));
        h.bind(4, change.progress);
        h.bind(5, change.comment);
        h.bind(6, change.changed_by);
        h.exec();
        h.reset();
    }
}

void write_priorities(SQLite::Database& db, const std::vector<Id>& ids_in_order) {
    SQLite::Statement upd(db, "UPDATE action SET priority = ? WHERE id = ?");
    for (std::size_t i = 0; i < ids_in_order.size(); ++i) {
        upd.bind(1, static_cast<int>(i));
        upd.bind(2, ids_in_order[i]);
        upd.exec();
        upd.reset();
    }
}

void write_origin(SQLite::Database& db, Id action_id, const std::optional<ActionOrigin>& origin) {
    if (!origin) return;
    SQLite::Statement q(db, "UPDATE action SET adopted_from_cycle_id = ?, adopted_from_code = ? WHERE id = ?");
    q.bind(1, origin->cycle_id);
    q.bind(2, origin->code);
    q.bind(3, action_id);
    q.exec();
}

// An action exactly as given, with status, progress, lists and history (restoring, undoing a delete).
Id insert_whole_action(SQLite::Database& db, Id cycle_id, int priority, const ImprovementAction& a) {
    SQLite::Statement q(db, "INSERT INTO action (code, title, description, expected_result, iso_clauses, impact, "
                            "feasibility, effort, cost, category_override, lead_department_id, responsible, starts_on, "
                            "due_on, indicator, target, cycle_id, priority, status, progress) VALUES (?1, ?2, ?3, ?4, "
                            "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
    bind_action_fields(q, a);
    q.bind(17, cycle_id);
    q.bind(18, priority);
    q.bind(19, std::string(to_string(a.status)));
    q.bind(20, a.progress);
    q.exec();
    const Id id = db.getLastInsertRowid();
    write_action_lists(db, id, a);
    write_history(db, id, a.history);
    write_origin(db, id, a.adopted_from);
    return id;
}

}  // namespace

Id Project::add_action(Id cycle_id, const ImprovementAction& a) {
    impl_->require_writable();
    check_action_against(*this, *impl_->db, cycle_id, a, 0);
    return impl_->write([&] {
        auto& db = *impl_->db;
        SQLite::Statement q(db, "INSERT INTO action (code, title, description, expected_result, iso_clauses, impact, "
                                "feasibility, effort, cost, category_override, lead_department_id, responsible, starts_on, "
                                "due_on, indicator, target, cycle_id, priority) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                                "(SELECT COALESCE(MAX(priority) + 1, 0) FROM action WHERE cycle_id = ?17))");
        bind_action_fields(q, a);
        q.bind(17, cycle_id);
        q.exec();
        const Id id = db.getLastInsertRowid();
        write_action_lists(db, id, a);
        write_origin(db, id, a.adopted_from);
        SQLite::Statement h(db, "INSERT INTO action_history (action_id, changed_on, status, progress, comment) "
                                "VALUES (?, ?, 'planned', 0, ?)");
        h.bind(1, id);
        h.bind(2, now_utc().substr(0, 10));
        h.bind(3, tr("Action added to the plan"));
        h.exec();
        impl_->plan_changed(cycle_id);
        return id;
    });
}

void Project::update_action(const ImprovementAction& a) {
    impl_->require_writable();
    const Id cycle_id = impl_->cycle_of_action(a.id);
    check_action_against(*this, *impl_->db, cycle_id, a, a.id);
    impl_->write([&] {
        auto& db = *impl_->db;
        SQLite::Statement q(db, "UPDATE action SET code = ?1, title = ?2, description = ?3, expected_result = ?4, "
                                "iso_clauses = ?5, impact = ?6, feasibility = ?7, effort = ?8, cost = ?9, "
                                "category_override = ?10, lead_department_id = ?11, responsible = ?12, starts_on = ?13, "
                                "due_on = ?14, indicator = ?15, target = ?16 WHERE id = ?17");
        bind_action_fields(q, a);
        q.bind(17, a.id);
        q.exec();
        write_action_lists(db, a.id, a);
        impl_->plan_changed(cycle_id);
    });
}

void Project::remove_action(Id action_id) {
    const Id cycle_id = impl_->cycle_of_action(action_id);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM action WHERE id = ?");
        q.bind(1, action_id);
        q.exec();
        impl_->plan_changed(cycle_id);
    });
}

void Project::move_action(Id action_id, int new_index) {
    const Id cycle_id = impl_->cycle_of_action(action_id);
    impl_->write([&] {
        auto& db = *impl_->db;
        std::vector<Id> ids;
        SQLite::Statement list(db, "SELECT id FROM action WHERE cycle_id = ? ORDER BY priority, id");
        list.bind(1, cycle_id);
        while (list.executeStep()) ids.push_back(list.getColumn(0).getInt64());
        if (new_index < 0 || new_index >= static_cast<int>(ids.size()))
            throw InvalidEdit(trf("position {} is outside the list (0-{})", new_index, ids.size() - 1));
        ids.erase(std::find(ids.begin(), ids.end(), action_id));
        ids.insert(ids.begin() + new_index, action_id);
        write_priorities(db, ids);
        impl_->plan_changed(cycle_id);
    });
}

void Project::set_action_status(Id action_id, ActionStatus status, int progress, const std::string& comment,
                                const std::string& by, const std::string& on) {
    impl_->cycle_of_action(action_id);  // the action must exist
    if (progress < 0 || progress > 100) throw InvalidEdit(trf("progress must be from 0 to 100 %, not {}", progress));
    if (!is_iso_date(on)) throw InvalidEdit(trf("\"{}\" is not a date in the form 2026-10-05", on));
    if (status == ActionStatus::done) progress = 100;
    impl_->write([&] {
        auto& db = *impl_->db;
        SQLite::Statement q(db, "UPDATE action SET status = ?, progress = ? WHERE id = ?");
        q.bind(1, std::string(to_string(status)));
        q.bind(2, progress);
        q.bind(3, action_id);
        q.exec();
        StatusChange change;
        change.changed_on = on;
        change.status = status;
        change.progress = progress;
        change.comment = comment;
        change.changed_by = by;
        write_history(db, action_id, {change});
        // Progress reports are the plan being carried out, not a change to the approved plan.
    });
}

void Project::restore_plan(const ImprovementPlan& p, const std::vector<ImprovementAction>& actions) {
    impl_->require_writable();
    impl_->load_cycle(p.cycle_id);
    std::vector<std::string> problems = validate_plan(p);
    if (p.version < 1) problems.push_back(trf("plan version {} must be 1 or more", p.version));
    for (const auto& a : actions) {
        if (a.progress < 0 || a.progress > 100)
            problems.push_back(trf("action {}: progress must be from 0 to 100 %, not {}", a.code, a.progress));
        for (const auto& h : a.history)
            if (!is_iso_date(h.changed_on) || h.progress < 0 || h.progress > 100)
                problems.push_back(trf("action {}: a status change needs a date and progress from 0 to 100 %", a.code));
    }
    if (!problems.empty()) throw invalid(problems);
    impl_->write([&] {
        auto& db = *impl_->db;
        SQLite::Statement clear(db, "DELETE FROM plan WHERE cycle_id = ?");
        clear.bind(1, p.cycle_id);
        clear.exec();
        SQLite::Statement plan_row(db, "INSERT INTO plan (cycle_id, starts_on, horizon_years, approved, version, "
                                       "approved_by, approved_on, decision_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        plan_row.bind(1, p.cycle_id);
        plan_row.bind(2, p.starts_on);
        plan_row.bind(3, p.horizon_years);
        plan_row.bind(4, p.approved ? 1 : 0);
        plan_row.bind(5, p.version);
        plan_row.bind(6, p.approved_by);
        plan_row.bind(7, p.approved_on);
        plan_row.bind(8, p.decision_note);
        plan_row.exec();
        for (std::size_t i = 0; i < actions.size(); ++i) {
            const ImprovementAction& a = actions[i];
            check_action_against(*this, db, p.cycle_id, a, 0);
            insert_whole_action(db, p.cycle_id, static_cast<int>(i), a);
        }
    });
}

Id Project::reinsert_action(Id cycle_id, const ImprovementAction& a, int index) {
    impl_->require_writable();
    check_action_against(*this, *impl_->db, cycle_id, a, 0);
    return impl_->write([&] {
        auto& db = *impl_->db;
        const Id id = insert_whole_action(db, cycle_id, 0, a);
        std::vector<Id> ids;
        SQLite::Statement list(db, "SELECT id FROM action WHERE cycle_id = ? AND id != ? ORDER BY priority, id");
        list.bind(1, cycle_id);
        list.bind(2, id);
        while (list.executeStep()) ids.push_back(list.getColumn(0).getInt64());
        ids.insert(ids.begin() + std::clamp(index, 0, static_cast<int>(ids.size())), id);
        write_priorities(db, ids);
        impl_->plan_changed(cycle_id);
        return id;
    });
}

void Project::restore_action_status(Id action_id, ActionStatus status, int progress,
                                    const std::vector<StatusChange>& history) {
    impl_->require_writable();
    impl_->cycle_of_action(action_id);  // the action must exist
    if (progress < 0 || progress > 100) throw InvalidEdit(trf("progress must be from 0 to 100 %, not {}", progress));
    impl_->write([&] {
        auto& db = *impl_->db;
        SQLite::Statement q(db, "UPDATE action SET status = ?, progress = ? WHERE id = ?");
        q.bind(1, std::string(to_string(status)));
        q.bind(2, progress);
        q.bind(3, action_id);
        q.exec();
        SQLite::Statement clear(db, "DELETE FROM action_history WHERE action_id = ?");
        clear.bind(1, action_id);
        clear.exec();
        write_history(db, action_id, history);
    });
}

Id Project::Impl::cycle_of_action(Id action_id) const {
    SQLite::Statement q(*db, "SELECT cycle_id FROM action WHERE id = ?");
    q.bind(1, action_id);
    if (!q.executeStep()) throw InvalidEdit(trf("no improvement action with id {}", action_id));
    return q.getColumn(0).getInt64();
}

}  // namespace assessa
