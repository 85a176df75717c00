#include "app/gui/report_commands.hpp"

#include "app/gui/approval_dialog.hpp"
#include "app/gui/bench_commands.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/wx_text.hpp"
#include "exports/plan/plan_files.hpp"
#include "model/date_format.hpp"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>
#include <wx/utils.h>

#include <algorithm>

namespace assessa::gui {

wxMenu* make_reports_menu() {
    auto* menu = new wxMenu;
    menu->Append(id_report_assessment, _("Generate self-assessment &report…"));
    menu->Append(id_report_plan, _("Generate improvement &plan…"));
    menu->Append(id_export_actions, _("&Export actions…"));
    menu->AppendSeparator();
    menu->Append(id_approve_report, _("&Approve report…"));
    menu->Append(id_approve_plan, _("Approve p&lan…"));
    append_bench_items(menu);
    return menu;
}

void bind_report_commands(MainFrame& frame) {
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_report_command(frame, ReportKind::assessment); },
               id_report_assessment);
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_report_command(frame, ReportKind::plan); }, id_report_plan);
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_export_actions(frame); }, id_export_actions);
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_approve_report(frame); }, id_approve_report);
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_approve_plan(frame); }, id_approve_plan);
    bind_bench_commands(frame);
    frame.Bind(wxEVT_UPDATE_UI, [&frame](wxUpdateUIEvent& e) {
        bool on = frame.has_project();
        if (on && (e.GetId() == id_approve_report || e.GetId() == id_approve_plan))
            on = !frame.session().project().read_only() && !frame.projector_mode();
        e.Enable(on);
    }, id_report_assessment, id_approve_plan);
}

bool confirm_partial_report(MainFrame& frame, const ReportChoice& choice) {
    const Project& project = frame.session().project();
    for (const Cycle& c : project.cycles()) {
        if (c.label != choice.options.cycle_label && !(choice.options.cycle_label.empty() && c.id == frame.session().cycle().id))
            continue;
        const Coverage done = summarize(project, c.id).consensus.overall_coverage;
        if (!done.partial()) return true;
        return frame.prompts().yes_no(wxString::Format(
            wxPLURAL("The consensus of cycle %s covers only %zu of %zu subcriterion. The report will say that its "
                     "scores are partial.\n\nGenerate it anyway?",
                     "The consensus of cycle %s covers only %zu of %zu subcriteria. The report will say that its "
                     "scores are partial.\n\nGenerate it anyway?",
                     done.total),
            u8(c.label), done.scored, done.total));
    }
    return true;
}

bool generate_report(MainFrame& frame, const ReportChoice& choice, bool show_progress) {
    if (!frame.has_project()) return false;
    if (choice.path.empty()) {
        frame.prompts().error(_("Choose the file to write the report to."));
        return false;
    }
    if (!confirm_partial_report(frame, choice)) return false;
    const wxString problem = write_report(frame.session().project(), choice, &frame, show_progress);
    if (!problem.empty()) {
        frame.prompts().error(problem);
        return false;
    }
    frame.SetStatusText(wxString::Format(_("Written: %s"), u8(choice.path)), 0);
    return true;
}

void run_report_command(MainFrame& frame, ReportKind kind) {
    if (!frame.has_project()) return;
    ReportDialog dlg(&frame, frame.session(), kind);
    if (dlg.ShowModal() != wxID_OK) return;
    const ReportChoice choice = dlg.choice();
    if (!generate_report(frame, choice)) return;
    wxMessageDialog done(&frame, wxString::Format(_("The PDF was written to %s."), u8(choice.path)), _("Assessa"),
                         wxYES_NO | wxICON_INFORMATION);
    done.SetYesNoLabels(_("&Open the PDF"), _("&Close"));
    if (done.ShowModal() == wxID_YES && !wxLaunchDefaultApplication(u8(choice.path)))
        frame.prompts().error(wxString::Format(_("No program to show %s was found."), u8(choice.path)));
}

bool export_actions(MainFrame& frame, Id cycle_id, const std::string& path) {
    if (!frame.has_project()) return false;
    const auto kind = plan_file_kind(path);
    if (!kind) {
        frame.prompts().error(wxString::Format(_("%s: choose a file name ending in .xlsx, .csv or .ics."), u8(path)));
        return false;
    }
    const Project& project = frame.session().project();
    if (!project.plan(cycle_id)) {
        frame.prompts().error(_("This cycle has no improvement plan yet: there are no actions to export."));
        return false;
    }
    try {
        const Translator& t = Translator::current();
        switch (*kind) {
        case PlanFileKind::xlsx: write_plan_xlsx(project, cycle_id, path, t); break;
        case PlanFileKind::csv: write_plan_csv(project, cycle_id, path, t); break;
        case PlanFileKind::ics: write_plan_ics(project, cycle_id, path, t, utf8(wxDateTime::Today().FormatISODate())); break;
        }
    } catch (const std::exception& e) {
        frame.prompts().error(wxString::Format(_("The actions could not be exported to %s:\n%s"), u8(path), u8(e.what())));
        return false;
    }
    frame.SetStatusText(wxString::Format(_("Actions exported to %s"), u8(path)), 0);
    return true;
}

void run_export_actions(MainFrame& frame) {
    if (!frame.has_project()) return;
    static const char* const extensions[] = {".xlsx", ".csv", ".ics"};
    wxFileDialog dlg(&frame, _("Export the improvement actions"), u8(utf8(wxFileName(u8(frame.session().project().path())).GetPath())),
                     _("actions.xlsx"),
                     _("Excel workbook (*.xlsx)|*.xlsx|CSV spreadsheet (*.csv)|*.csv|iCalendar due dates (*.ics)|*.ics"),
                     wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK) return;
    std::string path = utf8(dlg.GetPath());
    if (!plan_file_kind(path)) path += extensions[std::min(2, std::max(0, dlg.GetFilterIndex()))];
    export_actions(frame, frame.session().cycle().id, path);
}

wxString approval_status(const Project& project, Id cycle_id) {
    const std::string lang = Translator::current().language();
    const Cycle c = project.cycle(cycle_id);
    wxString out = c.approved() ? wxString::Format(_("Report approved on %s"), u8(format_iso_ui_date(c.approved_on, lang)))
                                : _("Report: draft");
    if (const auto plan = project.plan(cycle_id))
        out += " \u00b7 " + (plan->approved ? wxString::Format(_("Plan approved on %s"), u8(format_iso_ui_date(plan->approved_on, lang)))
                                            : wxString::Format(_("Plan version %d: draft"), plan->version));
    return out;
}

void show_approval_status(MainFrame& frame) {
    if (!frame.GetStatusBar() || frame.GetStatusBar()->GetFieldsCount() <= approval_status_field) return;
    frame.SetStatusText(frame.has_project() ? approval_status(frame.session().project(), frame.session().cycle().id)
                                            : wxString(),
                        approval_status_field);
}

}  // namespace assessa::gui
