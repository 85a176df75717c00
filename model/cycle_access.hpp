#pragma once

// Whether the workspace may change a cycle. The newest cycle is open. An earlier one is closed:
// it is the record of that self-assessment, shown read-only, until the user unlocks it to
// correct it, saying what for; every change made then is recorded as a dated correction.

#include "model/project.hpp"

#include <string>

namespace assessa {

class CycleAccess {
public:
    CycleAccess(Project& project, Id cycle_id) : project_(&project), cycle_id_(cycle_id) {}

    Id cycle_id() const { return cycle_id_; }
    bool closed() const;  // a later cycle exists
    bool unlocked() const { return !reason_.empty(); }
    bool editable() const { return !project_->read_only() && (!closed() || unlocked()); }

    // Allows changes to a closed cycle; `reason` (what is being corrected) must say something.
    void unlock(const std::string& reason, const std::string& by);
    void lock() { reason_.clear(); }
    // Throws InvalidEdit, naming the cycle, when a change is not allowed.
    void check() const;
    // Records a change just made (`what`: its description) when it corrected a closed cycle.
    // Changes with the same non-empty `merge_key` in a row (typing in one field) are one.
    void changed(const std::string& what, const std::string& merge_key = {});

private:
    Project* project_;
    Id cycle_id_;
    std::string reason_;
    std::string by_;
    std::string last_merge_key_;
};

}  // namespace assessa
