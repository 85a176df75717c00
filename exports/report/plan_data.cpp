#include "exports/report/plan_data.hpp"
#include "model/cycle_summary.hpp"

#include "model/number_format.hpp"

#include <fmt/format.h>

namespace assessa::report {

const ImprovementAction* PlanData::action(Id id) const {
    for (const auto& a : actions)
        if (a.id == id) return &a;
    return nullptr;
}

const Department* PlanData::department(Id id) const {
    for (const auto& dep : departments)
        if (dep.id == id) return &dep;
    return nullptr;
}

std::string PlanData::department_code(std::optional<Id> id) const {
    const Department* dep = id ? department(*id) : nullptr;
    return dep ? dep->code : "\u2013";
}

std::string PlanData::plan_end() const {
    const auto end = plan.ends_on();
    return end ? end->to_string() : std::string{};
}

std::string PlanData::node_title(const std::string& code) const {
    const Node* n = ctx.framework ? ctx.framework->find(code) : nullptr;
    return n ? code + " " + n->title.get(s.lang) : code;
}

std::string PlanData::clause_title(const std::string& code) const {
    const Node* n = ctx.iso_framework ? ctx.iso_framework->find(code) : nullptr;
    return n ? code + " " + n->title.get(s.lang) : code;
}

PlanData load_plan(const Project& project, const ReportOptions& options) {
    Settings settings = resolve(project, options);
    const Cycle cycle = settings.cycle;
    auto plan = project.plan(cycle.id);
    if (!plan) throw ReportError(trf("{}: cycle {} has no improvement plan yet", project.path(), cycle.label));
    return PlanData{project,
                    std::move(settings),
                    project.organisation(),
                    *plan,
                    project.actions(cycle.id),
                    project.departments(),
                    plan_context(project, cycle.id),
                    summarize(project, cycle.id).consensus.overall_coverage,
                    project.cycle_steps(cycle.id),
                    project.progress_reviews(cycle.id)};
}

std::string status_text(const ImprovementAction& a, const Translator& t) {
    std::string s = action_status_label(a.status, t);
    if (a.status == ActionStatus::in_progress || (a.progress > 0 && a.status != ActionStatus::done))
        s.append(" ").append(format_percent(a.progress, t.language()));
    return s;
}

}  // namespace assessa::report
