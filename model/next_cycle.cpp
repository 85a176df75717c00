#include "model/next_cycle.hpp"

#include "frameworks/framework_version.hpp"
#include "i18n/translator.hpp"
#include "model/calendar_date.hpp"

#include <algorithm>
#include <set>

namespace assessa {

namespace {

bool open(ActionStatus s) { return s != ActionStatus::done && s != ActionStatus::cancelled; }

std::string joined(const std::vector<std::string>& problems) {
    std::string all;
    for (const auto& p : problems) all += (all.empty() ? "" : "; ") + p;
    return all;
}

std::string later(const std::string& a, const std::string& b) { return a < b ? b : a; }

// The adopted action as it continues in the new plan.
ImprovementAction carried_on(const ImprovementAction& from, const Cycle& previous, const ImprovementPlan& plan,
                             const std::string& today) {
    ImprovementAction a = from;
    a.id = 0;
    a.afi_ids.clear();  // they answer the previous cycle's consensus
    a.adopted_from = ActionOrigin{previous.id, from.code};
    const std::string plan_end = plan.ends_on() ? plan.ends_on()->to_string() : plan.starts_on;
    a.starts_on = std::min(later(a.starts_on, plan.starts_on), plan_end);
    a.due_on = std::min(later(a.due_on, a.starts_on), plan_end);
    std::erase_if(a.milestones, [&](const Milestone& m) { return m.due_on < a.starts_on || m.due_on > a.due_on; });
    a.objective_ids.clear();  // the strategic objectives are the previous cycle's
    if (!a.check_on.empty() && a.check_on < a.starts_on) a.check_on.clear();  // a check passed is planned anew
    for (auto& m : a.milestones) m.id = 0;
    for (auto& h : a.history) h.id = 0;
    a.history.push_back({0, today, a.status, a.progress,
                         trf("Carried on from action {} of cycle {}", from.code, previous.label), ""});
    return a;
}

}  // namespace

std::string planned_next_start(const Project& project) {
    const auto cycles = project.cycles();
    return cycles.empty() ? std::string() : project.cycle_steps(cycles.back().id).next.planned_on;
}

std::string suggested_next_label(const std::string& previous) {
    if (previous.size() != 4 || !std::all_of(previous.begin(), previous.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    return std::to_string(std::stoi(previous) + 2);
}

PlanAchievement plan_achievement(const Project& project, Id cycle_id) {
    PlanAchievement r;
    r.has_plan = project.plan(cycle_id).has_value();
    for (auto& a : project.actions(cycle_id)) {
        switch (a.status) {
            case ActionStatus::done: ++r.done; break;
            case ActionStatus::in_progress: ++r.in_progress; break;
            case ActionStatus::cancelled: ++r.cancelled; break;
            case ActionStatus::planned:
            case ActionStatus::postponed: ++r.not_started; break;
        }
        if (open(a.status)) r.open.push_back(std::move(a));
    }
    return r;
}

std::vector<FrameworkPtr> next_cycle_framework_versions(const Project& project, const FrameworkLibrary* library) {
    const Cycle newest = project.current_cycle();
    std::vector<FrameworkPtr> all = project.framework_versions(newest.framework_id);
    if (library)
        for (const auto& fw : library->versions_of(newest.framework_id))
            if (!project.framework(fw->id(), fw->version())) all.push_back(fw);
    std::erase_if(all, [&](const FrameworkPtr& fw) {
        return compare_framework_versions(fw->version(), newest.framework_version) < 0;
    });
    std::stable_sort(all.begin(), all.end(), [](const FrameworkPtr& a, const FrameworkPtr& b) {
        return compare_framework_versions(a->version(), b->version()) < 0;
    });
    return all;
}

std::vector<std::string> check_next_cycle(const Project& project, const NextCycle& next, const FrameworkLibrary* library) {
    std::vector<std::string> problems;
    const Cycle newest = project.current_cycle();
    const std::string& label = next.label;
    if (label.find_first_not_of(" \t") == std::string::npos)
        problems.push_back(tr("the assessment cycle needs a name, such as the year"));
    for (const auto& c : project.cycles())
        if (c.label == label) problems.push_back(trf("there is already a cycle named \"{}\"", label));
    const std::string starts_on = next.starts_on.empty() ? now_utc().substr(0, 10) : next.starts_on;
    if (!is_iso_date(starts_on)) {
        problems.push_back(trf("\"{}\" is not a date in the form 2026-10-05", starts_on));
    } else if (std::pair(starts_on, label) <= std::pair(newest.started_on, newest.label)) {
        problems.push_back(trf("the next cycle must start after cycle {}, which started on {}", newest.label,
                               newest.started_on));
    }
    FrameworkPtr fw = project.framework_of(newest);
    if (const std::string& v = next.framework_version; !v.empty()) {
        fw = nullptr;
        if (!is_framework_version(v)) {
            problems.push_back(trf("\"{}\" is not a framework version (numbers separated by dots, such as 2020 or 2020.1)", v));
        } else if (compare_framework_versions(v, newest.framework_version) < 0) {
            problems.push_back(trf("cycle {} uses version {} of framework \"{}\"; the next cycle cannot go back to version {}",
                                   newest.label, newest.framework_version, newest.framework_id, v));
        } else {
            fw = project.framework(newest.framework_id, v);
            if (!fw && library) fw = library->find(newest.framework_id, v);
            if (!fw)
                problems.push_back(trf("neither the project nor the library holds version {} of framework \"{}\"", v,
                                       newest.framework_id));
        }
    }
    const std::string method = next.method_id.empty() ? newest.method_id : next.method_id;
    if (fw && !fw->find_method(method))
        problems.push_back(trf("framework \"{}\" has no scoring method \"{}\"", fw->id(), method));

    const auto group = project.cycle_members(newest.id);
    auto in_group = [&](Id id) { return std::any_of(group.begin(), group.end(), [&](const Member& m) { return m.id == id; }); };
    for (Id id : next.leaving)
        if (!in_group(id)) problems.push_back(trf("member {} is not in the group of cycle {}", id, newest.label));
    for (const auto& [id, role] : next.new_roles)
        if (!in_group(id) || std::count(next.leaving.begin(), next.leaving.end(), id))
            problems.push_back(trf("member {} is not in the group of cycle {}", id, next.label));
    std::set<std::string> names;
    for (const auto& m : project.members()) names.insert(m.name);
    for (const auto& m : next.joining)
        if (!names.insert(m.name).second) problems.push_back(trf("there is already a group member named \"{}\"", m.name));

    std::set<Id> open_ids;
    for (const auto& a : plan_achievement(project, newest.id).open) open_ids.insert(a.id);
    std::set<Id> seen;
    for (Id id : next.adopt)
        if (!open_ids.count(id) || !seen.insert(id).second)
            problems.push_back(trf("action {} is not an open action of the plan of cycle {}", id, newest.label));
    return problems;
}

Id start_next_cycle(Project& project, const NextCycle& next, const FrameworkLibrary* library) {
    if (auto problems = check_next_cycle(project, next, library); !problems.empty()) throw InvalidEdit(joined(problems));
    const Cycle previous = project.current_cycle();
    const std::string today = now_utc().substr(0, 10);
    const std::string starts_on = next.starts_on.empty() ? today : next.starts_on;
    Id id = 0;
    const std::string version = next.framework_version.empty() ? previous.framework_version : next.framework_version;
    project.batch([&] {
        if (!project.framework(previous.framework_id, version)) project.add_framework(*library, previous.framework_id, version);
        id = project.add_cycle(next.label, previous.framework_id,
                               next.method_id.empty() ? previous.method_id : next.method_id, starts_on, version);
        std::vector<Id> group;
        for (const auto& m : project.cycle_members(previous.id))
            if (std::find(next.leaving.begin(), next.leaving.end(), m.id) == next.leaving.end()) group.push_back(m.id);
        for (Member m : next.joining) {
            m.id = 0;
            group.push_back(project.add_member(m));
        }
        project.set_cycle_members(id, group);
        for (const auto& [member_id, role] : next.new_roles) project.set_cycle_role(id, member_id, role);
        project.set_members_see_previous_consensus(id, next.members_see_previous_consensus);

        if (!next.adopt.empty()) {
            ImprovementPlan plan;
            plan.cycle_id = id;
            plan.starts_on = starts_on;
            if (auto before = project.plan(previous.id)) plan.horizon_years = before->horizon_years;
            project.set_plan(plan);
            const auto actions = project.actions(previous.id);
            int index = 0;
            for (Id adopt : next.adopt) {
                const auto from = std::find_if(actions.begin(), actions.end(), [&](const auto& a) { return a.id == adopt; });
                project.reinsert_action(id, carried_on(*from, previous, plan, today), index++);
            }
        }
    });
    return id;
}

}  // namespace assessa
