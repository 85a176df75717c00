#include "exports/report/assessment_data.hpp"
#include "exports/report/process_pages.hpp"
#include "exports/report/report_options.hpp"

namespace assessa {

void write_assessment_report(const Project& project, const ReportOptions& options, const std::string& path) {
    using namespace report;
    report::progress(options, 0);
    const AssessmentData d = load_assessment(project, options);
    report::progress(options, 10);
    pdf::Document doc(document_info(project, d.s, d.t().tr("Self-assessment report")));
    write_cover(doc, d);
    doc.table_of_contents_here();
    write_executive_summary(doc, d);
    write_process(doc, d);
    write_organisation(doc, d);
    write_profile(doc, d);
    write_bench_comparison(doc, d);
    write_surveys(doc, d);
    report::progress(options, 25);
    const auto roots = d.fw->roots();
    for (std::size_t i = 0; i < roots.size(); ++i) {
        write_criterion(doc, d, d.fw->nodes()[roots[i]]);
        report::progress(options, 25 + static_cast<int>(50 * (i + 1) / roots.size()));
    }
    write_iso_view(doc, d);
    // The process register is ISO 9001 evidence: a framework without an ISO view (a station's
    // own checklist) gets the chapter only when the organisation has described processes.
    if (const ProcessData processes = load_processes(project, d.s); d.iso_mapping || !processes.processes.empty())
        write_process_summary(doc, processes);
    write_annex(doc, d);
    write_approval(doc, d);
    report::progress(options, 85);
    doc.save(path);
    report::progress(options, 100);
}

namespace report {

void write_cover(pdf::Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    const std::string method = d.method ? d.method->title.get(d.lang()) : d.s.cycle.method_id;
    const std::string status = d.s.cycle.approved()
                                   ? t.trf("Approved on {} by {}", d.s.long_date(d.s.cycle.approved_on), d.s.cycle.approved_by)
                                   : std::string(t.tr("Draft, not yet approved by management"));
    draw_cover(doc, d.project, t.tr("Self-assessment report"), d.fw->title().get(d.lang()) + " \u00b7 " + d.s.cycle.label,
               {{t.tr("Cycle"), d.s.cycle.label},
                {t.tr("Completeness"), consensus_completeness(d.summary.consensus.overall_coverage, t)},
                {t.tr("Framework"), d.framework_name()},
                {t.tr("Scoring method"), method},
                {t.tr("Period assessed"), d.org.period},
                {t.tr("Organisation"), d.org.name},
                {t.tr("Address"), d.org.address},
                {t.tr("Size"), d.org.size},
                {t.tr("Self-assessment started"), d.s.cycle.started_on.empty() ? "" : d.s.long_date(d.s.cycle.started_on)},
                {t.tr("Report date"), d.s.long_date(d.s.date)}},
               status);
}

}  // namespace report
}  // namespace assessa
