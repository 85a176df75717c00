#pragma once

#include <SQLiteCpp/Database.h>

namespace assessa::store {

// 'ASSA': marks an SQLite file as an Assessa project (PRAGMA application_id).
inline constexpr int application_id = 0x41535341;

// Creates the current schema in an empty database.
void create_schema(SQLite::Database& db);
// Brings a database from `from_version` to the current version, inside the caller's transaction.
void migrate(SQLite::Database& db, int from_version);
// Brings a database from version `from` to version `to` (not above the current one).
void migrate(SQLite::Database& db, int from, int to);
// Creates the schema exactly as the migrations leave it at `version`, in an empty database.
void create_schema_at(SQLite::Database& db, int version);

// The steps a migration runs, from above `from` up to `to`. Written `from_version < N` in
// migrate(), a step's condition reads as it always has ("the file is older than N") and is true
// only when N is also within the target.
struct MigrationSteps {
    int from;
    int to;
};
inline bool operator<(MigrationSteps steps, int version) { return steps.from < version && version <= steps.to; }
// The schema as it was in version 1 (kept to build test fixtures and to document migrations).
void create_schema_v1(SQLite::Database& db);

}  // namespace assessa::store
