#include "model/process_edits.hpp"

#include "i18n/translator.hpp"
#include "model/plan_edits.hpp"

#include <algorithm>
#include <memory>

namespace assessa {

namespace {

Edit process_edit(const char* label) {
    Edit e;
    e.label = tr(label);
    return e;
}

int index_of(const Project& project, Id process_id) {
    const auto all = project.processes();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == process_id) return static_cast<int>(i);
    throw InvalidEdit(trf("no process with id {}", process_id));
}

}  // namespace

Edit edit_add_process(const Process& p) {
    Edit e = process_edit(N_("Add process"));
    // The first apply gives the id; redo puts the process back with that same id.
    auto id = std::make_shared<Id>(0);
    e.apply = [=](Project& project, ItemIds&) {
        if (*id == 0) {
            *id = project.add_process(p);
        } else {
            Process again = p;
            again.id = *id;
            project.reinsert_process(again, static_cast<int>(project.processes().size()));
        }
    };
    e.revert = [=](Project& project, ItemIds&) { project.remove_process(*id); };
    return e;
}

Edit edit_update_process(const Project& project, const Process& p, const char* label) {
    const Process before = project.process(p.id);
    Edit e = process_edit(label ? label : N_("Edit process"));
    e.merge_key = label ? std::string() : "process-card-" + std::to_string(p.id);
    e.apply = [=](Project& pr, ItemIds&) { pr.update_process(p); };
    e.revert = [=](Project& pr, ItemIds&) { pr.update_process(before); };
    return e;
}

Edit edit_remove_process(const Project& project, Id process_id) {
    const Process before = project.process(process_id);
    const int index = index_of(project, process_id);
    const std::vector<Id> naming = project.actions_naming(process_id);
    Edit e = process_edit(N_("Delete process"));
    e.apply = [=](Project& pr, ItemIds&) { pr.remove_process(process_id); };
    // Actions keep their ids through process edits; a removed action (undone separately) is gone.
    e.revert = [=](Project& pr, ItemIds& ids) {
        std::vector<Id> now;
        now.reserve(naming.size());
        for (Id a : naming) now.push_back(action_id_now(ids, a));
        pr.reinsert_process(before, index, now);
    };
    return e;
}

Edit edit_move_process(const Project& project, Id process_id, int new_index) {
    const int before = index_of(project, process_id);
    Edit e = process_edit(N_("Move process"));
    e.apply = [=](Project& pr, ItemIds&) { pr.move_process(process_id, new_index); };
    e.revert = [=](Project& pr, ItemIds&) { pr.move_process(process_id, before); };
    return e;
}

Edit edit_matrix_cell(const Project& project, Id process_id, std::size_t row, std::size_t column, Responsibility value) {
    Process p = project.process(process_id);
    if (row >= p.matrix.rows.size() || column >= p.matrix.columns.size())
        throw InvalidEdit(trf("process {}: the matrix has no cell at row {}, column {}", p.code, row + 1, column + 1));
    p.matrix.set(row, column, value);
    return edit_update_process(project, p, N_("Change responsibility"));
}

std::string process_goal_afi_text(const Process& p, std::size_t goal_index) {
    return trf("{} {}: {}", p.code, p.name, p.improvement_goals.at(goal_index));
}

Edit edit_raise_process_goal(const Project& project, Id cycle_id, Id process_id, std::size_t goal_index,
                             const std::string& node_code) {
    const Process p = project.process(process_id);
    if (goal_index >= p.improvement_goals.size())
        throw InvalidEdit(trf("process {} has no improvement goal {}", p.code, goal_index + 1));
    const Cycle c = project.cycle(cycle_id);
    const FrameworkPtr fw = project.framework_of(c);
    if (!fw || !fw->find(node_code)) throw InvalidEdit(trf("cycle {} has no node {}", c.label, node_code));
    Edit e = edit_add_consensus_item(cycle_id, node_code, NoteKind::afi, process_goal_afi_text(p, goal_index), {});
    e.label = tr("Raise improvement goal as AFI");
    return e;
}

Edit edit_cycle_matrix_cell(const Project& project, Id process_id, std::size_t row, std::size_t column) {
    const Process p = project.process(process_id);
    return edit_matrix_cell(project, process_id, row, column, next_responsibility(p.matrix.at(row, column)));
}

}  // namespace assessa
