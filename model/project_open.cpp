// Creating, opening, locking, migrating and copying project files.

#include "frameworks/framework_loader.hpp"
#include "frameworks/mapping_loader.hpp"
#include "i18n/translator.hpp"
#include "model/project_connection.hpp"
#include "model/project_impl.hpp"
#include "model/project_schema.hpp"
#include "model/project_schema_check.hpp"

#include <SQLiteCpp/Exception.h>

#include <fcntl.h>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

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
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string user_name() {
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* u = std::getenv("USER")) return u;
    return "?";
}

std::string host_name() {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0) return "?";
    return buf;
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
    std::ifstream in(path, std::ios::binary);
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
    fs::copy_file(path, target, ec);
    if (!ec && fs::exists(path + "-wal")) fs::copy_file(path + "-wal", target + "-wal", ec);
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

// Copies a framework, its mappings and their target frameworks from the library into the file;
// copies already present are kept as they are.
void copy_framework_into(SQLite::Database& db, const FrameworkLibrary& library, const std::string& framework_id) {
    auto store = [&](const std::string& id, const char* kind, const std::string& source_path) {
        SQLite::Statement exists(db, "SELECT 1 FROM framework_snapshot WHERE id = ?");
        exists.bind(1, id);
        if (exists.executeStep()) return;
        SQLite::Statement ins(db, "INSERT INTO framework_snapshot (id, kind, xml, copied_at) VALUES (?, ?, ?, ?)");
        ins.bind(1, id);
        ins.bind(2, kind);
        ins.bind(3, read_text_file(source_path));
        ins.bind(4, now_utc());
        ins.exec();
    };
    auto fw = library.find(framework_id);
    if (!fw) throw InvalidEdit(trf("no framework with id \"{}\" is loaded", framework_id));
    store(fw->id(), "framework", fw->source_path());
    for (const auto& m : library.mappings_from(framework_id)) {
        auto target = library.find(m->target_id());
        if (!target) continue;
        store(target->id(), "framework", target->source_path());
        store(m->id(), "mapping", m->source_path());
    }
}

std::string backup_name(const std::string& path, int version) {
    const fs::path p(path);
    const std::string base = (p.parent_path() / p.stem()).string() + ".v" + std::to_string(version) + "-backup";
    std::string candidate = base + p.extension().string();
    for (int n = 2; fs::exists(candidate); ++n) candidate = base + "-" + std::to_string(n) + p.extension().string();
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
    if (lock_fd >= 0) close(lock_fd);
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
    SQLite::Statement q(*db, "SELECT id, kind, xml FROM framework_snapshot ORDER BY kind DESC, id");
    while (q.executeStep()) {
        const std::string id = q.getColumn(0).getString();
        const std::string kind = q.getColumn(1).getString();
        std::string xml = q.getColumn(2).getString();
        if (kind == "mapping") {
            mapping_texts.emplace_back(id, std::move(xml));
            continue;
        }
        auto loaded = load_framework_text(path + "#" + id, std::move(xml));
        if (!loaded.ok()) throw damaged(path, trf("its copy of framework \"{}\" cannot be read", id));
        frameworks.emplace(id, loaded.value);
    }
    const FrameworkLookup lookup = [this](std::string_view id) -> FrameworkPtr {
        auto it = frameworks.find(id);
        return it == frameworks.end() ? nullptr : it->second;
    };
    for (auto& [id, xml] : mapping_texts) {
        auto loaded = load_mapping_text(path + "#" + id, std::move(xml), lookup);
        if (!loaded.ok()) throw damaged(path, trf("its copy of mapping \"{}\" cannot be read", id));
        mappings.push_back(loaded.value);
    }
}

void Project::Impl::snapshot_from_library(const FrameworkLibrary& library, const std::string& framework_id) {
    copy_framework_into(*db, library, framework_id);
}

Project::Project(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Project::~Project() = default;

namespace {

std::unique_ptr<Project> create_project(const std::string& path, const FrameworkLibrary& library,
                                        const NewProject& spec, bool first_cycle) {
    if (fs::exists(path))
        throw ProjectError(ProjectError::Kind::exists, trf("{}: the file already exists; choose another name", path));
    auto fw = library.find(spec.framework_id);
    if (!fw) throw InvalidEdit(trf("no framework with id \"{}\" is loaded", spec.framework_id));
    std::string method = spec.method_id;
    if (method.empty() && !fw->methods().empty()) method = fw->methods().front().id;
    if (!fw->find_method(method))
        throw InvalidEdit(trf("framework \"{}\" has no scoring method \"{}\"", fw->id(), method));
    if (first_cycle && spec.cycle_label.empty())
        throw InvalidEdit(tr("the assessment cycle needs a name, such as the year"));

    // Build the project in a temporary file and move it into place, so that a failure never
    // leaves a half-made project under the chosen name.
    const std::string temp = path + ".creating";
    fs::remove(temp);
    try {
        {
            const auto connection = store::open_connection(temp, store::Access::create);
            auto& db = *connection;
            db.exec("PRAGMA foreign_keys = ON");
            SQLite::Transaction tx(db);
            store::create_schema(db);
            SQLite::Statement meta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
            for (const auto& [k, v] : {std::pair<std::string, std::string>{"project_id", new_project_id()},
                                       {"created_at", now_utc()},
                                       {"created_by", std::string("Assessa ") + ASSESSA_VERSION}}) {
                meta.bind(1, k);
                meta.bind(2, v);
                meta.exec();
                meta.reset();
            }
            copy_framework_into(db, library, spec.framework_id);
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
                SQLite::Statement cyc(db, "INSERT INTO cycle (label, framework_id, method_id, started_on) VALUES (?, ?, ?, ?)");
                cyc.bind(1, spec.cycle_label);
                cyc.bind(2, fw->id());
                cyc.bind(3, method);
                cyc.bind(4, now_utc().substr(0, 10));
                cyc.exec();
            }
            tx.commit();
            db.exec("PRAGMA journal_mode = WAL");
        }
        fs::rename(temp, path);
    } catch (...) {
        std::error_code ec;
        fs::remove(temp, ec);
        fs::remove(temp + "-wal", ec);
        fs::remove(temp + "-shm", ec);
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
    if (!fs::exists(path, ec))
        throw ProjectError(ProjectError::Kind::not_found, trf("{}: no such project file", path));
    if (fs::is_directory(path, ec))
        throw ProjectError(ProjectError::Kind::not_a_project, trf("{}: is a folder, not an Assessa project file", path));
    check_header(path);

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->read_only = mode == Mode::read_only;
    if (!impl->read_only) {
        impl->lock_fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
        if (impl->lock_fd < 0)
            throw ProjectError(ProjectError::Kind::io,
                               trf("{}: cannot open the file for writing ({}); open it read-only", path,
                                   std::strerror(errno)));
        if (flock(impl->lock_fd, LOCK_EX | LOCK_NB) != 0) {
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
            lock.bind(1, user_name());
            lock.bind(2, host_name());
            lock.bind(3, static_cast<std::int64_t>(getpid()));
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
    if (fs::exists(target))
        throw ProjectError(ProjectError::Kind::exists, trf("{}: the file already exists; choose another name", target));
    try {
        SQLite::Statement q(*impl_->db, "VACUUM INTO ?");
        q.bind(1, target);
        q.exec();
        // The copy must not claim to be open by us.
        store::open_connection(target, store::Access::read_write)->exec("DELETE FROM lock_record");
    } catch (const SQLite::Exception& e) {
        std::error_code ec;
        fs::remove(target, ec);
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
    auto it = impl_->frameworks.find(id);
    return it == impl_->frameworks.end() ? nullptr : it->second;
}

std::vector<FrameworkPtr> Project::frameworks() const {
    std::vector<FrameworkPtr> r;
    for (const auto& [id, fw] : impl_->frameworks) r.push_back(fw);
    return r;
}

std::vector<MappingPtr> Project::mappings() const { return impl_->mappings; }

MappingPtr Project::mapping_from(std::string_view source_id, std::string_view target_id) const {
    for (const auto& m : impl_->mappings)
        if (m->source_id() == source_id && m->target_id() == target_id) return m;
    return nullptr;
}

void Project::add_framework(const FrameworkLibrary& library, const std::string& framework_id) {
    impl_->write([&] { impl_->snapshot_from_library(library, framework_id); });
    impl_->load_snapshots();
}

}  // namespace assessa
