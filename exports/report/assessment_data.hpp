#pragma once

#include "exports/pdf/document.hpp"
#include "exports/report/report_common.hpp"
#include "model/cycle_comparison.hpp"
#include "model/cycle_summary.hpp"
#include "model/survey_evidence.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace assessa::report {

// Everything the self-assessment report prints, read from the project once.
struct AssessmentData {
    const Project& project;
    Settings s;
    FrameworkPtr fw;
    const Method* method = nullptr;
    OrganisationProfile org;
    std::vector<Department> departments;
    std::vector<Member> members;
    CycleSummary summary;
    // The previous cycle on the same framework; its consensus holds the scores over the nodes
    // the comparison covers (model/cycle_comparison.hpp).
    std::optional<CycleSummary> previous;
    std::optional<CycleComparison> comparison;
    std::map<std::string, Consensus, std::less<>> consensus;
    // Improvement ideas the members wrote, per node, without their authors and without repeats.
    std::map<std::string, std::vector<std::string>, std::less<>> ideas;
    MappingPtr iso_mapping;
    FrameworkPtr iso;
    // The comparison set used for the cycle (model/bench_statistics.hpp bench_set_for).
    std::optional<StoredBenchSet> bench;
    // The cycle's perception surveys with their figures (model/survey_evidence.hpp).
    std::vector<SurveyEvidence> surveys;
    // The cycle's CAF steps (model/cycle_steps_types.hpp).
    CycleSteps steps;

    const std::string& lang() const { return s.lang; }
    const Translator& t() const { return s.t; }
    std::string score(std::optional<double> v) const;
    // A criterion's, group's or the overall consensus score, saying when it rests on only some
    // subcriteria: "46.2 (based on 2 of 28 subcriteria)".
    std::string node_score(const std::string& code) const;
    std::string group_score(const std::string& id) const;
    std::string overall_score() const;
    std::string title(const Node& n) const { return n.code + " " + n.title.get(s.lang); }
    std::optional<double> previous_score(std::string_view code) const;
    // The current consensus score of a node or group over the nodes the comparison covers.
    std::optional<double> compared_score(std::string_view code) const;
    std::optional<double> compared_overall() const;
    // The sentence saying what the comparison leaves out; empty when nothing is left out.
    std::string comparison_note() const;
    // The framework's title with its version, unless the title already names it ("... 2020").
    std::string framework_name() const;
    const Panel* panel(const Node& n) const;
    // Whether the framework's groups add nothing to the overall score: a single group holding
    // every criterion (its score is the overall score).
    bool single_group_is_overall() const;
};

AssessmentData load_assessment(const Project& project, const ReportOptions& options);

// The sections, in the order the report prints them.
void write_cover(pdf::Document& doc, const AssessmentData& d);
void write_executive_summary(pdf::Document& doc, const AssessmentData& d);
void write_process(pdf::Document& doc, const AssessmentData& d);
// "How the self-assessment was organised": decision, scope, communication, training, results.
void write_organisation(pdf::Document& doc, const AssessmentData& d);
void write_profile(pdf::Document& doc, const AssessmentData& d);
void write_criterion(pdf::Document& doc, const AssessmentData& d, const Node& criterion);
void write_iso_view(pdf::Document& doc, const AssessmentData& d);
// "Compared with N institutions (type, year)", when the project holds a set for the cycle.
void write_bench_comparison(pdf::Document& doc, const AssessmentData& d);
// "Perception measurements": the cycle's surveys, when it has any.
void write_surveys(pdf::Document& doc, const AssessmentData& d);
void write_annex(pdf::Document& doc, const AssessmentData& d);
void write_approval(pdf::Document& doc, const AssessmentData& d);

// Band boundaries of a panel, for chart gridlines: 10, 30, 50...
std::vector<double> band_gridlines(const Panel* panel);

}  // namespace assessa::report
