#include "app/gui/packet_actions.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/packet_dialogs.hpp"
#include "app/gui/packet_frame.hpp"
#include "app/gui/wx_text.hpp"
#include "exports/packet_import.hpp"

#include <wx/app.h>
#include <wx/dialog.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

namespace assessa::gui {

namespace {

enum PacketMenuId {
    id_send_packets = wxID_HIGHEST + 300,
    id_import_packets,
    id_packet_status,
};

class PacketDropTarget : public wxFileDropTarget {
public:
    explicit PacketDropTarget(PacketActions& actions) : actions_(actions) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) override {
        std::vector<std::string> paths;
        for (const auto& f : files) paths.push_back(utf8(f));
        // Leave the drop's own event first: import shows a dialog.
        wxTheApp->CallAfter([&actions = actions_, paths] { actions.dropped(paths); });
        return true;
    }

private:
    PacketActions& actions_;
};

// describe() starts with the file as given; the summary shows the file name above the text.
std::string without_file(const std::string& text, const std::string& file) {
    const std::string prefix = file + ": ";
    return text.rfind(prefix, 0) == 0 ? text.substr(prefix.size()) : text;
}

std::string problem_text(const Diagnostic& d) {
    if (d.line > 0)
        return utf8(wxString::Format(_("line %d, column %d: %s"), d.line, d.column, u8(d.message)));
    return d.message;
}

}  // namespace

PacketActions::PacketActions(MainFrame& frame) : frame_(frame) {
    present = [](wxDialog& d) { d.ShowModal(); };
    error = [this](const wxString& m) { wxMessageBox(m, _("Assessa"), wxOK | wxICON_ERROR, &frame_); };
    confirm = [this](const wxString& m) {
        wxMessageDialog dlg(&frame_, m, _("Assessa"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
        dlg.SetYesNoLabels(_("&Accept this packet"), _("&Refuse it"));
        return dlg.ShowModal() == wxID_YES;
    };

    wxMenuBar* bar = frame.GetMenuBar();
    wxMenu* file = bar ? bar->GetMenu(0) : nullptr;
    if (file) {
        // Above the separator before "Exit".
        size_t pos = file->GetMenuItemCount();
        file->FindChildItem(wxID_EXIT, &pos);
        if (pos > 0) --pos;
        file->InsertSeparator(pos);
        file->Insert(pos + 1, id_send_packets, _("&Send packets…"),
                     _("Write one individual assessment packet per group member into a folder"));
        file->Insert(pos + 2, id_import_packets, _("&Import packets…"),
                     _("Bring the members' returned packets into the project"));
        file->Insert(pos + 3, id_packet_status, _("Packet s&tatus…"),
                     _("Which members have returned their packets, and when"));
    }
    frame.Bind(wxEVT_MENU, [this](wxCommandEvent&) { choose_and_send(); }, id_send_packets);
    frame.Bind(wxEVT_MENU, [this](wxCommandEvent&) { choose_and_import(); }, id_import_packets);
    frame.Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_status(); }, id_packet_status);
    // Sending records each packet's secret in the project. Both list members by name, so neither
    // is offered in projector mode.
    frame.Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(frame_.has_project() && !frame_.session().project().read_only() && !frame_.projector_mode());
    }, id_send_packets);
    frame.Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(frame_.has_project() && !frame_.projector_mode()); }, id_packet_status);
    frame.Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(frame_.has_project() && !frame_.session().project().read_only());
    }, id_import_packets);
    frame.SetDropTarget(new PacketDropTarget(*this));
}

void PacketActions::choose_and_send() {
    if (!frame_.has_project() || frame_.names_hidden_here()) return;
    ProjectSession& s = frame_.session();
    SendPacketsDialog dlg(&frame_, !s.project().packet_sendings(s.cycle().id).empty());
    if (dlg.dialog().ShowModal() == wxID_OK) send_to(dlg.folder(), dlg.options());
}

std::vector<SentPacket> PacketActions::send_to(const std::string& folder, const SendOptions& options) {
    if (!frame_.has_project() || frame_.names_hidden_here()) return {};
    ProjectSession& s = frame_.session();
    std::vector<SentPacket> sent;
    try {
        sent = export_all_packets(s.project(), s.cycle().id, folder, options);
    } catch (const std::exception& e) {
        error(u8(e.what()));
        return {};
    }
    show_sent_packets(&frame_, folder, sent, present);
    return sent;
}

void PacketActions::choose_and_import() {
    if (!frame_.has_project() || frame_.names_hidden_here()) return;
    wxFileDialog dlg(&frame_, _("Import returned packets"), "", "",
                     _("Assessa packets (*.assessa-packet)|*.assessa-packet|All files (*)|*"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    if (dlg.ShowModal() != wxID_OK) return;
    wxArrayString files;
    dlg.GetPaths(files);
    std::vector<std::string> paths;
    for (const auto& f : files) paths.push_back(utf8(f));
    import_files(paths);
}

std::vector<PacketImportLine> PacketActions::import_files(const std::vector<std::string>& paths) {
    std::vector<PacketImportLine> lines;
    if (!frame_.has_project() || paths.empty() || frame_.names_hidden_here()) return lines;
    Project& project = frame_.session().project();
    const Cycle cycle = frame_.session().cycle();
    bool changed = false;
    for (const auto& path : paths) {
        PacketImportLine line;
        line.file = path;
        try {
            frame_.session().access().check();  // an earlier cycle takes packets only when unlocked
            PacketImportResult result = import_packet(project, path, PacketImportOptions{false, cycle.label});
            if (!result.ok() && result.unauthenticated &&
                confirm(wxString::Format(_("%s was written before packets carried a secret, so nothing shows who "
                                           "wrote it.\n\nThe safe way is to send the member a new packet and import "
                                           "the one returned. Accept this packet anyway? The import record will note "
                                           "that it was accepted without a secret."),
                                         wxFileName(u8(path)).GetFullName())))
                result = import_packet(project, path, PacketImportOptions{true, cycle.label});
            if (result.ok()) {
                line.ok = true;
                line.unauthenticated = result.report->unauthenticated;
                line.changed = result.report->outcome != PacketImportReport::Outcome::already_imported;
                line.text = without_file(describe(*result.report), path);
                if (line.changed) frame_.session().access().changed(describe(*result.report));
            } else {
                for (const auto& d : result.errors) line.errors.push_back(problem_text(d));
            }
        } catch (const std::exception& e) {
            line.errors.push_back(e.what());
        }
        changed = changed || line.changed;
        lines.push_back(std::move(line));
    }
    if (changed) project_changed();
    show_import_summary(&frame_, lines, present);
    return lines;
}

void PacketActions::project_changed() {
    // The members' ratings changed outside the undo history: older edits could no longer be
    // undone correctly.
    ProjectSession& s = frame_.session();
    s.history().clear();
    s.changed();
    frame_.show_node(s.node());
    frame_.SetStatusText(_("Packets imported"), 0);
}

void PacketActions::show_status() {
    if (!frame_.has_project() || frame_.names_hidden_here()) return;
    ProjectSession& s = frame_.session();
    try {
        show_packet_status(&frame_, s.project(), s.cycle(), present);
    } catch (const std::exception& e) {
        error(u8(e.what()));
    }
}

void PacketActions::dropped(const std::vector<std::string>& paths) {
    std::vector<std::string> packets;
    std::string project_file;
    for (const auto& p : paths) {
        if (is_packet_path(p)) packets.push_back(p);
        else if (project_file.empty()) project_file = p;
    }
    if (!packets.empty()) {
        if (frame_.has_project()) {
            if (frame_.session().project().read_only())
                error(_("The project is open read-only: packets cannot be imported into it."));
            else
                import_files(packets);
        } else {
            for (const auto& p : packets) open_packet_frame(p, error);
        }
    } else if (!project_file.empty()) {
        frame_.open_project(project_file);
    }
}

}  // namespace assessa::gui
