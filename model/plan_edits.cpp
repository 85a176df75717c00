#include "model/plan_edits.hpp"

#include "i18n/translator.hpp"

#include <algorithm>
#include <memory>

namespace assessa {

Id action_id_now(const ItemIds& ids, Id id) { return -ids.now(-id); }

namespace {

void action_renamed(ItemIds& ids, Id from, Id to) { ids.renamed(-from, -to); }

Id cycle_of(const Project& project, Id action_id) {
    for (const Cycle& c : project.cycles())
        for (const auto& a : project.actions(c.id))
            if (a.id == action_id) return c.id;
    throw InvalidEdit(trf("no improvement action with id {}", action_id));
}

int index_of(const Project& project, Id cycle_id, Id action_id) {
    const auto actions = project.actions(cycle_id);
    for (std::size_t i = 0; i < actions.size(); ++i)
        if (actions[i].id == action_id) return static_cast<int>(i);
    throw InvalidEdit(trf("no improvement action with id {}", action_id));
}

// The action as it was, with the ids of its AFIs as they are now.
ImprovementAction as_now(ImprovementAction a, const ItemIds& ids) {
    for (Id& afi : a.afi_ids) afi = ids.now(afi);
    return a;
}

// Puts back an action exactly as `before` (undoing its removal, or a status change).
void put_back(Project& p, ItemIds& ids, Id cycle_id, const ImprovementAction& before, int index) {
    const Id id = p.reinsert_action(cycle_id, as_now(before, ids), index);
    action_renamed(ids, action_id_now(ids, before.id), id);
}

Edit plan_edit(const char* label) {
    Edit e;
    e.label = tr(label);
    return e;
}

}  // namespace

Edit edit_add_action(Id cycle_id, const ImprovementAction& a) {
    Edit e = plan_edit(N_("Add action"));
    auto first_id = std::make_shared<Id>(0);
    e.apply = [=](Project& p, ItemIds& ids) {
        const Id id = p.add_action(cycle_id, as_now(a, ids));
        if (*first_id == 0) *first_id = id;
        else action_renamed(ids, *first_id, id);
    };
    e.revert = [=](Project& p, ItemIds& ids) { p.remove_action(action_id_now(ids, *first_id)); };
    return e;
}

Edit edit_update_action(const Project& project, const ImprovementAction& a, const char* label) {
    const ImprovementAction before = project.action(a.id);
    Edit e = plan_edit(label ? label : N_("Edit action"));
    e.apply = [=](Project& p, ItemIds& ids) {
        ImprovementAction now = as_now(a, ids);
        now.id = action_id_now(ids, a.id);
        p.update_action(now);
    };
    e.revert = [=](Project& p, ItemIds& ids) {
        ImprovementAction now = as_now(before, ids);
        now.id = action_id_now(ids, a.id);
        p.update_action(now);
    };
    return e;
}

Edit edit_remove_action(const Project& project, Id action_id) {
    const ImprovementAction before = project.action(action_id);
    const Id cycle_id = cycle_of(project, action_id);
    const int index = index_of(project, cycle_id, action_id);
    Edit e = plan_edit(N_("Delete action"));
    e.apply = [=](Project& p, ItemIds& ids) { p.remove_action(action_id_now(ids, action_id)); };
    e.revert = [=](Project& p, ItemIds& ids) { put_back(p, ids, cycle_id, before, index); };
    return e;
}

Edit edit_move_action(const Project& project, Id action_id, int new_index) {
    const Id cycle_id = cycle_of(project, action_id);
    const int before = index_of(project, cycle_id, action_id);
    Edit e = plan_edit(N_("Move action"));
    e.apply = [=](Project& p, ItemIds& ids) { p.move_action(action_id_now(ids, action_id), new_index); };
    e.revert = [=](Project& p, ItemIds& ids) { p.move_action(action_id_now(ids, action_id), before); };
    return e;
}

Edit edit_action_status(const Project& project, Id action_id, ActionStatus status, int progress,
                        const std::string& comment, const std::string& by, const std::string& on) {
    const ImprovementAction before = project.action(action_id);
    Edit e = plan_edit(N_("Change action status"));
    e.apply = [=](Project& p, ItemIds& ids) {
        p.set_action_status(action_id_now(ids, action_id), status, progress, comment, by, on);
    };
    // Undoing takes the entry out of the history again; the plan's approval is not touched.
    e.revert = [=](Project& p, ItemIds& ids) {
        p.restore_action_status(action_id_now(ids, action_id), before.status, before.progress, before.history);
    };
    return e;
}

Edit edit_create_plan(const Project& project, const NewPlan& plan) {
    const Cycle c = project.cycle(plan.cycle_id);
    std::vector<std::string> problems = validate_new_plan(plan);
    if (project.plan(plan.cycle_id)) problems.insert(problems.begin(), trf("cycle {} already has an improvement plan", c.label));
    if (!problems.empty()) {
        std::string message;
        for (const auto& p : problems) message += (message.empty() ? "" : "\n") + p;
        throw InvalidEdit(message);
    }
    const ImprovementPlan draft = draft_plan(plan);
    Edit e = plan_edit(N_("Create the improvement plan"));
    e.apply = [=](Project& p, ItemIds&) { p.create_plan(draft); };
    e.revert = [=](Project& p, ItemIds&) { p.remove_plan(draft.cycle_id); };
    return e;
}

Edit edit_rate_action(const Project& project, Id action_id, int impact, int feasibility) {
    ImprovementAction a = project.action(action_id);
    a.impact = impact;
    a.feasibility = feasibility;
    return edit_update_action(project, a, N_("Re-rate action"));
}

Edit edit_shift_action(const Project& project, Id action_id, long days) {
    ImprovementAction a = project.action(action_id);
    auto shift = [days](std::string& iso) {
        if (auto d = CalendarDate::parse(iso)) iso = d->plus_days(days).to_string();
    };
    shift(a.starts_on);
    shift(a.due_on);
    for (auto& m : a.milestones) shift(m.due_on);
    return edit_update_action(project, a, N_("Move action in time"));
}

}  // namespace assessa
