#include "model/approval_edits.hpp"

#include "i18n/translator.hpp"

namespace assessa {

Edit edit_report_approval(const Project& project, Id cycle_id, const std::string& by, const std::string& on,
                          const std::string& note) {
    const Cycle before = project.cycle(cycle_id);
    Edit e;
    e.label = tr("Approve the report");
    e.apply = [=](Project& p, ItemIds&) { p.set_cycle_approval(cycle_id, by, on, note); };
    e.revert = [=](Project& p, ItemIds&) {
        p.set_cycle_approval(cycle_id, before.approved_by, before.approved_on, before.approval_note);
    };
    return e;
}

}  // namespace assessa
