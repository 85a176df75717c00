#pragma once

#include "app/gui/note_list.hpp"
#include "app/gui/score_input.hpp"
#include "exports/packet_workspace.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

class wxCheckBox;
class wxStaticText;

namespace assessa::gui {

// One subcriterion of a member's packet: the framework's title, guidance and examples, a score
// per phase with the band descriptor reached, "no opinion", and the member's strengths, AFIs,
// ideas and evidence. Every change goes to the packet through `apply`.
class PacketPage : public wxScrolledWindow {
public:
    // Runs an edit of the workspace; shows a refusal and returns false (nothing changed).
    using Apply = std::function<bool(const std::function<void()>&)>;

    PacketPage(wxWindow* parent, PacketWorkspace& workspace, Apply apply);
    void show(const std::string& node_code);  // rebuilds the page
    void reload_values();                     // from the packet, after an edit
    const std::string& node() const { return node_; }

    ScoreInput* score_input(const std::string& phase);
    NoteList* note_list(NoteKind kind);
    wxCheckBox* no_opinion_box() { return no_opinion_; }

private:
    void show_summary();  // "no opinion" and the subcriterion score
    void score_changed(const std::string& phase, std::optional<int> value);
    NoteList::Handlers handlers_for(NoteKind kind);

    PacketWorkspace& ws_;
    Apply apply_;
    std::string node_;
    int wrap_width_ = 0;
    wxCheckBox* no_opinion_ = nullptr;
    wxStaticText* node_score_ = nullptr;
    std::vector<ScoreInput*> scores_;
    std::map<NoteKind, NoteList*> lists_;
};

}  // namespace assessa::gui
