#pragma once

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxSpinCtrl;

namespace assessa::gui {

// Workshop ▸ Start live session…: the network address members' devices reach the program at
// (this computer's addresses are listed) and the port.
class LiveStartDialog : public wxDialog {
public:
    LiveStartDialog(wxWindow* parent, std::vector<std::string> addresses, int port);
    std::string address() const;
    int port() const;

private:
    std::vector<std::string> addresses_;
    wxChoice* address_ = nullptr;
    wxSpinCtrl* port_ = nullptr;
};

}  // namespace assessa::gui
