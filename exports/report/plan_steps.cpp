// The plan report's chapters on CAF steps 7-10: the strategic objectives with the actions
// serving them, the communication of the plan, its monitoring and the next self-assessment.

#include "exports/report/plan_data.hpp"
#include "exports/report/steps_sections.hpp"
#include "model/number_format.hpp"
#include "model/progress_review.hpp"

#include <algorithm>
#include <cmath>

namespace assessa::report {

using namespace pdf;

namespace {

Table actions_table(const PlanData& d, const std::vector<const ImprovementAction*>& actions) {
    const auto& t = d.t();
    Table table;
    table.columns = {0.9, 5.2, 1.2, 1.6, 1.8};
    table.header = {t.tr("Code"), t.tr("Action"), t.tr("Lead"), t.tr("Due"), t.tr("Status")};
    table.style.size = 8;
    for (const auto* a : actions)
        table.rows.push_back({a->code, a->title, d.department_code(a->lead_department), d.s.short_date(a->due_on),
                              status_text(*a, t)});
    return table;
}

}  // namespace

void write_objectives(Document& doc, const PlanData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Strategic objectives"));
    const auto& objectives = d.steps.objectives;
    if (objectives.empty()) {
        doc.paragraph(t.tr("No strategic objectives are recorded for this cycle, so the plan does not show how its actions "
                           "serve the institution's strategy."));
        return;
    }
    std::vector<const ImprovementAction*> serving_none;
    for (const auto& a : d.actions)
        if (a.objective_ids.empty()) serving_none.push_back(&a);
    doc.paragraph(join_sentences({t.trnf("The plan serves {} strategic objective of the institution.",
                                         "The plan serves {} strategic objectives of the institution.", objectives.size(),
                                         objectives.size()),
                                  t.trnf("{} of {} action serves at least one of them.",
                                         "{} of {} actions serve at least one of them.", d.actions.size(),
                                         d.actions.size() - serving_none.size(), d.actions.size())},
                                 d.lang()));
    for (const auto& o : objectives) {
        doc.heading(2, o.code + " " + o.title);
        if (!o.description.empty()) doc.paragraph(o.description);
        std::vector<const ImprovementAction*> serving;
        for (const auto& a : d.actions)
            if (std::find(a.objective_ids.begin(), a.objective_ids.end(), o.id) != a.objective_ids.end()) serving.push_back(&a);
        if (serving.empty()) doc.paragraph(t.tr("No action of the plan serves this objective."));
        else doc.table(actions_table(d, serving));
    }
    doc.heading(2, t.tr("Actions serving no strategic objective"));
    if (serving_none.empty()) doc.paragraph(t.tr("Every action serves at least one strategic objective."));
    else doc.table(actions_table(d, serving_none));
}

void write_plan_follow_up(Document& doc, const PlanData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Communication and monitoring"));
    doc.heading(2, t.tr("Communication of the plan"));
    write_communication_plan(doc, d.steps.communication_of(CommunicationPlan::improvement_plan), d.s);

    doc.heading(2, t.tr("Monitoring arrangements"));
    if (d.reviews.empty()) {
        doc.paragraph(t.tr("No progress review of the plan has been recorded yet."));
    } else {
        doc.paragraph(join_sentences({t.trnf("Management has reviewed the plan's progress {} time so far.",
                                             "Management has reviewed the plan's progress {} times so far.", d.reviews.size(),
                                             d.reviews.size()),
                                      t.tr("Each review records every action's status and progress and the indicators "
                                           "measured; the progress report shows each review in full.")},
                                     d.lang()));
        Table table;
        table.columns = {1.4, 2.3, 1.1, 0.9, 0.9, 1.2, 1.3, 1.5};
        table.header = {t.tr("Date"),      t.tr("Reviewer"),      t.tr("On track"),       t.tr("Late"),
                        t.tr("Done"),      t.tr("Postponed"),     t.tr("Mean progress"), t.tr("Indicators met")};
        table.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right, Align::right, Align::right};
        table.style.size = 8;
        for (const auto& r : d.reviews) {
            const ReviewCounts counts = review_counts(r);
            auto standing = [&](ReviewStanding s) { return std::to_string(counts.standings.at(s)); };
            table.rows.push_back({d.s.short_date(r.held_on), r.reviewer, standing(ReviewStanding::on_track),
                                  standing(ReviewStanding::late), standing(ReviewStanding::done),
                                  standing(ReviewStanding::postponed),
                                  format_percent(static_cast<int>(std::lround(counts.mean_progress)), d.lang()),
                                  t.trf("{} of {}", counts.indicators_met, counts.indicators)});
        }
        doc.table(table);
        const auto& last = d.reviews.back();
        if (!last.conclusions.empty()) {
            doc.heading(3, t.trf("Conclusions of the latest review ({})", d.s.long_date(last.held_on)));
            doc.paragraph(last.conclusions);
        }
    }

    doc.heading(2, t.tr("The next self-assessment"));
    const auto& next = d.steps.next;
    if (next.empty()) {
        doc.paragraph(t.tr("The next self-assessment is not planned yet."));
    } else {
        doc.field(t.tr("Planned for"), date_or_not_recorded(next.planned_on, d.s));
        doc.field(t.tr("Scope"), or_not_recorded(next.scope, d.s));
    }
}

}  // namespace assessa::report
