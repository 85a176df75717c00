#include "model/pef_check.hpp"

#include "model/cycle_summary.hpp"
#include "model/date_format.hpp"
#include "model/meeting_record.hpp"
#include "model/plan_rules.hpp"
#include "model/plan_views.hpp"
#include "model/project.hpp"

#include <algorithm>
#include <set>

namespace assessa {

std::string_view to_string(PefJudgement j) {
    switch (j) {
        case PefJudgement::met: return "met";
        case PefJudgement::partly: return "partly";
        case PefJudgement::missing: return "missing";
        case PefJudgement::not_recorded: return "not-recorded";
    }
    return "missing";
}

const char* pef_judgement_label(PefJudgement j, const Translator& t) {
    switch (j) {
        case PefJudgement::met: return t.tr("Met");
        case PefJudgement::partly: return t.tr("Partly");
        case PefJudgement::missing: return t.tr("Missing");
        case PefJudgement::not_recorded: return t.tr("Not recorded in Assessa");
    }
    return "";
}

int PefCheck::count(PefJudgement j) const {
    return static_cast<int>(std::count_if(items.begin(), items.end(), [&](const PefItem& i) { return i.judgement == j; }));
}

namespace {

bool filled(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

// met when all of `n` have it, partly when some do, missing when none does (or there are none).
PefJudgement share(std::size_t have, std::size_t n) {
    if (n == 0 || have == 0) return PefJudgement::missing;
    return have == n ? PefJudgement::met : PefJudgement::partly;
}

// Everything the checks read, read once.
struct CycleRecords {
    Cycle cycle;
    CycleSteps steps;
    std::vector<Member> group;
    CycleSummary summary;
    std::vector<Consensus> consensus;
    std::vector<Rating> ratings;
    std::optional<ImprovementPlan> plan;
    std::vector<ImprovementAction> actions;
    std::vector<ProgressReview> reviews;
    std::vector<Id> uncovered_afis;
    MeetingTotals meeting;
};

CycleRecords read_records(const Project& project, Id cycle_id) {
    CycleRecords r;
    r.cycle = project.cycle(cycle_id);
    r.steps = project.cycle_steps(cycle_id);
    r.group = project.cycle_members(cycle_id);
    r.summary = summarize(project, cycle_id);
    r.consensus = project.consensus_all(cycle_id);
    r.ratings = project.ratings(cycle_id);
    r.plan = project.plan(cycle_id);
    r.actions = project.actions(cycle_id);
    r.reviews = project.progress_reviews(cycle_id);
    if (r.plan) r.uncovered_afis = uncovered_afis(r.actions, plan_context(project, cycle_id));
    r.meeting = meeting_totals(project, cycle_id);
    return r;
}

class Checker {
public:
    Checker(const CycleRecords& r, const std::string& today, const Translator& t) : r_(r), today_(today), t_(t) {}

    std::vector<PefItem> items() {
        step1();
        step2();
        step3();
        step4();
        step5();
        step6();
        step7();
        step8();
        step9();
        step10();
        return std::move(items_);
    }

private:
    std::string date(const std::string& iso) const { return format_iso_date(iso, t_.language()); }
    std::string where_organisation() const {
        return t_.tr("Self-assessment report: How the self-assessment was organised");
    }
    std::string where_plan() const { return t_.tr("Improvement plan report"); }
    std::string where_sheets() const { return t_.tr("Improvement plan report: action sheets"); }
    std::string where_progress() const { return t_.tr("Progress report"); }

    PefItem& add(const char* id, int step, const char* title, PefJudgement j, std::string reason) {
        PefItem item;
        item.id = id;
        item.pillar = step <= 6 ? 1 : 2;
        item.step = step;
        item.title = t_.tr(title);
        item.judgement = j;
        item.reason = std::move(reason);
        items_.push_back(std::move(item));
        return items_.back();
    }

    void step1() {
        const auto& d = r_.steps.decision;
        const bool when = filled(d.decided_on), who = filled(d.decided_by);
        auto& decision = add("1.1", 1, N_("Management decided to carry out the self-assessment, and it is known when and by whom"),
                             when && who ? PefJudgement::met : when || who ? PefJudgement::partly : PefJudgement::missing,
                             when && who ? t_.trf("Decided on {} by {}.", date(d.decided_on), d.decided_by)
                             : when      ? t_.trf("Decided on {}; who decided is not recorded.", date(d.decided_on))
                             : who       ? t_.trf("Decided by {}; the date is not recorded.", d.decided_by)
                                         : std::string(t_.tr("No management decision is recorded (step 1).")));
        if (when || who) decision.evidence.push_back({t_.trf("Management decision by {}", d.decided_by), d.decided_on, where_organisation()});

        const bool scope = d.scope == AssessmentScope::whole_organisation || !d.unit_ids.empty();
        const bool objective = filled(d.objective);
        const std::string scope_text = d.scope == AssessmentScope::whole_organisation
                                           ? std::string(t_.tr("the whole organisation"))
                                           : t_.trnf("{} unit", "{} units", d.unit_ids.size(), d.unit_ids.size());
        auto& aims = add("1.2", 1, N_("The scope and the objective of the self-assessment are defined"),
                         d.empty() ? PefJudgement::missing : scope && objective ? PefJudgement::met : PefJudgement::partly,
                         d.empty() ? std::string(t_.tr("Neither the scope nor the objective is recorded."))
                         : objective ? t_.trf("Scope: {}; the objective is stated.", scope_text)
                                     : t_.trf("Scope: {}; no objective is stated.", scope_text));
        if (!d.empty()) aims.evidence.push_back({t_.tr("Scope and objective in the management decision"), d.decided_on, where_organisation()});

        const bool leader = filled(d.process_leader), resources = filled(d.resources);
        auto& lead = add("1.3", 1, N_("A process leader is named and resources are set aside"),
                         leader && resources ? PefJudgement::met : leader || resources ? PefJudgement::partly : PefJudgement::missing,
                         leader && resources ? t_.trf("{} leads the self-assessment; resources are stated.", d.process_leader)
                         : leader            ? t_.trf("{} leads the self-assessment; no resources are stated.", d.process_leader)
                         : resources         ? std::string(t_.tr("Resources are stated, but no process leader is named."))
                                             : std::string(t_.tr("No process leader and no resources are recorded.")));
        if (leader || resources) lead.evidence.push_back({t_.tr("Process leader and resources"), d.decided_on, where_organisation()});
    }

    void communication(CommunicationPlan plan, const char* id_plan, const char* id_done, int step) {
        const auto entries = r_.steps.communication_of(plan);
        std::set<std::string> audiences;
        std::size_t complete = 0, done = 0, due = 0;
        for (const auto& e : entries) {
            audiences.insert(e.audience);
            complete += filled(e.audience) && filled(e.message) && filled(e.channel) && filled(e.planned_on);
            done += filled(e.done_on);
            due += filled(e.done_on) || (filled(e.planned_on) && e.planned_on <= today_);
        }
        const char* title = plan == CommunicationPlan::self_assessment
                                ? N_("A communication plan for the self-assessment says what is told to whom, how and when")
                                : N_("A communication plan for the improvement plan reaches staff and the other stakeholders");
        PefJudgement j = PefJudgement::missing;
        std::string reason;
        if (entries.empty()) {
            reason = plan == CommunicationPlan::self_assessment ? t_.tr("No communication plan for the self-assessment is recorded (step 2).")
                                                                : t_.tr("No communication plan for the improvement plan is recorded (step 8).");
        } else {
            j = complete == entries.size() && audiences.size() >= 2 ? PefJudgement::met : PefJudgement::partly;
            reason = t_.trnf("{} entry for {} audience; ", "{} entries for {} audiences; ", entries.size(), entries.size(), audiences.size());
            reason += complete == entries.size() ? t_.tr("each names its message, channel and date.")
                                                 : t_.trf("{} of them lack a message, channel or date.", entries.size() - complete);
            if (audiences.size() < 2) reason += ' ' + std::string(t_.tr("A single audience is too narrow for the stakeholders."));
        }
        auto& planned = add(id_plan, step, title, j, reason);
        for (const auto& e : entries)
            planned.evidence.push_back({t_.trf("{}: {} ({})", e.audience, e.message, e.channel), e.planned_on,
                                        step == 2 ? where_organisation() : where_plan()});

        PefJudgement carried = share(done, std::max(due, done));
        std::string why;
        if (entries.empty()) why = t_.tr("There is no plan whose communication could be carried out.");
        else if (due == 0) {
            carried = PefJudgement::partly;
            why = t_.tr("Nothing in the plan is due yet.");
        } else
            why = t_.trf("{} of the {} entries due by {} are marked done.", done, due, date(today_));
        auto& carried_out = add(id_done, step,
                                plan == CommunicationPlan::self_assessment ? N_("The planned communication about the self-assessment took place")
                                                                          : N_("The planned communication about the improvement plan took place"),
                                carried, why);
        for (const auto& e : entries)
            if (filled(e.done_on)) carried_out.evidence.push_back({t_.trf("{}: {}", e.audience, e.channel), e.done_on, step == 2 ? where_organisation() : where_plan()});
    }

    void step2() { communication(CommunicationPlan::self_assessment, "2.1", "2.2", 2); }

    void step3() {
        const auto n = r_.group.size();
        auto& size = add("3.1", 3, N_("The self-assessment group has between 5 and 12 members"),
                         n == 0 ? PefJudgement::missing : n >= 5 && n <= 12 ? PefJudgement::met : PefJudgement::partly,
                         t_.trnf("The group has {} member.", "The group has {} members.", n, n));
        if (n > 0) size.evidence.push_back({t_.trnf("Group of {} member", "Group of {} members", n, n), r_.cycle.started_on, where_organisation()});

        std::set<Id> departments;
        std::size_t without = 0;
        for (const auto& m : r_.group) {
            if (m.department_id) departments.insert(*m.department_id);
            else ++without;
        }
        const bool facilitator = std::any_of(r_.group.begin(), r_.group.end(), [](const Member& m) { return m.role == MemberRole::facilitator; });
        PefJudgement j = n == 0 ? PefJudgement::missing
                         : departments.size() >= 2 && facilitator ? PefJudgement::met
                                                                  : PefJudgement::partly;
        std::string reason = t_.trnf("Members come from {} department", "Members come from {} departments", departments.size(), departments.size());
        if (without > 0) reason += t_.trnf(" ({} member without one)", " ({} members without one)", without, without);
        reason += facilitator ? t_.tr("; a facilitator leads the group.") : t_.tr("; no facilitator is named.");
        add("3.2", 3, N_("The group mixes units and levels of the organisation and has a facilitator"), j, reason);
    }

    void step4() {
        std::set<Id> trained;
        for (const auto& s : r_.steps.trainings) trained.insert(s.attendee_ids.begin(), s.attendee_ids.end());
        const auto attended = static_cast<std::size_t>(
            std::count_if(r_.group.begin(), r_.group.end(), [&](const Member& m) { return trained.count(m.id) > 0; }));
        auto& training = add("4.1", 4, N_("The group was trained in the model and the way of scoring"),
                             r_.steps.trainings.empty() ? PefJudgement::missing : share(attended, r_.group.size()),
                             r_.steps.trainings.empty()
                                 ? std::string(t_.tr("No training session is recorded (step 4)."))
                                 : t_.trnf("{} session; {} of {} members attended at least one.", "{} sessions; {} of {} members attended at least one.",
                                           r_.steps.trainings.size(), r_.steps.trainings.size(), attended, r_.group.size()));
        for (const auto& s : r_.steps.trainings)
            training.evidence.push_back({t_.trf("Training: {} ({})", s.topic, s.trainer), s.held_on, where_organisation()});
        add("4.2", 4, N_("The training included scoring one enabler and one results subcriterion together to calibrate"),
            PefJudgement::not_recorded,
            t_.tr("Only the training materials and the participants can show this; note the exercise in the session's notes."));
    }

    void step5() {
        std::size_t done = 0, total = 0;
        for (const auto& m : r_.summary.members) {
            done += m.completed;
            total += m.total;
        }
        add("5.1", 5, N_("Every member assessed each subcriterion individually before the consensus"), share(done, total),
            t_.trf("{} of {} individual assessments are complete.", done, total));

        const std::size_t nodes = r_.summary.nodes.size();
        std::size_t justified = 0, balanced = 0;
        for (const auto& c : r_.consensus) {
            justified += filled(c.justification);
            balanced += !c.items_of(NoteKind::strength).empty() && !c.items_of(NoteKind::afi).empty();
        }
        PefJudgement agreed = share(r_.summary.consensus_done, nodes);
        if (agreed == PefJudgement::met && justified < r_.summary.consensus_done) agreed = PefJudgement::partly;
        auto& consensus = add("5.2", 5, N_("The group agreed a justified score for every subcriterion"), agreed,
                              t_.trf("Consensus on {} of {} subcriteria; {} with a written justification.",
                                     r_.summary.consensus_done, nodes, justified));
        if (r_.summary.consensus_done > 0)
            consensus.evidence.push_back({t_.tr("Consensus scores and justifications per subcriterion"), {},
                                          t_.tr("Self-assessment report: the criteria chapters")});
        add("5.3", 5, N_("Strengths and areas for improvement are agreed for each subcriterion"), share(balanced, nodes),
            t_.trf("{} of {} subcriteria have both agreed strengths and areas for improvement.", balanced, nodes));
        auto& meeting = add("5.4", 5, N_("The consensus meeting is documented"),
                            r_.meeting.items_discussed > 0 ? PefJudgement::met
                            : r_.summary.consensus_done > 0 ? PefJudgement::partly
                                                            : PefJudgement::missing,
                            r_.meeting.items_discussed > 0
                                ? t_.trnf("{} item discussed in {} minutes.", "{} items discussed in {} minutes.",
                                          static_cast<unsigned long>(r_.meeting.items_discussed), r_.meeting.items_discussed,
                                          r_.meeting.total_seconds / 60)
                            : r_.summary.consensus_done > 0 ? std::string(t_.tr("Consensus is recorded, but not the meeting itself (time and rounds)."))
                                                            : std::string(t_.tr("No consensus meeting is recorded yet.")));
        if (r_.meeting.items_discussed > 0)
            meeting.evidence.push_back({t_.tr("Meeting record: time and rating rounds per item"), {}, t_.tr("Self-assessment report: the self-assessment process")});
    }

    void step6() {
        auto& approval = add("6.1", 6, N_("Management received and approved the self-assessment report"),
                             r_.cycle.approved() ? PefJudgement::met : PefJudgement::missing,
                             r_.cycle.approved() ? t_.trf("Approved on {} by {}.", date(r_.cycle.approved_on), r_.cycle.approved_by)
                                                 : std::string(t_.tr("The report has not been approved yet.")));
        if (r_.cycle.approved())
            approval.evidence.push_back({t_.trf("Approval by {}", r_.cycle.approved_by), r_.cycle.approved_on, t_.tr("Self-assessment report: approval")});
        const auto& res = r_.steps.results;
        auto& results = add("6.2", 6, N_("The results were communicated to the staff"),
                            filled(res.communicated_on) && filled(res.how) ? PefJudgement::met
                            : res.empty()                                  ? PefJudgement::missing
                                                                           : PefJudgement::partly,
                            res.empty() ? std::string(t_.tr("How the results reached the staff is not recorded (step 6)."))
                            : filled(res.communicated_on) ? t_.trf("Communicated on {}: {}", date(res.communicated_on), res.how)
                                                          : t_.tr("How the results were shared is recorded, but not when."));
        if (!res.empty()) results.evidence.push_back({res.how, res.communicated_on, where_organisation()});
    }

    void step7() {
        const auto n = r_.actions.size();
        const bool plan = r_.plan && n > 0;
        const std::string no_plan = t_.tr("There is no improvement plan with actions yet (step 7).");

        std::size_t reasoned = 0;
        for (const auto& idea : r_.steps.declined_ideas) reasoned += filled(idea.reason);
        const std::size_t ideas = r_.steps.declined_ideas.size();
        PefJudgement collected = !plan ? PefJudgement::missing
                                 : (r_.uncovered_afis.empty() || ideas > 0) && reasoned == ideas ? PefJudgement::met
                                                                                                 : PefJudgement::partly;
        std::string why = !plan ? no_plan
                                : t_.trnf("{} action in the plan; ", "{} actions in the plan; ", n, n) +
                                      t_.trnf("{} idea not taken up is listed, ", "{} ideas not taken up are listed, ", ideas, ideas) +
                                      t_.trf("{} of them with a reason.", reasoned);
        if (plan && !r_.uncovered_afis.empty())
            why += ' ' + t_.trnf("{} agreed area for improvement has no action.", "{} agreed areas for improvement have no action.",
                                 r_.uncovered_afis.size(), r_.uncovered_afis.size());
        auto& c = add("7.1", 7, N_("All improvement ideas were collected, and those not taken up are listed with the reason"), collected, why);
        if (ideas > 0) c.evidence.push_back({t_.trnf("{} idea not taken up", "{} ideas not taken up", ideas, ideas), {}, where_plan()});

        std::size_t rated = 0;
        for (const auto& a : r_.actions) rated += a.impact != 3 || a.feasibility != 3;
        auto& prio = add("7.2", 7, N_("Actions are prioritised by impact and feasibility"),
                         !plan ? PefJudgement::missing : rated == 0 ? PefJudgement::partly : PefJudgement::met,
                         !plan ? no_plan
                         : rated == 0 ? std::string(t_.tr("Every action still has the default rating 3 for impact and feasibility."))
                                      : t_.trf("{} of {} actions are rated away from the default; the plan orders them by category.", rated, n));
        if (plan) prio.evidence.push_back({t_.tr("Impact and feasibility matrix"), {}, where_plan()});

        std::size_t pdca = 0, measured = 0, linked = 0, risks = 0;
        for (const auto& a : r_.actions) {
            pdca += a.lead_department && filled(a.responsible) && filled(a.starts_on) && filled(a.due_on) && filled(a.check_method);
            measured += filled(a.indicator) && filled(a.target);
            linked += !a.objective_ids.empty();
            risks += filled(a.risks) && filled(a.resources);
        }
        auto& structured = add("7.3", 7, N_("Each action is planned in PDCA terms: who leads it, when, and how its effect is checked"),
                               plan ? share(pdca, n) : PefJudgement::missing,
                               plan ? t_.trf("{} of {} actions have a leader, a person responsible, dates and a check arrangement.", pdca, n) : no_plan);
        if (plan) structured.evidence.push_back({t_.tr("Action sheets"), {}, where_sheets()});
        auto& measures = add("7.4", 7, N_("Actions have indicators with targets to measure their results"),
                             plan ? share(measured, n) : PefJudgement::missing,
                             plan ? t_.trf("{} of {} actions have an indicator and a target.", measured, n) : no_plan);
        if (plan) measures.evidence.push_back({t_.tr("Indicators and targets on the action sheets"), {}, where_sheets()});
        auto& strategy = add("7.5", 7, N_("The plan is part of strategic planning: actions serve the institution's strategic objectives"),
                             !plan || r_.steps.objectives.empty() ? PefJudgement::missing : share(linked, n),
                             !plan ? no_plan
                             : r_.steps.objectives.empty() ? std::string(t_.tr("No strategic objectives are recorded."))
                                                           : t_.trnf("{} strategic objective; {} of {} actions serve one.",
                                                                     "{} strategic objectives; {} of {} actions serve one.",
                                                                     r_.steps.objectives.size(), r_.steps.objectives.size(), linked, n));
        for (const auto& o : r_.steps.objectives) strategy.evidence.push_back({t_.trf("{} {}", o.code, o.title), {}, where_plan()});
        add("7.6", 7, N_("Risks, assumptions and resources are stated for each action"), plan ? share(risks, n) : PefJudgement::missing,
            plan ? t_.trf("{} of {} actions state both their risks and the resources they need.", risks, n) : no_plan);
        auto& approved = add("7.7", 7, N_("Management approved the improvement plan"),
                             r_.plan && r_.plan->approved ? PefJudgement::met : PefJudgement::missing,
                             r_.plan && r_.plan->approved ? t_.trf("Version {} approved on {} by {}.", r_.plan->version, date(r_.plan->approved_on), r_.plan->approved_by)
                             : r_.plan ? t_.trf("Version {} is a draft.", r_.plan->version)
                                       : no_plan);
        if (r_.plan && r_.plan->approved)
            approved.evidence.push_back({t_.trf("Approval of version {} by {}", r_.plan->version, r_.plan->approved_by), r_.plan->approved_on, where_plan()});
    }

    void step8() { communication(CommunicationPlan::improvement_plan, "8.1", "8.2", 8); }

    void step9() {
        const auto n = r_.actions.size();
        const ProgressReview* last = r_.reviews.empty() ? nullptr : &r_.reviews.back();
        const auto today = CalendarDate::parse(today_);
        const auto last_on = last ? CalendarDate::parse(last->held_on) : std::nullopt;
        const bool recent = today && last_on && days_between(*last_on, *today) <= 122;  // about a quarter and a month
        PefJudgement reviewed = r_.reviews.empty() ? PefJudgement::missing
                                : r_.reviews.size() >= 2 && recent ? PefJudgement::met
                                                                   : PefJudgement::partly;
        std::string why = t_.tr("No progress review is recorded (step 9).");
        if (last) {
            why = t_.trnf("{} progress review, the last on {}", "{} progress reviews, the last on {}", r_.reviews.size(),
                          r_.reviews.size(), date(last->held_on));
            why += recent ? t_.tr(".") : t_.tr(", more than four months ago.");
        }
        auto& reviews = add("9.1", 9, N_("The plan's implementation is reviewed regularly"), reviewed, why);
        for (const auto& r : r_.reviews) reviews.evidence.push_back({t_.trf("Progress review by {}", r.reviewer), r.held_on, where_progress()});

        std::size_t followed = 0;
        for (const auto& a : r_.actions) followed += a.history.size() > 1 || (last && last->action(a.code));
        add("9.2", 9, N_("Each action's status and progress are kept up to date"), n == 0 ? PefJudgement::missing : share(followed, n),
            n == 0 ? std::string(t_.tr("There are no actions to follow.")) : t_.trf("{} of {} actions have a recorded status since they were planned.", followed, n));

        std::size_t indicators = 0, values = 0;
        if (last)
            for (const auto& a : last->actions)
                if (filled(a.indicator)) {
                    ++indicators;
                    values += filled(a.value);
                }
        auto& measured = add("9.3", 9, N_("Indicators are measured against their targets"),
                             !last ? PefJudgement::missing : indicators == 0 ? PefJudgement::missing : share(values, indicators),
                             !last ? std::string(t_.tr("No progress review has measured the indicators yet."))
                                   : t_.trf("The last review measured {} of {} indicators.", values, indicators));
        if (last && values > 0) measured.evidence.push_back({t_.tr("Indicator values against targets"), last->held_on, where_progress()});
        std::size_t concluded = 0;
        for (const auto& r : r_.reviews) concluded += filled(r.conclusions);
        add("9.4", 9, N_("Management draws conclusions from each review"), share(concluded, r_.reviews.size()),
            r_.reviews.empty() ? std::string(t_.tr("No progress review is recorded (step 9)."))
                               : t_.trf("{} of {} reviews record management's conclusions.", concluded, r_.reviews.size()));
        add("9.5", 9, N_("Staff take part in carrying out the actions and know how they progress"), PefJudgement::not_recorded,
            t_.tr("Interviews on the visit show this; Assessa records departments and people responsible, not staff involvement."));
    }

    void step10() {
        const auto& next = r_.steps.next;
        auto& n = add("10.1", 10, N_("The next self-assessment is planned"),
                      filled(next.planned_on) && filled(next.scope) ? PefJudgement::met
                      : next.empty()                                ? PefJudgement::missing
                                                                    : PefJudgement::partly,
                      next.empty() ? std::string(t_.tr("No next self-assessment is planned (step 10)."))
                      : filled(next.planned_on) ? t_.trf("Planned for {}.", date(next.planned_on))
                                                : std::string(t_.tr("A scope is stated, but no date.")));
        if (!next.empty()) n.evidence.push_back({next.scope, next.planned_on, t_.tr("Improvement plan report: the next self-assessment")});
    }

    const CycleRecords& r_;
    std::string today_;
    const Translator& t_;
    std::vector<PefItem> items_;
};

}  // namespace

PefCheck pef_self_check(const Project& project, Id cycle_id, const std::string& today, const Translator& t) {
    PefCheck check;
    check.cycle_id = cycle_id;
    check.checked_on = today;
    check.items = Checker(read_records(project, cycle_id), today, t).items();
    return check;
}

}  // namespace assessa
