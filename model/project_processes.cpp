// The process register: process cards, their list fields and responsibility matrices.

#include "i18n/translator.hpp"
#include "model/process_rules.hpp"
#include "model/project_impl.hpp"

#include <algorithm>
#include <map>

namespace assessa {

namespace {

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

InvalidEdit invalid(const std::vector<std::string>& problems) {
    std::string message;
    for (const auto& p : problems) {
        if (!message.empty()) message += "\n";
        message += p;
    }
    return InvalidEdit(message);
}

std::vector<std::string>* text_list(Process& p, const std::string& field) {
    if (field == "iso") return &p.iso_clauses;
    if (field == "subprocess") return &p.subprocesses;
    if (field == "document") return &p.documents;
    if (field == "record") return &p.records;
    if (field == "constraint") return &p.constraints;
    if (field == "goal") return &p.improvement_goals;
    return nullptr;
}

void load_details(SQLite::Database& db, Process& p) {
    {
        SQLite::Statement q(db, "SELECT field, text, detail, target FROM process_entry WHERE process_id = ? "
                                "ORDER BY field, position");
        q.bind(1, p.id);
        while (q.executeStep()) {
            const std::string field = q.getColumn(0).getString();
            std::string text = q.getColumn(1).getString();
            if (auto* list = text_list(p, field)) list->push_back(std::move(text));
            else if (field == "resource")
                p.resources.push_back(
                    {resource_kind_from_string(q.getColumn(2).getString()).value_or(ResourceKind::people), std::move(text)});
            else if (field == "criterion")
                p.criteria.push_back({std::move(text), q.getColumn(2).getString(), q.getColumn(3).getString()});
        }
    }
    std::map<int, std::size_t> row_at, column_at;
    {
        SQLite::Statement q(db, "SELECT position, department_id, role FROM process_participant WHERE process_id = ? "
                                "ORDER BY position");
        q.bind(1, p.id);
        while (q.executeStep()) {
            row_at[q.getColumn(0).getInt()] = p.matrix.rows.size();
            MatrixParticipant row;
            if (!q.getColumn(1).isNull()) row.department_id = q.getColumn(1).getInt64();
            row.role = q.getColumn(2).getString();
            p.matrix.rows.push_back(std::move(row));
        }
    }
    {
        SQLite::Statement q(db, "SELECT position, name, purpose FROM process_column WHERE process_id = ? ORDER BY position");
        q.bind(1, p.id);
        while (q.executeStep()) {
            column_at[q.getColumn(0).getInt()] = p.matrix.columns.size();
            p.matrix.columns.push_back({q.getColumn(1).getString(), q.getColumn(2).getString()});
        }
    }
    p.matrix.normalise();
    SQLite::Statement q(db, "SELECT row_position, column_position, value FROM process_cell WHERE process_id = ?");
    q.bind(1, p.id);
    while (q.executeStep()) {
        const auto r = row_at.find(q.getColumn(0).getInt());
        const auto c = column_at.find(q.getColumn(1).getInt());
        if (r == row_at.end() || c == column_at.end()) continue;
        p.matrix.cells[r->second][c->second] = responsibility_from_string(q.getColumn(2).getString()).value_or(Responsibility::none);
    }
}

std::vector<Process> load_processes(SQLite::Database& db, const char* where, Id key) {
    std::vector<Process> out;
    SQLite::Statement q(db, std::string("SELECT id, code, name, kind, owner_member_id, owner_department_id, purpose, "
                                        "customer_requirements FROM process ") +
                                where + " ORDER BY position, id");
    if (key != 0) q.bind(1, key);
    while (q.executeStep()) {
        Process p;
        p.id = q.getColumn(0).getInt64();
        p.code = q.getColumn(1).getString();
        p.name = q.getColumn(2).getString();
        p.kind = process_kind_from_string(q.getColumn(3).getString()).value_or(ProcessKind::core);
        if (!q.getColumn(4).isNull()) p.owner_member_id = q.getColumn(4).getInt64();
        if (!q.getColumn(5).isNull()) p.owner_department_id = q.getColumn(5).getInt64();
        p.purpose = q.getColumn(6).getString();
        p.customer_requirements = q.getColumn(7).getString();
        out.push_back(std::move(p));
    }
    for (auto& p : out) load_details(db, p);
    return out;
}

void bind_optional(SQLite::Statement& q, int index, const std::optional<Id>& id) {
    if (id) q.bind(index, *id);
    else q.bind(index);
}

// Writes everything below the process row: list fields and matrix (after removing the old ones).
void write_details(SQLite::Database& db, const Process& p) {
    for (const char* table : {"process_cell", "process_participant", "process_column", "process_entry"}) {
        SQLite::Statement del(db, std::string("DELETE FROM ") + table + " WHERE process_id = ?");
        del.bind(1, p.id);
        del.exec();
    }
    SQLite::Statement entry(db, "INSERT INTO process_entry (process_id, field, position, text, detail, target) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
    auto put = [&](const char* field, int position, const std::string& text, const std::string& detail,
                   const std::string& target) {
        entry.bind(1, p.id);
        entry.bind(2, field);
        entry.bind(3, position);
        entry.bind(4, text);
        entry.bind(5, detail);
        entry.bind(6, target);
        entry.exec();
        entry.reset();
    };
    auto put_list = [&](const char* field, const std::vector<std::string>& items) {
        for (std::size_t i = 0; i < items.size(); ++i) put(field, static_cast<int>(i), items[i], "", "");
    };
    put_list("iso", p.iso_clauses);
    put_list("subprocess", p.subprocesses);
    put_list("document", p.documents);
    put_list("record", p.records);
    for (std::size_t i = 0; i < p.resources.size(); ++i)
        put("resource", static_cast<int>(i), p.resources[i].text, std::string(to_string(p.resources[i].kind)), "");
    for (std::size_t i = 0; i < p.criteria.size(); ++i)
        put("criterion", static_cast<int>(i), p.criteria[i].text, p.criteria[i].indicator, p.criteria[i].target);
    put_list("constraint", p.constraints);
    put_list("goal", p.improvement_goals);

    SQLite::Statement row(db, "INSERT INTO process_participant (process_id, position, department_id, role) VALUES (?, ?, ?, ?)");
    for (std::size_t r = 0; r < p.matrix.rows.size(); ++r) {
        row.bind(1, p.id);
        row.bind(2, static_cast<int>(r));
        bind_optional(row, 3, p.matrix.rows[r].department_id);
        row.bind(4, p.matrix.rows[r].department_id ? std::string() : p.matrix.rows[r].role);
        row.exec();
        row.reset();
    }
    SQLite::Statement col(db, "INSERT INTO process_column (process_id, position, name, purpose) VALUES (?, ?, ?, ?)");
    for (std::size_t c = 0; c < p.matrix.columns.size(); ++c) {
        col.bind(1, p.id);
        col.bind(2, static_cast<int>(c));
        col.bind(3, p.matrix.columns[c].name);
        col.bind(4, p.matrix.columns[c].purpose);
        col.exec();
        col.reset();
    }
    SQLite::Statement cell(db, "INSERT INTO process_cell (process_id, row_position, column_position, value) VALUES (?, ?, ?, ?)");
    for (std::size_t r = 0; r < p.matrix.rows.size(); ++r)
        for (std::size_t c = 0; c < p.matrix.columns.size(); ++c) {
            const auto v = p.matrix.at(r, c);
            if (v == Responsibility::none) continue;
            cell.bind(1, p.id);
            cell.bind(2, static_cast<int>(r));
            cell.bind(3, static_cast<int>(c));
            cell.bind(4, std::string(to_string(v)));
            cell.exec();
            cell.reset();
        }
}

void bind_card(SQLite::Statement& q, const Process& p) {
    q.bind(1, p.code);
    q.bind(2, p.name);
    q.bind(3, std::string(to_string(p.kind)));
    bind_optional(q, 4, p.owner_member_id);
    bind_optional(q, 5, p.owner_department_id);
    q.bind(6, p.purpose);
    q.bind(7, p.customer_requirements);
}

// Renumbers the register 0..n-1 in the order of `ids`.
void write_order(SQLite::Database& db, const std::vector<Id>& ids) {
    SQLite::Statement upd(db, "UPDATE process SET position = ? WHERE id = ?");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        upd.bind(1, static_cast<int>(i));
        upd.bind(2, ids[i]);
        upd.exec();
        upd.reset();
    }
}

std::vector<Id> register_order(SQLite::Database& db) {
    std::vector<Id> ids;
    SQLite::Statement q(db, "SELECT id FROM process ORDER BY position, id");
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
    return ids;
}

// The card as the store keeps it: trimmed code, a square matrix, no role text on department rows.
Process kept_form(Process p) {
    p.code = trimmed(p.code);
    p.matrix.normalise();
    for (auto& row : p.matrix.rows)
        if (row.department_id) row.role.clear();
    return p;
}

void check(const Project& project, const Process& p) {
    auto problems = process_problems(p, process_context(project));
    for (const auto& other : project.processes())
        if (other.id != p.id && other.code == trimmed(p.code))
            problems.push_back(trf("there is already a process with the code \"{}\"", trimmed(p.code)));
    if (!problems.empty()) throw invalid(problems);
}

Id insert_process(SQLite::Database& db, const Process& p, std::optional<Id> id, int position) {
    SQLite::Statement q(db, "INSERT INTO process (code, name, kind, owner_member_id, owner_department_id, purpose, "
                            "customer_requirements, position, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bind_card(q, p);
    q.bind(8, position);
    bind_optional(q, 9, id);
    q.exec();
    Process kept = p;
    kept.id = db.getLastInsertRowid();
    write_details(db, kept);
    return kept.id;
}

}  // namespace

std::vector<Process> Project::processes() const { return load_processes(*impl_->db, "", 0); }

Process Project::process(Id process_id) const {
    auto found = load_processes(*impl_->db, "WHERE id = ?", process_id);
    if (found.empty()) throw InvalidEdit(trf("no process with id {}", process_id));
    return std::move(found.front());
}

Id Project::add_process(const Process& p) {
    const Process kept = kept_form(p);
    check(*this, kept);
    return impl_->write([&] {
        const auto order = register_order(*impl_->db);
        return insert_process(*impl_->db, kept, std::nullopt, static_cast<int>(order.size()));
    });
}

void Project::update_process(const Process& p) {
    const Process kept = kept_form(p);
    process(p.id);  // throws when there is none
    check(*this, kept);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE process SET code = ?, name = ?, kind = ?, owner_member_id = ?, "
                                        "owner_department_id = ?, purpose = ?, customer_requirements = ? WHERE id = ?");
        bind_card(q, kept);
        q.bind(8, kept.id);
        q.exec();
        write_details(*impl_->db, kept);
    });
}

void Project::remove_process(Id process_id) {
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM process WHERE id = ?");
        q.bind(1, process_id);
        if (q.exec() == 0) throw InvalidEdit(trf("no process with id {}", process_id));
        write_order(*impl_->db, register_order(*impl_->db));
    });
}

void Project::move_process(Id process_id, int new_index) {
    impl_->write([&] {
        auto ids = register_order(*impl_->db);
        const auto at = std::find(ids.begin(), ids.end(), process_id);
        if (at == ids.end()) throw InvalidEdit(trf("no process with id {}", process_id));
        if (new_index < 0 || new_index >= static_cast<int>(ids.size()))
            throw InvalidEdit(trf("position {} is outside the list (0-{})", new_index, ids.size() - 1));
        ids.erase(at);
        ids.insert(ids.begin() + new_index, process_id);
        write_order(*impl_->db, ids);
    });
}

std::vector<Id> Project::actions_naming(Id process_id) const {
    std::vector<Id> ids;
    SQLite::Statement q(*impl_->db, "SELECT action_id FROM action_process WHERE process_id = ? ORDER BY action_id");
    q.bind(1, process_id);
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
    return ids;
}

void Project::reinsert_process(const Process& p, int index, const std::vector<Id>& naming_actions) {
    const Process kept = kept_form(p);
    check(*this, kept);
    impl_->write([&] {
        SQLite::Statement taken(*impl_->db, "SELECT 1 FROM process WHERE id = ?");
        taken.bind(1, kept.id);
        if (taken.executeStep()) throw InvalidEdit(trf("process id {} is in use", kept.id));
        auto ids = register_order(*impl_->db);
        insert_process(*impl_->db, kept, kept.id, static_cast<int>(ids.size()));
        ids.insert(ids.begin() + std::clamp<std::ptrdiff_t>(index, 0, static_cast<std::ptrdiff_t>(ids.size())), kept.id);
        write_order(*impl_->db, ids);
        SQLite::Statement link(*impl_->db, "INSERT OR IGNORE INTO action_process (action_id, process_id) "
                                           "SELECT id, ? FROM action WHERE id = ?");
        for (Id action : naming_actions) {
            link.bind(1, kept.id);
            link.bind(2, action);
            link.exec();
            link.reset();
        }
    });
}

void Project::restore_processes(const std::vector<Process>& list) {
    std::vector<std::string> problems;
    const auto ctx = process_context(*this);
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto found = process_problems(kept_form(list[i]), ctx);
        problems.insert(problems.end(), found.begin(), found.end());
        for (std::size_t j = 0; j < i; ++j)
            if (trimmed(list[j].code) == trimmed(list[i].code))
                problems.push_back(trf("there is already a process with the code \"{}\"", trimmed(list[i].code)));
    }
    if (!problems.empty()) throw invalid(problems);
    // A process whose code stays keeps its id, and so the actions that name it.
    impl_->write([&] {
        auto& db = *impl_->db;
        std::map<std::string, Id> by_code;
        for (const auto& p : processes()) by_code[p.code] = p.id;
        std::vector<Id> order;
        for (const auto& given : list) {
            Process p = kept_form(given);
            if (auto it = by_code.find(p.code); it != by_code.end()) {
                p.id = it->second;
                by_code.erase(it);
                SQLite::Statement q(db, "UPDATE process SET code = ?, name = ?, kind = ?, owner_member_id = ?, "
                                        "owner_department_id = ?, purpose = ?, customer_requirements = ? WHERE id = ?");
                bind_card(q, p);
                q.bind(8, p.id);
                q.exec();
                write_details(db, p);
                order.push_back(p.id);
            } else {
                order.push_back(insert_process(db, p, std::nullopt, static_cast<int>(order.size())));
            }
        }
        SQLite::Statement del(db, "DELETE FROM process WHERE id = ?");
        for (const auto& [code, id] : by_code) {
            del.bind(1, id);
            del.exec();
            del.reset();
        }
        write_order(db, order);
    });
}

}  // namespace assessa
