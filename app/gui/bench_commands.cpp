#include "app/gui/bench_commands.hpp"

#include "app/gui/bench_share_dialog.hpp"
#include "app/gui/dashboard_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/wx_text.hpp"
#include "exports/bench_file.hpp"
#include "model/bench_submission.hpp"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>

#include <memory>

namespace assessa::gui {

void append_bench_items(wxMenu* reports) {
    reports->AppendSeparator();
    reports->Append(id_bench_share, _("&Share for comparison…"));
    reports->Append(id_bench_import, _("&Import comparison set…"));
}

void bind_bench_commands(MainFrame& frame) {
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_bench_share(frame); }, id_bench_share);
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_bench_import(frame); }, id_bench_import);
    frame.Bind(wxEVT_UPDATE_UI, [&frame](wxUpdateUIEvent& e) {
        e.Enable(frame.has_project() && !(e.GetId() == id_bench_import && frame.session().project().read_only()));
    }, id_bench_share, id_bench_import);
}

bool save_bench_submission(MainFrame& frame, const BenchSubmission& submission, const std::string& path) {
    try {
        write_bench_submission_file(path, submission);
    } catch (const std::exception& e) {
        frame.prompts().error(wxString::Format(_("The file could not be written:\n%s"), u8(e.what())));
        return false;
    }
    frame.SetStatusText(wxString::Format(_("Written: %s"), u8(path)), 0);
    return true;
}

bool run_bench_share(MainFrame& frame) {
    if (!frame.has_project()) return false;
    ProjectSession& s = frame.session();
    if (!bench_shareable(s.summary())) {
        frame.prompts().error(wxString::Format(
            _("Cycle %s has no consensus score yet, so there is nothing to compare."), u8(s.cycle().label)));
        return false;
    }
    const Id cycle_id = s.cycle().id;
    std::unique_ptr<BenchShareDialog> dlg;
    try {
        dlg = std::make_unique<BenchShareDialog>(
            &frame, [&s, cycle_id](const BenchProfile& p) { return bench_submission_for(s.project(), cycle_id, p); },
            &s.framework());
    } catch (const std::exception& e) {  // a read-only project that has never shared
        frame.prompts().error(wxString::Format(_("The file could not be prepared:\n%s"), u8(e.what())));
        return false;
    }
    if (dlg->ShowModal() != wxID_SAVE) return false;
    const wxString folder = wxFileName(u8(s.project().path())).GetPath();
    wxFileDialog files(&frame, _("Save the file for comparison"), folder,
                       u8(s.cycle().label + bench_extension),
                       _("Comparison submission (*.assessa-bench)|*.assessa-bench"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (files.ShowModal() != wxID_OK) return false;
    std::string path = utf8(files.GetPath());
    if (!wxString(u8(path)).EndsWith(bench_extension)) path += bench_extension;
    return save_bench_submission(frame, dlg->submission(), path);
}

bool import_bench_set_file(MainFrame& frame, const std::string& path) {
    if (!frame.has_project()) return false;
    auto read = read_bench_set_file(path);
    if (!read.ok()) {
        frame.prompts().error(wxString::Format(_("%s is not a usable comparison set:\n%s"), u8(path),
                                               u8(to_string(read.errors))));
        return false;
    }
    auto set = std::make_shared<BenchSet>(std::move(*read.set));
    const std::string name = utf8(wxFileName(u8(path)).GetFullName());
    auto id = std::make_shared<Id>(0);
    Edit edit;
    edit.label = utf8(_("Import comparison set"));
    edit.apply = [set, name, id](Project& p, ItemIds&) { *id = p.import_bench_set(*set, name); };
    edit.revert = [id](Project& p, ItemIds&) { p.remove_bench_set(*id); };
    if (!frame.perform(std::move(edit))) return false;
    frame.dashboard_page()->refresh();
    frame.show_page(MainFrame::dashboard_tab);
    frame.SetStatusText(wxString::Format(wxPLURAL("Comparison set imported: %zu institution",
                                                  "Comparison set imported: %zu institutions", set->submissions.size()),
                                         set->submissions.size()),
                        0);
    return true;
}

void run_bench_import(MainFrame& frame) {
    if (!frame.has_project()) return;
    wxFileDialog files(&frame, _("Import a comparison set"), wxFileName(u8(frame.session().project().path())).GetPath(),
                       wxString(), _("Comparison set (*.assessa-benchset)|*.assessa-benchset"),
                       wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (files.ShowModal() != wxID_OK) return;
    import_bench_set_file(frame, utf8(files.GetPath()));
}

}  // namespace assessa::gui
