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

}  // namespace assessa
