#include "exports/pdf/charts.hpp"
#include "exports/report/assessment_data.hpp"
#include "model/meeting_record.hpp"
#include "model/number_format.hpp"

#include <algorithm>

namespace assessa::report {

using namespace pdf;

namespace {

struct Scored {
    const Node* node;
    double score;
};

std::vector<Scored> scored_criteria(const AssessmentData& d) {
    std::vector<Scored> out;
    for (auto i : d.fw->roots())
        if (auto s = d.summary.consensus.node(d.fw->nodes()[i].code)) out.push_back({&d.fw->nodes()[i], *s});
    return out;
}

std::string overall_sentence(const AssessmentData& d) {
    const auto& t = d.t();
    if (const auto scale = d.fw->method_scale(d.s.cycle.method_id))
        return t.trf("The overall score is {} on a scale of {} to {}.", d.overall_score(), scale->first, scale->second);
    return t.trf("The overall score is {}.", d.overall_score());
}

// How criterion, group and overall scores are made, in the framework's own terms.
std::string aggregation_sentence(const AssessmentData& d) {
    const auto& t = d.t();
    const bool groups = !d.fw->groups().empty() && !d.single_group_is_overall();
    switch (d.fw->node_aggregation()) {
    case Aggregation::mean:
        return groups ? t.tr("A criterion's score is the mean of its subcriteria; the group scores and the overall "
                             "score are means of their criteria.")
                      : t.tr("A criterion's score is the mean of its subcriteria; the overall score is the mean of "
                             "the criteria.");
    case Aggregation::median:
        return groups ? t.tr("A criterion's score is the median of its subcriteria; the group scores and the overall "
                             "score are medians of their criteria.")
                      : t.tr("A criterion's score is the median of its subcriteria; the overall score is the median "
                             "of the criteria.");
    case Aggregation::min:
        return t.tr("A criterion's score is the lowest score of its subcriteria, and each higher score the lowest "
                    "of the scores it combines.");
    case Aggregation::max:
        return t.tr("A criterion's score is the highest score of its subcriteria, and each higher score the highest "
                    "of the scores it combines.");
    }
    return {};
}

}  // namespace

void write_executive_summary(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Executive summary"));
    const auto& sheet = d.summary.consensus;
    std::size_t strengths = 0, afis = 0, ideas = 0;
    for (const auto& [code, c] : d.consensus) {
        strengths += c.items_of(NoteKind::strength).size();
        afis += c.items_of(NoteKind::afi).size();
    }
    doc.paragraph(join_sentences({t.trf("{} assessed itself with {} in cycle {}.", d.org.name, d.fw->title().get(d.lang()), d.s.cycle.label),
                                  t.trnf("The self-assessment group of {} person reached a consensus on {} of {} subcriteria.",
                                         "The self-assessment group of {} people reached a consensus on {} of {} subcriteria.",
                                         d.members.size(), d.members.size(), d.summary.consensus_done, d.fw->assessable_count()),
                                  overall_sentence(d),
                                  sheet.overall_coverage.partial()
                                      ? t.tr("The consensus is not complete: every score in this report rests only on "
                                             "the subcriteria agreed so far.")
                                      : std::string()},
                                 d.lang()));
    for (const auto& [code, list] : d.ideas) ideas += list.size();
    doc.paragraph(join_sentences({t.trnf("The group agreed on {} strength.", "The group agreed on {} strengths.", strengths, strengths),
                                  t.trnf("It agreed on {} area for improvement.", "It agreed on {} areas for improvement.", afis, afis),
                                  t.trnf("The members proposed {} improvement idea.", "The members proposed {} improvement ideas.",
                                         ideas, ideas)},
                                 d.lang()));

    // While the consensus is partial, a column says how many subcriteria each score rests on.
    const bool partial = sheet.overall_coverage.partial();
    Table table;
    table.columns = partial ? std::vector<double>{4.4, 1.2, 1.5, 1.3, 1.1} : std::vector<double>{5, 1.4, 1.4, 1.4};
    table.header = {t.tr("Area"), t.tr("Score"), t.tr("Previous cycle"), t.tr("Change")};
    table.align = {Align::left, Align::right, Align::right, Align::right};
    if (partial) {
        table.header.insert(table.header.begin() + 2, t.tr("Based on subcriteria"));
        table.align.push_back(Align::right);
    }
    // The change compares like with like: across framework versions, both scores rest on the
    // subcriteria the two versions share (d.comparison).
    auto add = [&](const std::string& label, std::optional<double> now, const Coverage& coverage,
                   std::optional<double> before, bool strong, std::optional<double> compared_now) {
        std::optional<double> delta;
        if (compared_now && before) delta = *compared_now - *before;
        std::vector<std::string> row{label, d.score(now), d.previous ? d.score(before) : "\u2013",
                                     d.previous ? format_delta(delta, d.lang()) : "\u2013"};
        if (partial) row.insert(row.begin() + 2, t.trf("{} of {}", coverage.scored, coverage.total));
        table.rows.push_back(row);
        table.strong_rows.push_back(strong);
    };
    add(t.tr("Overall score"), sheet.overall, sheet.overall_coverage, d.previous ? d.previous->consensus.overall : std::nullopt,
        true, d.compared_overall());
    if (!d.single_group_is_overall())
        for (const auto& g : d.fw->groups())
            add(g.title.get(d.lang()), sheet.group(g.id), sheet.coverage_of_group(g.id),
                d.previous ? d.previous->consensus.group(g.id) : std::nullopt, true,
                d.comparison ? d.comparison->current.group(g.id) : std::nullopt);
    for (auto i : d.fw->roots()) {
        const auto& n = d.fw->nodes()[i];
        add(d.title(n), sheet.node(n.code), sheet.coverage_of_node(n.code), d.previous_score(n.code), false,
            d.compared_score(n.code));
    }
    doc.vspace(4);
    doc.table(table);
    if (const std::string note = d.comparison_note(); !note.empty()) doc.paragraph(note);

    auto criteria = scored_criteria(d);
    std::stable_sort(criteria.begin(), criteria.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    const std::size_t k = std::min<std::size_t>(3, criteria.size() / 2);
    if (k > 0) {
        std::vector<std::string> best, worst;
        for (std::size_t i = 0; i < k; ++i)
            best.push_back(d.title(*criteria[i].node) + " \u2013 " + d.node_score(criteria[i].node->code));
        for (std::size_t i = 0; i < k; ++i) {
            const auto& c = criteria[criteria.size() - 1 - i];
            worst.push_back(d.title(*c.node) + " \u2013 " + d.node_score(c.node->code));
        }
        doc.heading(3, t.tr("Strongest criteria"));
        doc.bullets(best);
        doc.heading(3, t.tr("Weakest criteria"));
        doc.bullets(worst);
    }
    doc.paragraph(t.tr("Self-assessment scores serve the organisation's own improvement: compare them with the "
                       "organisation's earlier self-assessments rather than with other organisations."),
                  {8.5, Weight::regular, colors::muted});
}

namespace {

void write_member_list(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    doc.heading(3, t.tr("Members"));
    Table names;
    names.columns = {3, 2, 3.5};
    names.header = {t.tr("Name"), t.tr("Role"), t.tr("Department")};
    for (const auto& m : d.members)
        names.rows.push_back({m.name, member_role_label(m.role, t), department_label(d.departments, m.department_id)});
    doc.table(names);
}

// How long the consensus meeting took and which items needed another rating round; no names.
void write_meeting(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    const MeetingTotals m = meeting_totals(d.project, d.s.cycle.id);
    doc.heading(2, t.tr("Consensus meeting"));
    if (m.items_discussed == 0) {
        doc.paragraph(t.tr("No time was recorded for the consensus meeting."));
        return;
    }
    const long long minutes = (m.total_seconds + 30) / 60;
    std::string duration = t.trnf("{} minute", "{} minutes", minutes % 60, minutes % 60);
    if (minutes >= 60) duration = t.trnf("{} hour", "{} hours", minutes / 60, minutes / 60) + " " + duration;
    std::vector<std::string> sentences{
        t.trnf("The consensus meeting discussed {} subcriterion.", "The consensus meeting discussed {} subcriteria.",
               m.items_discussed, m.items_discussed),
        t.trf("It took {} in all.", duration)};
    if (m.repeated.empty()) {
        sentences.push_back(t.tr("Every subcriterion was agreed in the first rating round."));
    } else {
        std::string list;
        for (const MeetingItem& item : m.repeated) {
            if (!list.empty()) list += ", ";
            list += t.trnf("{} ({} round)", "{} ({} rounds)", item.rounds, item.node_code, item.rounds);
        }
        sentences.push_back(t.trnf("{} subcriterion needed more than one rating round: {}.",
                                   "{} subcriteria needed more than one rating round: {}.", m.repeated.size(),
                                   m.repeated.size(), list));
    }
    doc.paragraph(join_sentences(sentences, d.lang()));
}

}  // namespace

void write_process(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("The self-assessment process"));
    doc.heading(2, t.tr("Self-assessment group"));
    std::map<std::optional<Id>, std::array<int, 3>> by_department;
    for (const auto& m : d.members) by_department[m.department_id][static_cast<int>(m.role)] += 1;
    // Members without a department do not make a department (a small station has none).
    const std::size_t real_departments = by_department.size() - by_department.count(std::nullopt);
    doc.paragraph(join_sentences({t.trnf("The self-assessment group had {} member.", "The self-assessment group had {} members.",
                                         d.members.size(), d.members.size()),
                                  real_departments == 0
                                      ? std::string()
                                      : t.trnf("They came from {} department.", "They came from {} departments.",
                                               real_departments, real_departments),
                                  t.tr("Individual scores appear in this report only as anonymous distributions: no score is "
                                       "attributed to a person.")},
                                 d.lang()));

    Table composition;
    composition.columns = {4.2, 1.4, 1.2, 1.9, 0.9};
    const MemberRole roles[] = {MemberRole::facilitator, MemberRole::member, MemberRole::sponsor};
    composition.header = {t.tr("Department")};
    for (auto r : roles) composition.header.push_back(member_role_label(r, t));
    composition.header.push_back(t.tr("Total"));
    composition.align = {Align::left, Align::right, Align::right, Align::right, Align::right};
    std::array<int, 3> totals{};
    auto add_row = [&](const std::string& label, const std::array<int, 3>& counts, bool strong) {
        std::vector<std::string> row{label};
        for (int c : counts) row.push_back(std::to_string(c));
        row.push_back(std::to_string(counts[0] + counts[1] + counts[2]));
        composition.rows.push_back(row);
        composition.strong_rows.push_back(strong);
    };
    for (const auto& dep : d.departments)
        if (auto it = by_department.find(dep.id); it != by_department.end()) {
            add_row(dep.name + " (" + dep.code + ")", it->second, false);
            for (int i = 0; i < 3; ++i) totals[i] += it->second[i];
        }
    if (auto it = by_department.find(std::nullopt); it != by_department.end()) {
        add_row(t.tr("No department"), it->second, false);
        for (int i = 0; i < 3; ++i) totals[i] += it->second[i];
    }
    add_row(t.tr("Total"), totals, true);
    if (d.members.empty()) {
        doc.paragraph(t.tr("No members have been added to the group yet."));
    } else {
        doc.table(composition);
        write_member_list(doc, d);
    }


    doc.heading(2, t.tr("Dates"));
    doc.field(t.tr("Self-assessment started"), d.s.long_date(d.s.cycle.started_on));
    doc.field(t.tr("Report date"), d.s.long_date(d.s.date));
    doc.field(t.tr("Approved by management"), d.s.cycle.approved() ? d.s.long_date(d.s.cycle.approved_on) : t.tr("not yet"));
    if (d.previous) doc.field(t.tr("Previous self-assessment"), d.previous->cycle.label);
    write_meeting(doc, d);

    doc.heading(2, t.tr("Method"));
    doc.field(t.tr("Framework"), d.framework_name());
    if (d.method) {
        doc.field(t.tr("Scoring method"), d.method->title.get(d.lang()));
        if (!d.method->description.empty()) doc.paragraph(d.method->description.get(d.lang()));
    }
    doc.paragraph(join_sentences({t.tr("Each member first assessed every subcriterion alone, noting strengths, areas for "
                                       "improvement and a score. In the consensus meeting the group agreed on the "
                                       "strengths, areas for improvement and scores reported here; the subcriteria with "
                                       "the widest spread of individual scores were discussed first."),
                                  aggregation_sentence(d), t.tr("The scoring panels are in the annex.")},
                                 d.lang()));
    std::size_t done = 0, total = 0;
    for (const auto& m : d.summary.members) {
        done += m.completed;
        total += m.total;
    }
    doc.field(t.tr("Individual assessments completed"), t.trf("{} of {}", done, total));
    doc.field(t.tr("Subcriteria with consensus"), t.trf("{} of {}", d.summary.consensus_done, d.fw->assessable_count()));
}

void write_profile(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Score profile"));
    doc.paragraph(t.tr("Bars show the consensus score of each criterion and subcriterion; the whisker spans the lowest to "
                       "the highest individual score and the tick marks their mean."),
                  {8.5, Weight::regular, colors::muted});
    constexpr double radar_height = 330;
    ProfileChart chart;
    const Panel* first_panel = nullptr;
    for (const auto& n : d.fw->nodes()) {
        if (n.assessable && !first_panel) first_panel = d.panel(n);
        if (n.depth > 1 || (!n.assessable && n.depth > 0)) continue;
        ProfileRow row;
        row.label = d.title(n);
        row.strong = n.depth == 0 && !n.assessable;
        row.value = d.summary.consensus.node(n.code);
        row.value_text = d.score(row.value);
        row.previous = d.previous_score(n.code);
        if (const auto* s = d.summary.node(n.code); s && s->spread)
            row.range = ScoreRange{s->spread->min, s->spread->max, s->spread->mean};
        chart.rows.push_back(std::move(row));
    }
    chart.gridlines = band_gridlines(first_panel);
    if (first_panel) {
        chart.scale_min = first_panel->scale_min;
        chart.scale_max = first_panel->scale_max;
    }
    chart.legend_value = t.tr("Consensus");
    chart.legend_range = t.tr("Lowest to highest individual score");
    chart.legend_mean = t.tr("Mean");
    if (d.previous) chart.legend_previous = t.trf("Cycle {}", d.previous->cycle.label);
    draw_profile(doc, chart);

    doc.ensure(radar_height + 40);  // keep the heading with the chart
    doc.heading(2, t.tr("Criteria at a glance"));
    RadarChart radar;
    for (auto i : d.fw->roots()) {
        const auto& n = d.fw->nodes()[i];
        radar.labels.push_back(d.title(n));
        radar.current.push_back(d.summary.consensus.node(n.code));
        if (d.previous) radar.previous.push_back(d.previous_score(n.code));
    }
    radar.scale_min = chart.scale_min;
    radar.scale_max = chart.scale_max;
    radar.current_label = t.trf("Cycle {}", d.s.cycle.label);
    if (d.previous) radar.previous_label = t.trf("Cycle {}", d.previous->cycle.label);
    draw_radar(doc, radar, radar_height);

    if (d.previous) {
        doc.heading(2, t.trf("Comparison with cycle {}", d.previous->cycle.label));
        if (const std::string note = d.comparison_note(); !note.empty()) doc.paragraph(note);
        Table table;
        table.columns = {5, 1.4, 1.4, 1.4};
        table.header = {t.tr("Criterion"), d.previous->cycle.label, d.s.cycle.label, t.tr("Change")};
        table.align = {Align::left, Align::right, Align::right, Align::right};
        for (const auto& delta : compare_cycles(*d.fw, d.previous->consensus, d.comparison->current)) {
            const Node* n = d.fw->find(delta.code);
            if (!n || n->depth > 1) continue;
            table.rows.push_back({d.title(*n), d.score(delta.previous), d.score(delta.current), format_delta(delta.delta(), d.lang())});
            table.strong_rows.push_back(n->depth == 0);
        }
        doc.table(table);
    }
}

}  // namespace assessa::report
