// Reading exchange XML into a project: everything is read and checked first, into plain
// structures; only a file without any problem is then applied, in one batch.

#include "exports/exchange_format.hpp"
#include "model/bench_set_check.hpp"
#include "model/calendar_date.hpp"
#include "model/cycle_steps_check.hpp"
#include "model/plan_rules.hpp"
#include "model/process_rules.hpp"
#include "model/survey_check.hpp"

#include "frameworks/framework_version.hpp"
#include "frameworks/questionnaire_loader.hpp"
#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <type_traits>

namespace assessa {

namespace {

// ---- What the file says, once checked -----------------------------------------------------

struct ItemIn {
    std::string key;  // may be empty: then no consensus item can name it as a source
    NoteKind kind = NoteKind::strength;
    std::string text;
};

struct RatingIn {
    std::string member_key;
    std::string node;
    bool no_opinion = false;
    std::vector<std::pair<std::string, int>> scores;
    std::vector<ItemIn> items;
};

struct ConsensusItemIn {
    std::string key;  // may be empty: then no action can name it
    NoteKind kind = NoteKind::strength;
    std::string text;
    std::vector<std::string> source_keys;
};

struct ConsensusIn {
    std::string node;
    std::vector<std::pair<std::string, int>> scores;
    std::vector<ConsensusItemIn> items;
    std::string justification;
    std::string dissent;
};

struct ActionIn {
    ImprovementAction fields;  // departments and AFIs are resolved from these when applying
    std::string lead_code;
    std::vector<std::string> participant_codes;
    std::vector<std::string> process_codes;
    std::vector<std::string> afi_keys;
    std::vector<std::string> objective_codes;  // of the cycle's <steps>
    std::string from_cycle, from_code;  // adopted from; both empty when not
};

struct PlanIn {
    ImprovementPlan fields;
    std::vector<ActionIn> actions;
};

// The cycle's step records; departments and attendees named by the file's codes and keys.
struct StepsIn {
    CycleSteps fields;  // unit and attendee ids unset: resolved when applying
    std::vector<std::string> unit_codes;
    std::vector<std::vector<std::string>> attendee_keys;  // per training
};

struct CycleIn {
    Cycle fields;
    std::optional<Id> existing;  // the project's cycle with the same label, to be replaced
    std::vector<RatingIn> ratings;
    std::vector<ConsensusIn> consensus;
    std::vector<MeetingItem> meeting;                     // the meeting's record per node
    std::vector<std::pair<std::string, int>> numbers;     // member key, projector number
    std::map<std::string, MemberRole> roles;              // member key, role in this cycle where it differs
    std::optional<PlanIn> plan;
    StepsIn steps;                        // empty when the file has no <steps>
    std::vector<ProgressReview> reviews;  // by date, as the file gives them
    std::optional<std::vector<std::string>> group;  // member keys; absent: every member
    std::vector<CycleCorrection> corrections;
};

struct MemberIn {
    std::string key;
    Member fields;                // department_id unset: resolved from the code when applying
    std::string department_code;  // empty: no department
};

// A process card; owner and department rows named by the file's codes and keys.
struct ProcessIn {
    Process fields;  // owner and department ids unset: resolved when applying
    std::string owner_member_key, owner_department_code;
    std::vector<std::string> row_departments;  // per matrix row; empty: a named role
};

struct SurveyIn {
    Survey survey;      // cycle_id is set when the cycle exists in the project
    std::string cycle;  // the cycle's label in the file
};

struct ExchangeIn {
    OrganisationProfile organisation;
    std::vector<Department> departments;
    std::vector<MemberIn> members;
    std::optional<std::vector<ProcessIn>> processes;  // nullopt: the file has no <processes>
    std::vector<CycleIn> cycles;
    std::optional<std::vector<StoredBenchSet>> bench_sets;  // nullopt: the file has no <comparison-sets>
    std::optional<std::vector<SurveyIn>> surveys;           // nullopt: the file has no <surveys>
};

std::string trimmed(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Element text exactly as written (line breaks and surrounding spaces kept), unlike
// XmlReader::text_of, which collapses white space for framework texts.
std::string exact_text(pugi::xml_node el) {
    std::string text;
    for (auto c : el.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) text += c.value();
    return text;
}

std::vector<std::string> split_keys(std::string_view list) {
    std::vector<std::string> keys;
    std::istringstream in{std::string(list)};
    for (std::string key; in >> key;) keys.push_back(key);
    return keys;
}

// ---- Reading and checking -----------------------------------------------------------------

class ExchangeParser {
public:
    ExchangeParser(XmlReader& xml, const Project& project) : xml_(xml), project_(project) {}

    std::optional<ExchangeIn> run() {
        if (xml_.parse() && xml_.expect_root("assessa-exchange", exchange_namespace) && read_version())
            read_root();
        if (xml_.failed()) return std::nullopt;
        return std::move(in_);
    }

private:
    struct ItemPlace {
        std::size_t cycle;
        std::string node;
        pugi::xml_node at;
    };

    struct SourceList {
        pugi::xml_node at;
        std::size_t cycle;
        std::string node;
        std::vector<std::string> keys;
    };

    XmlReader& xml_;
    const Project& project_;
    std::vector<Process> project_processes_ = project_.processes();
    ExchangeIn in_;
    std::map<std::string, pugi::xml_node> department_codes_, member_keys_, member_names_, cycle_labels_;
    std::map<std::string, ItemPlace> item_keys_;
    std::map<std::string, ItemPlace> consensus_keys_;  // consensus AFIs, for the actions
    std::vector<SourceList> pending_sources_;  // checked once every item key is known
    struct Adoption {
        pugi::xml_node at;
        std::size_t cycle;
        std::string from_cycle, from_code;
    };
    std::vector<Adoption> pending_adoptions_;  // checked once every cycle is known

    bool read_version() {
        auto root = xml_.root();
        auto version = xml_.required(root, "version");
        if (!version) return false;
        if (*version != exchange_version) {
            xml_.error(root, trf("the file is in exchange format version {}; this program reads version {}", *version,
                                 exchange_version));
            return false;
        }
        return true;
    }

    // Reports `el` if an earlier element of the same kind was already read; true if it is the first.
    bool first_of_its_kind(pugi::xml_node el, pugi::xml_node first) {
        if (first == el) return true;
        xml_.error(el, trf("a second <{}> in <{}> (the first is on line {})", el.name(), el.parent().name(),
                           xml_.line_of(first)));
        return false;
    }

    // The line where `value` was first given, or 0 if it is new (and is now recorded at `el`).
    int given_before(std::map<std::string, pugi::xml_node>& seen, const std::string& value, pugi::xml_node el) {
        auto [it, inserted] = seen.emplace(value, el);
        return inserted ? 0 : xml_.line_of(it->second);
    }

    std::optional<std::string> required_trimmed(pugi::xml_node el, const char* attr) {
        auto v = xml_.required(el, attr);
        if (v && blank(*v)) {
            xml_.error(el, trf("<{}> needs the attribute '{}'", el.name(), attr));
            return std::nullopt;
        }
        return v ? std::optional(trimmed(*v)) : std::nullopt;
    }

    std::optional<std::string> key_of(pugi::xml_node el, const char* attr) {
        auto key = xml_.required(el, attr);
        if (key && std::any_of(key->begin(), key->end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
            xml_.error(el, trf("key \"{}\" must not contain spaces", *key));
            return std::nullopt;
        }
        return key;
    }

    // The text of the one `name` child of `parent` (empty if there is none).
    std::string single_text(pugi::xml_node parent, const char* name) {
        for (auto t : parent.children(name)) {
            xml_.allow_attributes(t, {});
            xml_.allow_text_only(t);
            first_of_its_kind(t, parent.child(name));
        }
        return exact_text(parent.child(name));
    }

    // A text that must say something (members' and consensus items).
    std::string required_text(pugi::xml_node el) {
        xml_.allow_text_only(el);
        std::string text = exact_text(el);
        if (blank(text)) xml_.error(el, trf("<{}> holds no text", el.name()));
        return text;
    }

    void read_root() {
        auto root = xml_.root();
        xml_.allow_attributes(root, {"version"});
        xml_.allow_children(root, {"organisation", "departments", "members", "processes", "cycle", "comparison-sets",
                                   "surveys"});

        // Departments before members, members before cycles, whatever the order in the file:
        // later parts refer to earlier ones.
        if (auto first = root.child("organisation")) {
            for (auto el : root.children("organisation"))
                if (first_of_its_kind(el, first)) read_organisation(el);
        } else {
            xml_.error(root, tr("<assessa-exchange> needs an <organisation> element"));
        }
        for (auto el : root.children("departments"))
            if (first_of_its_kind(el, root.child("departments"))) read_departments(el);
        for (auto el : root.children("members"))
            if (first_of_its_kind(el, root.child("members"))) read_members(el);
        for (auto el : root.children("processes"))
            if (first_of_its_kind(el, root.child("processes"))) read_processes(el);
        for (auto el : root.children("cycle")) read_cycle(el);
        for (auto el : root.children("comparison-sets"))
            if (first_of_its_kind(el, root.child("comparison-sets"))) read_bench_sets(el);
        for (auto el : root.children("surveys"))
            if (first_of_its_kind(el, root.child("surveys"))) read_surveys(el);
        resolve_sources();
        resolve_adoptions();
    }

    void read_organisation(pugi::xml_node el) {
        xml_.allow_attributes(el, {"name", "type", "address", "size", "period", "language"});
        xml_.allow_children(el, {});
        auto& o = in_.organisation;
        o.name = el.attribute("name").value();
        o.type = el.attribute("type").value();
        o.address = el.attribute("address").value();
        o.size = el.attribute("size").value();
        o.period = el.attribute("period").value();
        o.language = el.attribute("language").as_string("en");
        const auto& langs = Translator::shipped_languages();
        if (std::find(langs.begin(), langs.end(), o.language) == langs.end())
            xml_.error(el, trf("unknown project language \"{}\" (use en, lt or zh)", o.language));
    }

    void read_departments(pugi::xml_node list) {
        xml_.allow_attributes(list, {});
        xml_.allow_children(list, {"department"});
        for (auto el : list.children("department")) {
            xml_.allow_attributes(el, {"code", "name", "head"});
            xml_.allow_children(el, {});
            Department d;
            auto code = required_trimmed(el, "code");
            auto name = xml_.required(el, "name");
            if (name && blank(*name)) xml_.error(el, trf("<{}> needs the attribute '{}'", el.name(), "name"));
            if (!code) continue;
            if (int line = given_before(department_codes_, *code, el)) {
                xml_.error(el, trf("department code \"{}\" is given twice (first on line {})", *code, line));
                continue;
            }
            d.code = *code;
            d.name = name.value_or("");
            d.head = el.attribute("head").value();
            in_.departments.push_back(std::move(d));
        }
    }

    void read_members(pugi::xml_node list) {
        xml_.allow_attributes(list, {});
        xml_.allow_children(list, {"member"});
        for (auto el : list.children("member")) {
            xml_.allow_attributes(el, {"key", "name", "role", "department", "contact"});
            xml_.allow_children(el, {});
            MemberIn m;
            auto key = key_of(el, "key");
            auto name = required_trimmed(el, "name");
            if (key) {
                if (int line = given_before(member_keys_, *key, el))
                    xml_.error(el, trf("member key \"{}\" is given twice (first on line {})", *key, line));
                else
                    m.key = *key;
            }
            if (name) {
                if (int line = given_before(member_names_, *name, el))
                    xml_.error(el, trf("group member \"{}\" is given twice (first on line {})", *name, line));
                else
                    m.fields.name = *name;
            }
            if (auto role = el.attribute("role")) {
                if (auto r = member_role_from_string(role.value())) m.fields.role = *r;
                else xml_.error(el, trf("unknown role \"{}\" (use facilitator, member or sponsor)", role.value()));
            }
            if (auto dept = el.attribute("department")) {
                m.department_code = trimmed(dept.value());
                if (!department_codes_.count(m.department_code) && !project_.find_department(m.department_code))
                    xml_.error(el, trf("no department with the code \"{}\" in the file or the project", dept.value()));
            }
            m.fields.contact = el.attribute("contact").value();
            if (!m.key.empty() && !m.fields.name.empty()) in_.members.push_back(std::move(m));
        }
    }

    // ---- Comparison sets ----

    void read_bench_sets(pugi::xml_node list) {
        xml_.allow_attributes(list, {});
        xml_.allow_children(list, {"comparison-set"});
        in_.bench_sets.emplace();
        std::map<std::string, pugi::xml_node> ids;
        for (auto el : list.children("comparison-set")) read_bench_set(el, ids);
    }

    std::optional<double> score_value(pugi::xml_node el) {
        const auto text = xml_.required(el, "value");
        if (!text) return std::nullopt;
        const std::string t = trimmed(*text);
        char* end = nullptr;
        const double v = t.empty() ? 0 : std::strtod(t.c_str(), &end);
        if (t.empty() || end != t.c_str() + t.size() || !std::isfinite(v)) {
            xml_.error(el, trf("the score \"{}\" is not a number", *text));
            return std::nullopt;
        }
        return v;
    }

    void read_bench_set(pugi::xml_node el, std::map<std::string, pugi::xml_node>& ids) {
        xml_.allow_attributes(el, {"id", "source-name", "imported-at", "framework", "framework-version", "method", "merged-at"});
        xml_.allow_children(el, {"submission"});
        StoredBenchSet stored;
        if (auto id = xml_.integer(el, "id", true)) {
            if (*id <= 0) xml_.error(el, trf("comparison set id {} is not usable", *id));
            else if (const int line = given_before(ids, std::to_string(*id), el))
                xml_.error(el, trf("comparison set id {} is given twice (first on line {})", *id, line));
            stored.id = *id;
        }
        stored.source_name = xml_.required(el, "source-name").value_or("");
        stored.imported_at = xml_.required(el, "imported-at").value_or("");
        BenchSet& set = stored.set;
        set.framework_id = required_trimmed(el, "framework").value_or("");
        set.framework_version = required_trimmed(el, "framework-version").value_or("");
        set.method_id = required_trimmed(el, "method").value_or("");
        set.merged_at = xml_.required(el, "merged-at").value_or("");
        for (auto sub : el.children("submission")) {
            xml_.allow_attributes(sub, {"id", "written-at", "type", "size", "region", "framework", "framework-version",
                                        "method", "cycle", "year", "members", "consensus-complete"});
            xml_.allow_children(sub, {"score"});
            BenchSubmission s;
            s.submission_id = xml_.required(sub, "id").value_or("");
            s.written_at = xml_.required(sub, "written-at").value_or("");
            if (auto type = xml_.required(sub, "type")) {
                if (auto t = institution_type_from_string(*type)) s.profile.type = *t;
                else xml_.error(sub, trf("unknown institution type \"{}\"", *type));
            }
            if (auto size = xml_.required(sub, "size")) {
                if (auto b = size_band_from_string(*size)) s.profile.size = *b;
                else xml_.error(sub, trf("unknown size band \"{}\"", *size));
            }
            s.profile.region = sub.attribute("region").value();
            s.framework_id = xml_.required(sub, "framework").value_or("");
            s.framework_version = xml_.required(sub, "framework-version").value_or("");
            s.method_id = xml_.required(sub, "method").value_or("");
            s.cycle_label = xml_.required(sub, "cycle").value_or("");
            s.year = xml_.integer(sub, "year", true).value_or(0);
            s.members = xml_.integer(sub, "members", true).value_or(0);
            s.consensus_complete = xml_.boolean(sub, "consensus-complete", false).value_or(false);
            for (auto sc : sub.children("score")) {
                xml_.allow_attributes(sc, {"level", "code", "value"});
                xml_.allow_children(sc, {});
                BenchScore score;
                if (auto level = xml_.required(sc, "level")) {
                    if (auto l = bench_level_from_string(*level)) score.level = *l;
                    else xml_.error(sc, trf("unknown score level \"{}\" (use node, group or overall)", *level));
                }
                score.code = sc.attribute("code").value();
                if (auto v = score_value(sc)) score.score = *v;
                s.scores.push_back(std::move(score));
            }
            set.submissions.push_back(std::move(s));
        }
        // The checks an import of the set makes, reported at the set.
        const auto fw = project_.framework(set.framework_id, set.framework_version);
        for (const auto& problem : bench_set_problems(set, fw.get())) xml_.error(el, problem);
        in_.bench_sets->push_back(std::move(stored));
    }

    // ---- Perception surveys ----

    void read_surveys(pugi::xml_node list) {
        xml_.allow_attributes(list, {});
        xml_.allow_children(list, {"survey"});
        in_.surveys.emplace();
        std::map<std::string, pugi::xml_node> ids;
        for (auto el : list.children("survey")) read_survey(el, ids);
    }

    std::vector<SurveyAnswer> survey_answers_of(pugi::xml_node el, const char* attr) {
        const std::string text = el.attribute(attr).value();
        auto answers = decoded_survey_answers(text);
        if (!answers) {
            xml_.error(el, trf("'{}' holds \"{}\", which is not a list of answers such as \"5,4,,?\"", attr, text));
            return {};
        }
        return std::move(*answers);
    }

    void read_survey(pugi::xml_node el, std::map<std::string, pugi::xml_node>& ids) {
        xml_.allow_attributes(el, {"id", "cycle", "title", "conducted-on", "source-name", "encoding", "imported-at"});
        xml_.allow_children(el, {"questionnaire", "column", "response"});
        SurveyIn in;
        Survey& s = in.survey;
        if (auto id = xml_.integer(el, "id", true)) {
            if (*id <= 0) xml_.error(el, trf("survey id {} is not usable", *id));
            else if (const int line = given_before(ids, std::to_string(*id), el))
                xml_.error(el, trf("survey id {} is given twice (first on line {})", *id, line));
            s.id = *id;
        }
        in.cycle = xml_.required(el, "cycle").value_or("");
        if (!in.cycle.empty() && std::none_of(in_.cycles.begin(), in_.cycles.end(),
                                               [&](const CycleIn& c) { return c.fields.label == in.cycle; }))
            xml_.error(el, trf("the survey belongs to the cycle \"{}\", which the file does not hold", in.cycle));
        s.title = xml_.required(el, "title").value_or("");
        s.conducted_on = xml_.required(el, "conducted-on").value_or("");
        s.source_name = el.attribute("source-name").value();
        s.encoding = el.attribute("encoding").value();
        s.imported_at = xml_.required(el, "imported-at").value_or("");
        const auto q = el.child("questionnaire");
        if (!q) {
            xml_.error(el, tr("<survey> needs a <questionnaire> element"));
        } else {
            xml_.allow_attributes(q, {"id", "version"});
            s.questionnaire_id = xml_.required(q, "id").value_or("");
            s.questionnaire_version = xml_.required(q, "version").value_or("");
            s.questionnaire_xml = exact_text(q);
        }
        for (auto col : el.children("column")) {
            xml_.allow_attributes(col, {"index", "header", "item", "role"});
            xml_.allow_children(col, {});
            SurveyColumn c;
            c.column = xml_.integer(col, "index", true).value_or(0);
            c.header = col.attribute("header").value();
            c.item_id = xml_.required(col, "item").value_or("");
            if (auto role = xml_.required(col, "role")) {
                if (auto r = survey_column_role_from_string(*role)) c.role = *r;
                else xml_.error(col, trf("unknown column role \"{}\" (use answer or importance)", *role));
            }
            s.mapping.push_back(std::move(c));
        }
        for (auto r : el.children("response")) {
            xml_.allow_attributes(r, {"line", "answers", "importance"});
            xml_.allow_children(r, {});
            SurveyResponse response;
            response.line = xml_.integer(r, "line", true).value_or(0);
            response.answers = survey_answers_of(r, "answers");
            response.importance = survey_answers_of(r, "importance");
            s.responses.push_back(std::move(response));
        }
        // The checks the store makes, reported at the survey.
        if (q) {
            const auto loaded = parse_questionnaire(s.title, s.questionnaire_xml);
            if (!loaded.ok())
                for (const auto& d : loaded.errors)
                    xml_.error(q, trf("the questionnaire kept with the survey cannot be read: {}", d.to_string()));
            else
                for (const auto& problem : survey_problems(s, *loaded.value)) xml_.error(el, problem);
        }
        in_.surveys->push_back(std::move(in));
    }

    // ---- The process register ----

    void read_processes(pugi::xml_node list) {
        xml_.allow_attributes(list, {});
        xml_.allow_children(list, {"process"});
        in_.processes.emplace();
        std::map<std::string, pugi::xml_node> codes;
        for (auto el : list.children("process")) read_process(el, codes);
    }

    // The texts of every `name` child of `el`, in order; each must say something.
    std::vector<std::string> item_texts(pugi::xml_node el, const char* name) {
        std::vector<std::string> items;
        for (auto x : el.children(name)) {
            xml_.allow_attributes(x, {});
            items.push_back(required_text(x));
        }
        return items;
    }

    void read_process(pugi::xml_node el, std::map<std::string, pugi::xml_node>& codes) {
        xml_.allow_attributes(el, {"code", "kind", "owner-member", "owner-department"});
        xml_.allow_children(el, {"name", "purpose", "customer-requirements", "iso-clause", "subprocess", "document",
                                 "record", "resource", "criterion", "constraint", "improvement-goal", "matrix"});
        ProcessIn in;
        Process& p = in.fields;
        const std::size_t errors_before = xml_.errors().size();
        if (auto code = required_trimmed(el, "code")) {
            if (int line = given_before(codes, *code, el))
                xml_.error(el, trf("process code \"{}\" is given twice (first on line {})", *code, line));
            p.code = *code;
        }
        if (auto kind = xml_.required(el, "kind")) {
            if (auto k = process_kind_from_string(*kind)) p.kind = *k;
            else xml_.error(el, trf("unknown process kind \"{}\" (use management, core or support)", *kind));
        }
        std::vector<Member> members;  // stand-ins for the file's members, so the core rules can check the card
        for (std::size_t i = 0; i < in_.members.size(); ++i) {
            Member m;
            m.id = -static_cast<Id>(i) - 1;
            members.push_back(m);
        }
        if (auto owner = el.attribute("owner-member")) {
            in.owner_member_key = owner.value();
            const auto it = std::find_if(in_.members.begin(), in_.members.end(),
                                         [&](const MemberIn& m) { return m.key == in.owner_member_key; });
            if (it == in_.members.end()) xml_.error(el, trf("no member with the key \"{}\" in the file", owner.value()));
            else p.owner_member_id = -static_cast<Id>(std::distance(in_.members.begin(), it)) - 1;
        }
        if (auto owner = el.attribute("owner-department")) {
            in.owner_department_code = trimmed(owner.value());
            p.owner_department_id = department_id(in.owner_department_code);
            if (!p.owner_department_id) {
                xml_.error(el, trf("no department with the code \"{}\" in the file or the project", owner.value()));
                p.owner_department_id = unknown_department;
            }
        }
        for (auto name : el.children("name")) {
            xml_.allow_attributes(name, {});
            first_of_its_kind(name, el.child("name"));
        }
        if (el.child("name")) p.name = required_text(el.child("name"));
        else xml_.error(el, tr("<process> needs a <name> element"));
        p.purpose = single_text(el, "purpose");
        p.customer_requirements = single_text(el, "customer-requirements");
        for (auto x : el.children("iso-clause")) {
            xml_.allow_attributes(x, {});
            p.iso_clauses.push_back(trimmed(required_text(x)));
        }
        p.subprocesses = item_texts(el, "subprocess");
        p.documents = item_texts(el, "document");
        p.records = item_texts(el, "record");
        for (auto x : el.children("resource")) {
            xml_.allow_attributes(x, {"kind"});
            ProcessResource r;
            if (auto kind = xml_.required(x, "kind")) {
                if (auto k = resource_kind_from_string(*kind)) r.kind = *k;
                else
                    xml_.error(x, trf("unknown resource kind \"{}\" (use people, physical, financial or information)", *kind));
            }
            r.text = required_text(x);
            p.resources.push_back(std::move(r));
        }
        for (auto x : el.children("criterion")) {
            xml_.allow_attributes(x, {"indicator", "target"});
            p.criteria.push_back({required_text(x), x.attribute("indicator").value(), x.attribute("target").value()});
        }
        p.constraints = item_texts(el, "constraint");
        p.improvement_goals = item_texts(el, "improvement-goal");
        for (auto m : el.children("matrix"))
            if (first_of_its_kind(m, el.child("matrix"))) read_matrix(m, in);

        // The core's rules, for what the reading above does not check itself (clauses of the
        // project's ISO framework, repeated participants...), reported at the process.
        if (xml_.errors().size() == errors_before) {
            ProcessContext ctx{known_departments(), members, iso_framework_of(project_)};
            for (const auto& problem : process_problems(p, ctx)) xml_.error(el, problem);
        }
        in_.processes->push_back(std::move(in));
    }

    void read_matrix(pugi::xml_node el, ProcessIn& in) {
        xml_.allow_attributes(el, {});
        xml_.allow_children(el, {"column", "participant"});
        auto& m = in.fields.matrix;
        for (auto c : el.children("column")) {
            xml_.allow_attributes(c, {"name"});
            xml_.allow_text_only(c);
            auto name = required_trimmed(c, "name");
            m.columns.push_back({name ? std::string(c.attribute("name").value()) : std::string(), exact_text(c)});
        }
        for (auto r : el.children("participant")) {
            xml_.allow_attributes(r, {"department", "role", "cells"});
            xml_.allow_children(r, {});
            MatrixParticipant row;
            std::string code;
            const auto dept = r.attribute("department");
            const auto role = r.attribute("role");
            if (dept && role) {
                xml_.error(r, tr("a <participant> is a department or a role, not both"));
            } else if (dept) {
                code = trimmed(dept.value());
                row.department_id = department_id(code);
                if (!row.department_id) {
                    xml_.error(r, trf("no department with the code \"{}\" in the file or the project", dept.value()));
                    row.department_id = unknown_department;
                }
            } else if (role && !blank(role.value())) {
                row.role = role.value();
            } else {
                xml_.error(r, tr("a <participant> needs the attribute 'department' or 'role'"));
            }
            const std::size_t index = m.rows.size();
            m.rows.push_back(std::move(row));
            in.row_departments.push_back(code);
            const auto cells = split_keys(r.attribute("cells").value());
            if (cells.size() != m.columns.size()) {
                xml_.error(r, trf("the participant has {} cells for {} columns", cells.size(), m.columns.size()));
                continue;
            }
            for (std::size_t c = 0; c < cells.size(); ++c) {
                const auto v = cells[c] == "-" ? std::optional(Responsibility::none) : responsibility_from_string(cells[c]);
                if (!v || cells[c].empty()) {
                    xml_.error(r, trf("cell {} is \"{}\"; a cell is V, D or - (empty)", c + 1, cells[c]));
                    continue;
                }
                m.set(index, c, *v);
            }
        }
        m.normalise();
    }

    void read_cycle(pugi::xml_node el) {
        xml_.allow_attributes(el, {"label", "framework", "framework-version", "method", "started-on", "approved-by", "approved-on",
                                   "approval-note", "group", "members-see-previous-consensus"});
        xml_.allow_children(el, {"rating", "consensus", "meeting", "member-number", "group-role", "steps", "plan",
                                 "progress-review", "correction"});
        CycleIn c;
        auto label = required_trimmed(el, "label");
        auto framework_id = xml_.required(el, "framework");
        auto method_id = xml_.required(el, "method");
        if (label)
            if (int line = given_before(cycle_labels_, *label, el))
                xml_.error(el, trf("cycle \"{}\" is given twice (first on line {})", *label, line));
        c.fields.label = label.value_or("");
        c.fields.framework_id = framework_id.value_or("");
        c.fields.framework_version = el.attribute("framework-version").value();
        const bool version_ok = c.fields.framework_version.empty() || is_framework_version(c.fields.framework_version);
        if (!version_ok)
            xml_.error(el, trf("'framework-version' must be numbers separated by dots, such as 2020 or 2020.1, not \"{}\"",
                               c.fields.framework_version));
        c.fields.method_id = method_id.value_or("");
        c.fields.started_on = el.attribute("started-on").value();
        c.fields.approved_by = el.attribute("approved-by").value();
        c.fields.approved_on = el.attribute("approved-on").value();
        c.fields.approval_note = el.attribute("approval-note").value();
        for (const char* attr : {"started-on", "approved-on"}) {
            const std::string date = el.attribute(attr).value();
            if (!date.empty() && !is_iso_date(date))
                xml_.error(el, trf("'{}' must be a date in the form 2026-10-05, not \"{}\"", attr, date));
        }
        if (!c.fields.approved_on.empty() && blank(c.fields.approved_by))
            xml_.error(el, tr("an approval needs the name of who approved"));
        c.fields.members_see_previous_consensus =
            xml_.boolean(el, "members-see-previous-consensus", false).value_or(false);
        if (el.attribute("group")) {
            c.group.emplace();
            std::set<std::string> seen;
            for (const auto& key : split_keys(el.attribute("group").value())) {
                if (!member_keys_.count(key)) xml_.error(el, trf("no member with the key \"{}\" in <members>", key));
                else if (!seen.insert(key).second) xml_.error(el, trf("member \"{}\" is listed twice in 'group'", key));
                else c.group->push_back(key);
            }
        }
        for (auto x : el.children("correction")) {
            xml_.allow_attributes(x, {"on", "by"});
            CycleCorrection fix;
            fix.corrected_on = xml_.required(x, "on").value_or("");
            if (!fix.corrected_on.empty() && !is_iso_date(fix.corrected_on))
                xml_.error(x, trf("'{}' must be a date in the form 2026-10-05, not \"{}\"", "on", fix.corrected_on));
            fix.corrected_by = x.attribute("by").value();
            fix.what = required_text(x);
            c.corrections.push_back(std::move(fix));
        }

        // Without a known framework and method the nodes and phases cannot be checked; the
        // rest of the cycle still is.
        FrameworkPtr fw;
        // A file without versions (written before they were kept): a cycle the project has keeps
        // its version, a new one gets the newest the project holds.
        if (c.fields.framework_version.empty() && label)
            for (const auto& existing : project_.cycles())
                if (existing.label == *label && framework_id && existing.framework_id == *framework_id)
                    c.fields.framework_version = existing.framework_version;
        if (framework_id && version_ok) {
            const std::string& version = c.fields.framework_version;
            fw = version.empty() ? project_.framework(*framework_id) : project_.framework(*framework_id, version);
            if (!fw && version.empty()) xml_.error(el, trf("the project holds no framework \"{}\"", *framework_id));
            else if (!fw)
                xml_.error(el, trf("the project holds no version {} of framework \"{}\"", version, *framework_id));
            else c.fields.framework_version = fw->version();  // a file without versions: the newest
        }
        if (fw && method_id && !fw->find_method(*method_id)) {
            xml_.error(el, trf("framework \"{}\" has no scoring method \"{}\"", fw->id(), *method_id));
            fw = nullptr;
        }
        if (label) check_against_existing_cycle(el, c);

        const std::size_t index = in_.cycles.size();
        std::map<std::string, pugi::xml_node> rated, agreed;  // member key + node; node
        for (auto r : el.children("rating")) read_rating(r, c, index, fw.get(), rated);
        for (auto x : el.children("consensus")) read_consensus(x, c, index, fw.get(), agreed);
        std::map<std::string, pugi::xml_node> met, numbered, numbers;
        for (auto m : el.children("meeting")) read_meeting(m, c, fw.get(), met);
        for (auto n : el.children("member-number")) read_member_number(n, c, numbered, numbers);
        std::map<std::string, pugi::xml_node> roled;
        for (auto r : el.children("group-role")) read_group_role(r, c, roled);
        // The steps first: the plan's actions name their strategic objectives.
        for (auto st : el.children("steps"))
            if (first_of_its_kind(st, el.child("steps"))) read_steps(st, c, fw.get());
        for (auto pl : el.children("plan"))
            if (first_of_its_kind(pl, el.child("plan"))) read_plan(pl, c, index);
        std::map<std::string, pugi::xml_node> reviewed;
        for (auto r : el.children("progress-review")) {
            if (!el.child("plan")) xml_.error(r, tr("a progress review needs the cycle's improvement plan (<plan>)"));
            read_review(r, c, reviewed);
        }
        in_.cycles.push_back(std::move(c));
    }

    void check_against_existing_cycle(pugi::xml_node el, CycleIn& c) {
        for (const auto& existing : project_.cycles()) {
            if (existing.label != c.fields.label) continue;
            c.existing = existing.id;
            if (existing.framework_id != c.fields.framework_id || existing.method_id != c.fields.method_id)
                xml_.error(el, trf("cycle \"{}\" in the project uses framework \"{}\" with method \"{}\"; the file "
                                   "gives framework \"{}\" with method \"{}\"",
                                   existing.label, existing.framework_id, existing.method_id, c.fields.framework_id,
                                   c.fields.method_id));
            else if (!c.fields.framework_version.empty() && existing.framework_version != c.fields.framework_version)
                xml_.error(el, trf("cycle \"{}\" in the project uses version {} of framework \"{}\"; the file gives "
                                   "version {}",
                                   existing.label, existing.framework_version, existing.framework_id,
                                   c.fields.framework_version));
        }
    }

    // The panel of an assessable node; nullptr (reported) otherwise, or silently when the
    // cycle's framework is unknown.
    const Panel* panel_of(pugi::xml_node el, const Framework* fw, const std::string& method_id,
                          const std::string& node_code) {
        if (!fw) return nullptr;
        const Node* node = fw->find(node_code);
        if (!node) {
            xml_.error(el, trf("framework \"{}\" has no node \"{}\"", fw->id(), node_code));
            return nullptr;
        }
        const Panel* panel = fw->panel_for(*node, method_id);
        if (!panel) xml_.error(el, trf("node {} is not assessed in framework \"{}\"", node_code, fw->id()));
        return panel;
    }

    std::vector<std::pair<std::string, int>> read_scores(pugi::xml_node parent, const Panel* panel,
                                                         const std::string& node_code) {
        std::vector<std::pair<std::string, int>> scores;
        std::map<std::string, pugi::xml_node> phases;
        for (auto el : parent.children("score")) {
            xml_.allow_attributes(el, {"phase", "value"});
            xml_.allow_children(el, {});
            auto phase = xml_.required(el, "phase");
            auto value = xml_.integer(el, "value", true);
            if (!phase) continue;
            if (int line = given_before(phases, *phase, el)) {
                xml_.error(el, trf("phase \"{}\" is given twice (first on line {})", *phase, line));
                continue;
            }
            if (panel && !panel->find_phase(*phase)) {
                xml_.error(el, trf("node {} is scored with panel \"{}\", which has no phase \"{}\"", node_code, panel->id,
                                   *phase));
                continue;
            }
            if (!value) continue;
            if (panel && !panel->in_scale(*value)) {
                xml_.error(el, trf("score {} for node {} is outside the scale {}-{}", *value, node_code, panel->scale_min,
                                   panel->scale_max));
                continue;
            }
            scores.emplace_back(*phase, *value);
        }
        return scores;
    }

    void read_rating(pugi::xml_node el, CycleIn& c, std::size_t cycle_index, const Framework* fw,
                     std::map<std::string, pugi::xml_node>& rated) {
        xml_.allow_attributes(el, {"member", "node", "no-opinion"});
        xml_.allow_children(el, {"score", "item"});
        RatingIn r;
        auto member = xml_.required(el, "member");
        auto node = xml_.required(el, "node");
        if (member) {
            if (member_keys_.count(*member)) r.member_key = *member;
            else xml_.error(el, trf("no member with the key \"{}\" in <members>", *member));
        }
        const Panel* panel = nullptr;
        if (node) {
            r.node = *node;
            panel = panel_of(el, fw, c.fields.method_id, *node);
            if (member) {
                auto [it, inserted] = rated.emplace(*member + "\n" + *node, el);
                if (!inserted)
                    xml_.error(el, trf("member \"{}\" has a second rating of node {} in cycle \"{}\" (first on line {})",
                                       *member, *node, c.fields.label, xml_.line_of(it->second)));
            }
        }
        r.no_opinion = xml_.boolean(el, "no-opinion", false).value_or(false);
        r.scores = read_scores(el, panel, r.node);
        if (r.no_opinion && el.child("score"))
            xml_.error(el, tr("a rating with no-opinion=\"true\" cannot hold scores"));
        for (auto i : el.children("item")) {
            xml_.allow_attributes(i, {"key", "kind"});
            ItemIn item;
            if (i.attribute("key")) {
                if (auto key = key_of(i, "key")) {
                    auto [it, inserted] = item_keys_.emplace(*key, ItemPlace{cycle_index, r.node, i});
                    if (inserted) item.key = *key;
                    else xml_.error(i, trf("item key \"{}\" is given twice (first on line {})", *key,
                                           xml_.line_of(it->second.at)));
                }
            }
            if (auto kind = xml_.required(i, "kind")) {
                if (auto k = note_kind_from_string(*kind)) item.kind = *k;
                else xml_.error(i, trf("unknown item kind \"{}\" (use strength, afi, idea or evidence)", *kind));
            }
            item.text = required_text(i);
            r.items.push_back(std::move(item));
        }
        c.ratings.push_back(std::move(r));
    }

    void read_consensus(pugi::xml_node el, CycleIn& c, std::size_t cycle_index, const Framework* fw,
                        std::map<std::string, pugi::xml_node>& agreed) {
        xml_.allow_attributes(el, {"node"});
        xml_.allow_children(el, {"score", "item", "justification", "dissent"});
        ConsensusIn x;
        const Panel* panel = nullptr;
        if (auto node = xml_.required(el, "node")) {
            x.node = *node;
            panel = panel_of(el, fw, c.fields.method_id, *node);
            auto [it, inserted] = agreed.emplace(*node, el);
            if (!inserted)
                xml_.error(el, trf("a second consensus for node {} in cycle \"{}\" (first on line {})", *node,
                                   c.fields.label, xml_.line_of(it->second)));
        }
        x.scores = read_scores(el, panel, x.node);
        for (auto i : el.children("item")) {
            xml_.allow_attributes(i, {"key", "kind", "sources"});
            ConsensusItemIn item;
            if (auto kind = xml_.required(i, "kind")) {
                auto k = note_kind_from_string(*kind);
                if (k == NoteKind::strength || k == NoteKind::afi) item.kind = *k;
                else xml_.error(i, trf("unknown consensus item kind \"{}\" (use strength or afi)", *kind));
            }
            if (i.attribute("key")) {
                if (auto key = key_of(i, "key")) {
                    auto [it, inserted] = consensus_keys_.emplace(*key, ItemPlace{cycle_index, x.node, i});
                    if (!inserted)
                        xml_.error(i, trf("consensus item key \"{}\" is given twice (first on line {})", *key,
                                          xml_.line_of(it->second.at)));
                    else if (item.kind != NoteKind::afi)
                        xml_.error(i, tr("only agreed areas for improvement (kind \"afi\") have keys"));
                    else
                        item.key = *key;
                }
            }
            item.source_keys = split_keys(i.attribute("sources").value());
            pending_sources_.push_back({i, cycle_index, x.node, item.source_keys});
            item.text = required_text(i);
            x.items.push_back(std::move(item));
        }
        x.justification = single_text(el, "justification");
        x.dissent = single_text(el, "dissent");
        c.consensus.push_back(std::move(x));
    }

    // The consensus meeting's record of one node: <meeting node="1.1" seconds="95" rounds="2"/>.
    void read_meeting(pugi::xml_node el, CycleIn& c, const Framework* fw, std::map<std::string, pugi::xml_node>& met) {
        xml_.allow_attributes(el, {"node", "seconds", "rounds"});
        xml_.allow_children(el, {});
        MeetingItem m;
        auto node = xml_.required(el, "node");
        auto seconds = xml_.integer(el, "seconds", true);
        auto rounds = xml_.integer(el, "rounds", true);
        if (node) {
            m.node_code = *node;
            panel_of(el, fw, c.fields.method_id, *node);
            if (int line = given_before(met, *node, el))
                xml_.error(el, trf("a second meeting record for node {} (first on line {})", *node, line));
        }
        constexpr int most_seconds = 10'000'000, most_rounds = 1000;
        if (seconds && (*seconds < 0 || *seconds > most_seconds))
            xml_.error(el, trf("'seconds' must lie between 0 and {}, not {}", most_seconds, *seconds));
        if (rounds && (*rounds < 0 || *rounds > most_rounds))
            xml_.error(el, trf("'rounds' must lie between 0 and {}, not {}", most_rounds, *rounds));
        m.seconds = seconds.value_or(0);
        m.rounds = rounds.value_or(0);
        if (node) c.meeting.push_back(std::move(m));
    }

    // A member's number in projector mode: <member-number member="m3" number="7"/>.
    void read_member_number(pugi::xml_node el, CycleIn& c, std::map<std::string, pugi::xml_node>& numbered,
                            std::map<std::string, pugi::xml_node>& numbers) {
        xml_.allow_attributes(el, {"member", "number"});
        xml_.allow_children(el, {});
        auto member = xml_.required(el, "member");
        auto number = xml_.integer(el, "number", true);
        bool ok = member && number;
        if (member && !member_keys_.count(*member)) {
            xml_.error(el, trf("no member with the key \"{}\" in <members>", *member));
            ok = false;
        } else if (member && c.group && std::find(c.group->begin(), c.group->end(), *member) == c.group->end()) {
            xml_.error(el, trf("member \"{}\" is numbered but not in the cycle's 'group'", *member));
            ok = false;
        } else if (member) {
            if (int line = given_before(numbered, *member, el)) {
                xml_.error(el, trf("member \"{}\" is numbered twice (first on line {})", *member, line));
                ok = false;
            }
        }
        if (number && (*number < 1 || *number > 10000)) {
            xml_.error(el, trf("'number' must lie between 1 and 10000, not {}", *number));
            ok = false;
        } else if (number) {
            if (int line = given_before(numbers, std::to_string(*number), el)) {
                xml_.error(el, trf("number {} is given to two members (first on line {})", *number, line));
                ok = false;
            }
        }
        if (ok) c.numbers.emplace_back(*member, *number);
    }

    // A member's role in this cycle where it differs from <members>: <group-role member="m3" role="facilitator"/>.
    void read_group_role(pugi::xml_node el, CycleIn& c, std::map<std::string, pugi::xml_node>& roled) {
        xml_.allow_attributes(el, {"member", "role"});
        xml_.allow_children(el, {});
        auto member = xml_.required(el, "member");
        auto role_text = xml_.required(el, "role");
        std::optional<MemberRole> role;
        if (role_text) {
            role = member_role_from_string(*role_text);
            if (!role) xml_.error(el, trf("unknown role \"{}\" (use facilitator, member or sponsor)", *role_text));
        }
        if (!member) return;
        if (!member_keys_.count(*member)) {
            xml_.error(el, trf("no member with the key \"{}\" in <members>", *member));
        } else if (c.group && std::find(c.group->begin(), c.group->end(), *member) == c.group->end()) {
            xml_.error(el, trf("member \"{}\" has a role in the cycle but is not in its 'group'", *member));
        } else if (int line = given_before(roled, *member, el)) {
            xml_.error(el, trf("member \"{}\" is given a role in the cycle twice (first on line {})", *member, line));
        } else if (role) {
            c.roles[*member] = *role;
        }
    }

    // ---- The improvement plan ----

    // A stand-in id for each department code known in the file or the project, so that the
    // core's action rules can check the file's actions before anything is written.
    std::optional<Id> department_id(const std::string& code) {
        if (auto d = project_.find_department(code)) return d->id;
        if (department_codes_.count(code)) return -static_cast<Id>(std::distance(department_codes_.begin(),
                                                                                  department_codes_.find(code))) - 1;
        return std::nullopt;
    }

    // Stands in for an unknown department code (already reported) so that the rest of the
    // action is still checked.
    static constexpr Id unknown_department = std::numeric_limits<Id>::min();

    std::vector<Department> known_departments() {
        std::vector<Department> all = project_.departments();
        for (const auto& [code, el] : department_codes_)
            if (!project_.find_department(code)) all.push_back({*department_id(code), code, code, ""});
        all.push_back({unknown_department, "", "", ""});
        return all;
    }

    void read_plan(pugi::xml_node el, CycleIn& c, std::size_t cycle_index) {
        xml_.allow_attributes(el, {"starts-on", "horizon-years", "version", "status", "approved-by", "approved-on",
                                   "decision-note"});
        xml_.allow_children(el, {"action"});
        PlanIn plan;
        auto& f = plan.fields;
        f.starts_on = xml_.required(el, "starts-on").value_or("");
        if (auto years = xml_.integer(el, "horizon-years", true)) f.horizon_years = *years;
        if (auto version = xml_.integer(el, "version", false)) f.version = *version;
        if (f.version < 1) xml_.error(el, trf("plan version {} must be 1 or more", f.version));
        const std::string status = el.attribute("status").as_string("draft");
        if (status != "draft" && status != "approved")
            xml_.error(el, trf("unknown plan status \"{}\" (use draft or approved)", status));
        f.approved = status == "approved";
        f.approved_by = el.attribute("approved-by").value();
        f.approved_on = el.attribute("approved-on").value();
        f.decision_note = el.attribute("decision-note").value();
        for (auto& problem : validate_plan(f)) xml_.error(el, problem);

        std::map<std::string, pugi::xml_node> codes;
        const auto departments = known_departments();
        for (auto a : el.children("action")) read_action(a, c, plan, cycle_index, codes, departments);
        c.plan = std::move(plan);
    }

    // ---- The CAF steps (docs/caf-steps.md) ----

    // The core's rules judge the step records as a whole (numbering entries, finding repeated
    // codes). Each element is checked as the records read so far plus itself; the problems it
    // adds are reported at the element.
    struct StepsCheck {
        const std::vector<Member>& group;
        const std::vector<Department>& departments;
        std::vector<std::string> before;  // the problems of the records read so far
    };

    void report_step_problems(pugi::xml_node el, const CycleSteps& steps, StepsCheck& check) {
        auto problems = cycle_steps_problems(steps, check.group, check.departments);
        auto added = problems;
        for (const auto& old : check.before)
            if (auto it = std::find(added.begin(), added.end(), old); it != added.end()) added.erase(it);
        for (auto& problem : added) xml_.error(el, std::move(problem));
        check.before = std::move(problems);
    }

    // A stand-in id for each member key of the file, so that the core's rules can check the
    // attendees of a training before anything is written.
    Id member_stand_in(const std::string& key) const {
        return static_cast<Id>(std::distance(member_keys_.begin(), member_keys_.find(key))) + 1;
    }

    std::vector<Member> group_stand_ins(const CycleIn& c) const {
        std::vector<Member> group;
        auto add = [&](const std::string& key) {
            Member m;
            m.id = member_stand_in(key);
            m.name = key;
            group.push_back(std::move(m));
        };
        if (c.group) {
            for (const auto& key : *c.group) add(key);
        } else {
            for (const auto& [key, at] : member_keys_) add(key);
        }
        return group;
    }

    template <class Parse>
    std::optional<typename std::invoke_result_t<Parse, std::string_view>::value_type> enum_attribute(
        pugi::xml_node el, const char* attr, Parse parse, const char* choices) {
        const auto a = el.attribute(attr);
        if (!a) return std::nullopt;
        auto v = parse(std::string_view(a.value()));
        if (!v) xml_.error(el, trf("unknown {} \"{}\" (use {})", attr, a.value(), choices));
        return v;
    }

    void read_steps(pugi::xml_node list, CycleIn& c, const Framework* fw) {
        xml_.allow_attributes(list, {});
        xml_.allow_children(list, {"step", "decision", "communication", "training", "results", "objective",
                                   "declined-idea", "next-assessment"});
        auto& steps = c.steps.fields;
        const auto departments = known_departments();
        const auto group = group_stand_ins(c);
        StepsCheck check{group, departments, {}};

        for (auto el : list.children("step")) {
            xml_.allow_attributes(el, {"number", "status", "started-on", "done-on", "responsible"});
            xml_.allow_text_only(el);
            StepRecord r;
            const auto number = xml_.integer(el, "number", true);
            if (!number) continue;
            r.step = *number;
            r.status = enum_attribute(el, "status", step_status_from_string, "not-started, in-progress or done");
            r.started_on = el.attribute("started-on").value();
            r.done_on = el.attribute("done-on").value();
            r.responsible = el.attribute("responsible").value();
            r.notes = exact_text(el);
            steps.steps.push_back(std::move(r));
            report_step_problems(el, steps, check);
        }
        std::sort(steps.steps.begin(), steps.steps.end(),
                  [](const StepRecord& a, const StepRecord& b) { return a.step < b.step; });

        for (auto el : list.children("decision")) {
            if (!first_of_its_kind(el, list.child("decision"))) continue;
            xml_.allow_attributes(el, {"decided-on", "decided-by", "scope", "units", "process-leader"});
            xml_.allow_children(el, {"objective", "resources"});
            auto& d = steps.decision;
            d.decided_on = el.attribute("decided-on").value();
            d.decided_by = el.attribute("decided-by").value();
            // An unknown scope (reported) is read from whether units are listed.
            d.scope = enum_attribute(el, "scope", assessment_scope_from_string, "whole-organisation or units")
                          .value_or(blank(el.attribute("units").value()) ? AssessmentScope::whole_organisation
                                                                         : AssessmentScope::units);
            for (const auto& code : split_keys(el.attribute("units").value())) {
                const auto id = department_id(code);
                if (!id) {
                    xml_.error(el, trf("no department with the code \"{}\" in the file or the project", code));
                    continue;
                }
                if (std::find(c.steps.unit_codes.begin(), c.steps.unit_codes.end(), code) != c.steps.unit_codes.end()) {
                    xml_.error(el, trf("department \"{}\" is listed twice in 'units'", code));
                    continue;
                }
                c.steps.unit_codes.push_back(code);
                d.unit_ids.push_back(*id);
            }
            d.process_leader = el.attribute("process-leader").value();
            d.objective = single_text(el, "objective");
            d.resources = single_text(el, "resources");
            report_step_problems(el, steps, check);
        }

        for (auto el : list.children("communication")) {
            xml_.allow_attributes(el, {"plan", "audience", "channel", "planned-on", "responsible", "done-on"});
            xml_.allow_text_only(el);
            CommunicationEntry e;
            if (xml_.required(el, "plan"))
                e.plan = enum_attribute(el, "plan", communication_plan_from_string, "self-assessment or improvement-plan")
                             .value_or(CommunicationPlan::self_assessment);
            e.audience = el.attribute("audience").value();
            e.channel = el.attribute("channel").value();
            e.planned_on = el.attribute("planned-on").value();
            e.responsible = el.attribute("responsible").value();
            e.done_on = el.attribute("done-on").value();
            e.message = exact_text(el);
            steps.communication.push_back(std::move(e));
            report_step_problems(el, steps, check);
        }

        for (auto el : list.children("training")) {
            xml_.allow_attributes(el, {"held-on", "trainer", "attendees"});
            xml_.allow_children(el, {"topic", "notes"});
            TrainingSession t;
            t.held_on = el.attribute("held-on").value();
            t.trainer = el.attribute("trainer").value();
            std::vector<std::string> keys;
            for (const auto& key : split_keys(el.attribute("attendees").value())) {
                if (!member_keys_.count(key)) {
                    xml_.error(el, trf("no member with the key \"{}\" in <members>", key));
                } else if (c.group && std::find(c.group->begin(), c.group->end(), key) == c.group->end()) {
                    xml_.error(el, trf("member \"{}\" attended the training but is not in the cycle's 'group'", key));
                } else if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
                    xml_.error(el, trf("member \"{}\" is listed twice in 'attendees'", key));
                } else {
                    keys.push_back(key);
                    t.attendee_ids.push_back(member_stand_in(key));
                }
            }
            t.topic = single_text(el, "topic");
            t.notes = single_text(el, "notes");
            steps.trainings.push_back(std::move(t));
            report_step_problems(el, steps, check);
            c.steps.attendee_keys.push_back(std::move(keys));
        }

        for (auto el : list.children("results")) {
            if (!first_of_its_kind(el, list.child("results"))) continue;
            xml_.allow_attributes(el, {"communicated-on"});
            xml_.allow_text_only(el);
            steps.results.communicated_on = el.attribute("communicated-on").value();
            steps.results.how = exact_text(el);
            report_step_problems(el, steps, check);
        }

        for (auto el : list.children("objective")) {
            xml_.allow_attributes(el, {"code", "title"});
            xml_.allow_text_only(el);
            StrategicObjective o;
            o.code = trimmed(el.attribute("code").value());
            o.title = el.attribute("title").value();
            o.description = exact_text(el);
            steps.objectives.push_back(std::move(o));
            report_step_problems(el, steps, check);
        }

        for (auto el : list.children("declined-idea")) {
            xml_.allow_attributes(el, {"node"});
            xml_.allow_children(el, {"text", "reason"});
            DeclinedIdea idea;
            idea.node_code = el.attribute("node").value();
            if (fw && !idea.node_code.empty() && !fw->find(idea.node_code))
                xml_.error(el, trf("framework \"{}\" has no node \"{}\"", fw->id(), idea.node_code));
            idea.text = single_text(el, "text");
            idea.reason = single_text(el, "reason");
            steps.declined_ideas.push_back(std::move(idea));
            report_step_problems(el, steps, check);
        }

        for (auto el : list.children("next-assessment")) {
            if (!first_of_its_kind(el, list.child("next-assessment"))) continue;
            xml_.allow_attributes(el, {"planned-on"});
            xml_.allow_text_only(el);
            steps.next.planned_on = el.attribute("planned-on").value();
            steps.next.scope = exact_text(el);
            report_step_problems(el, steps, check);
        }
    }

    // A progress review (step 9): <progress-review held-on reviewer> with <conclusions> and a
    // <reviewed-action> per action of the plan as the review found it.
    void read_review(pugi::xml_node el, CycleIn& c, std::map<std::string, pugi::xml_node>& dates) {
        xml_.allow_attributes(el, {"held-on", "reviewer"});
        xml_.allow_children(el, {"conclusions", "reviewed-action"});
        ProgressReview review;
        review.held_on = el.attribute("held-on").value();
        review.reviewer = el.attribute("reviewer").value();
        review.conclusions = single_text(el, "conclusions");
        if (!review.held_on.empty())
            if (int line = given_before(dates, review.held_on, el))
                xml_.error(el, trf("a second progress review on {} (first on line {})", review.held_on, line));
        const auto own_problems = progress_review_problems(review);
        for (const auto& problem : own_problems) xml_.error(el, problem);

        std::map<std::string, pugi::xml_node> codes;
        for (auto x : el.children("reviewed-action")) {
            xml_.allow_attributes(x, {"code", "department", "due-on", "status", "progress", "milestones",
                                      "milestones-done"});
            xml_.allow_children(x, {"title", "comment", "indicator", "target", "value"});
            ReviewedAction a;
            a.code = trimmed(x.attribute("code").value());
            if (!a.code.empty())
                if (int line = given_before(codes, a.code, x))
                    xml_.error(x, trf("action {} is reviewed twice (first on line {})", a.code, line));
            a.department = x.attribute("department").value();
            a.due_on = x.attribute("due-on").value();
            if (auto status = xml_.required(x, "status")) {
                if (auto st = action_status_from_string(*status)) a.status = *st;
                else xml_.error(x, trf("unknown action status \"{}\" (use planned, in-progress, done, postponed or "
                                       "cancelled)", *status));
            }
            a.progress = xml_.integer(x, "progress", true).value_or(0);
            a.milestones = xml_.integer(x, "milestones", false).value_or(0);
            a.milestones_done = xml_.integer(x, "milestones-done", false).value_or(0);
            a.title = single_text(x, "title");
            a.comment = single_text(x, "comment");
            a.indicator = single_text(x, "indicator");
            a.target = single_text(x, "target");
            a.value = single_text(x, "value");
            // The action's own problems: those of a review holding it alone, less the review's.
            ProgressReview one;
            one.held_on = review.held_on;
            one.reviewer = review.reviewer;
            one.actions.push_back(a);
            for (auto& problem : progress_review_problems(one))
                if (std::find(own_problems.begin(), own_problems.end(), problem) == own_problems.end())
                    xml_.error(x, std::move(problem));
            review.actions.push_back(std::move(a));
        }
        c.reviews.push_back(std::move(review));
    }

    void read_action(pugi::xml_node el, const CycleIn& c, PlanIn& plan, std::size_t cycle_index,
                     std::map<std::string, pugi::xml_node>& codes, const std::vector<Department>& departments) {
        xml_.allow_attributes(el, {"code", "impact", "feasibility", "category", "lead", "participants", "responsible",
                                   "starts-on", "due-on", "status", "progress", "afis", "objectives", "check-on",
                                   "adopted-from-cycle", "adopted-from-code", "processes"});
        xml_.allow_children(el, {"title", "description", "expected-result", "effort", "cost", "indicator", "target",
                                 "risks", "resources", "check-method", "iso-clauses", "milestone", "status-change"});
        ActionIn in;
        auto& a = in.fields;
        if (el.attribute("adopted-from-cycle") || el.attribute("adopted-from-code")) {
            auto from_cycle = required_trimmed(el, "adopted-from-cycle");
            auto from_code = required_trimmed(el, "adopted-from-code");
            if (from_cycle && from_code) {
                in.from_cycle = *from_cycle;
                in.from_code = *from_code;
                pending_adoptions_.push_back({el, cycle_index, *from_cycle, *from_code});
            }
        }
        if (auto code = required_trimmed(el, "code")) {
            a.code = *code;
            if (int line = given_before(codes, a.code, el))
                xml_.error(el, trf("action {} is given twice (first on line {})", a.code, line));
        }
        a.impact = xml_.integer(el, "impact", true).value_or(3);
        a.feasibility = xml_.integer(el, "feasibility", true).value_or(3);
        if (auto cat = el.attribute("category")) {
            a.category_override = action_category_from_string(cat.value());
            if (!a.category_override)
                xml_.error(el, trf("unknown action category \"{}\" (use quick-win, key-action, project or later)",
                                   cat.value()));
        }
        if (auto lead = el.attribute("lead")) {
            in.lead_code = trimmed(lead.value());
            a.lead_department = department_id(in.lead_code);
            if (!a.lead_department) {
                xml_.error(el, trf("no department with the code \"{}\" in the file or the project", in.lead_code));
                a.lead_department = unknown_department;
            }
        }
        for (const auto& code : split_keys(el.attribute("processes").value())) {
            // The file's register replaces the project's; without one, the project's stays.
            const bool known = in_.processes ? std::any_of(in_.processes->begin(), in_.processes->end(),
                                                           [&](const ProcessIn& p) { return p.fields.code == code; })
                                             : std::any_of(project_processes_.begin(), project_processes_.end(),
                                                           [&](const Process& p) { return p.code == code; });
            if (!known) xml_.error(el, trf("no process with the code \"{}\" in the file or the project", code));
            else in.process_codes.push_back(code);
        }
        for (const auto& code : split_keys(el.attribute("participants").value())) {
            in.participant_codes.push_back(code);
            if (auto id = department_id(code)) {
                a.participating_departments.push_back(*id);
            } else {
                xml_.error(el, trf("no department with the code \"{}\" in the file or the project", code));
            }
        }
        a.responsible = el.attribute("responsible").value();
        a.starts_on = el.attribute("starts-on").value();
        a.due_on = el.attribute("due-on").value();
        if (auto status = xml_.required(el, "status")) {
            if (auto st = action_status_from_string(*status)) a.status = *st;
            else xml_.error(el, trf("unknown action status \"{}\" (use planned, in-progress, done, postponed or "
                                    "cancelled)", *status));
        }
        a.progress = xml_.integer(el, "progress", false).value_or(0);
        a.title = single_text(el, "title");
        a.description = single_text(el, "description");
        a.expected_result = single_text(el, "expected-result");
        a.effort = single_text(el, "effort");
        a.cost = single_text(el, "cost");
        a.indicator = single_text(el, "indicator");
        a.target = single_text(el, "target");
        a.risks = single_text(el, "risks");
        a.resources = single_text(el, "resources");
        a.check_method = single_text(el, "check-method");
        a.check_on = el.attribute("check-on").value();  // checked with the action (validate_action)
        for (const auto& code : split_keys(el.attribute("objectives").value())) {
            const auto& objectives = c.steps.fields.objectives;
            if (std::find(in.objective_codes.begin(), in.objective_codes.end(), code) != in.objective_codes.end())
                xml_.error(el, trf("strategic objective \"{}\" is listed twice in 'objectives'", code));
            else if (std::none_of(objectives.begin(), objectives.end(),
                                  [&](const StrategicObjective& o) { return o.code == code; }))
                xml_.error(el, trf("no strategic objective has the code \"{}\" in the cycle's <steps>", code));
            else
                in.objective_codes.push_back(code);
        }
        if (el.child("iso-clauses")) {
            a.iso_clauses = split_keys(single_text(el, "iso-clauses"));
            for (const auto& clause : *a.iso_clauses) {
                const auto fws = project_.frameworks();
                if (std::none_of(fws.begin(), fws.end(), [&](const FrameworkPtr& fw) { return fw->find(clause); }))
                    xml_.error(el.child("iso-clauses"), trf("there is no clause {} in the project's frameworks", clause));
            }
        }
        for (auto m : el.children("milestone")) {
            xml_.allow_attributes(m, {"due-on", "done"});
            Milestone ms;
            ms.due_on = xml_.required(m, "due-on").value_or("");
            ms.done = xml_.boolean(m, "done", false).value_or(false);
            ms.title = required_text(m);
            a.milestones.push_back(std::move(ms));
        }
        for (auto h : el.children("status-change")) {
            xml_.allow_attributes(h, {"on", "status", "progress", "by"});
            xml_.allow_text_only(h);
            StatusChange change;
            change.changed_on = xml_.required(h, "on").value_or("");
            if (!change.changed_on.empty() && !is_iso_date(change.changed_on))
                xml_.error(h, trf("'{}' must be a date in the form 2026-10-05, not \"{}\"", "on", change.changed_on));
            if (auto status = xml_.required(h, "status")) {
                if (auto st = action_status_from_string(*status)) change.status = *st;
                else xml_.error(h, trf("unknown action status \"{}\" (use planned, in-progress, done, postponed or "
                                       "cancelled)", *status));
            }
            change.progress = xml_.integer(h, "progress", true).value_or(0);
            if (change.progress < 0 || change.progress > 100)
                xml_.error(h, trf("progress must be from 0 to 100 %, not {}", change.progress));
            change.changed_by = h.attribute("by").value();
            change.comment = exact_text(h);
            a.history.push_back(std::move(change));
        }
        for (auto& problem : validate_action(a, plan.fields, departments)) xml_.error(el, problem);

        std::set<std::string> seen;
        for (const auto& key : split_keys(el.attribute("afis").value())) {
            if (!seen.insert(key).second) {
                xml_.error(el, trf("area for improvement \"{}\" is listed twice in 'afis'", key));
                continue;
            }
            auto it = consensus_keys_.find(key);
            if (it == consensus_keys_.end())
                xml_.error(el, trf("no agreed area for improvement has the key \"{}\"", key));
            else if (it->second.cycle != cycle_index)
                xml_.error(el, trf("area for improvement \"{}\" (line {}) belongs to another cycle", key,
                                   xml_.line_of(it->second.at)));
            else
                in.afi_keys.push_back(key);
        }
        plan.actions.push_back(std::move(in));
    }

    // An adopted action names an action of another cycle, in the file (which may come further
    // down) or in the project.
    void resolve_adoptions() {
        for (const auto& a : pending_adoptions_) {
            const std::string& own = in_.cycles[a.cycle].fields.label;
            if (a.from_cycle == own) {
                xml_.error(a.at, trf("action of cycle \"{}\" cannot be adopted from its own cycle", own));
                continue;
            }
            bool found = false, known_cycle = false;
            for (const auto& c : in_.cycles) {
                if (c.fields.label != a.from_cycle) continue;
                known_cycle = true;
                if (c.plan)
                    for (const auto& other : c.plan->actions) found = found || other.fields.code == a.from_code;
            }
            if (!known_cycle)
                for (const auto& c : project_.cycles()) {
                    if (c.label != a.from_cycle) continue;
                    known_cycle = true;
                    for (const auto& other : project_.actions(c.id)) found = found || other.code == a.from_code;
                }
            if (!known_cycle)
                xml_.error(a.at, trf("no cycle \"{}\" in the file or the project to adopt an action from", a.from_cycle));
            else if (!found)
                xml_.error(a.at, trf("cycle \"{}\" has no action {} to adopt", a.from_cycle, a.from_code));
        }
    }

    // Sources are checked last: a consensus may name items of ratings further down the file.
    void resolve_sources() {
        for (const auto& s : pending_sources_) {
            std::set<std::string> seen;
            for (const auto& key : s.keys) {
                if (!seen.insert(key).second) {
                    xml_.error(s.at, trf("item \"{}\" is listed twice in 'sources'", key));
                    continue;
                }
                auto it = item_keys_.find(key);
                if (it == item_keys_.end()) {
                    xml_.error(s.at, trf("no item has the key \"{}\"", key));
                } else if (it->second.cycle != s.cycle || it->second.node != s.node) {
                    xml_.error(s.at, trf("item \"{}\" (line {}) belongs to node {} in cycle \"{}\", not to node {} in "
                                         "cycle \"{}\"",
                                         key, xml_.line_of(it->second.at), it->second.node,
                                         in_.cycles[it->second.cycle].fields.label, s.node,
                                         in_.cycles[s.cycle].fields.label));
                }
            }
        }
    }
};

// ---- Applying -----------------------------------------------------------------------------

class ExchangeApplier {
public:
    ExchangeApplier(Project& project, const ExchangeIn& in) : p_(project), in_(in) {}

    ImportReport run() {
        p_.batch([&] {
            p_.set_organisation(in_.organisation);
            apply_departments();
            apply_members();
            if (in_.processes) apply_processes();
            // Every cycle first, so that adopted actions can name any of them.
            for (const auto& c : in_.cycles) cycle_ids_[c.fields.label] = prepare_cycle(c);
            for (const auto& c : in_.cycles) apply_cycle(c, cycle_ids_.at(c.fields.label));
            if (in_.bench_sets) {
                p_.restore_bench_sets(*in_.bench_sets);
                report_.comparison_sets = in_.bench_sets->size();
            }
            apply_surveys();
        });
        return report_;
    }

private:
    Project& p_;
    const ExchangeIn& in_;
    ImportReport report_;

    // The file's surveys replace those of the cycles it holds; the project's other cycles keep
    // theirs. A survey whose id another one kept has is given a new id.
    void apply_surveys() {
        std::vector<Survey> list;
        std::set<Id> kept_ids;
        for (auto& s : p_.surveys()) {
            if (std::any_of(cycle_ids_.begin(), cycle_ids_.end(), [&](const auto& c) { return c.second == s.cycle_id; }))
                continue;
            kept_ids.insert(s.id);
            list.push_back(std::move(s));
        }
        if (in_.surveys)
            for (const auto& in : *in_.surveys) {
                Survey s = in.survey;
                s.cycle_id = cycle_ids_.at(in.cycle);
                if (kept_ids.count(s.id) != 0) s.id = 0;
                list.push_back(std::move(s));
            }
        p_.restore_surveys(list);
        report_.surveys = in_.surveys ? in_.surveys->size() : 0;
    }
    std::map<std::string, Id> member_ids_, item_ids_, consensus_ids_;  // by key in the file
    std::map<std::string, Id> cycle_ids_;  // by label

    void apply_departments() {
        for (Department d : in_.departments) {
            if (auto existing = p_.find_department(d.code)) {
                d.id = existing->id;
                p_.update_department(d);
            } else {
                p_.add_department(d);
            }
            ++report_.departments;
        }
    }

    void apply_members() {
        const auto existing = p_.members();
        for (const auto& m : in_.members) {
            Member fields = m.fields;
            if (!m.department_code.empty()) fields.department_id = p_.find_department(m.department_code)->id;
            auto same = std::find_if(existing.begin(), existing.end(), [&](const Member& e) { return e.name == fields.name; });
            if (same != existing.end()) {
                fields.id = same->id;
                p_.update_member(fields);
                member_ids_[m.key] = same->id;
            } else {
                member_ids_[m.key] = p_.add_member(fields);
            }
            ++report_.members;
        }
    }

    void apply_processes() {
        std::vector<Process> list;
        for (const auto& in : *in_.processes) {
            Process p = in.fields;
            p.owner_member_id.reset();
            p.owner_department_id.reset();
            if (!in.owner_member_key.empty()) p.owner_member_id = member_ids_.at(in.owner_member_key);
            if (!in.owner_department_code.empty()) p.owner_department_id = p_.find_department(in.owner_department_code)->id;
            for (std::size_t r = 0; r < p.matrix.rows.size(); ++r)
                if (!in.row_departments[r].empty()) p.matrix.rows[r].department_id = p_.find_department(in.row_departments[r])->id;
            list.push_back(std::move(p));
        }
        p_.restore_processes(list);
        report_.processes = list.size();
    }

    Id prepare_cycle(const CycleIn& c) {
        const auto& f = c.fields;
        if (!c.existing) return p_.add_cycle(f.label, f.framework_id, f.method_id, f.started_on, f.framework_version);
        p_.clear_cycle(*c.existing);
        if (!f.started_on.empty()) p_.set_cycle_start(*c.existing, f.started_on);
        return *c.existing;
    }

    void apply_cycle(const CycleIn& c, Id id) {
        const auto& f = c.fields;
        p_.set_cycle_approval(id, f.approved_by, f.approved_on, f.approval_note);
        p_.set_members_see_previous_consensus(id, f.members_see_previous_consensus);
        std::vector<Id> group;
        if (c.group) {
            for (const auto& key : *c.group) group.push_back(member_ids_.at(key));
        } else {
            for (const auto& m : p_.members()) group.push_back(m.id);
        }
        p_.set_cycle_members(id, group);
        // Every role is set: a cycle being replaced keeps its old roles otherwise.
        for (const auto& m : in_.members) {
            const Id member = member_ids_.at(m.key);
            if (std::find(group.begin(), group.end(), member) == group.end()) continue;
            const auto role = c.roles.find(m.key);
            p_.set_cycle_role(id, member, role == c.roles.end() ? m.fields.role : role->second);
        }
        p_.restore_corrections(id, c.corrections);
        apply_steps(id, c.steps);
        ++report_.cycles;

        for (const auto& r : c.ratings) {
            const Id member = member_ids_.at(r.member_key);
            if (r.no_opinion) p_.set_no_opinion(id, member, r.node, true);
            for (const auto& [phase, value] : r.scores) p_.set_score(id, member, r.node, phase, value);
            for (const auto& item : r.items) {
                const Id item_id = p_.add_item(id, member, r.node, item.kind, item.text);
                if (!item.key.empty()) item_ids_[item.key] = item_id;
            }
            ++report_.ratings;
            report_.items += r.items.size();
        }
        for (const auto& x : c.consensus) {
            for (const auto& [phase, value] : x.scores) p_.set_consensus_score(id, x.node, phase, value);
            for (const auto& item : x.items) {
                std::vector<Id> sources;
                for (const auto& key : item.source_keys) sources.push_back(item_ids_.at(key));
                const Id item_id = p_.add_consensus_item(id, x.node, item.kind, item.text, sources);
                if (!item.key.empty()) consensus_ids_[item.key] = item_id;
            }
            if (!x.justification.empty()) p_.set_justification(id, x.node, x.justification);
            if (!x.dissent.empty()) p_.set_dissent(id, x.node, x.dissent);
            ++report_.consensus;
        }
        for (const auto& m : c.meeting) p_.set_meeting_item(id, m);
        if (!c.numbers.empty()) {
            std::map<Id, int> numbers;
            for (const auto& [key, number] : c.numbers) numbers[member_ids_.at(key)] = number;
            p_.set_member_numbers(id, numbers);
        }
        if (c.plan) apply_plan(id, *c.plan);
        std::vector<ProgressReview> reviews = c.reviews;
        for (auto& r : reviews) r.cycle_id = id;
        p_.restore_progress_reviews(id, reviews);
    }

    // Before the plan, whose actions name the objectives; after the group, which the
    // trainings' attendees come from.
    void apply_steps(Id cycle_id, const StepsIn& in) {
        CycleSteps steps = in.fields;
        steps.decision.unit_ids.clear();
        for (const auto& code : in.unit_codes) steps.decision.unit_ids.push_back(p_.find_department(code)->id);
        for (std::size_t t = 0; t < steps.trainings.size(); ++t) {
            steps.trainings[t].attendee_ids.clear();  // stand-ins while the file was checked
            for (const auto& key : in.attendee_keys[t]) steps.trainings[t].attendee_ids.push_back(member_ids_.at(key));
        }
        p_.set_cycle_steps(cycle_id, steps);
    }

    Id process_id_of(const std::string& code) const {
        for (const auto& p : p_.processes())
            if (p.code == code) return p.id;
        throw InvalidEdit(trf("no process with the code \"{}\"", code));
    }

    Id cycle_id_of(const std::string& label) const {
        if (auto it = cycle_ids_.find(label); it != cycle_ids_.end()) return it->second;
        for (const auto& c : p_.cycles())
            if (c.label == label) return c.id;
        throw InvalidEdit(trf("no cycle named \"{}\"", label));
    }

    void apply_plan(Id cycle_id, const PlanIn& in) {
        ImprovementPlan plan = in.fields;
        plan.cycle_id = cycle_id;
        std::map<std::string, Id> objective_ids;
        for (const auto& o : p_.cycle_steps(cycle_id).objectives) objective_ids[o.code] = o.id;
        std::vector<ImprovementAction> actions;
        for (const auto& a : in.actions) {
            ImprovementAction fields = a.fields;
            fields.lead_department = p_.find_department(a.lead_code)->id;
            fields.participating_departments.clear();
            for (const auto& code : a.participant_codes)
                fields.participating_departments.push_back(p_.find_department(code)->id);
            for (const auto& key : a.afi_keys) fields.afi_ids.push_back(consensus_ids_.at(key));
            fields.process_ids.clear();
            for (const auto& code : a.process_codes) fields.process_ids.push_back(process_id_of(code));
            if (!a.from_cycle.empty()) fields.adopted_from = ActionOrigin{cycle_id_of(a.from_cycle), a.from_code};
            fields.objective_ids.clear();
            for (const auto& code : a.objective_codes) fields.objective_ids.push_back(objective_ids.at(code));
            actions.push_back(std::move(fields));
        }
        p_.restore_plan(plan, actions);
        report_.actions += actions.size();
    }
};

ImportResult import_with(Project& project, XmlReader& xml) {
    ImportResult result;
    if (project.read_only()) {
        result.errors.push_back({xml.label(), 0, 0, trf("the project {} is open read-only; nothing was imported",
                                                        project.path())});
        return result;
    }
    auto in = ExchangeParser(xml, project).run();
    if (!in) {
        result.errors = xml.errors();
        std::stable_sort(result.errors.begin(), result.errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        return result;
    }
    try {
        result.report = ExchangeApplier(project, *in).run();
    } catch (const InvalidEdit& e) {
        // Only a check the reader lacks gets here; the batch has been rolled back.
        result.errors.push_back({xml.label(), 0, 0, trf("nothing was imported: {}", e.what())});
    }
    return result;
}

}  // namespace

std::string describe(const ImportReport& r) {
    const std::string ratings = trnf("{} rating", "{} ratings", r.ratings, r.ratings);
    std::vector<std::string> parts{
        trnf("{} department", "{} departments", r.departments, r.departments),
        trnf("{} member", "{} members", r.members, r.members),
        trnf("{} cycle", "{} cycles", r.cycles, r.cycles),
        trnf("{} with {} note", "{} with {} notes", r.items, ratings, r.items),
        trnf("{} consensus entry", "{} consensus entries", r.consensus, r.consensus),
        trnf("{} improvement action", "{} improvement actions", r.actions, r.actions)};
    std::string text;
    if (r.processes > 0) parts.push_back(trnf("{} process card", "{} process cards", r.processes, r.processes));
    if (r.comparison_sets > 0)
        parts.push_back(trnf("{} comparison set", "{} comparison sets", r.comparison_sets, r.comparison_sets));
    if (r.surveys > 0) parts.push_back(trnf("{} survey", "{} surveys", r.surveys, r.surveys));
    for (const auto& part : parts) text = text.empty() ? part : trf("{}, {}", text, part);
    return text;
}

ImportResult import_exchange(Project& project, const std::string& path) {
    XmlReader xml = XmlReader::from_file(path);
    return import_with(project, xml);
}

ImportResult import_exchange_text(Project& project, const std::string& label, std::string text) {
    XmlReader xml(label, std::move(text));
    return import_with(project, xml);
}

}  // namespace assessa
