#pragma once

#include "app/gui/charts.hpp"
#include "app/gui/note_list.hpp"
#include "app/gui/score_input.hpp"
#include "app/gui/workspace_host.hpp"
#include "model/consensus_edits.hpp"

#include <wx/scrolwin.h>
#include <wx/timer.h>

#include <functional>
#include <map>
#include <utility>
#include <vector>

class wxButton;
class wxListView;
class wxStaticText;
class wxTextCtrl;
class wxToggleButton;

namespace assessa::gui {

class MergeEditor;

// The consensus meeting on one subcriterion: every member's scores side by side (as
// "Member 1..N" in projector mode), their spread and distribution, the members' strengths and
// AFIs to pick into the agreed lists, the agreed scores, the justification and a dissent note.
class ConsensusPage : public wxScrolledWindow {
public:
    ConsensusPage(wxWindow* parent, WorkspaceHost& host);
    void refresh();
    void reload_values();

    wxListView* member_items(NoteKind kind) { return picks_.at(kind); }
    NoteList* agreed(NoteKind kind) { return agreed_.at(kind); }
    ScoreInput* score_input(const std::string& phase);
    wxTextCtrl* justification() { return justification_; }
    // "Agree each": every selected member item becomes an agreed item of its own.
    void agree_each(NoteKind kind);
    // "Merge into one…": the selected member items become one agreed item, linked to all of
    // them, with the text the facilitator writes in the merge editor.
    void merge_selected(NoteKind kind);
    // Shows the merge editor; the GUI tests answer it instead of a user.
    std::function<int(MergeEditor&)> run_merge_editor;
    // The "Agree each" and "Merge into one…" buttons under the members' items.
    std::pair<wxButton*, wxButton*> agree_buttons(NoteKind kind) { return agree_buttons_.at(kind); }

    // The members' scores of the node shown, again (a live session's devices wrote some). A
    // live blind vote's scores stay hidden until its reveal.
    void fill_members();
    wxListView* member_table() { return table_; }

private:
    std::vector<ChosenItem> selected_items(NoteKind kind) const;
    void save_texts();

    WorkspaceHost& host_;
    std::string shown_node_;
    wxStaticText* title_ = nullptr;
    wxListView* table_ = nullptr;
    wxStaticText* spread_ = nullptr;
    StripChart* chart_ = nullptr;
    std::map<NoteKind, wxListView*> picks_;
    std::map<NoteKind, std::vector<Id>> pick_ids_;
    std::map<NoteKind, std::vector<std::string>> pick_texts_;
    std::map<NoteKind, NoteList*> agreed_;
    std::map<NoteKind, std::pair<wxButton*, wxButton*>> agree_buttons_;
    std::vector<ScoreInput*> scores_;
    wxTextCtrl* justification_ = nullptr;
    wxTextCtrl* dissent_ = nullptr;
    wxTimer typing_;
};

// The subcriteria ordered by disagreement, for the meeting's agenda, with a timer that counts
// the time spent on each of them.
class AgendaPanel : public wxPanel {
public:
    AgendaPanel(wxWindow* parent, WorkspaceHost& host, std::function<void(const std::string&)> open,
                std::function<void()> open_meeting);
    void refresh();
    void node_shown(const std::string& code);  // the timer follows the node discussed
    void set_fonts(const wxFont& font);  // the list, hint and buttons in `font`, the clock larger
    wxListView* list() { return list_; }  // code, SD, range, time and title of each subcriterion

private:
    void tick();
    void fit_texts();
    WorkspaceHost& host_;
    std::function<void(const std::string&)> open_;
    wxListView* list_ = nullptr;
    wxStaticText* hint_ = nullptr;
    wxStaticText* clock_ = nullptr;
    wxToggleButton* run_ = nullptr;
    std::vector<std::string> codes_;
    std::map<std::string, int> seconds_;
    std::string current_;
    bool running_ = false;
    wxTimer timer_;
};

}  // namespace assessa::gui
