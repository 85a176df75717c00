#pragma once

// The process register in print: the process manual (map, cards, matrices) and the process
// summary of the self-assessment report.

#include "exports/pdf/document.hpp"
#include "exports/report/report_common.hpp"
#include "model/process_rules.hpp"

#include <string>
#include <vector>

namespace assessa::report {

struct ProcessData {
    const Project& project;
    Settings s;
    std::vector<Process> processes;
    std::vector<Department> departments;
    std::vector<Member> members;
    FrameworkPtr iso;

    const Translator& t() const { return s.t; }
    std::string owner(const Process& p) const { return process_owner_name(p, departments, members); }
};
ProcessData load_processes(const Project& project, const Settings& s);

// A landscape page with the three bands (management, core, support), a box per process with its owner.
void write_process_map(pdf::Document& doc, const ProcessData& d);
// The card as the numbered table of fields 1-12, then its matrix with the V/D legend.
void write_process_card(pdf::Document& doc, const ProcessData& d, const Process& p);
void write_process_matrix(pdf::Document& doc, const ProcessData& d, const Process& p);
// Departments (and named roles) against every process.
void write_organisation_matrix(pdf::Document& doc, const ProcessData& d);
// The self-assessment report's section: the register, the ISO 9001 clauses no process covers.
void write_process_summary(pdf::Document& doc, const ProcessData& d);

}  // namespace assessa::report
