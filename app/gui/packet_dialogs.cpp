#include "app/gui/packet_dialogs.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/wx_text.hpp"
#include "exports/packet_import.hpp"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/filepicker.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include <algorithm>
#include <map>

namespace assessa::gui {

namespace {

wxString file_name_of(const std::string& path) { return wxFileName(u8(path)).GetFullName(); }

// A dialog with a heading, a body the caller fills, and an OK button.
struct ResultDialog {
    wxDialog dlg;
    wxBoxSizer* box;
    ResultDialog(wxWindow* parent, const wxString& title, const wxString& heading)
        : dlg(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
          box(new wxBoxSizer(wxVERTICAL)) {
        box->Add(make_heading(&dlg, heading, 1.15f), 0, wxALL, dlg.FromDIP(12));
    }
    void finish(wxSize size) {
        box->Add(dlg.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, dlg.FromDIP(8));
        dlg.SetSizer(box);
        dlg.SetSize(dlg.FromDIP(size));
        dlg.SetMinSize(dlg.FromDIP(wxSize(420, 260)));
        dlg.CentreOnParent();
    }
};

// Fits a report list's columns to their contents, and the last one to what is left.
void fit_columns(wxListView* list) {
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
        const int header = list->GetColumnWidth(c);
        list->SetColumnWidth(c, wxLIST_AUTOSIZE);
        list->SetColumnWidth(c, std::max(header, list->GetColumnWidth(c)) + list->FromDIP(8));
    }
}

}  // namespace

struct SendPacketsDialog::Parts {
    wxDialog dlg;
    wxDirPickerCtrl* folder = nullptr;
    wxCheckBox* keep_earlier = nullptr;
    explicit Parts(wxWindow* parent)
        : dlg(parent, wxID_ANY, _("Send packets"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {}
};

SendPacketsDialog::SendPacketsDialog(wxWindow* parent, bool sent_before) : parts_(std::make_unique<Parts>(parent)) {
    wxDialog& dlg = parts_->dlg;
    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(make_heading(&dlg, _("Send one packet to every group member"), 1.15f), 0, wxALL, dlg.FromDIP(12));
    auto* text = new wxStaticText(&dlg, wxID_ANY,
                                  _("Each packet carries a new secret of its own: only the member who receives it can "
                                    "return assessments under their name. Keep each file for its member alone."));
    text->Wrap(dlg.FromDIP(520));
    box->Add(text, 0, wxLEFT | wxRIGHT | wxBOTTOM, dlg.FromDIP(12));
    box->Add(new wxStaticText(&dlg, wxID_ANY, _("Folder for the packets:")), 0, wxLEFT | wxRIGHT, dlg.FromDIP(12));
    parts_->folder = new wxDirPickerCtrl(&dlg, wxID_ANY, "", _("Choose the folder for the group's packets"),
                                         wxDefaultPosition, wxDefaultSize, wxDIRP_USE_TEXTCTRL | wxDIRP_DIR_MUST_EXIST);
    parts_->folder->SetName(_("Folder for the packets"));
    box->Add(parts_->folder, 0, wxEXPAND | wxALL, dlg.FromDIP(12));
    parts_->keep_earlier = new wxCheckBox(&dlg, wxID_ANY, _("Packets sent before stay valid"));
    parts_->keep_earlier->SetToolTip(_("For a member who may still return the packet sent earlier. Unchecked, only "
                                       "the packets sent now are accepted."));
    parts_->keep_earlier->Enable(sent_before);
    box->Add(parts_->keep_earlier, 0, wxLEFT | wxRIGHT | wxBOTTOM, dlg.FromDIP(12));
    box->Add(dlg.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, dlg.FromDIP(8));
    dlg.SetSizerAndFit(box);
    dlg.SetMinSize(dlg.GetSize());
    dlg.CentreOnParent();
    dlg.Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!parts_->folder->GetPath().empty()); }, wxID_OK);
}

SendPacketsDialog::~SendPacketsDialog() = default;
wxDialog& SendPacketsDialog::dialog() { return parts_->dlg; }
std::string SendPacketsDialog::folder() const { return utf8(parts_->folder->GetPath()); }
void SendPacketsDialog::set_folder(const std::string& folder) { parts_->folder->SetPath(u8(folder)); }
SendOptions SendPacketsDialog::options() const { return SendOptions{parts_->keep_earlier->GetValue()}; }
void SendPacketsDialog::set_keep_earlier(bool keep) { parts_->keep_earlier->SetValue(keep); }

void show_sent_packets(wxWindow* parent, const std::string& folder, const std::vector<SentPacket>& sent,
                       const PresentDialog& present) {
    ResultDialog d(parent, _("Packets sent"),
                   wxString::Format(wxPLURAL("%zu packet was written to %s", "%zu packets were written to %s",
                                             sent.size()),
                                    sent.size(), u8(folder)));
    auto* hint = new wxStaticText(&d.dlg, wxID_ANY,
                                  _("Give each member their own file (by mail, on a USB stick or a shared drive). "
                                    "They open it in Assessa, assess, choose \"Finish and return packet\" and send "
                                    "the file back; then import it with \"Import packets…\"."));
    hint->Wrap(d.dlg.FromDIP(620));
    d.box->Add(hint, 0, wxLEFT | wxRIGHT | wxBOTTOM, d.dlg.FromDIP(12));
    auto* list = new wxListView(&d.dlg, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(_("Packets written"));
    list->AppendColumn(_("Member"));
    list->AppendColumn(_("Role"));
    list->AppendColumn(_("Sending"));
    list->AppendColumn(_("File"));
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const long row = list->InsertItem(static_cast<long>(i), u8(sent[i].member.name));
        list->SetItem(row, 1, u8(member_role_label(sent[i].member.role)));
        list->SetItem(row, 2, wxString::Format("%lld", static_cast<long long>(sent[i].sending)));
        list->SetItem(row, 3, file_name_of(sent[i].path));
    }
    fit_columns(list);
    d.box->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, d.dlg.FromDIP(12));
    d.finish(wxSize(680, 440));
    present(d.dlg);
}

void show_import_summary(wxWindow* parent, const std::vector<PacketImportLine>& lines, const PresentDialog& present) {
    const auto refused = static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), [](const auto& l) {
        return !l.ok;
    }));
    const std::size_t accepted = lines.size() - refused;
    wxString heading = wxString::Format(wxPLURAL("%zu packet accepted", "%zu packets accepted", accepted), accepted);
    if (refused > 0)
        heading += ", " + wxString::Format(wxPLURAL("%zu refused", "%zu refused", refused), refused);
    ResultDialog d(parent, _("Packets imported"), heading);

    auto* area = new wxScrolledWindow(&d.dlg, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    area->SetScrollRate(0, d.dlg.FromDIP(12));
    auto* rows = new wxFlexGridSizer(2, d.dlg.FromDIP(wxSize(8, 10)));
    rows->AddGrowableCol(1, 1);
    const int wrap = d.dlg.FromDIP(560);
    for (const auto& line : lines) {
        const wxArtID icon = !line.ok ? wxART_ERROR : line.changed ? wxART_INFORMATION : wxART_TIP;
        rows->Add(new wxStaticBitmap(area, wxID_ANY, wxArtProvider::GetBitmapBundle(icon, wxART_MESSAGE_BOX)), 0,
                  wxALIGN_TOP);
        auto* text = new wxBoxSizer(wxVERTICAL);
        text->Add(make_heading(area, file_name_of(line.file)), 0, wxBOTTOM, d.dlg.FromDIP(2));
        wxString body;
        if (line.ok) {
            body = u8(line.text);
            if (!body.empty()) body[0] = wxToupper(body[0]);  // a sentence of its own below the file name
        } else {
            body = _("Refused; the project is unchanged:");
            for (const auto& e : line.errors) body += "\n• " + u8(e);
        }
        auto* label = new wxStaticText(area, wxID_ANY, body);
        label->Wrap(wrap);
        text->Add(label, 0, wxEXPAND);
        rows->Add(text, 1, wxEXPAND);
    }
    area->SetSizer(rows);
    area->FitInside();
    d.box->Add(area, 1, wxEXPAND | wxLEFT | wxRIGHT, d.dlg.FromDIP(12));
    d.finish(wxSize(700, 380));
    present(d.dlg);
}

void show_packet_status(wxWindow* parent, const Project& project, const Cycle& cycle, const PresentDialog& present) {
    const std::string lang = ui_language();
    std::map<Id, PacketImportRecord> latest;
    for (const auto& r : project.packet_imports(cycle.id)) {
        auto it = latest.find(r.member_id);
        if (it == latest.end() || r.revision >= it->second.revision) latest[r.member_id] = r;
    }
    std::map<Id, PacketSending> newest_sending;
    for (const auto& s : project.packet_sendings(cycle.id)) newest_sending[s.member_id] = s;  // oldest first
    const std::vector<Member> members = project.members();
    const std::size_t returned =
        static_cast<std::size_t>(std::count_if(members.begin(), members.end(), [&](const Member& m) {
            return latest.count(m.id) > 0;
        }));
    ResultDialog d(parent, _("Packet status"),
                   wxString::Format(_("Cycle %s: %zu of %zu members have returned their packet"), u8(cycle.label),
                                    returned, members.size()));
    auto* list = new wxListView(&d.dlg, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(_("Packet status"));
    list->AppendColumn(_("Member"));
    list->AppendColumn(_("Packet"));
    list->AppendColumn(_("Last sent"));
    list->AppendColumn(_("From sending"));
    list->AppendColumn(_("Revision"));
    list->AppendColumn(_("Written by the member"));
    list->AppendColumn(_("Imported"));
    list->AppendColumn(_("Last import changed"));
    for (std::size_t i = 0; i < members.size(); ++i) {
        const long row = list->InsertItem(static_cast<long>(i), u8(members[i].name));
        if (auto s = newest_sending.find(members[i].id); s != newest_sending.end())
            list->SetItem(row, 2, wxString::Format(_("sending %lld, %s"), static_cast<long long>(s->second.number),
                                                   format_timestamp(s->second.sent_at, lang)));
        auto it = latest.find(members[i].id);
        if (it == latest.end()) {
            list->SetItem(row, 1, _("not returned yet"));
            continue;
        }
        const PacketImportRecord& r = it->second;
        list->SetItem(row, 1, r.finished ? _("returned, finished") : _("returned, not finished"));
        list->SetItem(row, 3, u8(packet_sending_label(r)));
        list->SetItem(row, 4, wxString::Format("%lld", static_cast<long long>(r.revision)));
        list->SetItem(row, 5, format_timestamp(r.written_at, lang));
        list->SetItem(row, 6, format_timestamp(r.imported_at, lang));
        PacketChanges changes;
        changes.scores_set = r.scores_set;
        changes.scores_changed = r.scores_changed;
        changes.scores_removed = r.scores_removed;
        changes.no_opinion_changed = r.no_opinion_changed;
        changes.items_added = r.items_added;
        changes.items_removed = r.items_removed;
        list->SetItem(row, 7, u8(describe_changes(changes)));
    }
    fit_columns(list);
    d.box->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, d.dlg.FromDIP(12));
    d.finish(wxSize(760, 440));
    // As wide as the columns need, within the screen.
    int columns = 0;
    for (int c = 0; c < list->GetColumnCount(); ++c) columns += list->GetColumnWidth(c);
    const int screen = wxDisplay(&d.dlg).GetClientArea().width - d.dlg.FromDIP(40);
    d.dlg.SetSize(std::clamp(columns + d.dlg.FromDIP(60), d.dlg.GetSize().x, screen), d.dlg.GetSize().y);
    d.dlg.CentreOnParent();
    present(d.dlg);
}

}  // namespace assessa::gui
