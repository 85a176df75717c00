#pragma once

#include "model/edit_history.hpp"
#include "model/process_types.hpp"

namespace assessa {

// Undoable edits of the process register, for EditHistory. A process keeps its id through
// undo and redo (a removed process is put back with the id it had).
Edit edit_add_process(const Process& p);
// Replaces the card and matrix of p.id; `label` names the gesture.
Edit edit_update_process(const Project& project, const Process& p, const char* label = nullptr);
Edit edit_remove_process(const Project& project, Id process_id);
Edit edit_move_process(const Project& project, Id process_id, int new_index);
// One cell of a process's matrix.
Edit edit_matrix_cell(const Project& project, Id process_id, std::size_t row, std::size_t column, Responsibility value);
// A click on a cell: empty -> V -> D -> empty.
Edit edit_cycle_matrix_cell(const Project& project, Id process_id, std::size_t row, std::size_t column);

// Raises improvement goal `goal_index` (card field 12) of a process as an agreed area for
// improvement of the cycle at `node_code` (CAF 5.1 by default: processes are identified,
// designed and managed), worded "P-01 Process name: goal". Undoing removes the AFI.
Edit edit_raise_process_goal(const Project& project, Id cycle_id, Id process_id, std::size_t goal_index,
                             const std::string& node_code = "5.1");
// The AFI text a goal is raised with.
std::string process_goal_afi_text(const Process& p, std::size_t goal_index);

}  // namespace assessa
