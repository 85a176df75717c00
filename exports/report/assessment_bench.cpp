// The self-assessment report's comparison with a benchlearning network's set.

#include "exports/pdf/charts.hpp"
#include "exports/report/assessment_data.hpp"
#include "exports/report/bench_chart.hpp"
#include "model/bench_statistics.hpp"
#include "model/number_format.hpp"

namespace assessa::report {

void write_bench_comparison(pdf::Document& doc, const AssessmentData& d) {
    using namespace pdf;
    if (!d.bench) return;
    const auto& t = d.t();
    const BenchSet& set = d.bench->set;
    doc.heading(1, bench_comparison_title(set, t));
    const auto comparison = compare_with_set(*d.fw, d.summary.consensus, set);
    if (comparison.too_few) {
        doc.paragraph(too_few_sentence(comparison.institutions, t));
        return;
    }
    const Style facts{9, Weight::regular, colors::text};
    doc.field(t.tr("Comparison set"), d.bench->source_name, 150, facts);
    doc.field(t.tr("Imported on"), d.s.long_date(d.bench->imported_at.substr(0, 10)), 150, facts);
    doc.vspace(4);
    doc.paragraph(join_sentences({box_plot_explanation(t), std::string(t.tr("The diamond marks this organisation's consensus score.")),
                                  std::string(t.tr("CAF advises using such comparisons to find whom to learn from, not to rank "
                                                   "organisations."))},
                                 d.lang()),
                  {8.5, Weight::regular, colors::muted});

    BoxPlotChart chart;
    chart.value_width = 120;
    chart.value_header = t.tr("This organisation");
    const Panel* first_panel = nullptr;
    for (const auto& c : comparison.nodes) {
        const Node* n = d.fw->find(c.stats.code);
        if (!n) continue;
        if (n->assessable && !first_panel) first_panel = d.panel(*n);
        if (n->depth != 0) continue;  // per criterion
        BoxRow row = box_row(c.stats, d.title(*n), t);
        row.mark = c.own;
        row.dots.clear();
        if (c.quarter) row.value_text = d.score(c.own) + " \u00b7 " + bench_quarter_label(*c.quarter, t);
        else if (c.own) row.value_text = d.score(c.own);
        else row.value_text = t.tr("not scored");
        chart.rows.push_back(std::move(row));
    }
    chart.gridlines = band_gridlines(first_panel);
    if (first_panel) {
        chart.scale_min = first_panel->scale_min;
        chart.scale_max = first_panel->scale_max;
    }
    chart.legend_box = t.tr("Middle half of the institutions, with the median");
    chart.legend_whiskers = t.tr("Lowest to highest");
    chart.legend_mark = t.tr("This organisation");
    draw_box_plot(doc, chart);

    doc.heading(2, t.tr("Candidates for learning from others"));
    if (comparison.learning_candidates.empty()) {
        doc.paragraph(t.tr("No subcriterion is in the lowest quarter of the set."));
        return;
    }
    doc.paragraph(t.tr("In these subcriteria the organisation's consensus score is below the set's first quartile: "
                       "institutions of the network may have practices worth learning from."));
    Table table;
    table.columns = {5, 1.3, 1.3, 1.3};
    table.header = {t.tr("Subcriterion"), t.tr("Score"), t.tr("First quartile"), t.tr("Median")};
    table.align = {Align::left, Align::right, Align::right, Align::right};
    for (const auto& code : comparison.learning_candidates)
        for (const auto& c : comparison.nodes)
            if (c.stats.code == code) {
                const Node* n = d.fw->find(code);
                table.rows.push_back({n ? d.title(*n) : code, d.score(c.own), d.score(c.stats.distribution->q1),
                                      d.score(c.stats.distribution->median)});
            }
    doc.table(table);
}

}  // namespace assessa::report
