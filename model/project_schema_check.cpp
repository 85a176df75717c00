#include "model/project_schema_check.hpp"

#include "i18n/translator.hpp"
#include "model/project.hpp"
#include "model/project_connection.hpp"
#include "model/project_schema.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <mutex>

namespace assessa::store {

namespace {

bool is_word_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '_' || u >= 0x80;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A column value as text, with NULL told apart from the empty string.
std::string text_of(const SQLite::Column& c) { return c.isNull() ? std::string("NULL") : "'" + c.getString() + "'"; }

std::string row_text(SQLite::Statement& q) {
    std::string row;
    for (int i = 0; i < q.getColumnCount(); ++i) row += text_of(q.getColumn(i)) + (i + 1 < q.getColumnCount() ? "," : ";");
    return row;
}

void read_table_details(SQLite::Database& db, const std::string& table, SchemaShape& s) {
    auto& columns = s.columns[table];
    SQLite::Statement cols(db, "SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                               "FROM pragma_table_xinfo(?1, 'main') ORDER BY cid");
    cols.bind(1, table);
    while (cols.executeStep()) {
        std::string definition;
        for (int i = 1; i < cols.getColumnCount(); ++i) definition += text_of(cols.getColumn(i)) + ",";
        columns.push_back({cols.getColumn(0).getString(), definition});
    }
    SQLite::Statement fks(db, "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, match "
                              "FROM pragma_foreign_key_list(?1, 'main') ORDER BY id, seq");
    fks.bind(1, table);
    std::string& fk = s.foreign_keys[table];
    while (fks.executeStep()) fk += row_text(fks);

    SQLite::Statement list(db, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1, 'main')");
    list.bind(1, table);
    while (list.executeStep()) {
        const std::string index = list.getColumn(0).getString();
        std::string description = table + ":" + row_text(list);
        SQLite::Statement cols_of(db, "SELECT seqno, cid, name, \"desc\", coll, key "
                                      "FROM pragma_index_xinfo(?1, 'main') ORDER BY seqno");
        cols_of.bind(1, index);
        while (cols_of.executeStep()) description += row_text(cols_of);
        s.indexes[index] = description;
    }
}

}  // namespace

std::string normalized_sql(std::string_view sql) {
    std::string out;
    out.reserve(sql.size());
    bool space_pending = false;
    auto emit = [&](char c) {
        if (space_pending && !out.empty() && is_word_char(out.back()) && is_word_char(c)) out += ' ';
        space_pending = false;
        out += c;
    };
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'') {  // a string literal, kept exactly
            emit(c);
            for (++i; i < sql.size(); ++i) {
                out += sql[i];
                if (sql[i] != '\'') continue;
                if (i + 1 < sql.size() && sql[i + 1] == '\'') {
                    out += sql[++i];
                    continue;
                }
                break;
            }
        } else if (c == '"' || c == '`' || c == '[') {  // a quoted name: its letters, unquoted
            const char close = c == '[' ? ']' : c;
            for (++i; i < sql.size(); ++i) {
                if (sql[i] == close) {
                    if (close != ']' && i + 1 < sql.size() && sql[i + 1] == close) {
                        emit(close);
                        ++i;
                        continue;
                    }
                    break;
                }
                emit(ascii_lower(sql[i]));
            }
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space_pending = true;
        } else {
            emit(ascii_lower(c));
        }
    }
    return out;
}

bool SchemaShape::has_triggers_or_views() const {
    for (const auto& [name, o] : objects)
        if (o.type == "trigger" || o.type == "view") return true;
    return false;
}

bool SchemaShape::same_table(const SchemaShape& other, const std::string& table) const {
    const auto a = objects.find(table), b = other.objects.find(table);
    if (a == objects.end() || b == other.objects.end() || a->second.type != "table" || !(a->second == b->second))
        return false;
    const auto ca = columns.find(table), cb = other.columns.find(table);
    return ca != columns.end() && cb != other.columns.end() && ca->second == cb->second;
}

SchemaShape read_schema(SQLite::Database& db) {
    SchemaShape s;
    std::vector<std::string> tables;
    SQLite::Statement q(db, "SELECT type, name, tbl_name, sql FROM main.sqlite_master");
    while (q.executeStep()) {
        SchemaShape::Object o{q.getColumn(0).getString(), q.getColumn(2).getString(),
                              normalized_sql(q.getColumn(3).getString())};
        const std::string name = q.getColumn(1).getString();
        // Only ordinary tables are looked into: asking a virtual table for its columns would
        // run the code of its module. A virtual table is never expected, so it is refused anyway.
        if (o.type == "table" && o.sql.rfind("create table", 0) == 0) tables.push_back(name);
        s.objects[name] = std::move(o);
    }
    for (const auto& t : tables) read_table_details(db, t, s);
    return s;
}

const SchemaShape& expected_schema(int version) {
    static std::mutex mutex;
    static std::map<int, SchemaShape> shapes;
    const std::lock_guard<std::mutex> lock(mutex);
    if (auto it = shapes.find(version); it != shapes.end()) return it->second;
    SQLite::Database reference(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    harden(reference);
    SQLite::Transaction tx(reference);
    create_schema_at(reference, version);
    tx.commit();
    return shapes.emplace(version, read_schema(reference)).first->second;
}

std::optional<std::string> schema_difference(const SchemaShape& expected, const SchemaShape& actual) {
    using Object = SchemaShape::Object;
    auto expected_object = [&](const std::string& name) -> const Object* {
        auto it = expected.objects.find(name);
        return it == expected.objects.end() ? nullptr : &it->second;
    };
    // Triggers and views first: they are what could run SQL in the file.
    for (const char* type : {"trigger", "view"})
        for (const auto& [name, o] : actual.objects) {
            const Object* e = expected_object(name);
            if (o.type != type || (e && *e == o)) continue;
            if (o.type == "trigger")
                return trf("contains a database trigger (\"{}\" on {}) that Assessa did not create", name, o.table);
            return trf("contains a database view (\"{}\") that Assessa did not create", name);
        }
    for (const auto& [name, o] : actual.objects)
        if (o.type == "table" && (!expected_object(name) || expected_object(name)->type != "table"))
            return trf("contains a table (\"{}\") that Assessa did not create", name);
    for (const auto& [name, o] : expected.objects) {
        auto it = actual.objects.find(name);
        if (o.type == "table" && (it == actual.objects.end() || it->second.type != "table"))
            return trf("lacks the table \"{}\" that Assessa creates", name);
    }
    // Tables present in both: their columns, one by one.
    for (const auto& [table, columns] : expected.columns) {
        const auto it = actual.columns.find(table);
        const std::vector<SchemaShape::Column> none;
        const auto& found = it == actual.columns.end() ? none : it->second;
        for (const auto& c : found) {
            const auto match = std::find_if(columns.begin(), columns.end(), [&](const auto& x) { return x.name == c.name; });
            if (match == columns.end())
                return trf("has a column (\"{}\" in table {}) that Assessa did not create", c.name, table);
            if (match->definition != c.definition)
                return trf("has a column (\"{}\" in table {}) whose type or constraints differ from what Assessa "
                           "created",
                           c.name, table);
        }
        for (const auto& c : columns)
            if (std::none_of(found.begin(), found.end(), [&](const auto& x) { return x.name == c.name; }))
                return trf("lacks the column \"{}\" of table {} that Assessa creates", c.name, table);
        if (found != columns) return trf("has the columns of table {} in another order than Assessa created them", table);
    }
    for (const auto& [name, o] : actual.objects)
        if (o.type == "index" && !expected_object(name))
            return trf("contains an index (\"{}\" on {}) that Assessa did not create", name, o.table);
    for (const auto& [name, o] : expected.objects)
        if (o.type == "index" && !actual.objects.count(name))
            return trf("lacks the index \"{}\" of table {} that Assessa creates", name, o.table);
    for (const auto& [table, keys] : expected.foreign_keys)
        if (const auto it = actual.foreign_keys.find(table); it == actual.foreign_keys.end() || it->second != keys)
            return trf("has foreign keys in table {} that differ from what Assessa created", table);
    for (const auto& [name, description] : expected.indexes)
        if (const auto it = actual.indexes.find(name); it == actual.indexes.end() || it->second != description)
            return trf("has an index (\"{}\") that differs from what Assessa created", name);
    for (const auto& [name, o] : actual.objects) {
        const Object* e = expected_object(name);
        if (e && *e == o) continue;
        if (o.type == "table")
            return trf("has a table (\"{}\") whose CREATE statement differs from what Assessa created", name);
        if (o.type == "index")
            return trf("has an index (\"{}\" on {}) whose CREATE statement differs from what Assessa created", name,
                       o.table);
        return trf("contains a database object of an unknown kind (\"{}\", {}) that Assessa did not create", name, o.type);
    }
    if (actual.objects.size() != expected.objects.size() || actual.indexes.size() != expected.indexes.size())
        return tr("contains database objects that Assessa did not create");
    return std::nullopt;
}

}  // namespace assessa::store

namespace assessa::store {

namespace {

// At most `max_chars` characters of `text`, control characters and bytes that are not UTF-8
// replaced, so that a crafted name can neither hide in nor garble a message or a terminal.
std::string printable(const std::string& text, std::size_t max_chars) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size() && chars < max_chars; ++chars) {
        const auto b = static_cast<unsigned char>(text[i]);
        const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
        bool valid = len > 0 && i + len <= text.size();
        for (std::size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xc0) == 0x80;
        if (!valid) {
            out += '?';
            ++i;
        } else if (len == 1 && (b < 0x20 || b == 0x7f)) {
            out += ' ';
            ++i;
        } else {
            out.append(text, i, len);
            i += len;
        }
        if (chars + 1 == max_chars && i < text.size()) out += "…";
    }
    return out;
}

}  // namespace

std::string refused_file_owner(SQLite::Database& db, const SchemaShape& expected, const SchemaShape& actual) {
    if (!expected.same_table(actual, "organisation") || !expected.same_table(actual, "cycle")) return {};
    try {
        SQLite::Statement org(db, "SELECT name FROM organisation WHERE id = 1");
        SQLite::Statement cycle(db, "SELECT label FROM cycle ORDER BY id DESC LIMIT 1");
        if (!org.executeStep() || !cycle.executeStep()) return {};
        return trf("The file names the organisation \"{}\" and the cycle \"{}\".",
                   printable(org.getColumn(0).getString(), 80), printable(cycle.getColumn(0).getString(), 40));
    } catch (const SQLite::Exception&) {
        return {};
    }
}

}  // namespace assessa::store
