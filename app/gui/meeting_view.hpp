#pragma once

#include "app/gui/score_input.hpp"
#include "app/gui/workspace_host.hpp"

#include <wx/scrolwin.h>
#include <wx/stopwatch.h>
#include <wx/timer.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

class wxButton;
class wxStaticText;

namespace assessa::gui {

class BlindVoteBar;
class StripChart;

// The consensus meeting on the projector: one agenda item at a time, filling the screen.
// The code and title, the dot plot and every statistic, the members' strengths and AFIs
// (anonymous, wrapped) with a button to agree each, the consensus scores and the time spent.
// PgDn or Alt+Right: next item; PgUp or Alt+Left: previous; Esc: back to the agenda.
// Each item opens scrolled to the top; the time spent on it is stored when the view leaves it.
class MeetingView : public wxScrolledWindow {
public:
    MeetingView(wxWindow* parent, WorkspaceHost& host, std::function<void()> back,
                std::function<void(const wxString&)> error);

    // Starts on an agenda item (its code; the top item when it is not on the agenda).
    void start(const std::string& code);
    void step(int by);     // previous (-1) or next (+1) item
    void leave();          // records the time and goes back to the agenda
    void another_round();  // the group rates this item again
    // After an undo or redo: shows the item the edit belonged to (when it is on the agenda) with
    // the values now in the file, at the same scroll position.
    void refresh();
    // After something happened in the live session: the blind vote's state shown, and the item
    // shown again when its votes were revealed or hidden.
    void live_changed();

    const std::string& code() const { return code_; }
    ScoreInput* score_input(const std::string& phase);
    const std::vector<wxButton*>& agree_buttons(NoteKind kind) { return agree_[kind]; }
    wxStaticText* statistics() { return stats_; }
    wxStaticText* clock() { return clock_; }
    BlindVoteBar* vote_bar() { return vote_bar_; }

private:
    void build();
    void record_time();
    void show_clock();
    void agree(NoteKind kind, Id item, const std::string& text);

    WorkspaceHost& host_;
    std::function<void()> back_;
    std::function<void(const wxString&)> error_;
    std::vector<std::string> agenda_;
    std::size_t index_ = 0;
    std::string code_;
    int width_ = 0;
    wxStopWatch watch_;
    bool timing_ = false;
    wxTimer ticker_;
    wxStaticText* clock_ = nullptr;
    wxStaticText* stats_ = nullptr;
    StripChart* chart_ = nullptr;
    std::vector<ScoreInput*> scores_;
    std::map<NoteKind, std::vector<wxButton*>> agree_;
    BlindVoteBar* vote_bar_ = nullptr;  // while a live session runs
    bool votes_hidden_ = false;
};

}  // namespace assessa::gui
