#pragma once

#include "app/gui/project_session.hpp"

#include <wx/panel.h>

#include <functional>
#include <vector>

class wxButton;
class wxChoice;
class wxStaticText;

namespace assessa::gui {

// Above the workspace: the cycle chooser, and for an earlier cycle a banner saying it is
// read-only, with "Correct this cycle…" (or, while correcting, "Finish correcting").
class CycleBanner : public wxPanel {
public:
    struct Actions {
        std::function<void(Id cycle_id)> choose;
        std::function<void()> correct;
        std::function<void()> finish;
    };
    CycleBanner(wxWindow* parent, Actions actions);
    void update(const ProjectSession& session);

    wxChoice* chooser() { return chooser_; }
    wxPanel* banner() { return banner_; }
    wxStaticText* banner_text() { return text_; }
    wxButton* correct_button() { return correct_; }

private:
    Actions actions_;
    wxChoice* chooser_ = nullptr;
    wxStaticText* method_ = nullptr;
    wxPanel* banner_ = nullptr;
    wxStaticText* text_ = nullptr;
    wxButton* correct_ = nullptr;
    std::vector<Id> ids_;  // the cycles in the chooser's order
};

}  // namespace assessa::gui
