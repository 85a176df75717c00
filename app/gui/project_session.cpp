#include "app/gui/project_session.hpp"

#include <cstdlib>

namespace assessa::gui {

ProjectSession::ProjectSession(std::unique_ptr<Project> project)
    : project_(std::move(project)), history_(*project_), access_(*project_, project_->current_cycle().id) {
    language_ = project_->organisation().language;
    select_cycle(project_->current_cycle().id);
}

void ProjectSession::select_cycle(Id cycle_id) {
    cycle_ = project_->cycle(cycle_id);
    framework_ = project_->framework_of(cycle_);
    members_ = project_->cycle_members(cycle_.id);
    access_ = CycleAccess(*project_, cycle_.id);
    compare_with_.reset();
    history_.clear();
    summary_.reset();
    if (member_ && !member(*member_)) member_.reset();
    const auto nodes = framework_->assessable_nodes();
    if (!framework_->find(node_) && !nodes.empty()) node_ = framework_->nodes()[nodes.front()].code;
}

std::optional<Cycle> ProjectSession::comparison_cycle() const {
    if (compare_with_) return project_->cycle(*compare_with_);
    return project_->previous_cycle(cycle_.id);
}

void ProjectSession::compare_with(std::optional<Id> cycle_id) { compare_with_ = cycle_id; }

const Member* ProjectSession::member(Id id) const {
    for (const auto& m : members_)
        if (m.id == id) return &m;
    return nullptr;
}

const CycleSummary& ProjectSession::summary() {
    if (!summary_) summary_ = summarize(*project_, cycle_.id);
    return *summary_;
}

std::optional<CycleComparison> ProjectSession::comparison() {
    auto prev = comparison_cycle();
    if (!prev) return std::nullopt;
    return compare_with_earlier(*project_, summary(), prev->id);
}

void ProjectSession::changed() {
    summary_.reset();
    cycle_ = project_->cycle(cycle_.id);
    members_ = project_->cycle_members(cycle_.id);
    if (member_ && !member(*member_)) member_.reset();
}

std::string user_demo_path() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    std::string base;
    if (xdg && *xdg) base = xdg;
    else {
        const char* home = std::getenv("HOME");
        base = std::string(home ? home : ".") + "/.local/share";
    }
    return base + "/assessa/demo.assessa";
}

}  // namespace assessa::gui
