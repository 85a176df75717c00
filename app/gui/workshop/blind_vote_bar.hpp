#pragma once

#include <wx/panel.h>

#include <functional>
#include <string>

class wxButton;
class wxCheckBox;
class wxStaticText;

namespace assessa::gui {

class LiveHost;

// The meeting view's controls of the live session's blind vote on the item it shows: open the
// vote, "7 of 10 submitted", reveal, re-vote, close. Until the reveal the view hides the members'
// scores and notes of that item (see hides_scores()).
class BlindVoteBar : public wxPanel {
public:
    BlindVoteBar(wxWindow* parent, LiveHost& live, std::string code, bool read_only);

    // Shows the round as it is now.
    void refresh();
    // True while this item's votes are being collected and not yet revealed.
    bool hides_scores() const;

    void open_vote();
    void reveal();
    void revote();
    void close_vote();

    wxStaticText* status() { return status_; }

private:
    void act(const std::function<void()>& step);

    LiveHost& live_;
    std::string code_;
    bool read_only_;
    wxStaticText* status_ = nullptr;
    wxButton* open_ = nullptr;
    wxButton* reveal_ = nullptr;
    wxButton* revote_ = nullptr;
    wxButton* close_ = nullptr;
    wxCheckBox* auto_reveal_ = nullptr;
};

}  // namespace assessa::gui
