#pragma once

// Internal to the store: the one way an SQLite connection to a project file is made. Project
// files travel between people, so every file is treated as coming from an untrusted source.

#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

namespace assessa::store {

enum class Access { read_only, read_write, create };

// Opens `path` hardened (see harden()). Triggers and views are turned off as well while the
// schema the migrations create has none, so that even a file that slipped past the schema check
// could run no SQL of its own.
std::unique_ptr<SQLite::Database> open_connection(const std::string& path, Access access);

// A read-only connection to a project in WAL mode leaves the "-wal" and "-shm" files SQLite
// made beside it: only a connection that may write removes them, as the last one to close. Called
// after a read-only project is closed, this opens and closes such a connection that only reads;
// while another program has the project open, or the file cannot be written, they stay.
void remove_wal_files_after_reading(const std::string& path);

// SQLite's advice for databases from untrusted sources: defensive mode, no trusted schema,
// cell size checks, no memory-mapped I/O, and limits suited to what Assessa stores.
void harden(SQLite::Database& db);

}  // namespace assessa::store
