#include "model/bench_submission.hpp"

#include "model/calendar_date.hpp"
#include "model/cycle_summary.hpp"
#include "model/number_format.hpp"

#include <cmath>

namespace assessa {

namespace {

double two_decimals(double score) { return std::round(score * 100.0) / 100.0; }

// The year the assessment took place: when the cycle started, else when it was approved,
// else this year (a cycle entered without dates is being assessed now).
int cycle_year(const Cycle& c) {
    for (const auto* date : {&c.started_on, &c.approved_on})
        if (const auto d = CalendarDate::parse(*date)) return d->year;
    return std::stoi(now_utc().substr(0, 4));
}

}  // namespace

bool bench_shareable(const CycleSummary& summary) {
    return summary.consensus.overall.has_value();
}

BenchSubmission bench_submission_for(Project& project, Id cycle_id, const BenchProfile& profile) {
    const CycleSummary summary = summarize(project, cycle_id);
    const Cycle& c = summary.cycle;
    const auto fw = project.framework_of(c);

    BenchSubmission s;
    s.submission_id = project.bench_submission_id();
    s.written_at = now_utc();
    s.profile = profile;
    s.framework_id = c.framework_id;
    s.framework_version = fw->version();
    s.method_id = c.method_id;
    s.cycle_label = c.label;
    s.year = cycle_year(c);
    s.members = static_cast<int>(project.cycle_members(cycle_id).size());
    s.consensus_complete = !summary.nodes.empty() && summary.consensus_done == summary.nodes.size();
    for (const auto& n : fw->nodes())
        if (const auto score = summary.consensus.node(n.code))
            s.scores.push_back({BenchLevel::node, n.code, two_decimals(*score)});
    for (const auto& g : fw->groups())
        if (const auto score = summary.consensus.group(g.id))
            s.scores.push_back({BenchLevel::group, g.id, two_decimals(*score)});
    if (summary.consensus.overall) s.scores.push_back({BenchLevel::overall, "", two_decimals(*summary.consensus.overall)});
    return s;
}

std::vector<BenchSummaryLine> bench_submission_summary(const BenchSubmission& s, const Framework* fw,
                                                       const Translator& t) {
    const std::string lang = normalize_language(t.language());
    std::vector<BenchSummaryLine> lines;
    auto add = [&](const char* label, std::string value) { lines.push_back({label, std::move(value)}); };
    add(t.tr("Institution type"), institution_type_label(s.profile.type, t));
    add(t.tr("Size"), size_band_label(s.profile.size, t));
    add(t.tr("Region"), s.profile.region.empty() ? t.tr("(not given)") : s.profile.region);
    add(t.tr("Framework"), s.framework_version.empty() ? s.framework_id : s.framework_id + " " + s.framework_version);
    add(t.tr("Scoring method"), s.method_id);
    add(t.tr("Cycle"), s.cycle_label);
    add(t.tr("Year"), std::to_string(s.year));
    add(t.tr("Group members"), std::to_string(s.members));
    add(t.tr("Consensus complete"), s.consensus_complete ? t.tr("yes") : t.tr("no"));
    add(t.tr("Submission identifier"), s.submission_id);
    add(t.tr("Written at"), s.written_at);
    for (const auto& score : s.scores) {
        std::string label;
        switch (score.level) {
            case BenchLevel::node: {
                const Node* n = fw ? fw->find(score.code) : nullptr;
                label = n ? score.code + " " + n->title.get(lang) : score.code;
                break;
            }
            case BenchLevel::group: {
                const Group* g = fw ? fw->find_group(score.code) : nullptr;
                label = t.trf("Group: {}", g ? g->title.get(lang) : score.code);
                break;
            }
            case BenchLevel::overall: label = t.tr("Overall score"); break;
        }
        lines.push_back({std::move(label), format_score(score.score, lang)});
    }
    return lines;
}

}  // namespace assessa
