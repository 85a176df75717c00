#include "exports/report/assessment_data.hpp"

#include "model/bench_statistics.hpp"
#include "model/number_format.hpp"

#include <algorithm>

namespace assessa::report {

std::string AssessmentData::score(std::optional<double> v) const { return format_score(v, s.lang); }

std::string AssessmentData::node_score(const std::string& code) const {
    const auto& sheet = summary.consensus;
    return format_score_coverage(sheet.node(code), sheet.coverage_of_node(code), s.lang, s.t);
}

std::string AssessmentData::group_score(const std::string& id) const {
    const auto& sheet = summary.consensus;
    return format_score_coverage(sheet.group(id), sheet.coverage_of_group(id), s.lang, s.t);
}

std::string AssessmentData::overall_score() const {
    const auto& sheet = summary.consensus;
    return format_score_coverage(sheet.overall, sheet.overall_coverage, s.lang, s.t);
}

std::optional<double> AssessmentData::previous_score(std::string_view code) const {
    if (!previous) return std::nullopt;
    return previous->consensus.node(code);
}

std::optional<double> AssessmentData::compared_score(std::string_view code) const {
    if (!comparison) return std::nullopt;
    if (auto v = comparison->current.node(code)) return v;
    return comparison->current.group(code);
}

std::optional<double> AssessmentData::compared_overall() const {
    return comparison ? comparison->current.overall : std::nullopt;
}

std::string AssessmentData::comparison_note() const {
    return comparison ? comparison_scope_note(*comparison, s.t) : std::string();
}

std::string AssessmentData::framework_name() const {
    std::string title = fw->title().get(s.lang);
    if (fw->version().empty() || title.find(fw->version()) != std::string::npos) return title;
    return title + " (" + fw->version() + ")";
}

const Panel* AssessmentData::panel(const Node& n) const { return fw->panel_for(n, s.cycle.method_id); }

bool AssessmentData::single_group_is_overall() const {
    const auto& groups = fw->groups();
    return groups.size() == 1 && groups.front().node_codes.size() == fw->roots().size();
}

AssessmentData load_assessment(const Project& project, const ReportOptions& options) {
    Settings settings = resolve(project, options);
    const Cycle cycle = settings.cycle;
    AssessmentData d{project, std::move(settings), project.framework_of(cycle), nullptr, project.organisation(),
                     project.departments(), project.cycle_members(cycle.id), summarize(project, cycle.id), std::nullopt,
                     std::nullopt, {}, {}, nullptr, nullptr, std::nullopt, {}, project.cycle_steps(cycle.id)};
    if (!d.fw) throw ReportError(trf("{}: the framework \"{}\" of cycle {} is missing", project.path(), cycle.framework_id, cycle.label));
    d.method = d.fw->find_method(cycle.method_id);
    if (auto prev = project.previous_cycle(cycle.id))
        if ((d.comparison = compare_with_earlier(project, d.summary, prev->id))) d.previous = d.comparison->earlier;
    for (auto& c : project.consensus_all(cycle.id)) {
        auto code = c.node_code;
        d.consensus.emplace(std::move(code), std::move(c));
    }
    for (const auto& r : project.ratings(cycle.id))
        for (const auto* item : r.items_of(NoteKind::idea)) {
            auto& list = d.ideas[r.node_code];
            if (std::find(list.begin(), list.end(), item->text) == list.end()) list.push_back(item->text);
        }
    for (const auto& m : project.mappings())
        if (m->source_id() == cycle.framework_id && m->target_id().starts_with("iso-9001")) {
            d.iso_mapping = m;
            d.iso = project.framework(m->target_id());
            break;
        }
    const auto sets = project.bench_sets();
    if (const auto* set = bench_set_for(sets, cycle)) d.bench = *set;
    d.surveys = survey_evidence(project, cycle.id);
    return d;
}

std::vector<double> band_gridlines(const Panel* panel) {
    std::vector<double> out;
    if (!panel) return {10, 30, 50, 70, 90};
    for (std::size_t i = 0; i + 1 < panel->bands.size(); ++i) out.push_back(panel->bands[i].max);
    return out;
}

}  // namespace assessa::report
