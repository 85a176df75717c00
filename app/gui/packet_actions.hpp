#pragma once

#include "exports/packet_export.hpp"

#include <wx/string.h>

#include <functional>
#include <string>
#include <vector>

class wxDialog;
class wxMenu;

namespace assessa::gui {

class MainFrame;

// What one packet's import did, as the summary shows it.
struct PacketImportLine {
    std::string file;                 // as given
    bool ok = false;                  // imported, replaced, or imported before
    bool unauthenticated = false;     // a packet with no secret, accepted by the facilitator
    bool changed = false;             // the project changed
    std::string text;                 // describe() of the import, without the file name
    std::vector<std::string> errors;  // the refusal, one problem per line, without the file name
};

// The facilitator's side of individual assessment packets in the main window: File menu
// "Send packets…", "Import packets…", "Packet status…", and packet files dropped on the window.
class PacketActions {
public:
    // Adds the menu items to the frame's File menu and makes the frame a drop target.
    explicit PacketActions(MainFrame& frame);

    // What the menu items do once the folder or the files are chosen; the result is shown in
    // a dialog through `present`.
    std::vector<SentPacket> send_to(const std::string& folder, const SendOptions& options = {});
    std::vector<PacketImportLine> import_files(const std::vector<std::string>& paths);
    void show_status();
    // Dropped files: packets are imported into the open project (with no project open, a
    // packet opens in the member's workspace); a project file is opened.
    void dropped(const std::vector<std::string>& paths);

    // How the result dialogs and errors reach the user; the GUI tests replace them.
    std::function<void(wxDialog&)> present;
    std::function<void(const wxString&)> error;
    // Asks a yes/no question (a packet with no secret: accept it?); true for yes.
    std::function<bool(const wxString&)> confirm;

private:
    void choose_and_send();
    void choose_and_import();
    void project_changed();

    MainFrame& frame_;
};

}  // namespace assessa::gui
