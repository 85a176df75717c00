#pragma once

// Internal to the store: the state behind Project, shared by its source files.

#include "model/calendar_date.hpp"
#include "model/project.hpp"
#include "model/platform/platform.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <map>

namespace assessa {

struct Project::Impl {
    std::string path;
    std::string backup_path;
    bool read_only = false;
    platform::FileLock lock;  // held for the life of a read-write project; released after the database
    std::unique_ptr<SQLite::Database> db;
    std::vector<FrameworkPtr> frameworks;  // every version held, by id and then oldest version first
    std::vector<MappingPtr> mappings;
    int batch_depth = 0;  // inside Project::batch(): edits join the batch's transaction

    ~Impl();

    // Runs `edit` in one transaction and commits; a failure rolls back and rethrows.
    template <class F>
    auto write(F&& edit) -> decltype(edit()) {
        require_writable();
        if (batch_depth > 0) return edit();
        try {
            SQLite::Transaction tx(*db);
            if constexpr (std::is_void_v<decltype(edit())>) {
                edit();
                tx.commit();
            } else {
                auto result = edit();
                tx.commit();
                return result;
            }
        } catch (const SQLite::Exception& e) {
            throw store_failure(e);
        }
    }
    void require_writable() const;
    // A failed write (full disk, I/O error...) as a ProjectError a user can read.
    ProjectError store_failure(const SQLite::Exception& e) const;

    // Reads the framework and mapping copies kept in the file.
    void load_snapshots();
    // Copies a framework from the library, with its mappings and their target frameworks.
    void snapshot_from_library(const FrameworkLibrary& library, const std::string& framework_id,
                               const std::string& version);

    FrameworkPtr find_framework(std::string_view id, std::string_view version) const;
    const Framework& framework_of(const Cycle& c) const;  // throws ProjectError when it is missing
    // Checks that the node is assessable in the cycle and the phase belongs to its panel, and
    // that a value lies on the panel's scale; throws InvalidEdit otherwise.
    const Panel& checked_panel(Id cycle_id, const std::string& node_code) const;
    void check_score(const Panel& panel, const std::string& node_code, const std::string& phase,
                     std::optional<int> value) const;
    void check_member(Id member_id) const;
    Cycle load_cycle(Id cycle_id) const;
    Id cycle_of_action(Id action_id) const;  // throws InvalidEdit for an unknown action
    // An approved plan whose actions change becomes a draft of the next version.
    void plan_changed(Id cycle_id);
};


}  // namespace assessa
