#include "model/iso_view.hpp"
#include "model/process_rules.hpp"

#include <algorithm>

namespace assessa {

bool in_clause(std::string_view code, std::string_view clause) {
    return code == clause || (code.size() > clause.size() && code.starts_with(clause) && code[clause.size()] == '.');
}

const IsoClauseView* IsoView::find(std::string_view code) const {
    for (const auto& c : clauses)
        if (c.code == code) return &c;
    return nullptr;
}

std::vector<const IsoClauseView*> IsoView::top_clauses_with(IsoCoverage state) const {
    std::vector<const IsoClauseView*> out;
    for (const auto& c : clauses)
        if (c.depth == 1 && c.state == state) out.push_back(&c);
    return out;
}

IsoView iso_view(MappingPtr mapping, FrameworkPtr iso, const ScoreSheet& consensus) {
    IsoView view{std::move(mapping), std::move(iso), {}};
    if (!view.mapping || !view.iso) return view;
    const auto& nodes = view.iso->nodes();
    view.clauses.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        IsoClauseView c;
        c.index = i;
        c.code = nodes[i].code;
        c.depth = nodes[i].depth;
        double sum = 0, weights = 0;
        for (const auto& link : view.mapping->links()) {
            if (!in_clause(link.to, c.code)) continue;
            const auto score = consensus.node(link.from);
            c.links.push_back({link.from, link.to, link.strength, score});
            c.coverage += weight_of(link.strength);
            if (score) {
                sum += weight_of(link.strength) * *score;
                weights += weight_of(link.strength);
            }
        }
        if (weights > 0) c.weighted_score = sum / weights;
        c.state = c.links.empty() ? IsoCoverage::none
                  : c.coverage < enough_iso_coverage ? IsoCoverage::weak
                                                     : IsoCoverage::covered;
        view.clauses.push_back(std::move(c));
    }
    return view;
}

void add_actions(IsoView& view, const std::vector<ImprovementAction>& actions, const PlanContext& ctx) {
    for (const auto& a : actions) {
        const auto touched = iso_clauses_of(a, ctx);
        for (auto& c : view.clauses)
            if (std::any_of(touched.begin(), touched.end(), [&](const std::string& t) { return in_clause(t, c.code); }))
                c.actions.push_back(a.id);
    }
}

void add_processes(IsoView& view, const std::vector<Process>& processes) {
    if (!view.iso) return;
    const auto coverage = process_iso_coverage(*view.iso, processes);
    for (auto& c : view.clauses)
        for (const auto& cov : coverage)
            if (cov.code == c.code) {
                c.processes = cov.processes;
                c.needs_process = cov.flagged;
            }
}

MappingPtr iso_mapping_of(const Project& project, std::string_view framework_id) {
    for (const auto& m : project.mappings())
        if (m->source_id() == framework_id && m->target_id().starts_with("iso-9001")) return m;
    return nullptr;
}

std::optional<IsoView> iso_view(const Project& project, const CycleSummary& summary) {
    MappingPtr mapping = iso_mapping_of(project, summary.cycle.framework_id);
    if (!mapping) return std::nullopt;
    FrameworkPtr iso = project.framework(mapping->target_id());
    if (!iso) return std::nullopt;
    IsoView view = iso_view(std::move(mapping), std::move(iso), summary.consensus);
    add_processes(view, project.processes());
    if (project.plan(summary.cycle.id)) add_actions(view, project.actions(summary.cycle.id), plan_context(project, summary.cycle.id));
    return view;
}

}  // namespace assessa
