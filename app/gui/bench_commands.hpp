#pragma once

#include "model/bench_types.hpp"

#include <wx/defs.h>

#include <string>

class wxMenu;

namespace assessa::gui {

class MainFrame;

// Benchlearning in the Reports menu (IDs from wxID_HIGHEST + 500): sharing the cycle's
// anonymised result and importing a network's comparison set (docs/benchlearning.md).
enum BenchMenuId {
    id_bench_share = wxID_HIGHEST + 500,
    id_bench_import,
};

void append_bench_items(wxMenu* reports);
void bind_bench_commands(MainFrame& frame);

// The dialog, then the file dialog, then the file: returns whether it was written.
bool run_bench_share(MainFrame& frame);
// Writes the submission the share dialog showed; problems go to the frame's prompts.
bool save_bench_submission(MainFrame& frame, const BenchSubmission& submission, const std::string& path);
// Reads a comparison set and keeps it in the project (one undoable edit); problems, with the
// file and place, go to the frame's prompts and nothing changes.
bool import_bench_set_file(MainFrame& frame, const std::string& path);
void run_bench_import(MainFrame& frame);

}  // namespace assessa::gui
