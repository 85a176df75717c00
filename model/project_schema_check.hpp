#pragma once

// Internal to the store: checking that a project file's schema is exactly the one Assessa's
// migrations create for its version, before anything in the file is used or changed.

#include <SQLiteCpp/Database.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa::store {

// A database's main schema as SQLite reports it, in a form to compare: the objects in
// sqlite_master, and per table its columns, foreign keys and indexes.
struct SchemaShape {
    struct Object {
        std::string type;   // table, index, view or trigger
        std::string table;  // tbl_name
        std::string sql;    // the CREATE statement, normalised (normalized_sql); empty for automatic indexes
        bool operator==(const Object&) const = default;
    };
    struct Column {
        std::string name;
        std::string definition;  // type, NOT NULL, default, place in the primary key, hidden
        bool operator==(const Column&) const = default;
    };
    std::map<std::string, Object> objects;                   // by name
    std::map<std::string, std::vector<Column>> columns;      // by table, in order
    std::map<std::string, std::string> foreign_keys;         // by table
    std::map<std::string, std::string> indexes;              // by index: uniqueness, origin, columns

    bool has_triggers_or_views() const;
    // The table exists with exactly the expected definition in both shapes.
    bool same_table(const SchemaShape& other, const std::string& table) const;
};

// Reads the shape with plain SELECTs on sqlite_master and the schema pragmas; nothing in the
// file's schema is executed.
SchemaShape read_schema(SQLite::Database& db);

// The shape the migrations give a file of `version` (1 up to the current one): built once per
// version by running them in an empty in-memory database.
const SchemaShape& expected_schema(int version);

// What sets `actual` apart from `expected`, as the clause of a refusal message ("contains a
// database trigger ... that Assessa did not create"); nothing when the two are the same.
std::optional<std::string> schema_difference(const SchemaShape& expected, const SchemaShape& actual);

// A CREATE statement with the differences that carry no meaning taken out: runs of white space,
// the case of keywords and names, and the quoting of names (SQLite writes `"name"` when it
// renames a table). String literals and comments stay as they are.
std::string normalized_sql(std::string_view sql);

}  // namespace assessa::store

namespace assessa::store {

// "The file names the organisation "…" and the cycle "…"." for the message refusing a file,
// read with plain SELECTs, and only when both tables are exactly Assessa's; empty otherwise.
// The names are cut to a readable length and stripped of control characters.
std::string refused_file_owner(SQLite::Database& db, const SchemaShape& expected, const SchemaShape& actual);

}  // namespace assessa::store
