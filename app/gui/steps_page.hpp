#pragma once

#include "app/gui/step_dialog.hpp"
#include "app/gui/workspace_host.hpp"
#include "model/step_overview.hpp"

#include <wx/scrolwin.h>

#include <array>
#include <functional>
#include <set>

class wxButton;
class wxStaticText;

namespace assessa::gui {

// What a step's editor returns when the user saves and goes where the step's work is done (the
// group, the assessment, the report, the Plan tab).
inline constexpr int id_step_save_and_go = wxID_HIGHEST + 451;

// The "Steps" tab, the cycle's home: the ten steps of CAF as tiles, each with its status, dates,
// person responsible, what is recorded and what is missing (model/step_overview), and a button
// that opens the step's editor. Every change is an edit of the host's undo history.
class StepsPage : public wxScrolledWindow {
public:
    // Where some steps lead, outside this page.
    struct Handlers {
        std::function<void()> edit_group;       // step 3
        std::function<void()> show_assessment;  // step 5
        std::function<void()> show_plan;        // step 7
        std::function<void()> make_report;      // step 6
    };

    StepsPage(wxWindow* parent, WorkspaceHost& host, Handlers handlers);
    // Reads the overview again and rebuilds the tiles.
    void refresh();
    // The "Open…" button of a step: its editor, then the edit.
    void open_step(int step);
    // "External Feedback self-check…".
    void open_pef();

    // Shows a dialog modally; the GUI tests replace it.
    DialogRunner run_dialog;

    const std::vector<StepSummary>& overview() const { return overview_; }
    wxButton* open_button(int step) { return open_.at(static_cast<std::size_t>(step - 1)); }
    wxStaticText* badge(int step) { return badges_.at(static_cast<std::size_t>(step - 1)); }
    wxWindow* tile(int step) { return tiles_.at(static_cast<std::size_t>(step - 1)); }
    wxButton* pef_button() { return pef_; }

private:
    void build();
    wxWindow* make_tile(const StepSummary& s, int width);
    bool save(const CycleSteps& steps, int step);

    WorkspaceHost& host_;
    Handlers handlers_;
    std::vector<StepSummary> overview_;
    std::array<wxWindow*, caf_step_count> tiles_{};
    std::array<wxButton*, caf_step_count> open_{};
    std::array<wxStaticText*, caf_step_count> badges_{};
    wxButton* pef_ = nullptr;
    int built_width_ = 0;
    std::set<wxWindow*> retiring_;  // old tiles, destroyed once the event being handled is over
};

}  // namespace assessa::gui
