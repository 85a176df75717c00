// "How the self-assessment was organised": CAF steps 1, 2, 4 and 6 as the cycle records them.

#include "exports/report/assessment_data.hpp"
#include "exports/report/steps_sections.hpp"

#include <algorithm>

namespace assessa::report {

using namespace pdf;

namespace {

std::string scope_text(const AssessmentData& d) {
    const auto& t = d.t();
    const auto& decision = d.steps.decision;
    if (decision.scope == AssessmentScope::whole_organisation) return t.tr("the whole organisation");
    std::string units;
    for (Id id : decision.unit_ids)
        for (const auto& dep : d.departments)
            if (dep.id == id) units += (units.empty() ? "" : ", ") + dep.name + " (" + dep.code + ")";
    return units.empty() ? std::string(t.tr("some units, not named")) : t.trf("these units: {}", units);
}

void write_decision(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    const auto& decision = d.steps.decision;
    doc.heading(2, t.tr("Management decision and scope"));
    if (decision.empty()) doc.paragraph(t.tr("No management decision to carry out the self-assessment is recorded."));
    const double w = 155;
    doc.field(t.tr("Decided on"), date_or_not_recorded(decision.decided_on, d.s), w);
    doc.field(t.tr("Decided by"), or_not_recorded(decision.decided_by, d.s), w);
    // The scope defaults to the whole organisation; without a decision it is not recorded.
    doc.field(t.tr("Scope"), decision.empty() ? std::string(t.tr("not recorded")) : scope_text(d), w);
    doc.field(t.tr("Objective"), or_not_recorded(decision.objective, d.s), w);
    doc.field(t.tr("Process leader"), or_not_recorded(decision.process_leader, d.s), w);
    doc.field(t.tr("Scoring method"), d.method ? d.method->title.get(d.lang()) : d.s.cycle.method_id, w);
    doc.field(t.tr("Resources"), or_not_recorded(decision.resources, d.s), w);
}

void write_training(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    doc.heading(2, t.tr("Training of the group"));
    const auto& trainings = d.steps.trainings;
    if (trainings.empty()) {
        doc.paragraph(t.tr("No training session of the group is recorded."));
        return;
    }
    std::size_t trained = 0;
    for (const auto& m : d.members)
        for (const auto& session : trainings)
            if (std::find(session.attendee_ids.begin(), session.attendee_ids.end(), m.id) != session.attendee_ids.end()) {
                ++trained;
                break;
            }
    doc.paragraph(join_sentences({t.trnf("The group had {} training session.", "The group had {} training sessions.",
                                         trainings.size(), trainings.size()),
                                  t.trnf("{} of {} member attended at least one.", "{} of {} members attended at least one.",
                                         d.members.size(), trained, d.members.size())},
                                 d.lang()));
    Table table;
    table.columns = {1.4, 4.2, 2.6, 1.2};
    table.header = {t.tr("Date"), t.tr("Topic"), t.tr("Trainer"), t.tr("Attending")};
    table.align = {Align::left, Align::left, Align::left, Align::right};
    for (const auto& session : trainings)
        table.rows.push_back({d.s.short_date(session.held_on), or_not_recorded(session.topic, d.s),
                              or_not_recorded(session.trainer, d.s), std::to_string(session.attendee_ids.size())});
    doc.table(table);
}

void write_results_communication(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    const auto& results = d.steps.results;
    doc.heading(2, t.tr("How the results were communicated to staff"));
    if (results.empty()) {
        doc.paragraph(t.tr("How and when the results were communicated to staff is not recorded."));
        return;
    }
    doc.field(t.tr("Communicated on"), date_or_not_recorded(results.communicated_on, d.s));
    doc.field(t.tr("How"), or_not_recorded(results.how, d.s));
}

}  // namespace

void write_organisation(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("How the self-assessment was organised"));
    // No framework's name here: a station's own checklist uses the same steps.
    doc.paragraph(t.tr("What the cycle records of the management decision, the communication of the self-assessment, "
                       "the training of the group and the communication of the results."));
    write_decision(doc, d);
    doc.heading(2, t.tr("Communication of the self-assessment"));
    write_communication_plan(doc, d.steps.communication_of(CommunicationPlan::self_assessment), d.s);
    write_training(doc, d);
    write_results_communication(doc, d);
}

}  // namespace assessa::report
