#pragma once

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxListBox;

namespace assessa::gui {

// The first page: recent projects, and buttons to start a new self-assessment, open a file
// or open the demo.
class WelcomePage : public wxPanel {
public:
    struct Actions {
        std::function<void()> create, open, demo;
        std::function<void(const std::string&)> open_recent;
    };
    WelcomePage(wxWindow* parent, Actions actions);
    void set_recent(const std::vector<std::string>& paths);
    wxListBox* recent() { return recent_; }

private:
    Actions actions_;
    wxListBox* recent_ = nullptr;
    std::vector<std::string> paths_;
};

}  // namespace assessa::gui
