#include "model/steps_edits.hpp"

#include "i18n/translator.hpp"
#include "model/plan_edits.hpp"

#include <map>
#include <memory>

namespace assessa {

namespace {

// The objectives each action of the cycle names: replacing the step records can drop an
// objective and, with it, the actions' links to it, which undoing puts back.
std::map<Id, std::vector<Id>> objective_links(const Project& project, Id cycle_id) {
    std::map<Id, std::vector<Id>> links;
    for (const auto& a : project.actions(cycle_id)) links[a.id] = a.objective_ids;
    return links;
}

void restore_links(Project& project, const ItemIds& ids, const std::map<Id, std::vector<Id>>& links) {
    for (const auto& [action_id, objective_ids] : links) {
        const Id now = action_id_now(ids, action_id);
        ImprovementAction a;
        try {
            a = project.action(now);
        } catch (const InvalidEdit&) {
            continue;  // removed since; its own undo puts it back
        }
        if (a.objective_ids == objective_ids) continue;
        a.objective_ids = objective_ids;
        project.update_action(a);
    }
}

}  // namespace

Edit edit_cycle_steps(const Project& project, Id cycle_id, const CycleSteps& steps, const std::string& label) {
    const CycleSteps before = project.cycle_steps(cycle_id);
    const auto links = objective_links(project, cycle_id);
    Edit e;
    e.label = label;
    e.apply = [=](Project& p, ItemIds&) { p.set_cycle_steps(cycle_id, steps); };
    e.revert = [=](Project& p, ItemIds& ids) {
        p.set_cycle_steps(cycle_id, before);
        restore_links(p, ids, links);
    };
    return e;
}

Edit edit_add_progress_review(const ProgressReview& review) {
    Edit e;
    e.label = tr("Record a progress review");
    auto id = std::make_shared<Id>(review.id);
    e.apply = [=](Project& p, ItemIds&) {
        ProgressReview r = review;
        r.id = *id;
        *id = p.add_progress_review(r);
    };
    e.revert = [=](Project& p, ItemIds&) { p.remove_progress_review(*id); };
    return e;
}

Edit edit_update_progress_review(const Project& project, const ProgressReview& review) {
    const ProgressReview before = project.progress_review(review.id);
    Edit e;
    e.label = tr("Change a progress review");
    e.apply = [=](Project& p, ItemIds&) { p.update_progress_review(review); };
    e.revert = [=](Project& p, ItemIds&) { p.update_progress_review(before); };
    return e;
}

Edit edit_remove_progress_review(const Project& project, Id review_id) {
    const ProgressReview before = project.progress_review(review_id);
    Edit e;
    e.label = tr("Remove a progress review");
    e.apply = [=](Project& p, ItemIds&) { p.remove_progress_review(before.id); };
    e.revert = [=](Project& p, ItemIds&) { p.add_progress_review(before); };
    return e;
}

}  // namespace assessa
