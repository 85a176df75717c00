// The self-assessment report's perception measurements: each survey of the cycle with its
// index, trend, dimensions, items and where to improve first (docs/surveys.md).

#include "exports/pdf/charts.hpp"
#include "exports/pdf/quadrant_chart.hpp"
#include "exports/report/assessment_data.hpp"
#include "model/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace assessa::report {

namespace colors = pdf::colors;

namespace {

std::string percent(double v, const std::string& lang) { return format_percent(static_cast<int>(std::lround(v)), lang); }

std::string mean_with_interval(const MeanEstimate& e, const std::string& lang) {
    if (e.n == 0) return "\u2013";
    std::string text = format_decimal(std::round(e.mean * 100) / 100, lang);
    if (e.ci_low && e.ci_high)
        text += fmt::format(" ({}\u2013{})", format_decimal(std::round(*e.ci_low * 100) / 100, lang),
                            format_decimal(std::round(*e.ci_high * 100) / 100, lang));
    return text;
}

// The interval of a mean on the questionnaire's scale, as 0-100 like the scores.
std::optional<pdf::ScoreRange> scaled_interval(const MeanEstimate& e, const ResponseScale& scale, double score) {
    if (!e.ci_low || !e.ci_high || scale.max <= scale.min) return std::nullopt;
    const auto scaled = [&](double v) { return std::clamp((v - scale.min) * 100.0 / (scale.max - scale.min), 0.0, 100.0); };
    return pdf::ScoreRange{scaled(*e.ci_low), scaled(*e.ci_high), score};
}

void write_facts(pdf::Document& doc, const AssessmentData& d, const SurveyEvidence& e) {
    const auto& t = d.t();
    const auto& q = *e.questionnaire;
    const pdf::Style facts{9, pdf::Weight::regular, colors::text};
    const Node* node = q.framework == d.fw->id() ? d.fw->find(q.evidence_for) : nullptr;
    doc.field(t.tr("Questionnaire"), q.title.get(d.lang()), 150, facts);
    doc.field(t.tr("Evidence for"), node ? d.title(*node) : q.evidence_for, 150, facts);
    doc.field(t.tr("Survey closed"), d.s.long_date(e.survey.conducted_on), 150, facts);
    doc.field(t.tr("Respondents"), std::to_string(e.statistics.respondents), 150, facts);
    std::string index = format_score(e.statistics.index, d.lang());
    if (e.trend.change)
        index.append(" ").append(t.trf("({} since {})", format_delta(e.trend.change, d.lang()),
                             d.s.long_date(e.trend.points[e.trend.points.size() - 2].conducted_on)));
    doc.field(t.tr("Satisfaction index"), index, 150, {9, pdf::Weight::bold, colors::text});
}

void write_dimensions(pdf::Document& doc, const AssessmentData& d, const SurveyEvidence& e) {
    const auto& t = d.t();
    const auto& q = *e.questionnaire;
    pdf::ProfileChart chart;
    for (const auto& dim : e.statistics.dimensions) {
        const auto* qd = q.dimension(dim.dimension_id);
        pdf::ProfileRow row;
        row.label = qd ? qd->title.get(d.lang()) : dim.dimension_id;
        if (dim.answer.n > 0) {
            row.value = dim.score;
            row.value_text = format_score(dim.score, d.lang());
            row.range = scaled_interval(dim.answer, q.scale, dim.score);
        } else {
            row.value_text = t.tr("no answers");
        }
        if (e.previous) {
            const auto& before = e.previous->dimensions;
            auto it = std::find_if(before.begin(), before.end(),
                                   [&](const DimensionStatistics& x) { return x.dimension_id == dim.dimension_id; });
            if (it != before.end() && it->answer.n > 0) row.previous = it->score;
        }
        chart.rows.push_back(std::move(row));
    }
    chart.gridlines = {25, 50, 75};
    chart.legend_value = t.tr("Score (0\u2013100)");
    chart.legend_range = t.tr("95% confidence interval");
    if (e.previous) chart.legend_previous = t.tr("Previous survey");
    draw_profile(doc, chart);
}

void write_items(pdf::Document& doc, const AssessmentData& d, const SurveyEvidence& e) {
    const auto& t = d.t();
    const auto& q = *e.questionnaire;
    pdf::Table table;
    table.columns = {0.5, 4.6, 0.7, 1.9, 1.2, 1.0, 1.0};
    table.header = {t.tr("No."), t.tr("Item"), t.tr("n"), t.trf("Mean ({}\u2013{}), 95% CI", q.scale.min, q.scale.max),
                    t.tr("Satisfied"), t.tr("Score"), t.tr("Change")};
    table.align = {pdf::Align::right, pdf::Align::left, pdf::Align::right, pdf::Align::right, pdf::Align::right,
                   pdf::Align::right, pdf::Align::right};
    for (std::size_t i = 0; i < e.statistics.items.size(); ++i) {
        const auto& it = e.statistics.items[i];
        const auto* item = q.item(it.item_id);
        std::string text = item ? item->text.get(d.lang()) : it.item_id;
        if (it.dont_know > 0) text.append(" ").append(t.trf("(\u201cdon't know\u201d: {})", it.dont_know));
        const bool answered = it.answer.n > 0;
        table.rows.push_back({std::to_string(i + 1), text, std::to_string(it.answer.n),
                              mean_with_interval(it.answer, d.lang()),
                              answered ? percent(it.percent_satisfied, d.lang()) : "\u2013",
                              answered ? format_score(it.score, d.lang()) : "\u2013",
                              format_delta(e.item_change(it.item_id), d.lang())});
    }
    doc.table(table);
}

void write_priorities(pdf::Document& doc, const AssessmentData& d, const SurveyEvidence& e) {
    const auto& t = d.t();
    const auto& st = e.statistics;
    if (st.priorities.size() < 2) return;
    doc.heading(3, t.tr("Importance and satisfaction"));
    doc.paragraph(t.tr("Each item by its importance (the weight in the index, relative to the most important item) "
                       "and its satisfaction score. The lines are the averages; items in the shaded quarter are "
                       "important and below average: improve these first."),
                  {8.5, pdf::Weight::regular, colors::muted});
    pdf::QuadrantChart chart;
    double importance_sum = 0, satisfaction_sum = 0;
    for (const auto& p : st.priorities) {
        importance_sum += p.importance;
        satisfaction_sum += p.satisfaction;
        const auto at = std::find_if(st.items.begin(), st.items.end(),
                                     [&](const ItemStatistics& i) { return i.item_id == p.item_id; });
        chart.points.push_back({std::to_string(at - st.items.begin() + 1), p.satisfaction, p.importance});
    }
    chart.x_split = satisfaction_sum / static_cast<double>(st.priorities.size());
    chart.y_split = importance_sum / static_cast<double>(st.priorities.size());
    chart.x_title = t.tr("Satisfaction (score 0\u2013100)");
    chart.y_title = t.tr("Importance");
    chart.quadrant_titles = {priority_quadrant_label(PriorityQuadrant::improve_first, t),
                             priority_quadrant_label(PriorityQuadrant::keep_up, t),
                             priority_quadrant_label(PriorityQuadrant::watch, t),
                             priority_quadrant_label(PriorityQuadrant::maintain, t)};
    draw_quadrant_chart(doc, chart, 230);

    std::vector<std::string> first;
    for (const auto& p : st.priorities)
        if (p.quadrant == PriorityQuadrant::improve_first)
            if (const auto* item = e.questionnaire->item(p.item_id))
                first.push_back(t.trf("{} ({})", item->text.get(d.lang()), format_score(p.satisfaction, d.lang())));
    if (!first.empty()) {
        doc.paragraph(t.tr("Improve first:"), {9, pdf::Weight::bold, colors::text});
        doc.bullets(first);
    }
}

}  // namespace

void write_surveys(pdf::Document& doc, const AssessmentData& d) {
    if (d.surveys.empty()) return;
    const auto& t = d.t();
    doc.heading(1, t.tr("Perception measurements"));
    doc.paragraph(join_sentences({t.tr("What citizens, clients and staff said in surveys, as evidence for the results "
                                       "criteria."),
                                  t.tr("The satisfaction index is the weighted mean of the items' mean answers, each "
                                       "scaled to 0\u2013100; \u201cdon't know\u201d and blank answers are left out."),
                                  t.tr("Satisfied means one of the two highest answers.")},
                                 d.lang()),
                  {8.5, pdf::Weight::regular, colors::muted});
    for (const auto& e : d.surveys) {
        doc.heading(2, e.survey.title);
        write_facts(doc, d, e);
        doc.vspace(4);
        write_dimensions(doc, d, e);
        write_items(doc, d, e);
        write_priorities(doc, d, e);
    }
}

}  // namespace assessa::report
