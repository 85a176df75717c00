#pragma once

#include "app/gui/note_list.hpp"
#include "app/gui/score_input.hpp"
#include "app/gui/workspace_host.hpp"

#include <wx/panel.h>
#include <wx/scrolwin.h>

#include <map>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace assessa::gui {

// One subcriterion for the member chosen at the top (or the consensus; the chooser stays in
// sight while the rest scrolls): the framework's
// title, guidance and examples, the ISO 9001 clauses it maps to, the score of each phase with
// the band reached, and the member's strengths, AFIs, ideas and evidence.
class SubcriterionPage : public wxPanel {
public:
    SubcriterionPage(wxWindow* parent, WorkspaceHost& host);
    // Rebuilds the page for the session's node and member.
    void refresh();
    // Fills scores and lists again from the project (after an undo, or a change elsewhere).
    void reload_values();
    // Empties the page when the project is closed; the chooser and the scrolled body stay.
    void clear();

    wxChoice* member_choice() { return who_; }
    wxScrolledWindow* body() { return body_; }  // what scrolls below the chooser
    ScoreInput* score_input(const std::string& phase);
    NoteList* note_list(NoteKind kind);
    wxCheckBox* no_opinion_box() { return no_opinion_; }
    wxStaticText* node_score_label() { return node_score_; }
    // CAF 5.1's list of the process register (null on other pages).
    wxStaticText* process_register_label() { return process_register_; }

private:
    void member_chosen();
    void score_changed(const std::string& phase, std::optional<int> value);
    void show_node_score(const Panel& panel, const PhaseScores& scores);
    NoteList::Handlers handlers_for(NoteKind kind);
    void add_process_register(wxWindow* body, wxSizer* page, int wrap);
    void add_survey_evidence(wxWindow* body, wxSizer* page, int wrap, bool read_only);

    WorkspaceHost& host_;
    wxChoice* who_ = nullptr;
    wxScrolledWindow* body_ = nullptr;  // everything below the member chooser
    std::vector<std::optional<Id>> who_ids_;
    wxStaticText* title_ = nullptr;
    wxStaticText* guidance_ = nullptr;
    wxStaticText* examples_ = nullptr;
    wxStaticText* clauses_ = nullptr;
    wxStaticText* process_register_ = nullptr;
    wxStaticText* node_score_ = nullptr;
    wxCheckBox* no_opinion_ = nullptr;
    wxSizer* scores_box_ = nullptr;
    wxWindow* scores_parent_ = nullptr;
    std::vector<ScoreInput*> scores_;
    std::map<NoteKind, NoteList*> lists_;
    std::string shown_node_;
    int wrap_width_ = 0;
};

}  // namespace assessa::gui
