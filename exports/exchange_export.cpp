// Writing a project as exchange XML.

#include "exports/exchange_format.hpp"
#include "exports/file_output.hpp"

#include "i18n/translator.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace assessa {

namespace {

void set_if_not_empty(pugi::xml_node el, const char* name, const std::string& value) {
    if (!value.empty()) el.append_attribute(name).set_value(value.c_str());
}

void append_text(pugi::xml_node el, const std::string& text) {
    if (!text.empty()) el.append_child(pugi::node_pcdata).set_value(text.c_str());
}

// A node's position in its framework, so ratings and consensus come in the framework's order.
std::size_t node_rank(const Framework& fw, const std::string& code) {
    return fw.index_of(code).value_or(fw.nodes().size());
}

// Phase scores in the panel's order (plan, do, check, act), not alphabetical.
void append_scores(pugi::xml_node el, const Panel* panel, const PhaseScores& scores) {
    std::vector<std::pair<std::string, int>> ordered;
    if (panel)
        for (const auto& phase : panel->phases)
            if (auto it = scores.find(phase.id); it != scores.end()) ordered.push_back(*it);
    for (const auto& [phase, value] : scores)
        if (!panel || !panel->find_phase(phase)) ordered.emplace_back(phase, value);
    for (const auto& [phase, value] : ordered) {
        auto score = el.append_child("score");
        score.append_attribute("phase").set_value(phase.c_str());
        score.append_attribute("value").set_value(value);
    }
}

bool is_empty(const Rating& r) { return r.scores.empty() && !r.no_opinion && r.items.empty(); }

bool is_empty(const Consensus& c) {
    return c.scores.empty() && c.items.empty() && c.justification.empty() && c.dissent.empty();
}

class ExchangeWriter {
public:
    ExchangeWriter(const Project& project, std::string only_cycle) : project_(project), only_cycle_(std::move(only_cycle)) {}

    std::string run() {
        pugi::xml_document doc;
        auto decl = doc.append_child(pugi::node_declaration);
        decl.append_attribute("version").set_value("1.0");
        decl.append_attribute("encoding").set_value("UTF-8");
        auto root = doc.append_child("assessa-exchange");
        root.append_attribute("xmlns").set_value(exchange_namespace);
        root.append_attribute("version").set_value(exchange_version);
        write_organisation(root);
        write_departments(root);
        write_members(root);
        write_processes(root);
        bool found = only_cycle_.empty();
        for (const auto& c : project_.cycles()) {
            cycle_labels_[c.id] = c.label;
            if (!only_cycle_.empty() && c.label != only_cycle_) continue;
            found = true;
            write_cycle(root, c);
        }
        if (!found) throw InvalidEdit(trf("{}: no cycle named \"{}\"", project_.path(), only_cycle_));
        write_bench_sets(root);
        write_surveys(root);

        std::ostringstream out;
        doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
        return with_escaped_carriage_returns(out.str());
    }

private:
    const Project& project_;
    std::string only_cycle_;  // empty: every cycle
    std::map<Id, std::string> cycle_labels_;
    std::map<Id, std::string> department_codes_;
    std::map<Id, std::string> process_codes_;
    std::map<Id, std::string> member_keys_;
    std::map<Id, MemberRole> member_roles_;
    std::map<Id, int> item_numbers_;  // note item id -> n of its key "in"
    int next_item_ = 1;
    std::map<Id, std::string> objective_codes_;  // of the cycle being written
    std::map<Id, int> consensus_keys_;  // consensus AFI id -> n of its key "cn"
    int next_consensus_item_ = 1;

    // pugixml writes a carriage return in element text as it is, and every XML reader turns it
    // into a line feed. Escaping it keeps such texts exact. Indentation never holds one.
    static std::string with_escaped_carriage_returns(const std::string& xml) {
        std::string out;
        out.reserve(xml.size());
        for (char ch : xml) {
            if (ch == '\r') out += "&#13;";
            else out.push_back(ch);
        }
        return out;
    }

    void write_organisation(pugi::xml_node root) {
        const auto o = project_.organisation();
        auto el = root.append_child("organisation");
        set_if_not_empty(el, "name", o.name);
        set_if_not_empty(el, "type", o.type);
        set_if_not_empty(el, "address", o.address);
        set_if_not_empty(el, "size", o.size);
        set_if_not_empty(el, "period", o.period);
        el.append_attribute("language").set_value(o.language.c_str());
    }

    void write_departments(pugi::xml_node root) {
        const auto departments = project_.departments();
        if (departments.empty()) return;
        auto list = root.append_child("departments");
        for (const auto& d : departments) {
            department_codes_[d.id] = d.code;
            auto el = list.append_child("department");
            el.append_attribute("code").set_value(d.code.c_str());
            el.append_attribute("name").set_value(d.name.c_str());
            set_if_not_empty(el, "head", d.head);
        }
    }

    // Imported comparison sets, as kept: the set, its submissions in order and their scores.
    // Scores print in the shortest form that reads back to the same number.
    void write_bench_sets(pugi::xml_node root) {
        const auto sets = project_.bench_sets();
        if (sets.empty()) return;
        auto list = root.append_child("comparison-sets");
        for (const auto& stored : sets) {
            const BenchSet& set = stored.set;
            auto el = list.append_child("comparison-set");
            el.append_attribute("id").set_value(static_cast<long long>(stored.id));
            el.append_attribute("source-name").set_value(stored.source_name.c_str());
            el.append_attribute("imported-at").set_value(stored.imported_at.c_str());
            el.append_attribute("framework").set_value(set.framework_id.c_str());
            el.append_attribute("framework-version").set_value(set.framework_version.c_str());
            el.append_attribute("method").set_value(set.method_id.c_str());
            el.append_attribute("merged-at").set_value(set.merged_at.c_str());
            for (const auto& s : set.submissions) {
                auto sub = el.append_child("submission");
                sub.append_attribute("id").set_value(s.submission_id.c_str());
                sub.append_attribute("written-at").set_value(s.written_at.c_str());
                sub.append_attribute("type").set_value(std::string(to_string(s.profile.type)).c_str());
                sub.append_attribute("size").set_value(std::string(to_string(s.profile.size)).c_str());
                set_if_not_empty(sub, "region", s.profile.region);
                sub.append_attribute("framework").set_value(s.framework_id.c_str());
                sub.append_attribute("framework-version").set_value(s.framework_version.c_str());
                sub.append_attribute("method").set_value(s.method_id.c_str());
                sub.append_attribute("cycle").set_value(s.cycle_label.c_str());
                sub.append_attribute("year").set_value(s.year);
                sub.append_attribute("members").set_value(s.members);
                sub.append_attribute("consensus-complete").set_value(s.consensus_complete ? "true" : "false");
                for (const auto& score : s.scores) {
                    auto sc = sub.append_child("score");
                    sc.append_attribute("level").set_value(std::string(to_string(score.level)).c_str());
                    set_if_not_empty(sc, "code", score.code);
                    sc.append_attribute("value").set_value(fmt::format("{}", score.score).c_str());
                }
            }
        }
    }

    // Perception surveys of the cycles written, as kept: the questionnaire's XML as text, the
    // mapping, and each response's answers in the store's compact form ("5,4,,?").
    void write_surveys(pugi::xml_node root) {
        const auto surveys = project_.surveys();
        pugi::xml_node list;
        for (const auto& s : surveys) {
            const auto label = cycle_labels_.find(s.cycle_id);
            if (label == cycle_labels_.end() || (!only_cycle_.empty() && label->second != only_cycle_)) continue;
            if (!list) list = root.append_child("surveys");
            auto el = list.append_child("survey");
            el.append_attribute("id").set_value(static_cast<long long>(s.id));
            el.append_attribute("cycle").set_value(label->second.c_str());
            el.append_attribute("title").set_value(s.title.c_str());
            el.append_attribute("conducted-on").set_value(s.conducted_on.c_str());
            el.append_attribute("source-name").set_value(s.source_name.c_str());
            el.append_attribute("encoding").set_value(s.encoding.c_str());
            el.append_attribute("imported-at").set_value(s.imported_at.c_str());
            auto q = el.append_child("questionnaire");
            q.append_attribute("id").set_value(s.questionnaire_id.c_str());
            q.append_attribute("version").set_value(s.questionnaire_version.c_str());
            q.append_child(pugi::node_pcdata).set_value(s.questionnaire_xml.c_str());
            for (const auto& c : s.mapping) {
                auto col = el.append_child("column");
                col.append_attribute("index").set_value(c.column);
                col.append_attribute("header").set_value(c.header.c_str());
                col.append_attribute("item").set_value(c.item_id.c_str());
                col.append_attribute("role").set_value(std::string(to_string(c.role)).c_str());
            }
            for (const auto& r : s.responses) {
                auto resp = el.append_child("response");
                resp.append_attribute("line").set_value(r.line);
                resp.append_attribute("answers").set_value(encoded_survey_answers(r.answers).c_str());
                if (!r.importance.empty())
                    resp.append_attribute("importance").set_value(encoded_survey_answers(r.importance).c_str());
            }
        }
    }

    void write_members(pugi::xml_node root) {
        const auto members = project_.members();
        if (members.empty()) return;
        auto list = root.append_child("members");
        for (const auto& m : members) {
            const std::string key = fmt::format("m{}", member_keys_.size() + 1);
            member_keys_[m.id] = key;
            member_roles_[m.id] = m.role;
            auto el = list.append_child("member");
            el.append_attribute("key").set_value(key.c_str());
            el.append_attribute("name").set_value(m.name.c_str());
            el.append_attribute("role").set_value(std::string(to_string(m.role)).c_str());
            if (m.department_id) set_if_not_empty(el, "department", department_codes_[*m.department_id]);
            set_if_not_empty(el, "contact", m.contact);
        }
    }

    void write_processes(pugi::xml_node root) {
        const auto processes = project_.processes();
        for (const auto& p : processes) process_codes_[p.id] = p.code;
        if (processes.empty()) return;
        auto list = root.append_child("processes");
        for (const auto& p : processes) {
            auto el = list.append_child("process");
            el.append_attribute("code").set_value(p.code.c_str());
            el.append_attribute("kind").set_value(std::string(to_string(p.kind)).c_str());
            if (p.owner_member_id) el.append_attribute("owner-member").set_value(member_keys_[*p.owner_member_id].c_str());
            if (p.owner_department_id)
                el.append_attribute("owner-department").set_value(department_codes_[*p.owner_department_id].c_str());
            append_text(el.append_child("name"), p.name);
            if (!p.purpose.empty()) append_text(el.append_child("purpose"), p.purpose);
            if (!p.customer_requirements.empty())
                append_text(el.append_child("customer-requirements"), p.customer_requirements);
            auto texts = [&](const char* name, const std::vector<std::string>& items) {
                for (const auto& item : items) append_text(el.append_child(name), item);
            };
            texts("iso-clause", p.iso_clauses);
            texts("subprocess", p.subprocesses);
            texts("document", p.documents);
            texts("record", p.records);
            for (const auto& r : p.resources) {
                auto x = el.append_child("resource");
                x.append_attribute("kind").set_value(std::string(to_string(r.kind)).c_str());
                append_text(x, r.text);
            }
            for (const auto& c : p.criteria) {
                auto x = el.append_child("criterion");
                set_if_not_empty(x, "indicator", c.indicator);
                set_if_not_empty(x, "target", c.target);
                append_text(x, c.text);
            }
            texts("constraint", p.constraints);
            texts("improvement-goal", p.improvement_goals);
            write_matrix(el, p.matrix);
        }
    }

    void write_matrix(pugi::xml_node process, const ResponsibilityMatrix& m) {
        if (m.rows.empty() && m.columns.empty()) return;
        auto el = process.append_child("matrix");
        for (const auto& c : m.columns) {
            auto x = el.append_child("column");
            x.append_attribute("name").set_value(c.name.c_str());
            append_text(x, c.purpose);
        }
        for (std::size_t r = 0; r < m.rows.size(); ++r) {
            auto x = el.append_child("participant");
            if (m.rows[r].department_id) x.append_attribute("department").set_value(department_codes_[*m.rows[r].department_id].c_str());
            else x.append_attribute("role").set_value(m.rows[r].role.c_str());
            std::string cells;
            for (std::size_t c = 0; c < m.columns.size(); ++c) {
                if (c > 0) cells += ' ';
                const auto v = m.at(r, c);
                cells += v == Responsibility::none ? std::string("-") : std::string(to_string(v));
            }
            if (!m.columns.empty()) x.append_attribute("cells").set_value(cells.c_str());
        }
    }

    void write_cycle(pugi::xml_node root, const Cycle& c) {
        auto el = root.append_child("cycle");
        el.append_attribute("label").set_value(c.label.c_str());
        el.append_attribute("framework").set_value(c.framework_id.c_str());
        el.append_attribute("framework-version").set_value(c.framework_version.c_str());
        el.append_attribute("method").set_value(c.method_id.c_str());
        set_if_not_empty(el, "started-on", c.started_on);
        set_if_not_empty(el, "approved-by", c.approved_by);
        set_if_not_empty(el, "approved-on", c.approved_on);
        set_if_not_empty(el, "approval-note", c.approval_note);
        const auto group = project_.cycle_members(c.id);
        if (group.size() != member_keys_.size()) {
            std::string keys;
            for (const auto& m : group) keys += (keys.empty() ? "" : " ") + member_keys_[m.id];
            el.append_attribute("group").set_value(keys.c_str());
        }
        if (c.members_see_previous_consensus) el.append_attribute("members-see-previous-consensus").set_value("true");

        const FrameworkPtr fw = project_.framework_of(c);
        auto ratings = project_.ratings(c.id);
        std::erase_if(ratings, [](const Rating& r) { return is_empty(r); });
        if (fw)
            std::stable_sort(ratings.begin(), ratings.end(), [&](const Rating& a, const Rating& b) {
                return std::pair(a.member_id, node_rank(*fw, a.node_code)) <
                       std::pair(b.member_id, node_rank(*fw, b.node_code));
            });
        for (const auto& r : ratings) write_rating(el, c, r);

        auto agreed = project_.consensus_all(c.id);
        std::erase_if(agreed, [](const Consensus& x) { return is_empty(x); });
        if (fw)
            std::stable_sort(agreed.begin(), agreed.end(), [&](const Consensus& a, const Consensus& b) {
                return node_rank(*fw, a.node_code) < node_rank(*fw, b.node_code);
            });
        for (const auto& x : agreed) write_consensus(el, c, x);
        auto meeting = project_.meeting_record(c.id);
        if (fw)
            std::stable_sort(meeting.begin(), meeting.end(), [&](const MeetingItem& a, const MeetingItem& b) {
                return node_rank(*fw, a.node_code) < node_rank(*fw, b.node_code);
            });
        for (const auto& m : meeting) {
            auto item = el.append_child("meeting");
            item.append_attribute("node").set_value(m.node_code.c_str());
            item.append_attribute("seconds").set_value(m.seconds);
            item.append_attribute("rounds").set_value(m.rounds);
        }
        for (const auto& entry : project_.member_numbers(c.id)) {
            const auto member = entry.first;
            const auto number = entry.second;
            auto key = member_keys_.find(member);
            // A member who left the cycle's group keeps no number in the file.
            const bool in_group = std::any_of(group.begin(), group.end(), [&](const Member& m) { return m.id == member; });
            if (key == member_keys_.end() || !in_group) continue;
            auto n = el.append_child("member-number");
            n.append_attribute("member").set_value(key->second.c_str());
            n.append_attribute("number").set_value(number);
        }
        for (const auto& m : group) {
            // <members> holds each member's newest role; a cycle names only the roles that differ.
            if (m.role == member_roles_[m.id]) continue;
            auto r = el.append_child("group-role");
            r.append_attribute("member").set_value(member_keys_[m.id].c_str());
            r.append_attribute("role").set_value(std::string(to_string(m.role)).c_str());
        }
        const CycleSteps steps = project_.cycle_steps(c.id);
        write_steps(el, steps);
        objective_codes_.clear();
        for (const auto& o : steps.objectives) objective_codes_[o.id] = o.code;
        if (auto plan = project_.plan(c.id)) write_plan(el, *plan);
        for (const auto& review : project_.progress_reviews(c.id)) write_review(el, review);
        for (const auto& fix : project_.corrections(c.id)) {
            auto x = el.append_child("correction");
            x.append_attribute("on").set_value(fix.corrected_on.c_str());
            set_if_not_empty(x, "by", fix.corrected_by);
            append_text(x, fix.what);
        }
    }

    void write_plan(pugi::xml_node cycle, const ImprovementPlan& plan) {
        auto el = cycle.append_child("plan");
        el.append_attribute("starts-on").set_value(plan.starts_on.c_str());
        el.append_attribute("horizon-years").set_value(plan.horizon_years);
        el.append_attribute("version").set_value(plan.version);
        el.append_attribute("status").set_value(plan.approved ? "approved" : "draft");
        set_if_not_empty(el, "approved-by", plan.approved_by);
        set_if_not_empty(el, "approved-on", plan.approved_on);
        set_if_not_empty(el, "decision-note", plan.decision_note);
        for (const auto& a : project_.actions(plan.cycle_id)) write_action(el, a);
    }

    void write_action(pugi::xml_node plan, const ImprovementAction& a) {
        auto el = plan.append_child("action");
        el.append_attribute("code").set_value(a.code.c_str());
        el.append_attribute("impact").set_value(a.impact);
        el.append_attribute("feasibility").set_value(a.feasibility);
        if (a.category_override)
            el.append_attribute("category").set_value(std::string(to_string(*a.category_override)).c_str());
        if (a.lead_department) el.append_attribute("lead").set_value(department_codes_[*a.lead_department].c_str());
        std::string participants;
        for (Id d : a.participating_departments) participants += (participants.empty() ? "" : " ") + department_codes_[d];
        set_if_not_empty(el, "participants", participants);
        std::string processes;
        for (Id id : a.process_ids) {
            if (!processes.empty()) processes += " ";
            processes += process_codes_[id];
        }
        set_if_not_empty(el, "processes", processes);
        set_if_not_empty(el, "responsible", a.responsible);
        set_if_not_empty(el, "starts-on", a.starts_on);
        set_if_not_empty(el, "due-on", a.due_on);
        el.append_attribute("status").set_value(std::string(to_string(a.status)).c_str());
        el.append_attribute("progress").set_value(a.progress);
        std::vector<int> afis;
        for (Id id : a.afi_ids)
            if (auto it = consensus_keys_.find(id); it != consensus_keys_.end()) afis.push_back(it->second);
        std::sort(afis.begin(), afis.end());
        std::string keys;
        for (int n : afis) keys += (keys.empty() ? "c" : " c") + std::to_string(n);
        set_if_not_empty(el, "afis", keys);
        std::string objectives;
        for (Id id : a.objective_ids)
            if (auto it = objective_codes_.find(id); it != objective_codes_.end())
                objectives += (objectives.empty() ? "" : " ") + it->second;
        set_if_not_empty(el, "objectives", objectives);
        set_if_not_empty(el, "check-on", a.check_on);
        // Only to a cycle this file holds (a one-cycle export leaves links to others out).
        if (a.adopted_from && (only_cycle_.empty() || only_cycle_ == cycle_labels_[a.adopted_from->cycle_id])) {
            el.append_attribute("adopted-from-cycle").set_value(cycle_labels_[a.adopted_from->cycle_id].c_str());
            el.append_attribute("adopted-from-code").set_value(a.adopted_from->code.c_str());
        }
        const std::pair<const char*, const std::string*> texts[] = {
            {"title", &a.title},       {"description", &a.description}, {"expected-result", &a.expected_result},
            {"effort", &a.effort},     {"cost", &a.cost},               {"indicator", &a.indicator},
            {"target", &a.target},     {"risks", &a.risks},             {"resources", &a.resources},
            {"check-method", &a.check_method}};
        for (const auto& [name, text] : texts)
            if (!text->empty()) append_text(el.append_child(name), *text);
        if (a.iso_clauses) {
            std::string clauses;
            for (const auto& code : *a.iso_clauses) clauses += (clauses.empty() ? "" : " ") + code;
            append_text(el.append_child("iso-clauses"), clauses);
        }
        for (const auto& m : a.milestones) {
            auto ms = el.append_child("milestone");
            ms.append_attribute("due-on").set_value(m.due_on.c_str());
            if (m.done) ms.append_attribute("done").set_value("true");
            append_text(ms, m.title);
        }
        for (const auto& h : a.history) {
            auto change = el.append_child("status-change");
            change.append_attribute("on").set_value(h.changed_on.c_str());
            change.append_attribute("status").set_value(std::string(to_string(h.status)).c_str());
            change.append_attribute("progress").set_value(h.progress);
            set_if_not_empty(change, "by", h.changed_by);
            append_text(change, h.comment);
        }
    }

    std::string member_list(const std::vector<Id>& ids) {
        std::string keys;
        for (Id id : ids)
            if (auto it = member_keys_.find(id); it != member_keys_.end()) keys += (keys.empty() ? "" : " ") + it->second;
        return keys;
    }

    // The CAF steps' records (docs/caf-steps.md); nothing when the cycle records none.
    void write_steps(pugi::xml_node cycle, const CycleSteps& s) {
        if (s == CycleSteps{}) return;
        auto el = cycle.append_child("steps");
        for (const auto& r : s.steps) {
            auto x = el.append_child("step");
            x.append_attribute("number").set_value(r.step);
            if (r.status) x.append_attribute("status").set_value(std::string(to_string(*r.status)).c_str());
            set_if_not_empty(x, "started-on", r.started_on);
            set_if_not_empty(x, "done-on", r.done_on);
            set_if_not_empty(x, "responsible", r.responsible);
            append_text(x, r.notes);
        }
        if (!s.decision.empty()) {
            const auto& d = s.decision;
            auto x = el.append_child("decision");
            set_if_not_empty(x, "decided-on", d.decided_on);
            set_if_not_empty(x, "decided-by", d.decided_by);
            x.append_attribute("scope").set_value(std::string(to_string(d.scope)).c_str());
            std::string units;
            for (Id id : d.unit_ids) units += (units.empty() ? "" : " ") + department_codes_[id];
            set_if_not_empty(x, "units", units);
            set_if_not_empty(x, "process-leader", d.process_leader);
            if (!d.objective.empty()) append_text(x.append_child("objective"), d.objective);
            if (!d.resources.empty()) append_text(x.append_child("resources"), d.resources);
        }
        for (const auto& c : s.communication) {
            auto x = el.append_child("communication");
            x.append_attribute("plan").set_value(std::string(to_string(c.plan)).c_str());
            x.append_attribute("audience").set_value(c.audience.c_str());
            set_if_not_empty(x, "channel", c.channel);
            set_if_not_empty(x, "planned-on", c.planned_on);
            set_if_not_empty(x, "responsible", c.responsible);
            set_if_not_empty(x, "done-on", c.done_on);
            append_text(x, c.message);
        }
        for (const auto& t : s.trainings) {
            auto x = el.append_child("training");
            x.append_attribute("held-on").set_value(t.held_on.c_str());
            set_if_not_empty(x, "trainer", t.trainer);
            set_if_not_empty(x, "attendees", member_list(t.attendee_ids));
            if (!t.topic.empty()) append_text(x.append_child("topic"), t.topic);
            if (!t.notes.empty()) append_text(x.append_child("notes"), t.notes);
        }
        if (!s.results.empty()) {
            auto x = el.append_child("results");
            set_if_not_empty(x, "communicated-on", s.results.communicated_on);
            append_text(x, s.results.how);
        }
        for (const auto& o : s.objectives) {
            auto x = el.append_child("objective");
            x.append_attribute("code").set_value(o.code.c_str());
            x.append_attribute("title").set_value(o.title.c_str());
            append_text(x, o.description);
        }
        for (const auto& idea : s.declined_ideas) {
            auto x = el.append_child("declined-idea");
            set_if_not_empty(x, "node", idea.node_code);
            append_text(x.append_child("text"), idea.text);
            if (!idea.reason.empty()) append_text(x.append_child("reason"), idea.reason);
        }
        if (!s.next.empty()) {
            auto x = el.append_child("next-assessment");
            set_if_not_empty(x, "planned-on", s.next.planned_on);
            append_text(x, s.next.scope);
        }
    }

    // A progress review (step 9), a snapshot of the plan: its actions as the review found them.
    void write_review(pugi::xml_node cycle, const ProgressReview& r) {
        auto el = cycle.append_child("progress-review");
        el.append_attribute("held-on").set_value(r.held_on.c_str());
        el.append_attribute("reviewer").set_value(r.reviewer.c_str());
        if (!r.conclusions.empty()) append_text(el.append_child("conclusions"), r.conclusions);
        for (const auto& a : r.actions) {
            auto x = el.append_child("reviewed-action");
            x.append_attribute("code").set_value(a.code.c_str());
            set_if_not_empty(x, "department", a.department);
            set_if_not_empty(x, "due-on", a.due_on);
            x.append_attribute("status").set_value(std::string(to_string(a.status)).c_str());
            x.append_attribute("progress").set_value(a.progress);
            if (a.milestones != 0 || a.milestones_done != 0) {
                x.append_attribute("milestones").set_value(a.milestones);
                x.append_attribute("milestones-done").set_value(a.milestones_done);
            }
            const std::pair<const char*, const std::string*> texts[] = {{"title", &a.title},
                                                                         {"comment", &a.comment},
                                                                         {"indicator", &a.indicator},
                                                                         {"target", &a.target},
                                                                         {"value", &a.value}};
            for (const auto& [name, text] : texts)
                if (!text->empty()) append_text(x.append_child(name), *text);
        }
    }

    void write_rating(pugi::xml_node cycle, const Cycle& c, const Rating& r) {
        auto el = cycle.append_child("rating");
        el.append_attribute("member").set_value(member_keys_[r.member_id].c_str());
        el.append_attribute("node").set_value(r.node_code.c_str());
        if (r.no_opinion) el.append_attribute("no-opinion").set_value("true");
        append_scores(el, project_.panel_for(c, r.node_code), r.scores);
        for (const auto& item : r.items) {
            const int n = next_item_++;
            item_numbers_[item.id] = n;
            auto i = el.append_child("item");
            i.append_attribute("key").set_value(fmt::format("i{}", n).c_str());
            i.append_attribute("kind").set_value(std::string(to_string(item.kind)).c_str());
            append_text(i, item.text);
        }
    }

    void write_consensus(pugi::xml_node cycle, const Cycle& c, const Consensus& x) {
        auto el = cycle.append_child("consensus");
        el.append_attribute("node").set_value(x.node_code.c_str());
        append_scores(el, project_.panel_for(c, x.node_code), x.scores);
        for (const auto& item : x.items) {
            auto i = el.append_child("item");
            if (item.kind == NoteKind::afi) {  // actions of the plan name the AFIs they answer
                const int n = next_consensus_item_++;
                consensus_keys_[item.id] = n;
                i.append_attribute("key").set_value(fmt::format("c{}", n).c_str());
            }
            i.append_attribute("kind").set_value(std::string(to_string(item.kind)).c_str());
            // In file order, not by id: ids differ between projects, the order must not.
            std::vector<int> sources;
            for (Id id : item.source_item_ids)
                if (auto it = item_numbers_.find(id); it != item_numbers_.end()) sources.push_back(it->second);
            std::sort(sources.begin(), sources.end());
            std::string keys;
            for (int n : sources) keys += (keys.empty() ? "i" : " i") + std::to_string(n);
            set_if_not_empty(i, "sources", keys);
            append_text(i, item.text);
        }
        if (!x.justification.empty()) append_text(el.append_child("justification"), x.justification);
        if (!x.dissent.empty()) append_text(el.append_child("dissent"), x.dissent);
    }
};

}  // namespace

std::string export_exchange_text(const Project& project, const std::string& only_cycle) {
    return ExchangeWriter(project, only_cycle).run();
}

void export_exchange(const Project& project, const std::string& path, const std::string& only_cycle) {
    write_file_atomically(path, export_exchange_text(project, only_cycle));
}

}  // namespace assessa
