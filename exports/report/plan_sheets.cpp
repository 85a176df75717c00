#include "exports/report/plan_data.hpp"
#include "exports/report/steps_sections.hpp"

#include "model/number_format.hpp"

#include <fmt/format.h>

namespace assessa::report {

using namespace pdf;

namespace {

std::string departments_text(const PlanData& d, const std::vector<Id>& ids) {
    std::string out;
    for (Id id : ids)
        if (const Department* dep = d.department(id)) out += (out.empty() ? "" : ", ") + dep->name + " (" + dep->code + ")";
    return out.empty() ? "\u2013" : out;
}

std::string or_dash(const std::string& s) { return s.empty() ? "\u2013" : s; }

void action_sheet(Document& doc, const PlanData& d, const ImprovementAction& a) {
    const auto& t = d.t();
    const Style body{8.6};
    doc.heading(2, a.code + " " + a.title);
    doc.paragraph(action_category_label(category_of(a), t) + std::string(" \u00b7 ") + status_text(a, t),
                  {9, Weight::bold, colors::muted});
    std::optional<Id> lead = a.lead_department;
    doc.field(t.tr("Leading department (V)"), lead ? departments_text(d, {*lead}) : "\u2013", 155, body);
    doc.field(t.tr("Departments taking part (D)"), departments_text(d, a.participating_departments), 155, body);
    doc.field(t.tr("Responsible"), or_dash(a.responsible), 155, body);
    doc.field(t.tr("Start and due date"), t.trf("{} \u2013 {}", d.s.long_date(a.starts_on), d.s.long_date(a.due_on)), 155, body);
    doc.field(t.tr("Impact and feasibility"), t.trf("impact {} of 5, feasibility {} of 5", a.impact, a.feasibility), 155, body);
    if (!a.effort.empty() || !a.cost.empty()) doc.field(t.tr("Effort and cost"), or_dash(a.effort) + " \u00b7 " + or_dash(a.cost), 155, body);
    doc.field(t.tr("Indicator"), or_dash(a.indicator), 155, body);
    doc.field(t.tr("Target"), or_dash(a.target), 155, body);
    std::string objectives;
    for (Id id : a.objective_ids)
        if (const auto* o = d.steps.objective(id)) objectives += (objectives.empty() ? "" : "; ") + o->code + " " + o->title;
    doc.field(t.tr("Strategic objectives"), objectives.empty() ? std::string(t.tr("none")) : objectives, 155, body);
    doc.field(t.tr("Risks and assumptions"), or_not_recorded(a.risks, d.s), 155, body);
    doc.field(t.tr("Resources"), or_not_recorded(a.resources, d.s), 155, body);
    // The check arrangement: how and when the action's effect will be measured.
    doc.field(t.tr("How the effect is checked"), or_not_recorded(a.check_method, d.s), 155, body);
    doc.field(t.tr("Checked on"), date_or_not_recorded(a.check_on, d.s), 155, body);
    if (!a.description.empty()) {
        doc.heading(3, t.tr("What"));
        doc.paragraph(a.description, body);
    }
    if (!a.expected_result.empty()) {
        doc.heading(3, t.tr("Expected result"));
        doc.paragraph(a.expected_result, body);
    }
    doc.heading(3, t.tr("Why: the areas for improvement it answers"));
    std::vector<std::string> afis;
    for (Id id : a.afi_ids) {
        const auto node = d.ctx.afi_nodes.find(id);
        const auto text = d.ctx.afi_texts.find(id);
        if (text != d.ctx.afi_texts.end())
            afis.push_back((node != d.ctx.afi_nodes.end() ? "[" + node->second + "] " : "") + text->second);
    }
    if (afis.empty()) afis.push_back(t.tr("No agreed area for improvement is linked."));
    doc.bullets(afis, body);
    std::string nodes, clauses;
    for (const auto& n : nodes_of(a, d.ctx)) nodes += (nodes.empty() ? "" : "; ") + d.node_title(n);
    for (const auto& c : iso_clauses_of(a, d.ctx)) clauses += (clauses.empty() ? "" : "; ") + d.clause_title(c);
    doc.field(t.tr("Subcriteria"), or_dash(nodes), 155, body);
    // ISO 9001 clauses only where the framework is mapped to ISO 9001 or the action names some.
    if (d.ctx.iso_mapping || !clauses.empty()) doc.field(t.tr("ISO 9001 clauses"), or_dash(clauses), 155, body);

    if (!a.milestones.empty()) {
        doc.heading(3, t.tr("Milestones"));
        Table ms;
        ms.columns = {6, 1.6, 1.2};
        ms.header = {t.tr("Milestone"), t.tr("Due"), t.tr("Done")};
        for (const auto& m : a.milestones) ms.rows.push_back({m.title, d.s.short_date(m.due_on), m.done ? t.tr("yes") : t.tr("no")});
        doc.table(ms);
    }
    doc.heading(3, t.tr("Status history"));
    Table hist;
    hist.columns = {1.5, 1.8, 1.3, 2.2, 4};
    hist.header = {t.tr("Date"), t.tr("Status"), t.tr("Progress"), t.tr("By"), t.tr("Comment")};
    hist.align = {Align::left, Align::left, Align::right, Align::left, Align::left};
    for (const auto& h : a.history)
        hist.rows.push_back({d.s.short_date(h.changed_on), action_status_label(h.status, t), format_percent(h.progress, d.lang()), h.changed_by, h.comment});
    doc.table(hist);
}

Table action_list(const PlanData& d, const std::vector<Id>& ids, bool with_lead) {
    const auto& t = d.t();
    Table table;
    table.columns = with_lead ? std::vector<double>{0.9, 4.6, 1.4, 1.5, 1.5, 1.6} : std::vector<double>{0.9, 5.8, 1.6, 1.6, 1.8};
    table.header = {t.tr("Code"), t.tr("Action")};
    if (with_lead) table.header.push_back(t.tr("Lead"));
    for (const char* h : {N_("Start"), N_("Due"), N_("Status")}) table.header.push_back(t.tr(h));
    table.style.size = 8;
    for (Id id : ids)
        if (const auto* a = d.action(id)) {
            std::vector<std::string> row{a->code, a->title};
            if (with_lead) row.push_back(d.department_code(a->lead_department));
            row.insert(row.end(), {d.s.short_date(a->starts_on), d.s.short_date(a->due_on), status_text(*a, t)});
            table.rows.push_back(std::move(row));
        }
    return table;
}

}  // namespace

void write_action_sheets(Document& doc, const PlanData& d, const ReportOptions& options) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Action sheets"));
    doc.paragraph(t.tr("One sheet per action, in the order of priority, each on its own page."),
                  {8.5, Weight::regular, colors::muted});
    std::vector<Id> all;
    for (const auto& a : d.actions) all.push_back(a.id);
    doc.table(action_list(d, all, true));
    for (std::size_t i = 0; i < d.actions.size(); ++i) {
        doc.add_page();
        action_sheet(doc, d, d.actions[i]);
        progress(options, 40 + static_cast<int>(45 * (i + 1) / d.actions.size()));
    }
}

void write_department_pages(Document& doc, const PlanData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Departments"));
    doc.paragraph(t.tr("One page per department, for handing out: the actions it leads (V) and those it takes part in (D)."),
                  {8.5, Weight::regular, colors::muted});
    bool first = true;
    for (const auto& da : actions_by_department(d.actions, d.departments)) {
        const Department* dep = d.department(da.department);
        if (!dep) continue;
        if (!first) doc.add_page();
        first = false;
        doc.heading(2, dep->name + " (" + dep->code + ")");
        if (!dep->head.empty()) doc.field(t.tr("Head of department"), dep->head);
        doc.heading(3, t.trf("Leads (V): {}", da.leads.size()));
        if (da.leads.empty())
            doc.paragraph(t.tr("None."));
        else
            doc.table(action_list(d, da.leads, false));
        doc.heading(3, t.trf("Takes part (D): {}", da.takes_part.size()));
        if (da.takes_part.empty())
            doc.paragraph(t.tr("None."));
        else
            doc.table(action_list(d, da.takes_part, true));
    }
}

}  // namespace assessa::report
