#pragma once

#include "app/gui/packet_actions.hpp"
#include "model/project.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

class wxDialog;
class wxWindow;

namespace assessa::gui {

using PresentDialog = std::function<void(wxDialog&)>;

// "Send packets…": the folder to write into, and whether packets sent before stay valid
// (unchecked: only the packet sent now is accepted from each member).
class SendPacketsDialog {
public:
    SendPacketsDialog(wxWindow* parent, bool sent_before);
    ~SendPacketsDialog();
    wxDialog& dialog();
    std::string folder() const;
    void set_folder(const std::string& folder);
    SendOptions options() const;
    void set_keep_earlier(bool keep);

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

// The packets just written, per member, and what to do with them.
void show_sent_packets(wxWindow* parent, const std::string& folder, const std::vector<SentPacket>& sent,
                       const PresentDialog& present);

// One entry per packet: what its import changed, or why it was refused.
void show_import_summary(wxWindow* parent, const std::vector<PacketImportLine>& lines, const PresentDialog& present);

// Per group member: whether their packet came back, which revision, when it was written and
// imported, and what the last import changed.
void show_packet_status(wxWindow* parent, const Project& project, const Cycle& cycle, const PresentDialog& present);

}  // namespace assessa::gui
