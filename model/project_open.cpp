// Creating, opening, locking, migrating and copying project files.

#include "frameworks/framework_loader.hpp"
#include "frameworks/framework_version.hpp"
#include "frameworks/mapping_loader.hpp"
#include "i18n/translator.hpp"
#include "model/project_connection.hpp"
#include "model/project_impl.hpp"
#include "model/project_schema.hpp"
#include "model/project_schema_check.hpp"
#include "model/platform/platform.hpp"

#include <SQLiteCpp/Exception.h>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;

namespace assessa {

namespace {

std::string read_text_file(const std::string& path) {
    std::ifstream in = platform::open_input(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string new_project_id() {
    std::random_device rd;
    std::mt19937_64 gen((static_cast<std::uint64_t>(rd()) << 32) ^ rd());
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(gen()),
                  static_cast<unsigned long long>(gen()));
    return buf;
}

std::string backup_name(const std::string& path, int version);

// Checks the SQLite header before SQLite sees the file, so that a text file or a truncated
// file gets a plain message instead of a library error.
void check_header(const std::string& path) {
    std::ifstream in = platform::open_input(path);
    if (!in) throw ProjectError(ProjectError::Kind::io, trf("{}: cannot read the file", path));
    unsigned char header[100] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    if (in.gcount() == 0)
        throw ProjectError(ProjectError::Kind::not_a_project, trf("{}: the file is empty, not an Assessa project", path));
    if (in.gcount() < 100 || std::memcmp(header, "SQLite format 3", 16) != 0)
        throw ProjectError(ProjectError::Kind::not_a_project, trf("{}: not an Assessa project file", path));
}

// Copies the file as it is on disk (with its write-ahead log, if any) before a migration.
std::string back_up(const std::string& path, int version) {
    std::string target = backup_name(path, version);  // not const: returned by move
    std::error_code ec;
    fs::copy_file(platform::utf8_path(path), platform::utf8_path(target), ec);
    if (!ec && fs::exists(platform::utf8_path(path + "-wal"))) fs::copy_file(platform::utf8_path(path + "-wal"), platform::utf8_path(target + "-wal"), ec);
    if (ec)
        throw ProjectError(ProjectError::Kind::io,
                           trf("{}: cannot write the backup {} before upgrading the file ({})", path, target, ec.message()));
    return target;
}

LockInfo read_lock_record(const std::string& path) {
    LockInfo info;
    try {
        const auto db = store::open_connection(path, store::Access::read_only);
        SQLite::Statement q(*db, "SELECT user, host, pid, opened_at FROM lock_record WHERE id = 1");
        if (q.executeStep()) {
            info.user = q.getColumn(0).getString();
            info.host = q.getColumn(1).getString();
            info.pid = q.getColumn(2).getInt();
            info.opened_at = q.getColumn(3).getString();
        }
    } catch (const SQLite::Exception&) {
        // The holder may be mid-write; report the lock without details.
    }
    return info;
}

ProjectError damaged(const std::string& path, const std::string& detail) {
    return ProjectError(ProjectError::Kind::damaged,
                        trf("{}: the project file is damaged and cannot be opened ({})", path, detail));
}

// Checks, before anything in the file is used or changed, that it is an Assessa project of a
// version this program reads, that its schema is exactly what the migrations create for its
// version, and that SQLite finds it intact; returns that version.
int verified_version(SQLite::Database& db, const std::string& path) {
    const int app_id = db.execAndGet("PRAGMA application_id").getInt();
    if (app_id == 0)
        throw ProjectError(ProjectError::Kind::not_a_project, trf("{}: an SQLite database, but not an Assessa project", path));
    if (app_id != store::application_id)
        throw ProjectError(ProjectError::Kind::not_a_project,
                           trf("{}: not an Assessa project: its application id is {:#010x}, which Assessa does not "
                               "know (Assessa writes {:#010x}). If it was an Assessa project, it may have been tampered "
                               "with. Nothing was changed.",
                               path, static_cast<std::uint32_t>(app_id), store::application_id));
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version > Project::schema_version)
        throw ProjectError(ProjectError::Kind::newer_version,
                           trf("{}: the project was saved by a newer version of Assessa (file format {}, this "
                               "version reads up to {}). Update Assessa to open it.",
                               path, version, Project::schema_version));
    if (version < 1) throw damaged(path, trf("unknown file format {}", version));
    // The schema first: a table changed by hand can also make the quick check complain about
    // its values, and the change is what the user must hear about.
    const auto& expected = store::expected_schema(version);
    const auto actual = store::read_schema(db);
    if (const auto difference = store::schema_difference(expected, actual)) {
        std::string message = trf("{}: this project file {}; it may have been tampered with. Nothing was changed.",
                                  path, *difference);
        if (const std::string owner = store::refused_file_owner(db, expected, actual); !owner.empty())
            message += " " + owner;
        throw ProjectError(ProjectError::Kind::not_a_project, message);  // not a project as Assessa made it
    }
    const std::string check = db.execAndGet("PRAGMA quick_check").getString();
    if (check != "ok") throw damaged(path, check);
    return version;
}

// Copies a framework (the newest version the library holds, or `version`), its mappings and
// their target frameworks from the library into the file. A framework version already present
// is kept as it is, and so is a mapping (of any version) or a mapping target (of any version).
FrameworkPtr copy_framework_into(SQLite::Database& db, const FrameworkLibrary& library, const std::string& framework_id,
                                 const std::string& version = {}) {
    auto held = [&](const std::string& id, const std::string* exact) {
        SQLite::Statement exists(db, exact ? "SELECT 1 FROM framework_snapshot WHERE id = ? AND version = ?"
                                           : "SELECT 1 FROM framework_snapshot WHERE id = ?");
        exists.bind(1, id);
        if (exact) exists.bind(2, *exact);
        return exists.executeStep();
    };
    auto store = [&](const std::string& id, const std::string& v, const char* kind, const std::string& source_path) {
        SQLite::Statement ins(db, "INSERT INTO framework_snapshot (id, version, kind, xml, copied_at) VALUES (?, ?, ?, ?, ?)");
        ins.bind(1, id);
        ins.bind(2, v);
        ins.bind(3, kind);
        ins.bind(4, read_text_file(source_path));
        ins.bind(5, now_utc());
        ins.exec();
    };
    if (!version.empty() && !is_framework_version(version))
        throw InvalidEdit(trf("\"{}\" is not a framework version (numbers separated by dots, such as 2020 or 2020.1)",
                              version));
    auto fw = version.empty() ? library.find(framework_id) : library.find(framework_id, version);
    if (!fw && version.empty()) throw InvalidEdit(trf("no framework with id \"{}\" is loaded", framework_id));
    if (!fw) throw InvalidEdit(trf("no version {} of framework \"{}\" is loaded", version, framework_id));
    if (!held(fw->id(), &fw->version())) store(fw->id(), fw->version(), "framework", fw->source_path());
    for (const auto& m : library.mappings_from(framework_id)) {
        auto target = library.find(m->target_id());
        if (!target || held(m->id(), nullptr)) continue;
        if (!held(target->id(), nullptr)) store(target->id(), target->version(), "framework", target->source_path());
        store(m->id(), m->version(), "mapping", m->source_path());
    }
    return fw;
}

std::string backup_name(const std::string& path, int version) {
    const fs::path p = platform::utf8_path(path);
    const std::string base = platform::utf8_string(p.parent_path() / p.stem()) + ".v" + std::to_string(version) + "-backup";
    const std::string extension = platform::utf8_string(p.extension());
    std::string candidate = base + extension;
    for (int n = 2; fs::exists(platform::utf8_path(candidate)); ++n) {
        candidate = base;
        candidate += '-';
        candidate += std::to_string(n);
        candidate += extension;
    }
    return candidate;
}

}  // namespace

Project::Impl::~Impl() {
    if (db && !read_only) {
        try {
            db->exec("DELETE FROM lock_record");
        } catch (const SQLite::Exception&) {
            // The file may be gone or full; the flock goes with the process anyway.
        }
    }
    db.reset();
    lock.release();
}

ProjectError Project::Impl::store_failure(const SQLite::Exception& e) const {
    // SQLite says SQLITE_FULL only when the disk reports it is full; a write refused for another
    // reason (a quota, the size limit for one file, a failing disk) is an I/O error.
    const int code = e.getErrorCode() & 0xff;  // the primary code of an extended one
    if (code == SQLITE_FULL)
        return ProjectError(ProjectError::Kind::io, trf("{}: the disk is full; the last change was not saved", path));
    if (code == SQLITE_IOERR)
        return ProjectError(ProjectError::Kind::io,
                            trf("{}: the file could not be written (the disk may be full or failing); the last "
                                "change was not saved",
                                path));
    return ProjectError(ProjectError::Kind::io, trf("{}: the last change could not be saved ({})", path, e.what()));
}

void Project::Impl::require_writable() const {
    if (read_only)
        throw ProjectError(ProjectError::Kind::read_only, trf("{}: the project is open read-only", path));
}

void Project::Impl::load_snapshots() {
    frameworks.clear();
    mappings.clear();
    std::vector<std::pair<std::string, std::string>> mapping_texts;
    SQLite::Statement q(*db, "SELECT id, version, kind, xml FROM framework_snapshot ORDER BY kind DESC, id");
    while (q.executeStep()) {
        const std::string id = q.getColumn(0).getString();
        const std::string version = q.getColumn(1).getString();
        const std::string kind = q.getColumn(2).getString();
        std::string xml = q.getColumn(3).getString();
        if (kind == "mapping") {
            mapping_texts.emplace_back(id, std::move(xml));
            continue;
        }
        auto loaded = load_framework_text(path + "#" + id, std::move(xml));
        if (!loaded.ok()) throw damaged(path, trf("its copy of framework \"{}\" cannot be read", id));
        // The row's key must be what its XML says: a crafted file could claim another version.
        if (loaded.value->id() != id || loaded.value->version() != version)
            throw damaged(path, trf("its copy of framework \"{}\" version {} holds framework \"{}\" version {}", id,
                                    version, loaded.value->id(), loaded.value->version()));
        frameworks.push_back(loaded.value);
    }
    std::stable_sort(frameworks.begin(), frameworks.end(), [](const FrameworkPtr& a, const FrameworkPtr& b) {
        if (a->id() != b->id()) return a->id() < b->id();
        return compare_framework_versions(a->version(), b->version()) < 0;
    });
    const FrameworkVersions versions = [this](std::string_view id) {
        std::vector<FrameworkPtr> r;
        for (const auto& fw : frameworks)
            if (fw->id() == id) r.push_back(fw);
        return r;
    };
    for (auto& [id, xml] : mapping_texts) {
        auto loaded = load_mapping_against_versions(
            [&, id = id, xml = xml](const FrameworkLookup& lookup) { return load_mapping_text(path + "#" + id, xml, lookup); },
            versions);
        if (!loaded.ok()) throw damaged(path, trf("its copy of mapping \"{}\" cannot be read", id));
        mappings.push_back(loaded.value);
    }
}

void Project::Impl::snapshot_from_library(const FrameworkLibrary& library, const std::string& framework_id,
                                          const std::string& version) {
    copy_framework_into(*db, library, framework_id, version);
}

Project::Project(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Project::~Project() {
    if (!impl_) return;
    // Only a project that was opened: a refused file is left exactly as it was.
    const bool was_read_only = impl_->read_only;
    const std::string path = impl_->path;
    impl_.reset();
    if (was_read_only) store::remove_wal_files_after_reading(path);
}

namespace {

std::unique_ptr<Project> create_project(const std::string& path, const FrameworkLibrary& library,
                                        const NewProject& spec, bool first_cycle) {
    if (fs::exists(platform::utf8_path(path)))
        throw ProjectError(ProjectError::Kind::exists, trf("{}: the file already exists; choose another name", path));
    auto fw = spec.framework_version.empty() ? library.find(spec.framework_id)
                                             : library.find(spec.framework_id, spec.framework_version);
    if (!fw) throw InvalidEdit(trf("no framework with id \"{}\" is loaded", spec.framework_id));
    std::string method = spec.method_id;
    if (method.empty() && !fw->methods().empty()) method = fw->methods().front().id;
    if (!fw->find_method(method)) {
        std::string methods;
        for (const auto& m : fw->methods()) {
            if (!methods.empty()) methods += ", ";
            methods += m.id;
        }
        throw InvalidEdit(trf("framework \"{}\" has no scoring method \"{}\" (its methods: {})", fw->id(), method, methods));
    }
    if (first_cycle && spec.cycle_label.empty())
        throw InvalidEdit(tr("the assessment cycle needs a name, such as the year"));

    // Build the project in a temporary file and move it into place, so that a failure never
    // leaves a half-made project under the chosen name.
    const std::string temp = path + ".creating";
    fs::remove(platform::utf8_path(temp));
    try {
        {
            const auto connection = store::open_connection(temp, store::Access::create);
            auto& db = *connection;
            {
                // Before foreign keys are on: migrations rebuild tables (project_schema.cpp).
                SQLite::Transaction schema(db);
                store::create_schema(db);
                schema.commit();
            }
            db.exec("PRAGMA foreign_keys = ON");
            SQLite::Transaction tx(db);
            SQLite::Statement meta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
            for (const auto& [k, v] : {std::pair<std::string, std::string>{"project_id", new_project_id()},
                                       {"created_at", now_utc()},
                                       {"created_by", std::string("Assessa ") + ASSESSA_VERSION}}) {
                meta.bind(1, k);
                meta.bind(2, v);
                meta.exec();
                meta.reset();
            }
            copy_framework_into(db, library, spec.framework_id, fw->version());
            const auto& o = spec.organisation;
            SQLite::Statement org(db, "INSERT INTO organisation (id, name, type, address, size, period, language) "
                                      "VALUES (1, ?, ?, ?, ?, ?, ?)");
            org.bind(1, o.name);
            org.bind(2, o.type);
            org.bind(3, o.address);
            org.bind(4, o.size);
            org.bind(5, o.period);
            org.bind(6, o.language.empty() ? std::string("en") : o.language);
            org.exec();
            if (first_cycle) {
                SQLite::Statement cyc(db, "INSERT INTO cycle (label, framework_id, framework_version, method_id, "
                                          "started_on) VALUES (?, ?, ?, ?, ?)");
                cyc.bind(1, spec.cycle_label);
                cyc.bind(2, fw->id());
                cyc.bind(3, fw->version());
                cyc.bind(4, method);
                cyc.bind(5, now_utc().substr(0, 10));
                cyc.exec();
            }
            tx.commit();
            db.exec("PRAGMA journal_mode = WAL");
        }
        fs::rename(platform::utf8_path(temp), platform::utf8_path(path));
    } catch (...) {
        std::error_code ec;
        fs::remove(platform::utf8_path(temp), ec);
        fs::remove(platform::utf8_path(temp + "-wal"), ec);
        fs::remove(platform::utf8_path(temp + "-shm"), ec);
        throw;
    }
    return Project::open(path);
}

}  // namespace

std::unique_ptr<Project> Project::create(const std::string& path, const FrameworkLibrary& library,
                                         const NewProject& spec) {
    return create_project(path, library, spec, true);
}

std::unique_ptr<Project> Project::create_for_import(const std::string& path, const FrameworkLibrary& library,
                                                    const NewProject& spec) {
    return create_project(path, library, spec, false);
}

std::unique_ptr<Project> Project::open(const std::string& path, Mode mode) {
    std::error_code ec;
    if (!fs::exists(platform::utf8_path(path), ec))
        throw ProjectError(ProjectError::Kind::not_found, trf("{}: no such project file", path));
    if (fs::is_directory(platform::utf8_path(path), ec))
        throw ProjectError(ProjectError::Kind::not_a_project, trf("{}: is a folder, not an Assessa project file", path));
    check_header(path);

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->read_only = mode == Mode::read_only;
    if (!impl->read_only) {
        std::string reason;
        const auto locking = impl->lock.try_lock(path, reason);
        if (locking == platform::FileLock::Result::cannot_open)
            throw ProjectError(ProjectError::Kind::io,
                               trf("{}: cannot open the file for writing ({}); open it read-only", path, reason));
        if (locking == platform::FileLock::Result::held_elsewhere) {
            const LockInfo who = read_lock_record(path);
            const std::string holder = who.user.empty()
                                           ? tr("another program")
                                           : trf("{} on {} (process {}) since {}", who.user, who.host, who.pid,
                                                 who.opened_at);
            throw ProjectError(ProjectError::Kind::locked,
                               trf("{}: the project is already open by {}. You can open it read-only.", path, holder),
                               who);
        }
    }

    try {
        // Everything about the file is checked on a read-only connection first, so that a refused
        // file is left exactly as it was (a read-write connection may write on closing).
        auto inspection = store::open_connection(path, store::Access::read_only);
        const int schema_cookie = inspection->execAndGet("PRAGMA schema_version").getInt();  // before the check
        const int version = verified_version(*inspection, path);
        if (version < schema_version && impl->read_only)
            throw ProjectError(ProjectError::Kind::read_only,
                               trf("{}: the project is in an older file format and must be opened for writing "
                                   "once to be upgraded",
                                   path));
        if (impl->read_only) {
            impl->db = std::move(inspection);
        } else {
            inspection.reset();
            // The backup is the old file exactly as it was: taken before a writing connection opens it.
            if (version < schema_version) impl->backup_path = back_up(path, version);
            impl->db = store::open_connection(path, store::Access::read_write);
            // The schema cookie changes with every change to the schema: it is the one checked.
            if (impl->db->execAndGet("PRAGMA schema_version").getInt() != schema_cookie)
                throw ProjectError(ProjectError::Kind::io,
                                   trf("{}: the file was changed by another program while Assessa opened it; nothing "
                                       "was changed, try again",
                                       path));
        }
        auto& db = *impl->db;
        if (version < schema_version) {
            SQLite::Transaction tx(db);
            store::migrate(db, version);
            tx.commit();
        }
        impl->load_snapshots();  // a copy that cannot be read refuses the file before it is written
        if (!impl->read_only) {
            db.exec("PRAGMA journal_mode = WAL");
            db.exec("PRAGMA synchronous = FULL");
            db.exec("PRAGMA foreign_keys = ON");
            SQLite::Statement lock(db, "INSERT OR REPLACE INTO lock_record (id, user, host, pid, opened_at) "
                                       "VALUES (1, ?, ?, ?, ?)");
            lock.bind(1, platform::user_name());
            lock.bind(2, platform::host_name());
            lock.bind(3, static_cast<std::int64_t>(platform::process_id()));
            lock.bind(4, now_utc());
            lock.exec();
        }
    } catch (const ProjectError&) {
        impl->db.reset();  // closed as it is: the lock record to remove was never written
        throw;
    } catch (const SQLite::Exception& e) {
        impl->db.reset();
        const int code = e.getErrorCode();
        if (code == SQLITE_NOTADB) throw ProjectError(ProjectError::Kind::not_a_project, trf("{}: not an Assessa project file", path));
        if (code == SQLITE_CORRUPT) throw damaged(path, e.what());
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw ProjectError(ProjectError::Kind::locked, trf("{}: the project is busy in another program", path));
        if (code == SQLITE_FULL)
            throw ProjectError(ProjectError::Kind::io, trf("{}: the disk is full ({})", path, e.what()));
        throw damaged(path, e.what());
    }
    return std::unique_ptr<Project>(new Project(std::move(impl)));
}

const std::string& Project::path() const { return impl_->path; }
bool Project::read_only() const { return impl_->read_only; }
const std::string& Project::backup_path() const { return impl_->backup_path; }

std::string Project::project_id() const {
    SQLite::Statement q(*impl_->db, "SELECT value FROM meta WHERE key = 'project_id'");
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

void Project::save_copy(const std::string& target) const {
    if (fs::exists(platform::utf8_path(target)))
        throw ProjectError(ProjectError::Kind::exists, trf("{}: the file already exists; choose another name", target));
    try {
        SQLite::Statement q(*impl_->db, "VACUUM INTO ?");
        q.bind(1, target);
        q.exec();
        // The copy must not claim to be open by us.
        store::open_connection(target, store::Access::read_write)->exec("DELETE FROM lock_record");
    } catch (const SQLite::Exception& e) {
        std::error_code ec;
        fs::remove(platform::utf8_path(target), ec);
        throw ProjectError(ProjectError::Kind::io, trf("{}: cannot write the copy ({})", target, e.what()));
    }
}

void Project::batch(const std::function<void()>& edits) {
    impl_->require_writable();
    if (impl_->batch_depth > 0) return edits();
    SQLite::Transaction tx(*impl_->db);
    ++impl_->batch_depth;
    try {
        edits();
    } catch (const SQLite::Exception& e) {
        --impl_->batch_depth;
        throw impl_->store_failure(e);  // the transaction rolls back as it goes out of scope
    } catch (...) {
        --impl_->batch_depth;
        throw;
    }
    --impl_->batch_depth;
    try {
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw impl_->store_failure(e);
    }
}

FrameworkPtr Project::framework(std::string_view id) const {
    FrameworkPtr newest;  // the list is oldest first
    for (const auto& fw : impl_->frameworks)
        if (fw->id() == id) newest = fw;
    return newest;
}

FrameworkPtr Project::framework(std::string_view id, std::string_view version) const {
    return impl_->find_framework(id, version);
}

std::vector<FrameworkPtr> Project::framework_versions(std::string_view id) const {
    std::vector<FrameworkPtr> r;
    for (const auto& fw : impl_->frameworks)
        if (fw->id() == id) r.push_back(fw);
    return r;
}

std::vector<FrameworkPtr> Project::frameworks() const { return impl_->frameworks; }

std::vector<MappingPtr> Project::mappings() const { return impl_->mappings; }

MappingPtr Project::mapping_from(std::string_view source_id, std::string_view target_id) const {
    for (const auto& m : impl_->mappings)
        if (m->source_id() == source_id && m->target_id() == target_id) return m;
    return nullptr;
}

void Project::add_framework(const FrameworkLibrary& library, const std::string& framework_id, const std::string& version) {
    impl_->write([&] { impl_->snapshot_from_library(library, framework_id, version); });
    impl_->load_snapshots();
}

}  // namespace assessa
