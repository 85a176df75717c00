#include "exports/plan/plan_table.hpp"

#include "model/plan_rules.hpp"
#include "model/plan_views.hpp"

#include <map>

namespace assessa {

PlanCell PlanCell::of_number(double v) {
    PlanCell c{Kind::number, fmt::format("{}", v), v};
    return c;
}

namespace {

std::string joined(const std::vector<std::string>& parts, const char* separator = ", ") {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += separator;
        out += p;
    }
    return out;
}

}  // namespace

PlanTable plan_table(const Project& project, Id cycle_id, const Translator& t) {
    PlanTable table;
    const std::pair<const char*, double> columns[] = {
        {t.tr("Priority"), 8},       {t.tr("Code"), 8},           {t.tr("Title"), 40},
        {t.tr("Category"), 12},      {t.tr("Impact"), 8},         {t.tr("Feasibility"), 10},
        {t.tr("Leading department (V)"), 12}, {t.tr("Participating departments (D)"), 16},
        {t.tr("Responsible"), 20},   {t.tr("Start"), 11},         {t.tr("Due"), 11},
        {t.tr("Status"), 12},        {t.tr("Progress %"), 10},    {t.tr("Subcriteria"), 14},
        {t.tr("ISO 9001 clauses"), 16}, {t.tr("Indicator"), 30},  {t.tr("Target"), 16},
        {t.tr("Effort"), 14},        {t.tr("Cost"), 12},          {t.tr("Milestones"), 30},
        {t.tr("Expected result"), 40}, {t.tr("Description"), 50}};
    for (const auto& [name, width] : columns) {
        table.header.emplace_back(name);
        table.widths.push_back(width);
    }

    std::map<Id, std::string> department_codes;
    for (const auto& d : project.departments()) department_codes[d.id] = d.code;
    const PlanContext ctx = plan_context(project, cycle_id);

    for (const auto& a : project.actions(cycle_id)) {
        std::vector<std::string> participants;
        for (Id d : a.participating_departments) participants.push_back(department_codes[d]);
        std::vector<std::string> milestones;
        for (const auto& m : a.milestones) milestones.push_back(m.due_on + " " + m.title);
        table.rows.push_back({
            PlanCell::of_number(a.priority + 1),
            PlanCell::of_text(a.code),
            PlanCell::of_text(a.title),
            PlanCell::of_text(action_category_label(category_of(a), t)),
            PlanCell::of_number(a.impact),
            PlanCell::of_number(a.feasibility),
            PlanCell::of_text(a.lead_department ? department_codes[*a.lead_department] : std::string()),
            PlanCell::of_text(joined(participants)),
            PlanCell::of_text(a.responsible),
            PlanCell::of_date(a.starts_on),
            PlanCell::of_date(a.due_on),
            PlanCell::of_text(action_status_label(a.status, t)),
            PlanCell::of_number(a.progress),
            PlanCell::of_text(joined(nodes_of(a, ctx))),
            PlanCell::of_text(joined(iso_clauses_of(a, ctx))),
            PlanCell::of_text(a.indicator),
            PlanCell::of_text(a.target),
            PlanCell::of_text(a.effort),
            PlanCell::of_text(a.cost),
            PlanCell::of_text(joined(milestones, "; ")),
            PlanCell::of_text(a.expected_result),
            PlanCell::of_text(a.description),
        });
    }
    return table;
}

PlanTable milestone_table(const Project& project, Id cycle_id, const Translator& t) {
    PlanTable table;
    table.header = {t.tr("Code"), t.tr("Action"), t.tr("Milestone"), t.tr("Due"), t.tr("Done")};
    table.widths = {8, 40, 40, 11, 8};
    for (const auto& a : project.actions(cycle_id))
        for (const auto& m : a.milestones)
            table.rows.push_back({PlanCell::of_text(a.code), PlanCell::of_text(a.title), PlanCell::of_text(m.title),
                                  PlanCell::of_date(m.due_on), PlanCell::of_text(m.done ? t.tr("yes") : t.tr("no"))});
    return table;
}

}  // namespace assessa
