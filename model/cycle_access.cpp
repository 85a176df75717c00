#include "model/cycle_access.hpp"

#include "i18n/translator.hpp"

namespace assessa {

bool CycleAccess::closed() const { return project_->current_cycle().id != cycle_id_; }

void CycleAccess::unlock(const std::string& reason, const std::string& by) {
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos) throw InvalidEdit(tr("say what was corrected"));
    reason_ = reason;
    by_ = by;
}

void CycleAccess::check() const {
    if (project_->read_only()) throw InvalidEdit(trf("{} is open read-only", project_->path()));
    if (!editable())
        throw InvalidEdit(trf("cycle {} is closed: a later self-assessment has started. Use \"Correct this cycle…\" "
                              "to change it; the correction is recorded.",
                              project_->cycle(cycle_id_).label));
}

void CycleAccess::changed(const std::string& what, const std::string& merge_key) {
    if (!closed() || !unlocked()) return;
    const bool same_change = !merge_key.empty() && merge_key == last_merge_key_;
    last_merge_key_ = merge_key;
    if (same_change) return;
    project_->record_correction(cycle_id_, {0, "", by_, what.empty() ? reason_ : reason_ + ": " + what});
}

}  // namespace assessa
