// Individual ratings, notes and the group's consensus.

#include "i18n/translator.hpp"
#include "model/project_impl.hpp"

#include <algorithm>
#include <map>

namespace assessa {

const Panel& Project::Impl::checked_panel(Id cycle_id, const std::string& node_code) const {
    const Cycle c = load_cycle(cycle_id);
    const Framework& fw = framework_of(c);
    const Node* n = fw.find(node_code);
    if (!n) throw InvalidEdit(trf("framework \"{}\" has no node \"{}\"", fw.id(), node_code));
    const Panel* p = fw.panel_for(*n, c.method_id);
    if (!p) throw InvalidEdit(trf("node {} is not assessed in framework \"{}\"", node_code, fw.id()));
    return *p;
}

void Project::Impl::check_score(const Panel& panel, const std::string& node_code, const std::string& phase,
                                std::optional<int> value) const {
    if (!panel.find_phase(phase))
        throw InvalidEdit(trf("node {} is scored with panel \"{}\", which has no phase \"{}\"", node_code, panel.id, phase));
    if (value && !panel.in_scale(*value))
        throw InvalidEdit(trf("score {} for node {} is outside the scale {}-{}", *value, node_code, panel.scale_min,
                              panel.scale_max));
}

namespace {

void ensure_rating_row(SQLite::Database& db, Id cycle_id, Id member_id, const std::string& node) {
    SQLite::Statement q(db, "INSERT OR IGNORE INTO rating (cycle_id, member_id, node_code) VALUES (?, ?, ?)");
    q.bind(1, cycle_id);
    q.bind(2, member_id);
    q.bind(3, node);
    q.exec();
}

void ensure_consensus_row(SQLite::Database& db, Id cycle_id, const std::string& node) {
    SQLite::Statement q(db, "INSERT OR IGNORE INTO consensus (cycle_id, node_code) VALUES (?, ?)");
    q.bind(1, cycle_id);
    q.bind(2, node);
    q.exec();
}

std::string require_text(const std::string& text) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw InvalidEdit(tr("the text is empty"));
    return text;
}

// Moves item `id` to `new_index` among the rows of `table` with the same `scope` columns and
// kind, renumbering their positions 0..n-1.
void reorder(SQLite::Database& db, const std::string& table, std::initializer_list<const char*> scope, Id id,
             int new_index) {
    std::string columns = "kind", same = "kind = ?";
    for (const char* c : scope) {
        columns += std::string(", ") + c;
        same += std::string(" AND ") + c + " = ?";
    }
    SQLite::Statement find(db, "SELECT " + columns + " FROM " + table + " WHERE id = ?");
    find.bind(1, id);
    if (!find.executeStep()) throw InvalidEdit(trf("no item with id {}", id));
    SQLite::Statement list(db, "SELECT id FROM " + table + " WHERE " + same + " ORDER BY position, id");
    for (int i = 0; i < find.getColumnCount(); ++i) {
        const auto col = find.getColumn(i);
        if (col.isInteger()) list.bind(i + 1, col.getInt64());
        else list.bind(i + 1, col.getString());
    }
    std::vector<Id> ids;
    while (list.executeStep()) ids.push_back(list.getColumn(0).getInt64());
    if (new_index < 0 || new_index >= static_cast<int>(ids.size()))
        throw InvalidEdit(trf("position {} is outside the list (0-{})", new_index, ids.size() - 1));
    ids.erase(std::find(ids.begin(), ids.end(), id));
    ids.insert(ids.begin() + new_index, id);
    SQLite::Statement upd(db, "UPDATE " + table + " SET position = ? WHERE id = ?");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        upd.bind(1, static_cast<int>(i));
        upd.bind(2, ids[i]);
        upd.exec();
        upd.reset();
    }
}

}  // namespace

Rating Project::rating(Id cycle_id, Id member_id, const std::string& node_code) const {
    Rating r;
    r.member_id = member_id;
    r.node_code = node_code;
    auto& db = *impl_->db;
    SQLite::Statement flag(db, "SELECT no_opinion FROM rating WHERE cycle_id = ? AND member_id = ? AND node_code = ?");
    flag.bind(1, cycle_id);
    flag.bind(2, member_id);
    flag.bind(3, node_code);
    if (flag.executeStep()) r.no_opinion = flag.getColumn(0).getInt() != 0;
    SQLite::Statement scores(db, "SELECT phase, value FROM rating_score WHERE cycle_id = ? AND member_id = ? AND node_code = ?");
    scores.bind(1, cycle_id);
    scores.bind(2, member_id);
    scores.bind(3, node_code);
    while (scores.executeStep()) r.scores[scores.getColumn(0).getString()] = scores.getColumn(1).getInt();
    SQLite::Statement items(db, "SELECT id, kind, text FROM note_item WHERE cycle_id = ? AND member_id = ? AND node_code = ? "
                                "ORDER BY kind, position, id");
    items.bind(1, cycle_id);
    items.bind(2, member_id);
    items.bind(3, node_code);
    while (items.executeStep())
        r.items.push_back({items.getColumn(0).getInt64(),
                           note_kind_from_string(items.getColumn(1).getString()).value_or(NoteKind::strength),
                           items.getColumn(2).getString()});
    std::stable_sort(r.items.begin(), r.items.end(), [](const NoteItem& a, const NoteItem& b) { return a.kind < b.kind; });
    return r;
}

std::vector<Rating> Project::ratings(Id cycle_id) const {
    // One pass per table, merged in memory: the summary of a large project reads every rating.
    std::map<std::pair<Id, std::string>, Rating> by_key;
    auto at = [&](Id member, const std::string& node) -> Rating& {
        auto& r = by_key[{member, node}];
        r.member_id = member;
        r.node_code = node;
        return r;
    };
    auto& db = *impl_->db;
    SQLite::Statement flags(db, "SELECT member_id, node_code, no_opinion FROM rating WHERE cycle_id = ?");
    flags.bind(1, cycle_id);
    while (flags.executeStep())
        at(flags.getColumn(0).getInt64(), flags.getColumn(1).getString()).no_opinion = flags.getColumn(2).getInt() != 0;
    SQLite::Statement scores(db, "SELECT member_id, node_code, phase, value FROM rating_score WHERE cycle_id = ?");
    scores.bind(1, cycle_id);
    while (scores.executeStep())
        at(scores.getColumn(0).getInt64(), scores.getColumn(1).getString()).scores[scores.getColumn(2).getString()] =
            scores.getColumn(3).getInt();
    SQLite::Statement items(db, "SELECT member_id, node_code, id, kind, text FROM note_item WHERE cycle_id = ? "
                                "ORDER BY member_id, node_code, kind, position, id");
    items.bind(1, cycle_id);
    while (items.executeStep())
        at(items.getColumn(0).getInt64(), items.getColumn(1).getString())
            .items.push_back({items.getColumn(2).getInt64(),
                              note_kind_from_string(items.getColumn(3).getString()).value_or(NoteKind::strength),
                              items.getColumn(4).getString()});
    std::vector<Rating> r;
    r.reserve(by_key.size());
    for (auto& [key, rating] : by_key) {
        std::stable_sort(rating.items.begin(), rating.items.end(),
                         [](const NoteItem& a, const NoteItem& b) { return a.kind < b.kind; });
        r.push_back(std::move(rating));
    }
    return r;
}

void Project::set_score(Id cycle_id, Id member_id, const std::string& node_code, const std::string& phase,
                        std::optional<int> value) {
    const Panel& panel = impl_->checked_panel(cycle_id, node_code);
    impl_->check_score(panel, node_code, phase, value);
    impl_->check_member(member_id);
    impl_->write([&] {
        auto& db = *impl_->db;
        ensure_rating_row(db, cycle_id, member_id, node_code);
        if (value) {
            SQLite::Statement q(db, "INSERT OR REPLACE INTO rating_score (cycle_id, member_id, node_code, phase, value) "
                                    "VALUES (?, ?, ?, ?, ?)");
            q.bind(1, cycle_id);
            q.bind(2, member_id);
            q.bind(3, node_code);
            q.bind(4, phase);
            q.bind(5, *value);
            q.exec();
            // A score given withdraws a "no opinion".
            SQLite::Statement u(db, "UPDATE rating SET no_opinion = 0 WHERE cycle_id = ? AND member_id = ? AND node_code = ?");
            u.bind(1, cycle_id);
            u.bind(2, member_id);
            u.bind(3, node_code);
            u.exec();
        } else {
            SQLite::Statement q(db, "DELETE FROM rating_score WHERE cycle_id = ? AND member_id = ? AND node_code = ? AND phase = ?");
            q.bind(1, cycle_id);
            q.bind(2, member_id);
            q.bind(3, node_code);
            q.bind(4, phase);
            q.exec();
        }
    });
}

void Project::set_no_opinion(Id cycle_id, Id member_id, const std::string& node_code, bool no_opinion) {
    impl_->checked_panel(cycle_id, node_code);
    impl_->check_member(member_id);
    impl_->write([&] {
        auto& db = *impl_->db;
        ensure_rating_row(db, cycle_id, member_id, node_code);
        SQLite::Statement u(db, "UPDATE rating SET no_opinion = ? WHERE cycle_id = ? AND member_id = ? AND node_code = ?");
        u.bind(1, no_opinion ? 1 : 0);
        u.bind(2, cycle_id);
        u.bind(3, member_id);
        u.bind(4, node_code);
        u.exec();
        if (no_opinion) {  // "no opinion" and scores exclude each other
            SQLite::Statement d(db, "DELETE FROM rating_score WHERE cycle_id = ? AND member_id = ? AND node_code = ?");
            d.bind(1, cycle_id);
            d.bind(2, member_id);
            d.bind(3, node_code);
            d.exec();
        }
    });
}

Id Project::add_item(Id cycle_id, Id member_id, const std::string& node_code, NoteKind kind, const std::string& text) {
    impl_->checked_panel(cycle_id, node_code);
    impl_->check_member(member_id);
    require_text(text);
    return impl_->write([&] {
        auto& db = *impl_->db;
        ensure_rating_row(db, cycle_id, member_id, node_code);
        SQLite::Statement q(db, "INSERT INTO note_item (cycle_id, member_id, node_code, kind, text, position) "
                                "SELECT ?1, ?2, ?3, ?4, ?5, COALESCE(MAX(position) + 1, 0) FROM note_item "
                                "WHERE cycle_id = ?1 AND member_id = ?2 AND node_code = ?3 AND kind = ?4");
        q.bind(1, cycle_id);
        q.bind(2, member_id);
        q.bind(3, node_code);
        q.bind(4, std::string(to_string(kind)));
        q.bind(5, text);
        q.exec();
        return db.getLastInsertRowid();
    });
}

void Project::update_item(Id item_id, const std::string& text) {
    require_text(text);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE note_item SET text = ? WHERE id = ?");
        q.bind(1, text);
        q.bind(2, item_id);
        if (q.exec() == 0) throw InvalidEdit(trf("no item with id {}", item_id));
    });
}

void Project::remove_item(Id item_id) {
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM note_item WHERE id = ?");
        q.bind(1, item_id);
        if (q.exec() == 0) throw InvalidEdit(trf("no item with id {}", item_id));
    });
}

void Project::move_item(Id item_id, int new_index) {
    impl_->write([&] { reorder(*impl_->db, "note_item", {"cycle_id", "member_id", "node_code"}, item_id, new_index); });
}

Consensus Project::consensus(Id cycle_id, const std::string& node_code) const {
    for (auto& c : consensus_all(cycle_id))
        if (c.node_code == node_code) return c;
    Consensus empty;
    empty.node_code = node_code;
    return empty;
}

std::vector<Consensus> Project::consensus_all(Id cycle_id) const {
    std::map<std::string, Consensus> by_node;
    auto at = [&](const std::string& node) -> Consensus& {
        auto& c = by_node[node];
        c.node_code = node;
        return c;
    };
    auto& db = *impl_->db;
    SQLite::Statement texts(db, "SELECT node_code, justification, dissent FROM consensus WHERE cycle_id = ?");
    texts.bind(1, cycle_id);
    while (texts.executeStep()) {
        auto& c = at(texts.getColumn(0).getString());
        c.justification = texts.getColumn(1).getString();
        c.dissent = texts.getColumn(2).getString();
    }
    SQLite::Statement scores(db, "SELECT node_code, phase, value FROM consensus_score WHERE cycle_id = ?");
    scores.bind(1, cycle_id);
    while (scores.executeStep())
        at(scores.getColumn(0).getString()).scores[scores.getColumn(1).getString()] = scores.getColumn(2).getInt();
    std::map<Id, std::vector<Id>> sources;
    SQLite::Statement src(db, "SELECT s.consensus_item_id, s.note_item_id FROM consensus_item_source s "
                              "JOIN consensus_item i ON i.id = s.consensus_item_id WHERE i.cycle_id = ? "
                              "ORDER BY s.consensus_item_id, s.note_item_id");
    src.bind(1, cycle_id);
    while (src.executeStep()) sources[src.getColumn(0).getInt64()].push_back(src.getColumn(1).getInt64());
    SQLite::Statement items(db, "SELECT node_code, id, kind, text FROM consensus_item WHERE cycle_id = ? "
                                "ORDER BY node_code, kind, position, id");
    items.bind(1, cycle_id);
    while (items.executeStep()) {
        ConsensusItem item;
        item.id = items.getColumn(1).getInt64();
        item.kind = note_kind_from_string(items.getColumn(2).getString()).value_or(NoteKind::strength);
        item.text = items.getColumn(3).getString();
        item.source_item_ids = sources[item.id];
        at(items.getColumn(0).getString()).items.push_back(std::move(item));
    }
    std::vector<Consensus> r;
    for (auto& [node, c] : by_node) {
        std::stable_sort(c.items.begin(), c.items.end(),
                         [](const ConsensusItem& a, const ConsensusItem& b) { return a.kind < b.kind; });
        r.push_back(std::move(c));
    }
    return r;
}

void Project::set_consensus_score(Id cycle_id, const std::string& node_code, const std::string& phase,
                                  std::optional<int> value) {
    const Panel& panel = impl_->checked_panel(cycle_id, node_code);
    impl_->check_score(panel, node_code, phase, value);
    impl_->write([&] {
        auto& db = *impl_->db;
        ensure_consensus_row(db, cycle_id, node_code);
        if (value) {
            SQLite::Statement q(db, "INSERT OR REPLACE INTO consensus_score (cycle_id, node_code, phase, value) VALUES (?, ?, ?, ?)");
            q.bind(1, cycle_id);
            q.bind(2, node_code);
            q.bind(3, phase);
            q.bind(4, *value);
            q.exec();
        } else {
            SQLite::Statement q(db, "DELETE FROM consensus_score WHERE cycle_id = ? AND node_code = ? AND phase = ?");
            q.bind(1, cycle_id);
            q.bind(2, node_code);
            q.bind(3, phase);
            q.exec();
        }
    });
}

Id Project::add_consensus_item(Id cycle_id, const std::string& node_code, NoteKind kind, const std::string& text,
                               const std::vector<Id>& source_item_ids) {
    impl_->checked_panel(cycle_id, node_code);
    if (kind != NoteKind::strength && kind != NoteKind::afi)
        throw InvalidEdit(tr("the consensus lists only strengths and areas for improvement"));
    require_text(text);
    return impl_->write([&] {
        auto& db = *impl_->db;
        for (Id src : source_item_ids) {
            SQLite::Statement q(db, "SELECT 1 FROM note_item WHERE id = ? AND cycle_id = ? AND node_code = ?");
            q.bind(1, src);
            q.bind(2, cycle_id);
            q.bind(3, node_code);
            if (!q.executeStep()) throw InvalidEdit(trf("item {} is not a member's item for node {}", src, node_code));
        }
        ensure_consensus_row(db, cycle_id, node_code);
        SQLite::Statement q(db, "INSERT INTO consensus_item (cycle_id, node_code, kind, text, position) "
                                "SELECT ?1, ?2, ?3, ?4, COALESCE(MAX(position) + 1, 0) FROM consensus_item "
                                "WHERE cycle_id = ?1 AND node_code = ?2 AND kind = ?3");
        q.bind(1, cycle_id);
        q.bind(2, node_code);
        q.bind(3, std::string(to_string(kind)));
        q.bind(4, text);
        q.exec();
        const Id id = db.getLastInsertRowid();
        SQLite::Statement link(db, "INSERT OR IGNORE INTO consensus_item_source (consensus_item_id, note_item_id) VALUES (?, ?)");
        for (Id src : source_item_ids) {
            link.bind(1, id);
            link.bind(2, src);
            link.exec();
            link.reset();
        }
        return id;
    });
}

void Project::update_consensus_item(Id item_id, const std::string& text) {
    require_text(text);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE consensus_item SET text = ? WHERE id = ?");
        q.bind(1, text);
        q.bind(2, item_id);
        if (q.exec() == 0) throw InvalidEdit(trf("no item with id {}", item_id));
    });
}

void Project::remove_consensus_item(Id item_id) {
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM consensus_item WHERE id = ?");
        q.bind(1, item_id);
        if (q.exec() == 0) throw InvalidEdit(trf("no item with id {}", item_id));
    });
}

void Project::move_consensus_item(Id item_id, int new_index) {
    impl_->write([&] { reorder(*impl_->db, "consensus_item", {"cycle_id", "node_code"}, item_id, new_index); });
}

namespace {

void set_consensus_text(Project::Impl& impl, Id cycle_id, const std::string& node_code, const char* column,
                        const std::string& text) {
    impl.checked_panel(cycle_id, node_code);
    impl.write([&] {
        ensure_consensus_row(*impl.db, cycle_id, node_code);
        SQLite::Statement q(*impl.db, std::string("UPDATE consensus SET ") + column + " = ? WHERE cycle_id = ? AND node_code = ?");
        q.bind(1, text);
        q.bind(2, cycle_id);
        q.bind(3, node_code);
        q.exec();
    });
}

}  // namespace

void Project::set_justification(Id cycle_id, const std::string& node_code, const std::string& text) {
    set_consensus_text(*impl_, cycle_id, node_code, "justification", text);
}

void Project::set_dissent(Id cycle_id, const std::string& node_code, const std::string& text) {
    set_consensus_text(*impl_, cycle_id, node_code, "dissent", text);
}

}  // namespace assessa
