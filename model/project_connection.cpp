#include "model/project_connection.hpp"

#include "frameworks/xml_reader.hpp"
#include "model/project.hpp"
#include "model/platform/platform.hpp"
#include "model/project_schema_check.hpp"

#include <sqlite3.h>

#include <filesystem>

namespace assessa::store {

namespace {

// Limits on what one statement or value may be. SQLite's defaults are sized for any program
// (a billion-byte value, 2,000 columns, 1,000 levels of expression); a crafted file or a
// runaway statement should meet limits close to what Assessa's own data needs.
struct Limit {
    int id;
    int value;
};
constexpr int one_mib = 1 << 20;
const Limit limits[] = {
    // The largest value stored is a framework's XML copy, which the loader accepts up to
    // XmlReader::max_bytes; a row holds it and a few short columns.
    {SQLITE_LIMIT_LENGTH, static_cast<int>(XmlReader::max_bytes) + one_mib},
    // Statements are Assessa's own (at most a few hundred bytes) and the CREATE statements in the
    // schema (a few hundred bytes each).
    {SQLITE_LIMIT_SQL_LENGTH, 100'000},
    // The widest table (action) has 22 columns.
    {SQLITE_LIMIT_COLUMN, 100},
    // Conditions are short AND chains and IN lists.
    {SQLITE_LIMIT_EXPR_DEPTH, 100},
    // No statement uses UNION; a few may in time.
    {SQLITE_LIMIT_COMPOUND_SELECT, 20},
    {SQLITE_LIMIT_FUNCTION_ARG, 16},
    // VACUUM INTO ("Save a copy as") attaches its target; nothing else is ever attached.
    {SQLITE_LIMIT_ATTACHED, 1},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100},
    // Statements bind at most about 25 values.
    {SQLITE_LIMIT_VARIABLE_NUMBER, 999},
    // Foreign key actions run as nested programs: deleting a cycle cascades to its plan, its
    // actions and their milestones, four levels deep.
    {SQLITE_LIMIT_TRIGGER_DEPTH, 10},
    {SQLITE_LIMIT_WORKER_THREADS, 0},
};

void set_config(SQLite::Database& db, int option, int value) {
    if (sqlite3_db_config(db.getHandle(), option, value, nullptr) != SQLITE_OK)
        throw SQLite::Exception(db.getHandle(), SQLITE_ERROR);
}

}  // namespace

void harden(SQLite::Database& db) {
    set_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1);
    set_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0);
    set_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0);
    db.exec("PRAGMA trusted_schema = OFF");
    db.exec("PRAGMA cell_size_check = ON");
    db.exec("PRAGMA mmap_size = 0");
    for (const Limit& l : limits) sqlite3_limit(db.getHandle(), l.id, l.value);
}

std::unique_ptr<SQLite::Database> open_connection(const std::string& path, Access access) {
    const int flags = access == Access::read_only    ? SQLite::OPEN_READONLY
                      : access == Access::read_write ? SQLite::OPEN_READWRITE
                                                     : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    auto db = std::make_unique<SQLite::Database>(path, flags, 5000);
    harden(*db);
    if (!expected_schema(Project::schema_version).has_triggers_or_views()) {
        set_config(*db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0);
        set_config(*db, SQLITE_DBCONFIG_ENABLE_VIEW, 0);
    }
    return db;
}

void remove_wal_files_after_reading(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(platform::utf8_path(path + "-wal"), ec)) return;
    try {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        harden(db);
        db.exec("PRAGMA query_only = ON");
        db.execAndGet("PRAGMA schema_version");  // a read joins the WAL, whose last reader removes it
    } catch (const SQLite::Exception&) {
        // Read-only media, or a file gone meanwhile: the files stay, as they would have.
    }
}

}  // namespace assessa::store
