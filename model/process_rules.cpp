#include "model/process_rules.hpp"

#include "model/iso_view.hpp"
#include "model/project.hpp"

#include <algorithm>
#include <cstdio>

namespace assessa {

namespace {

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool has_department(const ProcessContext& ctx, Id id) {
    return std::any_of(ctx.departments.begin(), ctx.departments.end(), [&](const Department& d) { return d.id == id; });
}

void check_list(std::vector<std::string>& problems, const std::string& code, int field,
                const std::vector<std::string>& items) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (blank(items[i]))
            problems.push_back(trf("process {}: item {}.{} of \"{}\" is empty", code, field, i + 1,
                                   process_field_label(field)));
}

}  // namespace

std::vector<std::string> process_problems(const Process& p, const ProcessContext& ctx) {
    std::vector<std::string> problems;
    const std::string code = p.code;
    if (blank(p.code)) problems.push_back(tr("a process needs a short code"));
    if (blank(p.name)) problems.push_back(trf("process {} needs a name", code));
    if (p.owner_member_id && p.owner_department_id)
        problems.push_back(trf("process {}: the owner is a member or a department, not both", code));
    if (p.owner_member_id &&
        std::none_of(ctx.members.begin(), ctx.members.end(), [&](const Member& m) { return m.id == *p.owner_member_id; }))
        problems.push_back(trf("process {}: no member with id {} to own it", code, *p.owner_member_id));
    if (p.owner_department_id && !has_department(ctx, *p.owner_department_id))
        problems.push_back(trf("process {}: no department with id {} to own it", code, *p.owner_department_id));
    for (const auto& clause : p.iso_clauses) {
        if (ctx.iso && !ctx.iso->find(clause))
            problems.push_back(trf("process {}: \"{}\" is not a clause of {}", code, clause, ctx.iso->id()));
        if (std::count(p.iso_clauses.begin(), p.iso_clauses.end(), clause) > 1) {
            problems.push_back(trf("process {}: clause {} is named twice", code, clause));
            break;
        }
    }
    check_list(problems, code, 6, p.subprocesses);
    check_list(problems, code, 7, p.documents);
    check_list(problems, code, 8, p.records);
    for (std::size_t i = 0; i < p.resources.size(); ++i)
        if (blank(p.resources[i].text))
            problems.push_back(trf("process {}: item {}.{} of \"{}\" is empty", code, 9, i + 1, process_field_label(9)));
    for (std::size_t i = 0; i < p.criteria.size(); ++i)
        if (blank(p.criteria[i].text))
            problems.push_back(trf("process {}: item {}.{} of \"{}\" is empty", code, 10, i + 1, process_field_label(10)));
    check_list(problems, code, 11, p.constraints);
    check_list(problems, code, 12, p.improvement_goals);

    const auto& m = p.matrix;
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        const auto& row = m.rows[r];
        if (row.department_id && !has_department(ctx, *row.department_id))
            problems.push_back(trf("process {}: matrix row {} names no department of the project", code, r + 1));
        if (!row.department_id && blank(row.role))
            problems.push_back(trf("process {}: matrix row {} needs a department or a role", code, r + 1));
        for (std::size_t other = 0; other < r; ++other)
            if (m.rows[other] == row) {
                problems.push_back(trf("process {}: matrix rows {} and {} are the same participant", code, other + 1, r + 1));
                break;
            }
    }
    for (std::size_t c = 0; c < m.columns.size(); ++c)
        if (blank(m.columns[c].name)) problems.push_back(trf("process {}: matrix column {} needs a name", code, c + 1));
    bool fits = m.cells.size() <= m.rows.size();
    for (const auto& row : m.cells) fits = fits && row.size() <= m.columns.size();
    if (!fits) problems.push_back(trf("process {}: the matrix has cells outside its rows and columns", code));
    return problems;
}

std::vector<MatrixWarning> matrix_warnings(const ResponsibilityMatrix& m) {
    std::vector<MatrixWarning> out;
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        int leads = 0;
        for (std::size_t r = 0; r < m.rows.size(); ++r) leads += m.at(r, c) == Responsibility::leads ? 1 : 0;
        if (leads == 0)
            out.push_back({MatrixWarning::Kind::no_lead, c,
                           trf("nobody carries out \"{}\" (no V in its column)", m.columns[c].name)});
        else if (leads > 1)
            out.push_back({MatrixWarning::Kind::several_leads, c,
                           trf("{} participants carry out \"{}\" (several V in its column)", leads, m.columns[c].name)});
    }
    return out;
}

std::vector<std::string> resource_lines(const Process& p, const Translator& t) {
    std::vector<std::string> lines;
    lines.reserve(p.resources.size());
    for (const auto& r : p.resources) {
        std::string line = resource_kind_label(r.kind, t);
        line += ": ";
        line += r.text;
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<std::string> criterion_lines(const Process& p, const Translator& t) {
    std::vector<std::string> lines;
    lines.reserve(p.criteria.size());
    for (const auto& c : p.criteria) {
        std::string line = c.text;
        if (!c.indicator.empty()) (line += ' ') += t.trf("(indicator: {})", c.indicator);
        if (!c.target.empty()) (line += ' ') += t.trf("(target: {})", c.target);
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string numbered_items(int field, const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!out.empty()) out += "\n";
        out += std::to_string(field) + "." + std::to_string(i + 1) + ". " + items[i];
    }
    return out;
}

std::string participant_name(const MatrixParticipant& row, const std::vector<Department>& departments) {
    if (row.department_id)
        for (const auto& d : departments)
            if (d.id == *row.department_id) return d.name;
    return row.role;
}

std::string process_owner_name(const Process& p, const std::vector<Department>& departments,
                               const std::vector<Member>& members) {
    if (p.owner_member_id)
        for (const auto& m : members)
            if (m.id == *p.owner_member_id) return m.name;
    if (p.owner_department_id)
        for (const auto& d : departments)
            if (d.id == *p.owner_department_id) {
                if (d.head.empty()) return d.name;
                std::string s = d.head;
                s += " (";
                s += d.name;
                s += ")";
                return s;
            }
    return {};
}

OrganisationMatrix organisation_matrix(const std::vector<Process>& processes, const std::vector<Department>& departments) {
    OrganisationMatrix out;
    for (const auto& p : processes) out.processes.push_back(p.id);
    for (const auto& d : departments) out.rows.push_back({d.id, d.name, {}});
    for (const auto& p : processes)
        for (const auto& row : p.matrix.rows) {
            if (row.department_id) continue;
            const bool known = std::any_of(out.rows.begin(), out.rows.end(),
                                           [&](const OrganisationMatrix::Row& r) { return !r.department_id && r.name == row.role; });
            if (!known) out.rows.push_back({std::nullopt, row.role, {}});
        }
    for (auto& out_row : out.rows) {
        for (const auto& p : processes) {
            Responsibility cell = Responsibility::none;
            for (std::size_t r = 0; r < p.matrix.rows.size(); ++r) {
                const auto& row = p.matrix.rows[r];
                const bool same = out_row.department_id ? row.department_id == out_row.department_id
                                                        : !row.department_id && row.role == out_row.name;
                if (!same) continue;
                for (std::size_t c = 0; c < p.matrix.columns.size(); ++c) {
                    const auto v = p.matrix.at(r, c);
                    if (v == Responsibility::leads) cell = Responsibility::leads;
                    else if (v == Responsibility::takes_part && cell == Responsibility::none) cell = Responsibility::takes_part;
                }
            }
            out_row.cells.push_back(cell);
        }
    }
    return out;
}

bool clause_needs_process(std::string_view code) {
    if (code == "4.4") return true;
    return code.size() > 2 && code.starts_with("8.") && code.find('.', 2) == std::string_view::npos;
}

std::vector<ProcessClauseCoverage> process_iso_coverage(const Framework& iso, const std::vector<Process>& processes) {
    std::vector<ProcessClauseCoverage> out;
    for (const auto& node : iso.nodes()) {
        ProcessClauseCoverage c{node.code, node.depth, {}, false};
        for (const auto& p : processes)
            if (std::any_of(p.iso_clauses.begin(), p.iso_clauses.end(),
                            [&](const std::string& claimed) { return in_clause(claimed, node.code); }))
                c.processes.push_back(p.id);
        c.flagged = c.processes.empty() && clause_needs_process(node.code);
        out.push_back(std::move(c));
    }
    return out;
}

FrameworkPtr iso_framework_of(const Project& project) {
    for (const auto& f : project.frameworks())
        if (f->id().starts_with("iso-9001")) return project.framework(f->id());
    return nullptr;
}

ProcessContext process_context(const Project& project) {
    return {project.departments(), project.members(), iso_framework_of(project)};
}

bool shows_process_register(const Framework& framework, std::string_view node_code) {
    return framework.id().rfind("caf-", 0) == 0 && node_code == "5.1";
}

std::string next_process_code(const std::vector<Process>& processes) {
    int highest = 0;
    for (const Process& p : processes) {
        if (p.code.size() < 3 || p.code.compare(0, 2, "P-") != 0) continue;
        const std::string digits = p.code.substr(2);
        if (digits.size() > 6 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
        highest = std::max(highest, std::stoi(digits));
    }
    char code[16];
    std::snprintf(code, sizeof code, "P-%02d", highest + 1);
    return code;
}

}  // namespace assessa
