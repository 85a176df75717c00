#include "model/step_overview.hpp"

#include "model/cycle_summary.hpp"
#include "model/date_format.hpp"
#include "model/project.hpp"

#include <algorithm>
#include <set>

namespace assessa {

namespace {

bool filled(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

// What one step's records say, before the user's own status is applied.
struct Findings {
    StepStatus status = StepStatus::not_started;
    std::vector<std::string> recorded, missing;
};

// not started with nothing recorded, done with nothing missing, in progress between.
StepStatus from_counts(bool anything, bool complete) {
    return !anything ? StepStatus::not_started : complete ? StepStatus::done : StepStatus::in_progress;
}

class StepReader {
public:
    StepReader(const Project& project, Id cycle_id, const Translator& t)
        : project_(project), cycle_(project.cycle(cycle_id)), steps_(project.cycle_steps(cycle_id)),
          group_(project.cycle_members(cycle_id)), t_(t) {}

    Findings read(int step) const {
        switch (step) {
            case 1: return decision();
            case 2: return communication(CommunicationPlan::self_assessment);
            case 3: return group();
            case 4: return training();
            case 5: return assessment();
            case 6: return report();
            case 7: return plan();
            case 8: return communication(CommunicationPlan::improvement_plan);
            case 9: return monitoring();
            case 10: return next();
            default: return {};
        }
    }
    const CycleSteps& steps() const { return steps_; }

private:
    std::string date(const std::string& iso) const { return format_iso_date(iso, t_.language()); }

    Findings decision() const {
        Findings f;
        const auto& d = steps_.decision;
        if (filled(d.decided_on) || filled(d.decided_by))
            f.recorded.push_back(filled(d.decided_on) ? t_.trf("Decision of {}", date(d.decided_on)) : std::string(t_.tr("Decision recorded")));
        if (!filled(d.decided_on)) f.missing.push_back(t_.tr("No date of the decision"));
        if (!filled(d.decided_by)) f.missing.push_back(t_.tr("Who decided is not recorded"));
        if (d.scope == AssessmentScope::units)
            f.recorded.push_back(t_.trnf("Scope: {} unit", "Scope: {} units", d.unit_ids.size(), d.unit_ids.size()));
        else if (!d.empty())
            f.recorded.push_back(t_.tr("Scope: the whole organisation"));
        if (filled(d.objective)) f.recorded.push_back(t_.tr("Objective stated"));
        else f.missing.push_back(t_.tr("No objective"));
        if (filled(d.process_leader)) f.recorded.push_back(t_.trf("Led by {}", d.process_leader));
        else f.missing.push_back(t_.tr("No process leader"));
        if (!filled(d.resources)) f.missing.push_back(t_.tr("Resources not stated"));
        f.status = from_counts(!d.empty(), f.missing.empty());
        return f;
    }

    Findings communication(CommunicationPlan plan) const {
        Findings f;
        const auto entries = steps_.communication_of(plan);
        const auto done = static_cast<std::size_t>(
            std::count_if(entries.begin(), entries.end(), [](const CommunicationEntry& e) { return filled(e.done_on); }));
        if (entries.empty()) {
            f.missing.push_back(t_.tr("No communication planned"));
        } else {
            f.recorded.push_back(t_.trnf("{} entry in the plan", "{} entries in the plan", entries.size(), entries.size()));
            f.recorded.push_back(t_.trf("{} of {} done", done, entries.size()));
            if (done < entries.size())
                f.missing.push_back(t_.trnf("{} entry not yet done", "{} entries not yet done", entries.size() - done, entries.size() - done));
        }
        f.status = from_counts(!entries.empty(), !entries.empty() && done == entries.size());
        return f;
    }

    Findings group() const {
        Findings f;
        const auto facilitators = std::count_if(group_.begin(), group_.end(), [](const Member& m) { return m.role == MemberRole::facilitator; });
        if (!group_.empty()) f.recorded.push_back(t_.trnf("{} member", "{} members", group_.size(), group_.size()));
        if (group_.size() < 5) f.missing.push_back(t_.tr("Fewer than 5 members (CAF suggests 5 to 12)"));
        if (facilitators == 0) f.missing.push_back(t_.tr("No facilitator"));
        f.status = from_counts(!group_.empty(), f.missing.empty());
        return f;
    }

    Findings training() const {
        Findings f;
        std::set<Id> trained;
        for (const auto& s : steps_.trainings) trained.insert(s.attendee_ids.begin(), s.attendee_ids.end());
        const auto untrained = static_cast<std::size_t>(
            std::count_if(group_.begin(), group_.end(), [&](const Member& m) { return !trained.count(m.id); }));
        if (steps_.trainings.empty()) {
            f.missing.push_back(t_.tr("No training recorded"));
        } else {
            f.recorded.push_back(t_.trnf("{} training session", "{} training sessions", steps_.trainings.size(), steps_.trainings.size()));
            if (untrained > 0)
                f.missing.push_back(t_.trnf("{} member not trained", "{} members not trained", untrained, untrained));
        }
        f.status = from_counts(!steps_.trainings.empty(), !steps_.trainings.empty() && untrained == 0 && !group_.empty());
        return f;
    }

    Findings assessment() const {
        Findings f;
        const CycleSummary s = summarize(project_, cycle_.id);
        std::size_t done = 0, total = 0;
        for (const auto& m : s.members) {
            done += m.completed;
            total += m.total;
        }
        const std::size_t nodes = s.nodes.size();
        if (done > 0) f.recorded.push_back(t_.trf("Individual assessments: {} of {} done", done, total));
        if (done < total) f.missing.push_back(t_.trnf("{} individual assessment open", "{} individual assessments open", total - done, total - done));
        if (s.consensus_done > 0) f.recorded.push_back(t_.trf("Consensus on {} of {}", s.consensus_done, nodes));
        if (s.consensus_done < nodes)
            f.missing.push_back(t_.trnf("{} subcriterion without consensus", "{} subcriteria without consensus", nodes - s.consensus_done, nodes - s.consensus_done));
        f.status = from_counts(done > 0 || s.consensus_done > 0, nodes > 0 && s.consensus_done == nodes);
        return f;
    }

    Findings report() const {
        Findings f;
        if (cycle_.approved()) f.recorded.push_back(t_.trf("Report approved on {}", date(cycle_.approved_on)));
        else f.missing.push_back(t_.tr("Report not yet approved by management"));
        if (filled(steps_.results.communicated_on))
            f.recorded.push_back(t_.trf("Results communicated on {}", date(steps_.results.communicated_on)));
        else
            f.missing.push_back(t_.tr("Communication of the results to staff not recorded"));
        f.status = from_counts(cycle_.approved() || !steps_.results.empty(), f.missing.empty());
        return f;
    }

    Findings plan() const {
        Findings f;
        const auto p = project_.plan(cycle_.id);
        if (!p) {
            f.missing.push_back(t_.tr("No improvement plan yet"));
            return f;
        }
        const auto actions = project_.actions(cycle_.id);
        f.recorded.push_back(t_.trnf("{} action", "{} actions", actions.size(), actions.size()));
        if (actions.empty()) f.missing.push_back(t_.tr("No actions"));
        if (!steps_.objectives.empty())
            f.recorded.push_back(t_.trnf("{} strategic objective", "{} strategic objectives", steps_.objectives.size(), steps_.objectives.size()));
        else
            f.missing.push_back(t_.tr("No strategic objectives"));
        const auto unchecked = static_cast<std::size_t>(
            std::count_if(actions.begin(), actions.end(), [](const ImprovementAction& a) { return !filled(a.check_method); }));
        if (unchecked > 0) f.missing.push_back(t_.trnf("{} action without a check", "{} actions without a check", unchecked, unchecked));
        if (p->approved) f.recorded.push_back(t_.trf("Approved on {}", date(p->approved_on)));
        else f.missing.push_back(t_.tr("Plan not yet approved"));
        f.status = from_counts(true, f.missing.empty());
        return f;
    }

    Findings monitoring() const {
        Findings f;
        const auto reviews = project_.progress_reviews(cycle_.id);
        const auto actions = project_.actions(cycle_.id);
        const auto finished = static_cast<std::size_t>(std::count_if(actions.begin(), actions.end(), [](const ImprovementAction& a) {
            return a.status == ActionStatus::done || a.status == ActionStatus::cancelled;
        }));
        if (!reviews.empty())
            f.recorded.push_back(t_.trnf("{} progress review, the last on {}", "{} progress reviews, the last on {}", reviews.size(),
                                         reviews.size(), date(reviews.back().held_on)));
        else
            f.missing.push_back(t_.tr("No progress review yet"));
        if (!actions.empty()) f.recorded.push_back(t_.trf("{} of {} actions finished", finished, actions.size()));
        const bool started = !reviews.empty() || std::any_of(actions.begin(), actions.end(), [](const ImprovementAction& a) {
            return a.status != ActionStatus::planned;
        });
        f.status = from_counts(started, !actions.empty() && finished == actions.size());
        return f;
    }

    Findings next() const {
        Findings f;
        const auto& n = steps_.next;
        if (filled(n.planned_on)) f.recorded.push_back(t_.trf("Planned for {}", date(n.planned_on)));
        else f.missing.push_back(t_.tr("No date planned"));
        if (filled(n.scope)) f.recorded.push_back(t_.tr("Scope stated"));
        else f.missing.push_back(t_.tr("No scope"));
        f.status = from_counts(!n.empty(), f.missing.empty());
        return f;
    }

    const Project& project_;
    Cycle cycle_;
    CycleSteps steps_;
    std::vector<Member> group_;
    const Translator& t_;
};

}  // namespace

StepStatus derived_step_status(const Project& project, Id cycle_id, int step) {
    return StepReader(project, cycle_id, Translator::current()).read(step).status;
}

std::vector<StepSummary> step_overview(const Project& project, Id cycle_id, const Translator& t) {
    const StepReader reader(project, cycle_id, t);
    std::vector<StepSummary> out;
    for (int step = 1; step <= caf_step_count; ++step) {
        Findings f = reader.read(step);
        const StepRecord r = reader.steps().step(step);
        StepSummary s;
        s.step = step;
        s.status = r.status.value_or(f.status);
        s.status_derived = !r.status;
        s.started_on = r.started_on;
        s.done_on = r.done_on;
        s.responsible = r.responsible;
        s.recorded = std::move(f.recorded);
        s.missing = std::move(f.missing);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace assessa
