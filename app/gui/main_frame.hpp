#pragma once

#include "app/gui/preferences.hpp"
#include "app/gui/workspace_host.hpp"
#include "frameworks/framework_library.hpp"

#include <wx/docview.h>
#include <wx/frame.h>

#include <functional>
#include <memory>
#include <set>

class wxNotebook;
class wxPanel;
class wxSimplebook;
class wxSplitterWindow;

namespace assessa::gui {

class ConsensusPage;
class MeetingView;
class DashboardPage;
class NodeTree;
class AgendaPanel;
class SubcriterionPage;
class WelcomePage;
class CycleBanner;
class IsoPage;
class ProcessPage;
class PlanPanel;
class StepsPage;
class PacketActions;
class WorkshopActions;

// How the frame talks to the user in a modal way; the GUI tests replace it.
struct UserPrompts {
    std::function<void(const wxString& message)> error;
    std::function<bool(const wxString& question)> yes_no;
    // A line of text from the user (empty: cancelled).
    std::function<wxString(const wxString& question)> text;
    // Shows a page in the user's web browser (false: none could be started); may be left empty.
    std::function<bool(const wxString& url)> open_url;
};

// The main window: the welcome page, or the workspace of an open project (the framework tree
// and the agenda on the left; the subcriterion, consensus and dashboard pages on the right).
class MainFrame : public wxFrame, public WorkspaceHost {
public:
    enum Page { assessment_page = 0, consensus_tab = 1, dashboard_tab = 2 };

    explicit MainFrame(FrameworkLibrary library);
    ~MainFrame() override;

    // Opens a project file; problems (locked, damaged, newer...) are shown, never thrown.
    bool open_project(const std::string& path);
    // Writes the demo project to the user's data directory if it is not there, and opens it.
    bool open_demo();
    // Help ▸ Facilitator's guide (F1): the guide shipped with the program, in the interface's
    // language, in the web browser; a missing file or browser is shown as an error.
    void open_guide();
    void close_project();
    void show_page(Page page);
    // The meeting view (F5): the agenda item shown, or the top one; Esc comes back.
    void open_meeting();
    bool meeting_shown() const;
    // F9: the framework tree and agenda pane shown or hidden, for more room on a projector.
    void toggle_tree_pane();
    // Shows another cycle in the workspace (an earlier one read-only until corrected).
    void switch_cycle(Id cycle_id);
    // File ▸ Start the next self-assessment… and File ▸ New from exchange file…
    void start_next_cycle();
    void new_from_exchange();
    // "Correct this cycle…": asks what is being corrected, then allows changes to an earlier
    // cycle, each recorded; finish_correcting() makes it read-only again.
    void correct_cycle();
    void finish_correcting();

    void set_prompts(UserPrompts prompts) { prompts_ = std::move(prompts); }
    const UserPrompts& prompts() const { return prompts_; }
    bool has_project() const { return session_ != nullptr; }

    // WorkspaceHost
    ProjectSession& session() override { return *session_; }
    bool perform(Edit edit) override;
    void show_node(const std::string& code) override;
    void create_action_from_afi(Id afi) override;
    void show_processes() override;
    bool projector_mode() const override { return projector_; }
    LiveHost* live() override;
    void set_projector_mode(bool on);
    // In projector mode the windows that show members' names (group, packets, approvals) stay
    // closed: true, and the status bar says how to see them.
    bool names_hidden_here();

    NodeTree* tree() { return tree_; }
    SubcriterionPage* subcriterion_page() { return subcriterion_; }
    ConsensusPage* consensus_page() { return consensus_; }
    DashboardPage* dashboard_page() { return dashboard_; }
    WelcomePage* welcome_page() { return welcome_; }
    MeetingView* meeting_view() { return meeting_; }
    AgendaPanel* agenda() { return agenda_; }
    wxNotebook* pages() { return pages_; }
    IsoPage* iso_page() { return iso_; }
    ProcessPage* process_page() { return processes_; }
    PlanPanel* plan_panel() { return plan_; }
    StepsPage* steps_page() { return steps_; }
    // Shows the Steps tab, the cycle's home.
    void show_steps();
    const FrameworkLibrary& library() const { return library_; }
    PacketActions* packets() { return packets_.get(); }
    WorkshopActions* workshop() { return workshop_.get(); }
    CycleBanner* cycle_banner() { return cycle_banner_; }

private:
    void build_menus();
    void build_workspace();
    void choose_and_open();
    void new_project();
    void save_copy();
    void undo(bool redo);
    void edit_group();
    void refresh_all();
    void update_status();
    void update_recent();
    void apply_fonts();
    void restore_layout();
    void save_layout();

    FrameworkLibrary library_;
    Preferences prefs_;
    std::unique_ptr<ProjectSession> session_;
    std::unique_ptr<PacketActions> packets_;  // File menu: send, import, status of packets
    std::unique_ptr<WorkshopActions> workshop_;  // the live session; goes before the project it writes
    UserPrompts prompts_;
    wxFileHistory history_;
    bool projector_ = false;
    wxFont normal_font_;

    wxSimplebook* book_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    wxPanel* workspace_ = nullptr;  // the cycle banner above the splitter
    CycleBanner* cycle_banner_ = nullptr;
    wxSplitterWindow* splitter_ = nullptr;
    wxNotebook* left_ = nullptr;
    NodeTree* tree_ = nullptr;
    AgendaPanel* agenda_ = nullptr;
    wxNotebook* pages_ = nullptr;
    SubcriterionPage* subcriterion_ = nullptr;
    ConsensusPage* consensus_ = nullptr;
    DashboardPage* dashboard_ = nullptr;
    IsoPage* iso_ = nullptr;  // the ISO 9001 tab
    ProcessPage* processes_ = nullptr;  // the process register tab
    PlanPanel* plan_ = nullptr;  // the improvement plan tab
    StepsPage* steps_ = nullptr;  // the ten CAF steps, the cycle's home
    MeetingView* meeting_ = nullptr;
    std::set<wxWindow*> remeasure_;  // pages hidden at the last font change
    wxWindow* measure_after_paint_ = nullptr;  // the page shown when the font changed
    std::set<wxWindow*> painted_pages_;        // pages whose paint handler measures them
};

}  // namespace assessa::gui
