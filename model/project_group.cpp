// Organisation profile, departments, group members and cycles.

#include "frameworks/framework_version.hpp"
#include "i18n/translator.hpp"
#include "model/calendar_date.hpp"
#include "model/project_impl.hpp"

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <map>
#include <set>

namespace assessa {

namespace {

void check_language(const std::string& lang) {
    const auto& langs = Translator::shipped_languages();
    if (std::find(langs.begin(), langs.end(), lang) == langs.end())
        throw InvalidEdit(trf("unknown project language \"{}\" (use en, lt or zh)", lang));
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

OrganisationProfile Project::organisation() const {
    SQLite::Statement q(*impl_->db, "SELECT name, type, address, size, period, language FROM organisation WHERE id = 1");
    OrganisationProfile o;
    if (q.executeStep()) {
        o.name = q.getColumn(0).getString();
        o.type = q.getColumn(1).getString();
        o.address = q.getColumn(2).getString();
        o.size = q.getColumn(3).getString();
        o.period = q.getColumn(4).getString();
        o.language = q.getColumn(5).getString();
    }
    return o;
}

void Project::set_organisation(const OrganisationProfile& o) {
    check_language(o.language);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "INSERT OR REPLACE INTO organisation (id, name, type, address, size, period, "
                                        "language) VALUES (1, ?, ?, ?, ?, ?, ?)");
        q.bind(1, o.name);
        q.bind(2, o.type);
        q.bind(3, o.address);
        q.bind(4, o.size);
        q.bind(5, o.period);
        q.bind(6, o.language);
        q.exec();
    });
}

std::vector<Department> Project::departments() const {
    std::vector<Department> r;
    SQLite::Statement q(*impl_->db, "SELECT id, code, name, head FROM department ORDER BY id");
    while (q.executeStep())
        r.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     q.getColumn(3).getString()});
    return r;
}

std::optional<Department> Project::find_department(std::string_view code) const {
    for (auto& d : departments())
        if (d.code == code) return d;
    return std::nullopt;
}

namespace {

void check_department(const Project& p, const Department& d) {
    if (trimmed(d.code).empty()) throw InvalidEdit(tr("a department needs a short code"));
    if (trimmed(d.name).empty()) throw InvalidEdit(trf("department {} needs a name", d.code));
    if (auto other = p.find_department(d.code); other && other->id != d.id)
        throw InvalidEdit(trf("there is already a department with the code \"{}\"", d.code));
}

}  // namespace

Id Project::add_department(const Department& d) {
    check_department(*this, d);
    return impl_->write([&] {
        SQLite::Statement q(*impl_->db, "INSERT INTO department (code, name, head) VALUES (?, ?, ?)");
        q.bind(1, trimmed(d.code));
        q.bind(2, d.name);
        q.bind(3, d.head);
        q.exec();
        return impl_->db->getLastInsertRowid();
    });
}

void Project::update_department(const Department& d) {
    check_department(*this, d);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE department SET code = ?, name = ?, head = ? WHERE id = ?");
        q.bind(1, trimmed(d.code));
        q.bind(2, d.name);
        q.bind(3, d.head);
        q.bind(4, d.id);
        if (q.exec() == 0) throw InvalidEdit(trf("no department with id {}", d.id));
    });
}

void Project::remove_department(Id id) {
    SQLite::Statement led(*impl_->db, "SELECT code FROM action WHERE lead_department_id = ? ORDER BY priority");
    led.bind(1, id);
    std::string codes;
    while (led.executeStep()) codes += (codes.empty() ? "" : ", ") + led.getColumn(0).getString();
    if (!codes.empty())
        throw InvalidEdit(trf("the department leads improvement actions ({}); give them another leading department first",
                              codes));
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM department WHERE id = ?");
        q.bind(1, id);
        if (q.exec() == 0) throw InvalidEdit(trf("no department with id {}", id));
    });
}

std::vector<Member> Project::members() const {
    std::vector<Member> r;
    SQLite::Statement q(*impl_->db, R"SQL(
SELECT id, name, COALESCE((SELECT role FROM cycle_member WHERE member_id = member.id AND cycle_id = (
         SELECT id FROM cycle ORDER BY started_on DESC, label DESC, id DESC LIMIT 1)), role),
       department_id, contact
FROM member ORDER BY id)SQL");
    while (q.executeStep()) {
        Member m;
        m.id = q.getColumn(0).getInt64();
        m.name = q.getColumn(1).getString();
        m.role = member_role_from_string(q.getColumn(2).getString()).value_or(MemberRole::member);
        if (!q.getColumn(3).isNull()) m.department_id = q.getColumn(3).getInt64();
        m.contact = q.getColumn(4).getString();
        r.push_back(std::move(m));
    }
    return r;
}

namespace {

constexpr const char* newest_cycle_order = "ORDER BY started_on DESC, label DESC, id DESC LIMIT 1";

void bind_member(SQLite::Statement& q, const Member& m) {
    q.bind(1, trimmed(m.name));
    q.bind(2, std::string(to_string(m.role)));
    if (m.department_id) q.bind(3, *m.department_id);
    else q.bind(3);
    q.bind(4, m.contact);
}

void check_member_fields(SQLite::Database& db, const Member& m) {
    if (trimmed(m.name).empty()) throw InvalidEdit(tr("a group member needs a name"));
    if (m.department_id) {
        SQLite::Statement q(db, "SELECT 1 FROM department WHERE id = ?");
        q.bind(1, *m.department_id);
        if (!q.executeStep()) throw InvalidEdit(trf("no department with id {}", *m.department_id));
    }
}

}  // namespace

Id Project::add_member(const Member& m) {
    return impl_->write([&] {
        check_member_fields(*impl_->db, m);
        SQLite::Statement q(*impl_->db, "INSERT INTO member (name, role, department_id, contact) VALUES (?, ?, ?, ?)");
        bind_member(q, m);
        q.exec();
        const Id id = impl_->db->getLastInsertRowid();
        SQLite::Statement join(*impl_->db, std::string("INSERT INTO cycle_member (cycle_id, member_id, role) SELECT id, ?, ? "
                                                       "FROM cycle ") + newest_cycle_order);
        join.bind(1, id);
        join.bind(2, std::string(to_string(m.role)));
        join.exec();
        return id;
    });
}

void Project::update_member(const Member& m) {
    impl_->write([&] {
        check_member_fields(*impl_->db, m);
        SQLite::Statement q(*impl_->db, "UPDATE member SET name = ?, role = ?, department_id = ?, contact = ? WHERE id = ?");
        bind_member(q, m);
        q.bind(5, m.id);
        if (q.exec() == 0) throw InvalidEdit(trf("no group member with id {}", m.id));
        SQLite::Statement role(*impl_->db, std::string("UPDATE cycle_member SET role = ? WHERE member_id = ? AND cycle_id = "
                                                       "(SELECT id FROM cycle ") + newest_cycle_order + ")");
        role.bind(1, std::string(to_string(m.role)));
        role.bind(2, m.id);
        role.exec();
    });
}

void Project::remove_member(Id id) {
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "DELETE FROM member WHERE id = ?");
        q.bind(1, id);
        if (q.exec() == 0) throw InvalidEdit(trf("no group member with id {}", id));
    });
}

void Project::Impl::check_member(Id member_id) const {
    SQLite::Statement q(*db, "SELECT 1 FROM member WHERE id = ?");
    q.bind(1, member_id);
    if (!q.executeStep()) throw InvalidEdit(trf("no group member with id {}", member_id));
}

namespace {

Cycle cycle_from_row(SQLite::Statement& q) {
    Cycle c;
    c.id = q.getColumn(0).getInt64();
    c.label = q.getColumn(1).getString();
    c.framework_id = q.getColumn(2).getString();
    c.method_id = q.getColumn(3).getString();
    c.started_on = q.getColumn(4).getString();
    c.approved_by = q.getColumn(5).getString();
    c.approved_on = q.getColumn(6).getString();
    c.approval_note = q.getColumn(7).getString();
    c.members_see_previous_consensus = q.getColumn(8).getInt() != 0;
    c.framework_version = q.getColumn(9).getString();
    return c;
}

constexpr const char* cycle_columns =
    "SELECT id, label, framework_id, method_id, started_on, approved_by, approved_on, approval_note, "
    "members_see_previous_consensus, framework_version FROM cycle ";

}  // namespace

std::vector<Cycle> Project::cycles() const {
    std::vector<Cycle> r;
    // In time: by start date, then by label; never by when a cycle was added (an import may add
    // an older one). A cycle without a date (only in files from before dates were kept) is the
    // oldest.
    SQLite::Statement q(*impl_->db, std::string(cycle_columns) + "ORDER BY started_on, label, id");
    while (q.executeStep()) r.push_back(cycle_from_row(q));
    return r;
}

Cycle Project::Impl::load_cycle(Id cycle_id) const {
    SQLite::Statement q(*db, std::string(cycle_columns) + "WHERE id = ?");
    q.bind(1, cycle_id);
    if (!q.executeStep()) throw InvalidEdit(trf("no assessment cycle with id {}", cycle_id));
    return cycle_from_row(q);
}

Cycle Project::cycle(Id id) const { return impl_->load_cycle(id); }

Cycle Project::current_cycle() const {
    auto all = cycles();
    if (all.empty()) throw ProjectError(ProjectError::Kind::damaged, trf("{}: the project has no assessment cycle", path()));
    return all.back();
}

std::optional<Cycle> Project::previous_cycle(Id cycle_id) const {
    std::optional<Cycle> prev;
    for (auto& c : cycles()) {
        if (c.id == cycle_id) return prev;
        prev = c;
    }
    return std::nullopt;
}

Id Project::add_cycle(const std::string& label, const std::string& framework_id, const std::string& method_id,
                      const std::string& started_on, const std::string& framework_version) {
    if (!started_on.empty() && !is_iso_date(started_on))
        throw InvalidEdit(trf("\"{}\" is not a date in the form 2026-10-05", started_on));
    if (trimmed(label).empty()) throw InvalidEdit(tr("the assessment cycle needs a name, such as the year"));
    if (!framework_version.empty() && !is_framework_version(framework_version))
        throw InvalidEdit(trf("\"{}\" is not a framework version (numbers separated by dots, such as 2020 or 2020.1)",
                              framework_version));
    auto fw = framework_version.empty() ? framework(framework_id) : framework(framework_id, framework_version);
    if (!fw && framework_version.empty()) throw InvalidEdit(trf("the project holds no framework \"{}\"", framework_id));
    if (!fw)
        throw InvalidEdit(trf("the project holds no version {} of framework \"{}\"", framework_version, framework_id));
    if (!fw->find_method(method_id))
        throw InvalidEdit(trf("framework \"{}\" has no scoring method \"{}\"", framework_id, method_id));
    for (const auto& c : cycles())
        if (c.label == trimmed(label)) throw InvalidEdit(trf("there is already a cycle named \"{}\"", label));
    return impl_->write([&] {
        SQLite::Statement q(*impl_->db, "INSERT INTO cycle (label, framework_id, framework_version, method_id, started_on) "
                                        "VALUES (?, ?, ?, ?, ?)");
        q.bind(1, trimmed(label));
        q.bind(2, framework_id);
        q.bind(3, fw->version());
        q.bind(4, method_id);
        q.bind(5, started_on.empty() ? now_utc().substr(0, 10) : started_on);
        q.exec();
        const Id id = impl_->db->getLastInsertRowid();
        // The group of the newest cycle so far, with their roles there; everyone when this is the first.
        SQLite::Statement group(*impl_->db, R"SQL(
INSERT INTO cycle_member (cycle_id, member_id, role)
SELECT ?1, member.id, COALESCE(before.role, member.role) FROM member
LEFT JOIN cycle_member AS before ON before.member_id = member.id AND before.cycle_id = (
  SELECT id FROM cycle WHERE id != ?1 ORDER BY started_on DESC, label DESC, id DESC LIMIT 1)
WHERE NOT EXISTS (SELECT 1 FROM cycle WHERE id != ?1) OR before.member_id IS NOT NULL)SQL");
        group.bind(1, id);
        group.exec();
        return id;
    });
}

std::vector<Member> Project::cycle_members(Id cycle_id) const {
    impl_->load_cycle(cycle_id);
    std::vector<Member> r;
    SQLite::Statement q(*impl_->db, "SELECT member_id, role FROM cycle_member WHERE cycle_id = ?");
    q.bind(1, cycle_id);
    std::map<Id, MemberRole> in;
    while (q.executeStep())
        in[q.getColumn(0).getInt64()] = member_role_from_string(q.getColumn(1).getString()).value_or(MemberRole::member);
    for (auto& m : members())
        if (auto role = in.find(m.id); role != in.end()) {
            m.role = role->second;
            r.push_back(std::move(m));
        }
    return r;
}

void Project::set_cycle_members(Id cycle_id, const std::vector<Id>& member_ids) {
    impl_->load_cycle(cycle_id);
    for (Id m : member_ids) impl_->check_member(m);
    impl_->write([&] {
        std::string sql = "DELETE FROM cycle_member WHERE cycle_id = ? AND member_id NOT IN (";
        for (std::size_t i = 0; i < member_ids.size(); ++i) {
            if (i > 0) sql += ',';
            sql += std::to_string(member_ids[i]);
        }
        sql += ')';
        SQLite::Statement clear(*impl_->db, sql);
        clear.bind(1, cycle_id);
        clear.exec();
        SQLite::Statement ins(*impl_->db, "INSERT OR IGNORE INTO cycle_member (cycle_id, member_id, role) "
                                          "SELECT ?1, id, role FROM member WHERE id = ?2");
        for (Id m : member_ids) {
            ins.bind(1, cycle_id);
            ins.bind(2, m);
            ins.exec();
            ins.reset();
        }
    });
}

void Project::set_cycle_role(Id cycle_id, Id member_id, MemberRole role) {
    const Cycle c = impl_->load_cycle(cycle_id);
    impl_->check_member(member_id);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE cycle_member SET role = ? WHERE cycle_id = ? AND member_id = ?");
        q.bind(1, std::string(to_string(role)));
        q.bind(2, cycle_id);
        q.bind(3, member_id);
        if (q.exec() == 0) throw InvalidEdit(trf("member {} is not in the group of cycle {}", member_id, c.label));
    });
}

void Project::set_members_see_previous_consensus(Id cycle_id, bool visible) {
    impl_->load_cycle(cycle_id);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE cycle SET members_see_previous_consensus = ? WHERE id = ?");
        q.bind(1, visible ? 1 : 0);
        q.bind(2, cycle_id);
        q.exec();
    });
}

std::vector<CycleCorrection> Project::corrections(Id cycle_id) const {
    std::vector<CycleCorrection> r;
    SQLite::Statement q(*impl_->db, "SELECT id, corrected_on, corrected_by, what FROM cycle_correction "
                                    "WHERE cycle_id = ? ORDER BY corrected_on, id");
    q.bind(1, cycle_id);
    while (q.executeStep())
        r.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     q.getColumn(3).getString()});
    return r;
}

namespace {

void check_correction(const CycleCorrection& c) {
    if (!c.corrected_on.empty() && !is_iso_date(c.corrected_on))
        throw InvalidEdit(trf("\"{}\" is not a date in the form 2026-10-05", c.corrected_on));
    if (trimmed(c.what).empty()) throw InvalidEdit(tr("say what was corrected"));
}

Id insert_correction(SQLite::Database& db, Id cycle_id, const CycleCorrection& c) {
    SQLite::Statement q(db, "INSERT INTO cycle_correction (cycle_id, corrected_on, corrected_by, what) VALUES (?, ?, ?, ?)");
    q.bind(1, cycle_id);
    q.bind(2, c.corrected_on.empty() ? now_utc().substr(0, 10) : c.corrected_on);
    q.bind(3, c.corrected_by);
    q.bind(4, c.what);
    q.exec();
    return db.getLastInsertRowid();
}

}  // namespace

Id Project::record_correction(Id cycle_id, const CycleCorrection& c) {
    impl_->load_cycle(cycle_id);
    check_correction(c);
    return impl_->write([&] { return insert_correction(*impl_->db, cycle_id, c); });
}

void Project::restore_corrections(Id cycle_id, const std::vector<CycleCorrection>& list) {
    impl_->load_cycle(cycle_id);
    for (const auto& c : list) {
        check_correction(c);
        if (c.corrected_on.empty()) throw InvalidEdit(tr("a correction needs its date"));
    }
    impl_->write([&] {
        SQLite::Statement clear(*impl_->db, "DELETE FROM cycle_correction WHERE cycle_id = ?");
        clear.bind(1, cycle_id);
        clear.exec();
        for (const auto& c : list) insert_correction(*impl_->db, cycle_id, c);
    });
}

void Project::set_cycle_start(Id cycle_id, const std::string& date) {
    impl_->load_cycle(cycle_id);
    if (!is_iso_date(date)) throw InvalidEdit(trf("\"{}\" is not a date in the form 2026-10-05", date));
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE cycle SET started_on = ? WHERE id = ?");
        q.bind(1, date);
        q.bind(2, cycle_id);
        q.exec();
    });
}

void Project::clear_cycle(Id cycle_id) {
    impl_->load_cycle(cycle_id);
    impl_->write([&] {
        // Sources, scores, items, actions and their lists go with their parents through ON
        // DELETE CASCADE. The plan goes too: its actions answer the consensus being cleared.
        for (const char* table : {"plan", "consensus_item", "consensus_score", "consensus", "note_item", "rating", "meeting_item",
                                  "member_number"}) {
            SQLite::Statement q(*impl_->db, std::string("DELETE FROM ") + table + " WHERE cycle_id = ?");
            q.bind(1, cycle_id);
            q.exec();
        }
    });
}

void Project::set_cycle_approval(Id cycle_id, const std::string& by, const std::string& on, const std::string& note) {
    impl_->load_cycle(cycle_id);
    if (!on.empty() && !is_iso_date(on)) throw InvalidEdit(trf("\"{}\" is not a date in the form 2026-10-05", on));
    if (!on.empty() && trimmed(by).empty()) throw InvalidEdit(tr("an approval needs the name of who approved"));
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "UPDATE cycle SET approved_by = ?, approved_on = ?, approval_note = ? WHERE id = ?");
        q.bind(1, by);
        q.bind(2, on);
        q.bind(3, note);
        q.bind(4, cycle_id);
        q.exec();
    });
}

FrameworkPtr Project::Impl::find_framework(std::string_view id, std::string_view version) const {
    for (const auto& fw : frameworks)
        if (fw->id() == id && fw->version() == version) return fw;
    return nullptr;
}

const Framework& Project::Impl::framework_of(const Cycle& c) const {
    auto fw = find_framework(c.framework_id, c.framework_version);
    if (!fw)
        throw ProjectError(ProjectError::Kind::damaged,
                           trf("{}: cycle \"{}\" uses framework \"{}\" version {}, which the project does not hold", path,
                               c.label, c.framework_id, c.framework_version));
    return *fw;
}

FrameworkPtr Project::framework_of(const Cycle& c) const {
    return impl_->find_framework(c.framework_id, c.framework_version);
}

const Panel* Project::panel_for(const Cycle& c, std::string_view node_code) const {
    const Framework& fw = impl_->framework_of(c);
    const Node* n = fw.find(node_code);
    return n ? fw.panel_for(*n, c.method_id) : nullptr;
}

}  // namespace assessa
