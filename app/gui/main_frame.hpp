#pragma once

#include "frameworks/framework_library.hpp"

#include <wx/frame.h>

class wxListCtrl;
class wxTextCtrl;

namespace assessa::gui {

// The main window. For now it shows the framework library: each framework with its size,
// and the description and tree of the one selected.
class MainFrame : public wxFrame {
public:
    explicit MainFrame(FrameworkLibrary library);

private:
    void show_framework(long index);

    FrameworkLibrary library_;
    wxListCtrl* list_ = nullptr;
    wxTextCtrl* details_ = nullptr;
};

}  // namespace assessa::gui
