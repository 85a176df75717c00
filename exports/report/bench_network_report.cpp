// The anonymous overview of a benchlearning network's comparison set.

#include "exports/pdf/charts.hpp"
#include "exports/report/bench_chart.hpp"
#include "exports/report/report_common.hpp"
#include "exports/report/report_options.hpp"
#include "frameworks/localized_text.hpp"
#include "model/bench_statistics.hpp"
#include "model/calendar_date.hpp"
#include "model/date_format.hpp"
#include "model/number_format.hpp"

#include <algorithm>
#include <map>

namespace assessa {

namespace {

using namespace pdf;

struct NetworkReport {
    const Framework& fw;
    const BenchSet& set;
    std::string lang;
    Translator t;
    std::string date;

    std::string node_title(const Node& n) const { return n.code + " " + n.title.get(lang); }
    std::string method_title() const {
        const Method* m = fw.find_method(set.method_id);
        return m ? m->title.get(lang) : set.method_id;
    }
    std::string framework_name() const {
        std::string title = fw.title().get(lang);
        if (title.find(fw.version()) != std::string::npos) return title;
        return title + " (" + fw.version() + ")";
    }
    // "Social services: 3, Education: 2", the most frequent first.
    std::string types_with_counts() const {
        std::map<InstitutionType, int> counts;
        for (const auto& s : set.submissions) ++counts[s.profile.type];
        std::vector<std::pair<InstitutionType, int>> list(counts.begin(), counts.end());
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        std::string out;
        for (const auto& [type, n] : list) {
            if (!out.empty()) out += lang == "zh" ? "\uff1b" : "; ";
            out += t.trf("{}: {}", institution_type_label(type, t), n);
        }
        return out;
    }
};

void write_title_page(Document& doc, const NetworkReport& r, const BenchReportOptions& options) {
    const auto& t = r.t;
    doc.add_page(Orientation::portrait, false);
    doc.fill_rect(0, doc.page_height() - 190, doc.page_width(), 190, colors::accent);
    doc.set_cursor(doc.page_height() - 80);
    doc.draw_text(doc.left(), doc.cursor(), t.tr("Benchlearning network"), {13, Weight::regular, colors::white});
    doc.set_cursor(doc.page_height() - 250);
    const Style title_style{26, Weight::bold, colors::accent};
    for (const auto& l : doc.wrap(t.tr("Network overview of self-assessment results"), doc.content_width(), title_style)) {
        doc.move_down(title_style.size);
        doc.draw_text(doc.left(), doc.cursor(), l, title_style);
        doc.move_down(8);
    }
    doc.vspace(6);
    doc.paragraph(bench_comparison_title(r.set, t), {13, Weight::regular, colors::text});
    doc.vspace(24);
    const Style facts{10, Weight::regular, colors::text};
    doc.field(t.tr("Framework"), r.framework_name(), 150, facts);
    doc.field(t.tr("Scoring method"), r.method_title(), 150, facts);
    doc.field(t.tr("Institutions"), std::to_string(r.set.submissions.size()), 150, facts);
    doc.field(t.tr("Types of institution"), r.types_with_counts(), 150, facts);
    doc.field(t.tr("Years assessed"), bench_set_years(r.set), 150, facts);
    if (!r.set.merged_at.empty())
        doc.field(t.tr("Set merged on"), format_iso_date_long(r.set.merged_at.substr(0, 10), r.lang), 150, facts);
    if (!options.source_name.empty()) doc.field(t.tr("Comparison set"), options.source_name, 150, facts);
    doc.field(t.tr("Report date"), format_iso_date_long(r.date, r.lang), 150, facts);
    doc.vspace(16);
    doc.paragraph(t.tr("The set holds each institution's consensus scores without names, texts or individual scores; "
                       "no institution is singled out. No figures are given for fewer than five institutions."),
                  {8.5, Weight::regular, colors::muted});
}

std::vector<double> gridlines(const Framework& fw, const std::string& method_id, double& lo, double& hi) {
    for (auto i : fw.assessable_nodes())
        if (const Panel* p = fw.panel_for(fw.nodes()[i], method_id)) {
            lo = p->scale_min;
            hi = p->scale_max;
            std::vector<double> out;
            for (std::size_t b = 0; b + 1 < p->bands.size(); ++b) out.push_back(p->bands[b].max);
            return out;
        }
    return {10, 30, 50, 70, 90};
}

void write_distribution(Document& doc, const NetworkReport& r, const BenchOverview& overview) {
    const auto& t = r.t;
    doc.heading(1, t.tr("Distribution of the scores"));
    doc.paragraph(report::join_sentences({report::box_plot_explanation(t), std::string(t.tr("Each dot is one institution's score."))}, r.lang),
                  {8.5, Weight::regular, colors::muted});
    BoxPlotChart chart;
    chart.gridlines = gridlines(r.fw, r.set.method_id, chart.scale_min, chart.scale_max);
    for (const auto& s : overview.nodes) {
        const Node* n = r.fw.find(s.code);
        BoxRow row = report::box_row(s, r.node_title(*n), t);
        row.strong = n->depth == 0;
        row.value_text = s.distribution ? format_score(s.distribution->median, r.lang) : "\u2013";
        chart.rows.push_back(std::move(row));
    }
    chart.legend_box = t.tr("Middle half of the institutions, with the median");
    chart.legend_whiskers = t.tr("Lowest to highest");
    chart.legend_dots = t.tr("One institution");
    chart.value_header = t.tr("Median");
    chart.value_width = 48;
    draw_box_plot(doc, chart);
}

void write_figures(Document& doc, const NetworkReport& r, const BenchOverview& overview) {
    const auto& t = r.t;
    doc.heading(1, t.tr("Figures per criterion and subcriterion"));
    Table table;
    table.columns = {4.6, 0.8, 1, 1, 1, 1, 1};
    table.header = {t.tr("Criterion or subcriterion"), t.tr("Count"), t.tr("Min"), t.tr("First quartile"),
                    t.tr("Median"),           t.tr("Third quartile"), t.tr("Max")};
    table.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right, Align::right};
    bool any_too_few = false;
    for (const auto& s : overview.nodes) {
        const Node* n = r.fw.find(s.code);
        std::vector<std::string> row{r.node_title(*n), std::to_string(s.institutions)};
        if (const auto& d = s.distribution) {
            for (double v : {d->min, d->q1, d->median, d->q3, d->max}) row.push_back(format_score(v, r.lang));
        } else {
            any_too_few = true;
            for (int i = 0; i < 5; ++i) row.push_back("*");
        }
        table.rows.push_back(std::move(row));
        table.strong_rows.push_back(n->depth == 0);
    }
    doc.table(table);
    if (any_too_few)
        doc.paragraph(t.trf("* too few to compare anonymously: fewer than {} institutions scored it",
                            bench_minimum_institutions),
                      {8.5, Weight::regular, colors::muted});
    doc.paragraph(t.tr("Quartiles are interpolated between the ordered scores, as Excel's QUARTILE.INC does."),
                  {8.5, Weight::regular, colors::muted});
}

}  // namespace

void write_bench_network_report(const Framework& fw, const BenchSet& set, const BenchReportOptions& options,
                                const std::string& path) {
    const std::string lang = normalize_language(options.language.empty() ? "en" : options.language);
    const auto& shipped = Translator::shipped_languages();
    if (std::find(shipped.begin(), shipped.end(), lang) == shipped.end())
        throw ReportError(trf("unknown report language \"{}\" (use en, lt or zh)", options.language));
    if (!options.date.empty() && !is_iso_date(options.date))
        throw ReportError(trf("the date \"{}\" is not a date in the form YYYY-MM-DD", options.date));
    if (fw.id() != set.framework_id || fw.version() != set.framework_version)
        throw ReportError(trf("the comparison set is on {} {}, not on {} {}", set.framework_id, set.framework_version, fw.id(),
                              fw.version()));
    const NetworkReport r{fw, set, lang, Translator::for_language(lang),
                          options.date.empty() ? now_utc().substr(0, 10) : options.date};
    const auto& t = r.t;

    DocumentInfo info;
    info.title = t.tr("Network overview of self-assessment results");
    info.subject = bench_comparison_title(set, t);
    info.author = "Assessa";
    info.keywords = "CAF, benchlearning";
    info.date = r.date;
    info.header_left = info.title;
    info.header_right = r.framework_name();
    info.footer_left = t.trf("Generated on {}", format_iso_date_long(r.date, lang));
    info.page_of_pages = t.tr("Page {} of {}");
    info.contents_title = t.tr("Contents");
    Document doc(info);
    write_title_page(doc, r, options);
    const auto overview = bench_overview(fw, set);
    if (overview.too_few) {
        doc.heading(1, t.tr("Too few to compare anonymously"));
        doc.paragraph(report::too_few_sentence(overview.institutions, t));
    } else {
        write_distribution(doc, r, overview);
        write_figures(doc, r, overview);
    }
    doc.save(path);
}

}  // namespace assessa
