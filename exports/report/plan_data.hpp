#pragma once

#include "exports/pdf/document.hpp"
#include "exports/report/report_common.hpp"
#include "model/plan_views.hpp"
#include "model/scoring.hpp"

#include <map>
#include <string>
#include <vector>

namespace assessa::report {

// Everything the improvement plan report prints, read from the project once.
struct PlanData {
    const Project& project;
    Settings s;
    OrganisationProfile org;
    ImprovementPlan plan;
    std::vector<ImprovementAction> actions;  // priority order
    std::vector<Department> departments;
    PlanContext ctx;
    Coverage consensus;  // subcriteria of the cycle with a consensus score, of all of them
    CycleSteps steps;    // the cycle's CAF steps: objectives, communication, next self-assessment
    std::vector<ProgressReview> reviews;  // by date

    const std::string& lang() const { return s.lang; }
    const Translator& t() const { return s.t; }
    const ImprovementAction* action(Id id) const;
    const Department* department(Id id) const;
    std::string department_code(std::optional<Id> id) const;
    std::string plan_end() const;
    std::string node_title(const std::string& code) const;   // "1.2 Title" in the report language
    std::string clause_title(const std::string& code) const; // "7.1 Title"
};

PlanData load_plan(const Project& project, const ReportOptions& options);

void write_plan_cover(pdf::Document& doc, const PlanData& d);
void write_plan_summary(pdf::Document& doc, const PlanData& d);
void write_matrix(pdf::Document& doc, const PlanData& d);
void write_gantt(pdf::Document& doc, const PlanData& d);
// The strategic objectives with the actions serving each, and the actions serving none.
void write_objectives(pdf::Document& doc, const PlanData& d);
// The communication plan of the plan (step 8), the progress reviews held (step 9) and the next
// self-assessment (step 10).
void write_plan_follow_up(pdf::Document& doc, const PlanData& d);
void write_action_sheets(pdf::Document& doc, const PlanData& d, const ReportOptions& options);
void write_department_pages(pdf::Document& doc, const PlanData& d);

// "Planned", "In progress 40 %"...
std::string status_text(const ImprovementAction& a, const Translator& t);

}  // namespace assessa::report
