#include "app/gui/project_session.hpp"

#include "model/anonymous_numbers.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>

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
    numbers_.clear();
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

int ProjectSession::member_number(Id id) {
    if (!numbers_.count(id)) numbers_ = anonymous_numbers(*project_, cycle_.id);
    auto it = numbers_.find(id);
    return it == numbers_.end() ? 0 : it->second;
}

std::vector<Member> ProjectSession::members_by_number() {
    std::vector<Member> out = members_;
    for (const Member& m : out) member_number(m.id);
    std::sort(out.begin(), out.end(), [this](const Member& a, const Member& b) {
        return numbers_[a.id] < numbers_[b.id];
    });
    return out;
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
    numbers_.clear();
    if (member_ && !member(*member_)) member_.reset();
}

std::string user_demo_path() {
    return platform::utf8_string(platform::utf8_path(platform::user_data_dir()) / "demo.assessa");
}

}  // namespace assessa::gui
