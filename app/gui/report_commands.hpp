#pragma once

#include "app/gui/report_dialog.hpp"

#include <wx/defs.h>
#include <wx/string.h>

#include <string>

class wxMenu;

namespace assessa::gui {

class MainFrame;

// The Reports menu's commands (IDs from wxID_HIGHEST + 200, clear of the frame's own).
enum ReportMenuId {
    id_report_assessment = wxID_HIGHEST + 200,
    id_report_plan,
    id_export_actions,
    id_approve_report,
    id_approve_plan,
};

wxMenu* make_reports_menu();
// Binds the Reports menu's commands and their enabling to the frame.
void bind_report_commands(MainFrame& frame);

// While the chosen cycle's consensus is incomplete, says how much of it there is and asks
// whether to generate the report anyway; true when there is nothing to ask or the user agrees.
bool confirm_partial_report(MainFrame& frame, const ReportChoice& choice);
// Writes a report chosen in the report dialog (after confirm_partial_report); problems go to the frame's prompts. Returns
// whether the PDF was written.
bool generate_report(MainFrame& frame, const ReportChoice& choice, bool show_progress = true);
// The whole command: the dialog, the writing and the offer to open the PDF.
void run_report_command(MainFrame& frame, ReportKind kind);

// Writes the actions of a cycle's plan as XLSX, CSV or iCalendar, chosen by the file's
// extension; problems go to the frame's prompts. Returns whether the file was written.
bool export_actions(MainFrame& frame, Id cycle_id, const std::string& path);
void run_export_actions(MainFrame& frame);

// "Report approved on 5 Mar 2027 · Plan version 2: draft", for the status bar.
wxString approval_status(const Project& project, Id cycle_id);
// Shows it in the frame's status bar.
void show_approval_status(MainFrame& frame);
constexpr int approval_status_field = 3;

}  // namespace assessa::gui
