#pragma once

#include "frameworks/framework.hpp"
#include "model/process_types.hpp"

#include <string>
#include <vector>

namespace assessa {

class Project;

// What a process card must satisfy before the store keeps it; every problem, in card order.
struct ProcessContext {
    std::vector<Department> departments;
    std::vector<Member> members;
    FrameworkPtr iso;  // the ISO 9001 framework the project holds (clauses are checked against it); may be null
};
std::vector<std::string> process_problems(const Process& p, const ProcessContext& ctx);

// A column of a matrix that nobody carries out, or that several carry out.
struct MatrixWarning {
    enum class Kind { no_lead, several_leads };
    Kind kind = Kind::no_lead;
    std::size_t column = 0;
    std::string message;  // translated
};
std::vector<MatrixWarning> matrix_warnings(const ResponsibilityMatrix& m);

// How a participant row is named: the department's name, or the role.
// Fields 9 and 10 as lines in the language of `t`: "People: teachers", "text (indicator: …)
// (target: …)".
std::vector<std::string> resource_lines(const Process& p, const Translator& t);
std::vector<std::string> criterion_lines(const Process& p, const Translator& t);

// A list field numbered as on the card: "6.1. text\n6.2. text" for field 6.
std::string numbered_items(int field, const std::vector<std::string>& items);

std::string participant_name(const MatrixParticipant& row, const std::vector<Department>& departments);
// The owner as shown on a card: a member's name, or the department (with its head when given).
std::string process_owner_name(const Process& p, const std::vector<Department>& departments,
                               const std::vector<Member>& members);

// The organisation-wide matrix: every department (then every named role that is not a
// department) against every process. A cell is V when the participant carries out any column
// of that process's matrix, D when it only takes part.
struct OrganisationMatrix {
    struct Row {
        std::optional<Id> department_id;
        std::string name;
        std::vector<Responsibility> cells;  // one per process
    };
    std::vector<Id> processes;  // register order
    std::vector<Row> rows;
};
OrganisationMatrix organisation_matrix(const std::vector<Process>& processes, const std::vector<Department>& departments);

// Which processes claim each ISO clause. A process claiming a sub-clause (8.5.1) counts for the
// clauses above it (8.5, 8). Clause 4.4 (the processes themselves) and the clauses of 8
// (operation) are flagged when no process covers them.
struct ProcessClauseCoverage {
    std::string code;
    int depth = 0;
    std::vector<Id> processes;  // register order
    bool flagged = false;       // a gap that matters: 4.4 or 8.x with no process
};
std::vector<ProcessClauseCoverage> process_iso_coverage(const Framework& iso, const std::vector<Process>& processes);
// Whether a clause must be covered by some process (4.4 and the sub-clauses 8.x).
bool clause_needs_process(std::string_view code);

// Whether a node's page shows the process register as its evidence: CAF's 5.1 (processes are
// identified, designed and managed).
bool shows_process_register(const Framework& framework, std::string_view node_code);

// The code a new process gets: "P-NN", one past the highest such code in the register.
std::string next_process_code(const std::vector<Process>& processes);

// The ISO 9001 framework a project holds (the target of its CAF mapping), or null.
FrameworkPtr iso_framework_of(const Project& project);
ProcessContext process_context(const Project& project);

}  // namespace assessa
