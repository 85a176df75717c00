#pragma once

#include <SQLiteCpp/Database.h>

namespace assessa::store {

// 'ASSA': marks an SQLite file as an Assessa project (PRAGMA application_id).
inline constexpr int application_id = 0x41535341;

// Creates the current schema in an empty database.
void create_schema(SQLite::Database& db);
// Brings a database from `from_version` to the current version, inside the caller's transaction.
void migrate(SQLite::Database& db, int from_version);
// The schema as it was in version 1 (kept to build test fixtures and to document migrations).
void create_schema_v1(SQLite::Database& db);

}  // namespace assessa::store
