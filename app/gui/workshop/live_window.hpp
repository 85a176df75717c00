#pragma once

#include <wx/frame.h>

#include <functional>
#include <vector>

class wxButton;
class wxScrolledWindow;
class wxStaticBitmap;
class wxStaticText;

namespace assessa::gui {

class LiveHost;
class WorkspaceHost;

// The live session's window, made to be shown on the projector: the QR code of the join address,
// the address as text and the join code; the devices that asked to join, each to approve or
// remove; and each member's progress in the individual assessment. Members are numbered, not
// named, in projector mode.
class LiveWindow : public wxFrame {
public:
    LiveWindow(wxWindow* parent, WorkspaceHost& workspace, LiveHost& live, std::function<void()> stop);

    // Shows the devices and progress as they are now.
    void refresh();

    // The buttons of the device list, in its order (for the tests).
    const std::vector<wxButton*>& approve_buttons() const { return approve_; }
    const std::vector<wxButton*>& remove_buttons() const { return remove_; }
    wxStaticText* address_text() { return address_; }
    wxStaticText* progress_text() { return progress_; }

private:
    void build_devices();

    WorkspaceHost& workspace_;
    LiveHost& live_;
    wxStaticText* address_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxScrolledWindow* devices_ = nullptr;
    std::vector<wxButton*> approve_, remove_;
};

}  // namespace assessa::gui
