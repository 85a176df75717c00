#include "exports/demo_steps.hpp"

#include "i18n/translator.hpp"

#include <algorithm>
#include <sstream>

namespace assessa {

namespace {

std::string text_of(XmlReader& xml, pugi::xml_node el, const char* child, const std::string& lang) {
    if (!el.child(child)) return {};
    return xml.texts(el, child, true, el.name()).get(lang);
}

std::vector<std::string> words(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::string member_name(const Project& p, const DemoPeople& people, const std::string& key) {
    const auto it = people.members.find(key);
    if (it == people.members.end()) return {};
    for (const auto& m : p.members())
        if (m.id == it->second) return m.name;
    return {};
}

// Where an action stands after a review: the state the review found.
struct ActionState {
    ActionStatus status = ActionStatus::planned;
    int progress = 0;
    int milestones_done = 0;
};

// The actions' state before the first review: as the plan's <action> elements give it.
std::map<std::string, ActionState> initial_states(pugi::xml_node root) {
    std::map<std::string, ActionState> states;
    for (auto el : root.children("action")) {
        ActionState s;
        s.status = action_status_from_string(el.attribute("status").as_string("planned")).value_or(ActionStatus::planned);
        s.progress = s.status == ActionStatus::done ? 100 : el.attribute("progress").as_int();
        states[el.attribute("id").value()] = s;
    }
    return states;
}

ActionState entry_state(pugi::xml_node entry, const ActionState& before) {
    ActionState s;
    s.status = action_status_from_string(entry.attribute("status").value()).value_or(before.status);
    s.progress = entry.attribute("progress").as_int(before.progress);
    s.milestones_done = entry.attribute("milestones-done").as_int(before.milestones_done);
    return s;
}

}  // namespace

std::map<std::string, Id> add_demo_steps(Project& p, XmlReader& xml, pugi::xml_node root, Id cycle,
                                         const DemoPeople& people, const std::string& lang) {
    const auto el = root.child("steps");
    CycleSteps steps;
    if (const auto d = el.child("decision")) {
        steps.decision.decided_on = d.attribute("decided-on").value();
        steps.decision.decided_by = text_of(xml, d, "by", lang);
        steps.decision.scope =
            assessment_scope_from_string(d.attribute("scope").as_string("whole-organisation")).value_or(AssessmentScope::whole_organisation);
        for (const auto& code : words(d.attribute("units").value())) steps.decision.unit_ids.push_back(people.departments.at(code));
        steps.decision.objective = text_of(xml, d, "objective", lang);
        steps.decision.process_leader = member_name(p, people, d.attribute("process-leader").value());
        steps.decision.resources = text_of(xml, d, "resources", lang);
    }
    for (auto s : el.children("step")) {
        StepRecord r;
        r.step = s.attribute("number").as_int();
        r.started_on = s.attribute("started-on").value();
        r.done_on = s.attribute("done-on").value();
        r.responsible = member_name(p, people, s.attribute("responsible").value());
        steps.set_step(r);
    }
    for (auto c : el.children("communication")) {
        CommunicationEntry e;
        e.plan = communication_plan_from_string(c.attribute("plan").value()).value_or(CommunicationPlan::self_assessment);
        e.audience = text_of(xml, c, "audience", lang);
        e.message = text_of(xml, c, "message", lang);
        e.channel = text_of(xml, c, "channel", lang);
        e.planned_on = c.attribute("planned-on").value();
        e.responsible = member_name(p, people, c.attribute("responsible").value());
        e.done_on = c.attribute("done-on").value();
        steps.communication.push_back(std::move(e));
    }
    for (auto t : el.children("training")) {
        TrainingSession s;
        s.held_on = t.attribute("held-on").value();
        s.topic = text_of(xml, t, "topic", lang);
        s.trainer = text_of(xml, t, "trainer", lang);
        for (const auto& key : words(t.attribute("attendees").value())) s.attendee_ids.push_back(people.members.at(key));
        s.notes = text_of(xml, t, "notes", lang);
        steps.trainings.push_back(std::move(s));
    }
    if (const auto r = el.child("results")) {
        steps.results.communicated_on = r.attribute("communicated-on").value();
        steps.results.how = text_of(xml, r, "how", lang);
    }
    for (auto o : el.children("objective"))
        steps.objectives.push_back({0, o.attribute("code").value(), text_of(xml, o, "title", lang),
                                    text_of(xml, o, "description", lang)});
    for (auto i : el.children("declined-idea"))
        steps.declined_ideas.push_back({0, i.attribute("node").value(), text_of(xml, i, "text", lang),
                                        text_of(xml, i, "reason", lang)});
    if (const auto n = el.child("next-assessment")) {
        steps.next.planned_on = n.attribute("planned-on").value();
        steps.next.scope = text_of(xml, n, "scope", lang);
    }
    p.set_cycle_steps(cycle, steps);

    std::map<std::string, Id> objectives;
    for (const auto& o : p.cycle_steps(cycle).objectives) objectives[o.code] = o.id;
    return objectives;
}

void add_demo_action_steps(ImprovementAction& a, XmlReader& xml, pugi::xml_node el,
                           const std::map<std::string, Id>& objectives, const std::string& lang) {
    for (const auto& code : words(el.attribute("objectives").value())) a.objective_ids.push_back(objectives.at(code));
    a.risks = text_of(xml, el, "risks", lang);
    a.resources = text_of(xml, el, "resources", lang);
    a.check_method = text_of(xml, el, "check", lang);
    a.check_on = el.attribute("check-on").value();
}

void apply_demo_reviews(std::vector<ImprovementAction>& actions, XmlReader& xml, pugi::xml_node root,
                        const std::string& by, const std::string& lang) {
    const Translator t = Translator::for_language(lang);
    auto states = initial_states(root);
    for (auto review : root.children("review")) {
        const std::string held_on = review.attribute("held-on").value();
        for (auto entry : review.children("entry")) {
            const std::string code = entry.attribute("action").value();
            auto a = std::find_if(actions.begin(), actions.end(), [&](const ImprovementAction& x) { return x.code == code; });
            if (a == actions.end()) {
                xml.error(entry, trf("the demo's review names the action {}, which the plan does not have", code));
                continue;
            }
            const ActionState before = states[code];
            const ActionState after = entry_state(entry, before);
            states[code] = after;
            if (after.status == before.status && after.progress == before.progress) continue;
            std::string comment = text_of(xml, entry, "comment", lang);
            if (comment.empty()) comment = t.tr("Progress reported at the quarterly review.");
            a->history.push_back({0, held_on, after.status, after.progress, comment, by});
        }
    }
    for (auto& a : actions) {
        const ActionState& s = states[a.code];
        a.status = s.status;
        a.progress = s.progress;
        for (std::size_t m = 0; m < a.milestones.size(); ++m) a.milestones[m].done = static_cast<int>(m) < s.milestones_done;
    }
}

void add_demo_reviews(Project& p, XmlReader& xml, pugi::xml_node root, Id cycle, const DemoPeople& people,
                      const std::string& lang) {
    std::map<Id, std::string> department_codes;
    for (const auto& [code, id] : people.departments) department_codes[id] = code;
    const auto actions = p.actions(cycle);
    auto states = initial_states(root);
    std::vector<ProgressReview> reviews;
    for (auto el : root.children("review")) {
        ProgressReview review;
        review.cycle_id = cycle;
        review.held_on = el.attribute("held-on").value();
        review.reviewer = member_name(p, people, el.attribute("reviewer").value());
        review.conclusions = text_of(xml, el, "conclusions", lang);
        std::map<std::string, pugi::xml_node> entries;
        for (auto entry : el.children("entry")) entries[entry.attribute("action").value()] = entry;
        for (const auto& a : actions) {
            ReviewedAction r;
            r.code = a.code;
            r.title = a.title;
            if (a.lead_department) r.department = department_codes[*a.lead_department];
            r.due_on = a.due_on;
            r.indicator = a.indicator;
            r.target = a.target;
            ActionState& state = states[a.code];
            if (const auto entry = entries.find(a.code); entry != entries.end()) {
                state = entry_state(entry->second, state);
                r.comment = text_of(xml, entry->second, "comment", lang);
                r.value = entry->second.attribute("value").value();
            }
            r.status = state.status;
            r.progress = state.progress;
            // As review_from_plan counts them: the milestones due by the review, and any met
            // earlier (the first ones met, in date order).
            const auto due = std::count_if(a.milestones.begin(), a.milestones.end(),
                                           [&](const Milestone& m) { return m.due_on <= review.held_on; });
            r.milestones_done = std::min(state.milestones_done, static_cast<int>(a.milestones.size()));
            r.milestones = std::max(static_cast<int>(due), r.milestones_done);
            review.actions.push_back(std::move(r));
        }
        reviews.push_back(std::move(review));
    }
    p.restore_progress_reviews(cycle, reviews);
}

}  // namespace assessa
