#include "exports/report/pef_pack.hpp"
#include "model/progress_review.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace assessa::report {

using namespace pdf;

std::string annex_code(int step) { return std::string("A").append(std::to_string(step)); }

std::string annex_title(int step, const Translator& t) {
    switch (step) {
        case 1: return t.tr("Management decision");
        case 2: return t.tr("Communication plan for the self-assessment");
        case 3: return t.tr("Self-assessment group");
        case 4: return t.tr("Training of the group");
        case 5: return t.tr("The self-assessment");
        case 6: return t.tr("Communication of the results");
        case 7: return t.tr("Improvement plan: objectives, checks and declined ideas");
        case 8: return t.tr("Communication plan for the improvement plan");
        case 9: return t.tr("Progress reviews");
        case 10: return t.tr("Next self-assessment");
        default: return {};
    }
}

namespace {

const char* dash = "\u2013";

std::string or_dash(const std::string& s) { return s.empty() ? std::string(dash) : s; }

// The cycle's framework and scoring method by their titles in the report's language.
std::pair<std::string, std::string> framework_and_method(const PefPackData& d) {
    const auto& c = d.s.cycle;
    const FrameworkPtr fw = c.framework_version.empty() ? d.project.framework(c.framework_id)
                                                        : d.project.framework(c.framework_id, c.framework_version);
    if (!fw) return {c.framework_id, c.method_id};
    std::string method = c.method_id;
    for (const auto& m : fw->methods())
        if (m.id == c.method_id || (c.method_id.empty() && &m == &fw->methods().front())) method = m.title.get(d.lang());
    return {fw->title().get(d.lang()) + " (" + fw->version() + ")", method};
}

void nothing_recorded(Document& doc, const Translator& t) {
    doc.paragraph(t.tr("Nothing is recorded."), {9, Weight::regular, colors::muted});
}

// The step's own record: its status set by the user, dates, who is responsible, notes.
void step_record(Document& doc, const PefPackData& d, int step) {
    const auto& t = d.t();
    const auto r = d.steps.step(step);
    if (r.empty()) return;
    if (r.status) doc.field(t.tr("Status"), step_status_label(*r.status, t));
    if (!r.started_on.empty()) doc.field(t.tr("Started on"), d.s.long_date(r.started_on));
    if (!r.done_on.empty()) doc.field(t.tr("Done on"), d.s.long_date(r.done_on));
    if (!r.responsible.empty()) doc.field(t.tr("Responsible"), r.responsible);
    if (!r.notes.empty()) doc.field(t.tr("Notes"), r.notes);
    doc.vspace(4);
}

void annex_heading(Document& doc, const PefPackData& d, int step) {
    doc.heading(2, d.t().trf("Annex {}: {}", annex_code(step), annex_title(step, d.t())));
    doc.paragraph(d.t().trf("Step {}: {}", step, step_title(step, d.t())), {8.5, Weight::regular, colors::muted});
}

std::string department_names(const PefPackData& d, const std::vector<Id>& ids) {
    std::string out;
    const auto departments = d.project.departments();
    for (Id id : ids) {
        if (!out.empty()) out += ", ";
        out += department_label(departments, id);
    }
    return out;
}

void decision(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    const auto& dec = d.steps.decision;
    step_record(doc, d, 1);
    if (dec.empty()) return nothing_recorded(doc, t);
    doc.field(t.tr("Decided on"), d.s.long_date(dec.decided_on));
    doc.field(t.tr("Decided by"), or_dash(dec.decided_by));
    doc.field(t.tr("Scope"), dec.scope == AssessmentScope::whole_organisation
                                 ? std::string(t.tr("The whole organisation"))
                                 : t.trf("These units: {}", or_dash(department_names(d, dec.unit_ids))));
    doc.field(t.tr("Objective"), or_dash(dec.objective));
    doc.field(t.tr("Process leader"), or_dash(dec.process_leader));
    doc.field(t.tr("Scoring method"), or_dash(framework_and_method(d).second));
    doc.field(t.tr("Resources"), or_dash(dec.resources));
}

void communication(Document& doc, const PefPackData& d, CommunicationPlan plan, int step) {
    const auto& t = d.t();
    step_record(doc, d, step);
    const auto entries = d.steps.communication_of(plan);
    if (entries.empty()) return nothing_recorded(doc, t);
    Table table;
    table.columns = {1.9, 2.7, 1.7, 1.55, 1.8, 1.45};
    table.header = {t.tr("Audience"), t.tr("Message"), t.tr("Channel"), t.tr("Planned"), t.tr("Responsible"), t.tr("Done on")};
    table.style.size = 7.8;
    for (const auto& e : entries)
        table.rows.push_back({e.audience, e.message, e.channel, d.s.short_date(e.planned_on), e.responsible, d.s.short_date(e.done_on)});
    doc.table(table);
}

void group(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    step_record(doc, d, 3);
    const auto members = d.project.cycle_members(d.s.cycle.id);
    if (members.empty()) return nothing_recorded(doc, t);
    const auto departments = d.project.departments();
    Table table;
    table.columns = {3, 2, 3};
    table.header = {t.tr("Name"), t.tr("Role"), t.tr("Department")};
    for (const auto& m : members) table.rows.push_back({m.name, member_role_label(m.role, t), department_label(departments, m.department_id)});
    doc.table(table);
}

void trainings(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    step_record(doc, d, 4);
    if (d.steps.trainings.empty()) return nothing_recorded(doc, t);
    const auto members = d.project.members();
    Table table;
    table.columns = {1.3, 3, 2, 3.5};
    table.header = {t.tr("Date"), t.tr("Topic"), t.tr("Trainer"), t.tr("Attended")};
    table.style.size = 8;
    for (const auto& s : d.steps.trainings) {
        std::string names;
        for (Id id : s.attendee_ids)
            for (const auto& m : members)
                if (m.id == id) names.append(names.empty() ? "" : ", ").append(m.name);
        std::string topic = s.topic;
        if (!s.notes.empty()) topic.append(" (").append(s.notes).append(")");
        table.rows.push_back({d.s.short_date(s.held_on), topic, s.trainer, or_dash(names)});
    }
    doc.table(table);
}

void assessment(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    step_record(doc, d, 5);
    const auto& c = d.s.cycle;
    doc.field(t.tr("Self-assessment cycle"), c.label);
    const auto [framework, method] = framework_and_method(d);
    doc.field(t.tr("Framework"), framework);
    doc.field(t.tr("Scoring method"), or_dash(method));
    doc.field(t.tr("Started on"), d.s.long_date(c.started_on));
    doc.field(t.tr("Report approved"), c.approved() ? t.trf("{} by {}", d.s.long_date(c.approved_on), c.approved_by)
                                                    : std::string(t.tr("Not yet approved")));
    if (!c.approval_note.empty()) doc.field(t.tr("Decision"), c.approval_note);
}

void results(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    step_record(doc, d, 6);
    if (d.steps.results.empty()) return nothing_recorded(doc, t);
    doc.field(t.tr("Communicated on"), d.s.long_date(d.steps.results.communicated_on));
    doc.field(t.tr("How"), or_dash(d.steps.results.how));
}

void plan(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    step_record(doc, d, 7);
    const auto p = d.project.plan(d.s.cycle.id);
    const auto actions = d.project.actions(d.s.cycle.id);
    if (p)
        doc.field(t.tr("Improvement plan"), p->approved ? t.trf("Version {}, approved on {} by {}", p->version, d.s.long_date(p->approved_on), p->approved_by)
                                                        : t.trf("Version {}, draft", p->version));
    else
        doc.field(t.tr("Improvement plan"), t.tr("None yet"));

    doc.paragraph(t.tr("Strategic objectives"), {9.5, Weight::bold, colors::accent});
    if (d.steps.objectives.empty()) {
        nothing_recorded(doc, t);
    } else {
        Table table;
        table.columns = {0.9, 3, 4, 2};
        table.header = {t.tr("Code"), t.tr("Objective"), t.tr("Description"), t.tr("Actions")};
        table.style.size = 8;
        for (const auto& o : d.steps.objectives) {
            std::string codes;
            for (const auto& a : actions)
                if (std::find(a.objective_ids.begin(), a.objective_ids.end(), o.id) != a.objective_ids.end())
                    codes.append(codes.empty() ? "" : ", ").append(a.code);
            table.rows.push_back({o.code, o.title, o.description, or_dash(codes)});
        }
        doc.table(table);
    }

    doc.paragraph(t.tr("How each action's effect will be checked"), {9.5, Weight::bold, colors::accent});
    if (actions.empty()) {
        nothing_recorded(doc, t);
    } else {
        Table table;
        table.columns = {0.9, 3.4, 2.4, 3.2, 1.3};
        table.header = {t.tr("Code"), t.tr("Action"), t.tr("Indicator and target"), t.tr("Check"), t.tr("Check on")};
        table.style.size = 7.8;
        for (const auto& a : actions) {
            std::string indicator = a.indicator;
            if (!a.target.empty()) indicator.append(indicator.empty() ? "" : ": ").append(a.target);
            table.rows.push_back({a.code, a.title, or_dash(indicator), or_dash(a.check_method), d.s.short_date(a.check_on)});
        }
        doc.table(table);
    }

    doc.paragraph(t.tr("Ideas not taken up"), {9.5, Weight::bold, colors::accent});
    if (d.steps.declined_ideas.empty()) {
        nothing_recorded(doc, t);
    } else {
        Table table;
        table.columns = {0.9, 4.5, 4};
        table.header = {t.tr("Where"), t.tr("Idea"), t.tr("Reason")};
        table.style.size = 8;
        for (const auto& i : d.steps.declined_ideas) table.rows.push_back({or_dash(i.node_code), i.text, i.reason});
        doc.table(table);
    }
}

void reviews(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    step_record(doc, d, 9);
    const auto list = d.project.progress_reviews(d.s.cycle.id);
    if (list.empty()) return nothing_recorded(doc, t);
    Table table;
    table.columns = {1.4, 2.3, 1.05, 1.2, 1, 1, 1.45, 1.3};
    table.header = {t.tr("Review"), t.tr("Reviewer"), t.tr("Actions")};
    for (auto s : {ReviewStanding::on_track, ReviewStanding::late, ReviewStanding::done, ReviewStanding::postponed})
        table.header.emplace_back(review_standing_label(s, t));
    table.header.emplace_back(t.tr("Indicators met"));
    table.align.assign(table.columns.size(), Align::right);
    table.align[0] = table.align[1] = Align::left;
    table.style.size = 7.8;
    for (const auto& r : list) {
        const auto c = review_counts(r);
        table.rows.push_back({d.s.short_date(r.held_on), r.reviewer, std::to_string(c.actions),
                              std::to_string(c.standings.at(ReviewStanding::on_track)), std::to_string(c.standings.at(ReviewStanding::late)),
                              std::to_string(c.standings.at(ReviewStanding::done)), std::to_string(c.standings.at(ReviewStanding::postponed)),
                              t.trf("{} of {}", c.indicators_met, c.indicators)});
    }
    doc.table(table);
    for (const auto& r : list)
        if (!r.conclusions.empty()) doc.field(t.trf("Conclusions of {}", d.s.short_date(r.held_on)), r.conclusions);
}

void next(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    step_record(doc, d, 10);
    if (d.steps.next.empty()) return nothing_recorded(doc, t);
    doc.field(t.tr("Planned on"), d.s.long_date(d.steps.next.planned_on));
    doc.field(t.tr("Scope"), or_dash(d.steps.next.scope));
}

}  // namespace

void write_pef_annexes(Document& doc, const PefPackData& d) {
    doc.heading(1, d.t().tr("Annexes"));
    doc.paragraph(d.t().tr("The records of each step as the project file holds them on the report date."));
    for (int step = 1; step <= caf_step_count; ++step) {
        annex_heading(doc, d, step);
        switch (step) {
            case 1: decision(doc, d); break;
            case 2: communication(doc, d, CommunicationPlan::self_assessment, 2); break;
            case 3: group(doc, d); break;
            case 4: trainings(doc, d); break;
            case 5: assessment(doc, d); break;
            case 6: results(doc, d); break;
            case 7: plan(doc, d); break;
            case 8: communication(doc, d, CommunicationPlan::improvement_plan, 8); break;
            case 9: reviews(doc, d); break;
            case 10: next(doc, d); break;
            default: break;
        }
        doc.vspace(6);
    }
}

}  // namespace assessa::report
