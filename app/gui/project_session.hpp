#pragma once

#include "model/cycle_access.hpp"
#include "model/cycle_comparison.hpp"
#include "model/cycle_summary.hpp"
#include "model/edit_history.hpp"
#include "model/project.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace assessa::gui {

// The open project and what the workspace is looking at: the cycle (the newest at first), the node and the
// member chosen (none: the consensus). Free of wx so the views share one plain state.
class ProjectSession {
public:
    explicit ProjectSession(std::unique_ptr<Project> project);

    Project& project() { return *project_; }
    const Project& project() const { return *project_; }
    EditHistory& history() { return history_; }
    const Framework& framework() const { return *framework_; }
    const Cycle& cycle() const { return cycle_; }
    // Switches the workspace to another cycle (an earlier one is closed until unlocked). The
    // undo history is cleared: its edits belong to the cycle left.
    void select_cycle(Id cycle_id);
    CycleAccess& access() { return access_; }
    const CycleAccess& access() const { return access_; }
    // The cycle the dashboard compares with: the one chosen, or the one before the shown cycle.
    std::optional<Cycle> comparison_cycle() const;
    void compare_with(std::optional<Id> cycle_id);
    const std::string& language() const { return language_; }  // the project's language
    const std::vector<Member>& members() const { return members_; }
    const Member* member(Id id) const;
    // Projector mode's number of a member (random order, fixed for the cycle; see
    // model/anonymous_numbers), and the members in the order of those numbers.
    int member_number(Id id);
    std::vector<Member> members_by_number();

    const std::string& node() const { return node_; }
    void set_node(const std::string& code) { node_ = code; }
    std::optional<Id> chosen_member() const { return member_; }
    void choose_member(std::optional<Id> id) { member_ = id; }

    const Panel* panel(const std::string& code) const { return project_->panel_for(cycle_, code); }
    // Recomputed on demand and kept until the next edit.
    const CycleSummary& summary();
    // The current cycle compared with the chosen earlier one (only the nodes both framework
    // versions share); nothing without an earlier cycle on the same framework.
    std::optional<CycleComparison> comparison();
    // Called after every change of the project (edit, undo, group changes).
    void changed();

private:
    std::unique_ptr<Project> project_;
    EditHistory history_;
    FrameworkPtr framework_;
    Cycle cycle_;
    std::string language_;
    std::vector<Member> members_;
    std::string node_;
    std::optional<Id> member_;
    std::optional<CycleSummary> summary_;
    std::map<Id, int> numbers_;
    CycleAccess access_;
    std::optional<Id> compare_with_;
};

// Where the demo project lives for this user: $XDG_DATA_HOME/assessa/demo.assessa
// (default ~/.local/share/assessa/demo.assessa), the same place scripts/run uses.
std::string user_demo_path();

}  // namespace assessa::gui
