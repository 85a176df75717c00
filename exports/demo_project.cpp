#include "exports/demo_project.hpp"

#include "exports/demo_random.hpp"
#include "exports/demo_steps.hpp"
#include "exports/demo_surveys.hpp"

#include "frameworks/data_paths.hpp"
#include "frameworks/xml_reader.hpp"
#include "model/calendar_date.hpp"
#include "i18n/translator.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace assessa {

using namespace demo;

namespace {

struct Pools {
    std::map<NoteKind, std::vector<std::string>> items;
    std::string justification;
    std::string dissent;
};

struct DemoNode {
    std::string code;
    int level = 50, spread = 10, previous = 40;
    Pools texts;
    std::vector<std::size_t> agreed_afis;  // pool indexes of the AFIs in the consensus
};

// "4.5:1 4.4:2" -> {("4.5", 0), ("4.4", 1)}: the N-th (1-based) <afi> of a node.
std::vector<std::pair<std::string, std::size_t>> afi_refs(const std::string& attr) {
    std::vector<std::pair<std::string, std::size_t>> refs;
    std::size_t pos = 0;
    while (pos < attr.size()) {
        auto end = attr.find(' ', pos);
        if (end == std::string::npos) end = attr.size();
        const std::string ref = attr.substr(pos, end - pos);
        if (const auto colon = ref.find(':'); colon != std::string::npos)
            refs.emplace_back(ref.substr(0, colon), std::stoul(ref.substr(colon + 1)) - 1);
        pos = end + 1;
    }
    return refs;
}

std::vector<std::string> split_words(const std::string& s) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        auto end = s.find(' ', pos);
        if (end == std::string::npos) end = s.size();
        if (end > pos) out.push_back(s.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

int clamp_score(double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 100.0))); }

std::string text_in(XmlReader& xml, pugi::xml_node el, const char* child, const std::string& lang) {
    return xml.texts(el, child, true, el.name()).get(lang);
}

// Phase scores around a target: enablers fall off along Plan, Do, Check, Act, as in an
// organisation that plans better than it reviews; results keep trends and targets close.
PhaseScores phase_scores(const Panel& panel, double target, std::uint64_t& state, double noise) {
    PhaseScores scores;
    const auto n = panel.phases.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double slope = n == 4 ? 8.0 - 16.0 * static_cast<double>(i) / 3.0 : (n == 2 ? (i == 0 ? 2.0 : -2.0) : 0.0);
        scores[panel.phases[i].id] = clamp_score(target + slope + noise * roughly_normal(state));
    }
    return scores;
}

// Consensus phase scores whose mean is exactly `level` (within rounding).
PhaseScores consensus_scores(const Panel& panel, int level) {
    PhaseScores scores;
    const auto n = panel.phases.size();
    int sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int slope = n == 4 ? 9 - 6 * static_cast<int>(i) : (n == 2 ? (i == 0 ? 2 : -2) : 0);
        const int v = std::clamp(level + slope, 0, 100);
        scores[panel.phases[i].id] = v;
        sum += v;
    }
    const int diff = level * static_cast<int>(n) - sum;  // clamping may have moved the mean
    scores[panel.phases.front().id] = std::clamp(scores[panel.phases.front().id] + diff, 0, 100);
    return scores;
}

// The improvement plan 2027-2029 from the content's <action> elements, drafted on 1 December
// and approved by the sponsor; a few actions already report progress. Every date comes from the
// content, so the demo is the same whenever it is made.
void add_demo_plan(Project& p, XmlReader& xml, pugi::xml_node root, Id cycle, const std::map<std::string, Id>& departments,
                   const std::map<std::string, Id>& agreed_afi_ids, const std::map<std::string, Id>& objectives,
                   const std::string& lang) {
    const std::string year = root.attribute("cycle").value();
    const std::string next_year = std::to_string(std::stoi(year) + 1);
    const Translator t = Translator::for_language(lang);
    const auto members = p.members();
    const auto processes = p.processes();
    ImprovementPlan plan;
    plan.cycle_id = cycle;
    plan.starts_on = next_year + "-01-01";
    plan.horizon_years = 3;
    plan.approved = true;
    plan.approved_by = members.at(1).name;
    plan.approved_on = year + "-12-15";
    plan.decision_note = t.tr("Plan approved by the management board; departments informed at the staff meeting.");
    std::vector<ImprovementAction> actions;
    for (auto el : root.children("action")) {
        ImprovementAction a;
        a.code = el.attribute("id").value();
        a.title = text_in(xml, el, "title", lang);
        a.description = xml.texts(el, "description", false, "action").get(lang);
        a.expected_result = xml.texts(el, "expected-result", false, "action").get(lang);
        a.indicator = xml.texts(el, "indicator", false, "action").get(lang);
        a.target = xml.texts(el, "target", false, "action").get(lang);
        a.responsible = XmlReader::text_of(el.child("person"));
        a.effort = XmlReader::text_of(el.child("effort"));
        a.cost = XmlReader::text_of(el.child("cost"));
        a.impact = el.attribute("impact").as_int();
        a.feasibility = el.attribute("feasibility").as_int();
        a.starts_on = el.attribute("start").value();
        a.due_on = el.attribute("due").value();
        a.lead_department = departments.at(el.attribute("lead").value());
        for (const auto& code : split_words(el.attribute("participants").value()))
            a.participating_departments.push_back(departments.at(code));
        for (const auto& code : split_words(el.attribute("processes").value()))
            for (const auto& process : processes)
                if (process.code == code) a.process_ids.push_back(process.id);
        for (const auto& [code, index] : afi_refs(el.attribute("afis").value()))
            a.afi_ids.push_back(agreed_afi_ids.at(code + ":" + std::to_string(index)));
        for (auto m : el.children("milestone"))
            a.milestones.push_back({0, text_in(xml, m, "title", lang), m.attribute("date").value(), false});
        a.history.push_back({0, year + "-12-01", ActionStatus::planned, 0, t.tr("Action added to the plan"),
                             members.at(0).name});
        const auto status = action_status_from_string(el.attribute("status").as_string("planned")).value_or(ActionStatus::planned);
        if (status != ActionStatus::planned) {
            const auto start = CalendarDate::parse(a.starts_on);
            a.status = status;
            a.progress = status == ActionStatus::done ? 100 : el.attribute("progress").as_int();
            a.history.push_back({0, start ? start->plus_days(30).to_string() : next_year + "-02-01", status, a.progress,
                                 t.tr("Work started as planned."), members.at(0).name});
        }
        add_demo_action_steps(a, xml, el, objectives, lang);
        actions.push_back(std::move(a));
    }
    apply_demo_reviews(actions, xml, root, members.at(0).name, lang);
    p.restore_plan(plan, actions);
}

}  // namespace

// The demo's process cards: every text in the project's language, owners and matrix rows by
// department code (or, for an owner, a member's name).
void add_demo_processes(Project& p, XmlReader& xml, pugi::xml_node root, const std::map<std::string, Id>& departments,
                        const std::string& lang) {
    const auto members = p.members();
    auto texts = [&](pugi::xml_node el, const char* name) {
        std::vector<std::string> out;
        for (auto x : el.children(name)) out.push_back(text_in(xml, x, "text", lang));
        return out;
    };
    std::vector<Process> processes;
    for (auto el : root.children("process")) {
        Process pr;
        pr.code = el.attribute("code").value();
        pr.kind = process_kind_from_string(el.attribute("kind").value()).value_or(ProcessKind::core);
        if (auto d = el.attribute("owner-department")) pr.owner_department_id = departments.at(d.value());
        if (auto m = el.attribute("owner-member"))
            for (const auto& member : members)
                if (member.name == m.value()) pr.owner_member_id = member.id;
        pr.name = text_in(xml, el.child("name"), "text", lang);
        pr.purpose = text_in(xml, el.child("purpose"), "text", lang);
        pr.customer_requirements = text_in(xml, el.child("customer-requirements"), "text", lang);
        pr.iso_clauses = split_words(el.attribute("iso").value());
        pr.subprocesses = texts(el, "subprocess");
        pr.documents = texts(el, "document");
        pr.records = texts(el, "record");
        for (auto r : el.children("resource"))
            pr.resources.push_back({resource_kind_from_string(r.attribute("kind").value()).value_or(ResourceKind::people),
                                    text_in(xml, r, "text", lang)});
        for (auto c : el.children("criterion"))
            pr.criteria.push_back({text_in(xml, c, "text", lang),
                                   c.attribute(lang == "lt" ? "indicator-lt" : "indicator").as_string(c.attribute("indicator").value()),
                                   c.attribute(lang == "lt" ? "target-lt" : "target").as_string(c.attribute("target").value())});
        pr.constraints = texts(el, "constraint");
        pr.improvement_goals = texts(el, "improvement-goal");
        const auto matrix = el.child("matrix");
        for (auto c : matrix.children("column"))
            pr.matrix.columns.push_back({text_in(xml, c, "name", lang), text_in(xml, c, "purpose", lang)});
        for (auto r : matrix.children("participant")) {
            const std::size_t row = pr.matrix.rows.size();
            pr.matrix.rows.push_back({departments.at(r.attribute("department").value()), ""});
            const auto cells = split_words(r.attribute("cells").value());
            for (std::size_t c = 0; c < cells.size(); ++c)
                pr.matrix.set(row, c, responsibility_from_string(cells[c] == "-" ? "" : cells[c]).value_or(Responsibility::none));
        }
        pr.matrix.normalise();
        processes.push_back(std::move(pr));
    }
    p.restore_processes(processes);
}

std::string demo_content_path() { return share_dir() + "/demo/demo-municipality.xml"; }

std::unique_ptr<Project> write_demo_project(const std::string& path, const FrameworkLibrary& library,
                                            const std::string& language) {
    const std::string lang = language == "lt" ? "lt" : "en";
    XmlReader xml = XmlReader::from_file(demo_content_path());
    if (!xml.parse() || !xml.expect_root("demo", "urn:assessa:demo:1"))
        throw ProjectError(ProjectError::Kind::io, to_string(xml.errors()));
    const auto root = xml.root();
    const std::string framework_id = root.attribute("framework").value();
    // The demo's texts were written for one version of the framework; a newer one in the
    // library (with nodes removed or renamed) does not change the demo.
    const std::string framework_version = root.attribute("framework-version").value();
    auto fw = framework_version.empty() ? library.find(framework_id) : library.find(framework_id, framework_version);
    if (!fw) throw InvalidEdit(trf("no framework with id \"{}\" is loaded", framework_id));

    OrganisationProfile org;
    const auto org_el = root.child("organisation");
    org.name = text_in(xml, org_el, "name", lang);
    org.type = org_el.attribute(lang == "lt" ? "type-lt" : "type-en").value();
    org.address = XmlReader::text_of(org_el.child("address"));
    org.size = org_el.attribute("size").value();
    org.period = org_el.attribute("period").value();
    org.language = lang;

    const std::string previous_label = root.attribute("previous-cycle").value();
    const std::string current_label = root.attribute("cycle").value();
    auto project = Project::create(path, library, {framework_id, "classical", previous_label, org, fw->version()});
    Project& p = *project;

    std::vector<DemoNode> nodes;
    for (auto n : root.children("node")) {
        DemoNode d;
        d.code = n.attribute("code").value();
        d.level = n.attribute("level").as_int();
        d.spread = n.attribute("spread").as_int();
        d.previous = n.attribute("previous").as_int();
        const std::pair<const char*, NoteKind> kinds[] = {
            {"strength", NoteKind::strength}, {"afi", NoteKind::afi}, {"idea", NoteKind::idea}, {"evidence", NoteKind::evidence}};
        for (const auto& [name, kind] : kinds)
            for (auto item : n.children(name)) d.texts.items[kind].push_back(text_in(xml, item, "text", lang));
        d.texts.justification = text_in(xml, n.child("justification"), "text", lang);
        if (n.child("dissent")) d.texts.dissent = text_in(xml, n.child("dissent"), "text", lang);
        nodes.push_back(std::move(d));
    }
    // The consensus keeps every AFI an action answers and those agreed but left for a later
    // plan (later="true").
    for (auto a : root.children("action"))
        for (const auto& [code, index] : afi_refs(a.attribute("afis").value()))
            for (auto& d : nodes)
                if (d.code == code && std::count(d.agreed_afis.begin(), d.agreed_afis.end(), index) == 0)
                    d.agreed_afis.push_back(index);
    for (auto& d : nodes) {
        std::size_t k = 0;
        for (auto afi : root.find_child_by_attribute("node", "code", d.code.c_str()).children("afi")) {
            if (afi.attribute("later").as_bool() && std::count(d.agreed_afis.begin(), d.agreed_afis.end(), k) == 0)
                d.agreed_afis.push_back(k);
            ++k;
        }
    }
    for (auto& d : nodes) std::sort(d.agreed_afis.begin(), d.agreed_afis.end());
    if (xml.failed()) throw ProjectError(ProjectError::Kind::io, to_string(xml.errors()));

    p.batch([&] {
        std::map<std::string, Id> departments;
        for (auto d : root.children("department")) {
            Department dep{0, d.attribute("code").value(), text_in(xml, d, "name", lang), d.attribute("head").value()};
            departments[dep.code] = p.add_department(dep);
        }
        std::vector<Id> members;
        DemoPeople people;
        people.departments = departments;
        for (auto m : root.children("member")) {
            Member member;
            member.name = XmlReader::text_of(m);
            member.role = member_role_from_string(m.attribute("role").value()).value_or(MemberRole::member);
            member.department_id = departments.at(m.attribute("department").value());
            member.contact = m.attribute("contact").value();
            members.push_back(p.add_member(member));
            people.members[m.attribute("id").value()] = members.back();
        }
        add_demo_processes(p, xml, root, departments, lang);

        // 2024: the first self-assessment, classical scoring; only its consensus is kept.
        const Cycle first = p.current_cycle();
        for (const auto& d : nodes) {
            p.set_consensus_score(first.id, d.code, "overall", d.previous);
            p.set_justification(first.id, d.code, d.texts.justification);
        }
        p.set_cycle_start(first.id, previous_label + "-03-04");
        p.set_cycle_approval(first.id, p.members().at(1).name, previous_label + "-06-12",
                             Translator::for_language(lang).tr("Report approved by the administration's management board."));

        // This self-assessment: fine-tuned scoring, every member, then the consensus.
        const Id cycle = p.add_cycle(current_label, framework_id, "fine-tuned", {}, fw->version());
        p.set_cycle_start(cycle, current_label + "-10-05");
        const Cycle current = p.cycle(cycle);
        for (std::size_t mi = 0; mi < members.size(); ++mi) {
            std::uint64_t bias_state = seed_of("bias/" + std::to_string(mi));
            const double bias = 6.0 * roughly_normal(bias_state);  // lenient and strict assessors
            for (const auto& d : nodes) {
                std::uint64_t state = seed_of(d.code + "/" + std::to_string(mi));
                const Panel& panel = *p.panel_for(current, d.code);
                // A few members know too little of an area to score it.
                if (unit(state) < 0.04) {
                    p.set_no_opinion(cycle, members[mi], d.code, true);
                } else {
                    // `spread` in the content is how far apart members typically are; about
                    // twice the standard deviation.
                    const double target = d.level + bias * 0.5 + 0.5 * d.spread * roughly_normal(state);
                    for (const auto& [phase, value] : phase_scores(panel, target, state, 3.0))
                        p.set_score(cycle, members[mi], d.code, phase, value);
                }
                // Each member notes some of the group's observations, different ones per member.
                const std::pair<NoteKind, int> counts[] = {
                    {NoteKind::strength, 1 + static_cast<int>(unit(state) * 3)},
                    {NoteKind::afi, 1 + static_cast<int>(unit(state) * 2)},
                    {NoteKind::idea, static_cast<int>(unit(state) * 2)},
                    {NoteKind::evidence, static_cast<int>(unit(state) * 2)}};
                for (const auto& [kind, count] : counts) {
                    const auto& pool = d.texts.items.at(kind);
                    for (int k = 0; k < count && k < static_cast<int>(pool.size()); ++k)
                        p.add_item(cycle, members[mi], d.code, kind, pool[(mi + static_cast<std::size_t>(k) * 3) % pool.size()]);
                }
            }
        }
        std::map<std::string, Id> agreed_afi_ids;  // "4.5:0" -> consensus item id
        for (const auto& d : nodes) {
            const Panel& panel = *p.panel_for(current, d.code);
            for (const auto& [phase, value] : consensus_scores(panel, d.level))
                p.set_consensus_score(cycle, d.code, phase, value);
            // The agreed lists merge the members' notes of the first pool entries.
            std::vector<Rating> ratings;
            ratings.reserve(members.size());
            for (Id m : members) ratings.push_back(p.rating(cycle, m, d.code));
            std::vector<std::size_t> first_three{0, 1, 2};
            for (NoteKind kind : {NoteKind::strength, NoteKind::afi}) {
                const auto& pool = d.texts.items.at(kind);
                for (std::size_t k : kind == NoteKind::afi ? d.agreed_afis : first_three) {
                    if (k >= pool.size()) continue;
                    std::vector<Id> sources;
                    for (const auto& r : ratings)
                        for (const auto* item : r.items_of(kind))
                            if (item->text == pool[k]) sources.push_back(item->id);
                    const Id id = p.add_consensus_item(cycle, d.code, kind, pool[k], sources);
                    if (kind == NoteKind::afi) agreed_afi_ids[d.code + ":" + std::to_string(k)] = id;
                }
            }
            p.set_justification(cycle, d.code, d.texts.justification);
            if (!d.texts.dissent.empty()) p.set_dissent(cycle, d.code, d.texts.dissent);
        }
        p.set_cycle_approval(cycle, p.members().at(1).name, current_label + "-11-16",
                             Translator::for_language(lang).tr("Report approved by the administration's management board."));
        const auto objectives = add_demo_steps(p, xml, root, cycle, people, lang);
        add_demo_plan(p, xml, root, cycle, departments, agreed_afi_ids, objectives, lang);
        add_demo_reviews(p, xml, root, cycle, people, lang);
        add_demo_surveys(p, xml, root, {{previous_label, first.id}, {current_label, cycle}}, lang);
    });
    if (xml.failed()) throw ProjectError(ProjectError::Kind::io, to_string(xml.errors()));
    return project;
}

}  // namespace assessa
