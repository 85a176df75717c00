#pragma once

#include <wx/defs.h>

#include <string>

class wxMenu;

namespace assessa::gui {

class MainFrame;

// Perception surveys in the Edit menu (IDs from wxID_HIGHEST + 520; docs/surveys.md).
enum SurveyMenuId {
    id_survey_import = wxID_HIGHEST + 520,
    id_survey_remove,
};

void append_survey_items(wxMenu* edit);
void bind_survey_commands(MainFrame& frame);

// The import dialog (with `csv_path` chosen already, when given); an imported survey is one
// undoable edit, and the page of the subcriterion it is evidence for is shown.
void run_survey_import(MainFrame& frame, const std::string& csv_path = {});
// Chooses one of the cycle's surveys and removes it (undoable).
void run_survey_remove(MainFrame& frame);

}  // namespace assessa::gui
