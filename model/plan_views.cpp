#include "model/plan_views.hpp"

#include <algorithm>
#include <set>

namespace assessa {

PlanContext plan_context(const Project& project, Id cycle_id) {
    PlanContext ctx;
    const Cycle c = project.cycle(cycle_id);
    ctx.framework = project.framework_of(c);
    for (const auto& m : project.mappings())
        if (m->source_id() == c.framework_id) {
            ctx.iso_mapping = m;
            ctx.iso_framework = project.framework(m->target_id());
            break;
        }
    for (const auto& cons : project.consensus_all(cycle_id))
        for (const auto& item : cons.items)
            if (item.kind == NoteKind::afi) {
                ctx.afi_nodes[item.id] = cons.node_code;
                ctx.afi_texts[item.id] = item.text;
            }
    return ctx;
}

namespace {

// Sorts codes by the order of the nodes in `fw` (unknown codes last, in text order).
void sort_by_framework(std::vector<std::string>& codes, const Framework* fw) {
    auto rank = [&](const std::string& code) {
        auto i = fw ? fw->index_of(code) : std::nullopt;
        return i ? *i : fw ? fw->nodes().size() : 0;
    };
    std::sort(codes.begin(), codes.end(), [&](const std::string& a, const std::string& b) {
        const auto ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
}

}  // namespace

std::vector<std::string> nodes_of(const ImprovementAction& a, const PlanContext& ctx) {
    std::vector<std::string> codes;
    for (Id afi : a.afi_ids)
        if (auto it = ctx.afi_nodes.find(afi); it != ctx.afi_nodes.end()) codes.push_back(it->second);
    sort_by_framework(codes, ctx.framework.get());
    return codes;
}

std::vector<std::string> derived_iso_clauses(const std::vector<std::string>& nodes, const PlanContext& ctx) {
    std::vector<std::string> clauses;
    if (!ctx.iso_mapping) return clauses;
    for (const auto& n : nodes)
        for (const auto* link : ctx.iso_mapping->links_from(n))
            if (link->strength != Strength::weak) clauses.push_back(link->to);
    sort_by_framework(clauses, ctx.iso_framework.get());
    return clauses;
}

std::vector<std::string> iso_clauses_of(const ImprovementAction& a, const PlanContext& ctx) {
    if (a.iso_clauses) {
        auto clauses = *a.iso_clauses;
        sort_by_framework(clauses, ctx.iso_framework.get());
        return clauses;
    }
    return derived_iso_clauses(nodes_of(a, ctx), ctx);
}

std::string Quarter::label() const { return std::to_string(year) + " Q" + std::to_string(number); }

std::vector<Quarter> plan_quarters(const ImprovementPlan& plan) {
    std::vector<Quarter> quarters;
    const auto start = CalendarDate::parse(plan.starts_on);
    const auto end = plan.ends_on();
    if (!start || !end) return quarters;
    CalendarDate first{start->year, (start->quarter() - 1) * 3 + 1, 1};
    while (first <= *end) {
        const CalendarDate next = first.plus_months(3);
        quarters.push_back({first.year, first.quarter(), first, next.plus_days(-1)});
        first = next;
    }
    return quarters;
}

bool active_in(const ImprovementAction& a, const Quarter& q) {
    if (a.status == ActionStatus::cancelled) return false;
    const auto start = CalendarDate::parse(a.starts_on), due = CalendarDate::parse(a.due_on);
    return start && due && *start <= q.last && *due >= q.first;
}

std::vector<DepartmentActions> actions_by_department(const std::vector<ImprovementAction>& actions,
                                                     const std::vector<Department>& departments) {
    std::vector<DepartmentActions> out;
    for (const auto& d : departments) {
        DepartmentActions da;
        da.department = d.id;
        for (const auto& a : actions) {
            if (a.lead_department == d.id) da.leads.push_back(a.id);
            if (std::count(a.participating_departments.begin(), a.participating_departments.end(), d.id))
                da.takes_part.push_back(a.id);
        }
        out.push_back(std::move(da));
    }
    return out;
}

std::vector<QuarterActions> actions_by_quarter(const ImprovementPlan& plan, const std::vector<ImprovementAction>& actions) {
    std::vector<QuarterActions> out;
    for (const auto& q : plan_quarters(plan)) {
        QuarterActions qa{q, {}};
        for (const auto& a : actions)
            if (active_in(a, q)) qa.actions.push_back(a.id);
        out.push_back(std::move(qa));
    }
    return out;
}

std::map<int, std::vector<Id>> actions_by_year(const ImprovementPlan& plan, const std::vector<ImprovementAction>& actions) {
    std::map<int, std::vector<Id>> out;
    for (const auto& qa : actions_by_quarter(plan, actions)) {
        auto& ids = out[qa.quarter.year];
        for (Id id : qa.actions)
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return out;
}

std::vector<DepartmentLoad> department_load(const ImprovementPlan& plan, const std::vector<ImprovementAction>& actions,
                                            const std::vector<Department>& departments) {
    const auto quarters = plan_quarters(plan);
    std::vector<DepartmentLoad> out;
    for (const auto& d : departments) {
        DepartmentLoad load{d.id, std::vector<int>(quarters.size(), 0), std::vector<int>(quarters.size(), 0)};
        for (std::size_t i = 0; i < quarters.size(); ++i)
            for (const auto& a : actions) {
                if (!active_in(a, quarters[i])) continue;
                if (a.lead_department == d.id) ++load.leading[i];
                if (std::count(a.participating_departments.begin(), a.participating_departments.end(), d.id))
                    ++load.participating[i];
            }
        out.push_back(std::move(load));
    }
    return out;
}

std::map<std::string, std::vector<Id>> actions_by_criterion(const std::vector<ImprovementAction>& actions,
                                                            const PlanContext& ctx) {
    std::map<std::string, std::vector<Id>> out;
    for (const auto& a : actions) {
        std::set<std::string> tops;
        for (const auto& code : nodes_of(a, ctx))
            if (const Node* n = ctx.framework->find(code)) tops.insert(ctx.framework->top_ancestor(*n).code);
        for (const auto& t : tops) out[t].push_back(a.id);
    }
    return out;
}

std::map<std::string, std::vector<Id>> actions_by_iso_clause(const std::vector<ImprovementAction>& actions,
                                                             const PlanContext& ctx) {
    std::map<std::string, std::vector<Id>> out;
    for (const auto& a : actions)
        for (const auto& clause : iso_clauses_of(a, ctx)) out[clause].push_back(a.id);
    return out;
}

std::vector<Id> uncovered_afis(const std::vector<ImprovementAction>& actions, const PlanContext& ctx) {
    std::set<Id> covered;
    for (const auto& a : actions)
        if (a.status != ActionStatus::cancelled) covered.insert(a.afi_ids.begin(), a.afi_ids.end());
    std::vector<std::pair<std::size_t, Id>> open;
    for (const auto& [id, node] : ctx.afi_nodes)
        if (!covered.count(id)) open.emplace_back(ctx.framework->index_of(node).value_or(0), id);
    std::sort(open.begin(), open.end());
    std::vector<Id> out;
    out.reserve(open.size());
    for (const auto& [rank, id] : open) out.push_back(id);
    return out;
}

ImpactFeasibilityMatrix impact_feasibility_matrix(const std::vector<ImprovementAction>& actions) {
    ImpactFeasibilityMatrix m;
    for (const auto& a : actions)
        if (a.impact >= 1 && a.impact <= 5 && a.feasibility >= 1 && a.feasibility <= 5)
            m.cells[static_cast<std::size_t>(a.impact - 1)][static_cast<std::size_t>(a.feasibility - 1)].push_back(a.id);
    return m;
}

}  // namespace assessa
