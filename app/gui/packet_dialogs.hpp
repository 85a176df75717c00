#pragma once

#include "app/gui/packet_actions.hpp"
#include "model/project.hpp"

#include <functional>
#include <string>
#include <vector>

class wxDialog;
class wxWindow;

namespace assessa::gui {

using PresentDialog = std::function<void(wxDialog&)>;

// The packets just written, per member, and what to do with them.
void show_sent_packets(wxWindow* parent, const std::string& folder, const std::vector<SentPacket>& sent,
                       const PresentDialog& present);

// One entry per packet: what its import changed, or why it was refused.
void show_import_summary(wxWindow* parent, const std::vector<PacketImportLine>& lines, const PresentDialog& present);

// Per group member: whether their packet came back, which revision, when it was written and
// imported, and what the last import changed.
void show_packet_status(wxWindow* parent, const Project& project, const Cycle& cycle, const PresentDialog& present);

}  // namespace assessa::gui
