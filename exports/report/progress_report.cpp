#include "exports/report/progress_charts.hpp"
#include "exports/report/report_common.hpp"
#include "model/calendar_date.hpp"
#include "model/number_format.hpp"
#include "model/progress_review.hpp"

#include <algorithm>
#include <cmath>

namespace assessa {

namespace report {

using namespace pdf;

namespace {

struct ProgressData {
    const Project& project;
    Settings s;
    ImprovementPlan plan;
    std::vector<ProgressReview> reviews;  // by date
    std::vector<Department> departments;

    const Translator& t() const { return s.t; }
    const std::string& lang() const { return s.lang; }
};

ProgressData load(const Project& project, const ReportOptions& options, const std::string& review_date) {
    Settings settings = resolve(project, options);
    const Cycle cycle = settings.cycle;
    auto plan = project.plan(cycle.id);
    if (!plan) throw ReportError(trf("{}: cycle {} has no improvement plan yet", project.path(), cycle.label));
    auto reviews = project.progress_reviews(cycle.id);
    if (reviews.empty()) throw ReportError(trf("{}: cycle {} has no progress review yet", project.path(), cycle.label));
    if (!review_date.empty() && !is_iso_date(review_date))
        throw ReportError(trf("the review date \"{}\" is not a date in the form YYYY-MM-DD", review_date));
    if (!review_date.empty() && !find_review(reviews, review_date))
        throw ReportError(trf("{}: cycle {} has no progress review on {}", project.path(), cycle.label, review_date));
    std::sort(reviews.begin(), reviews.end(), [](const auto& a, const auto& b) { return a.held_on < b.held_on; });
    return ProgressData{project, std::move(settings), *plan, std::move(reviews), project.departments()};
}

std::string percent(double value, const std::string& lang) {
    return format_percent(static_cast<int>(std::lround(value)), lang);
}

std::string department_name(const ProgressData& d, const std::string& code) {
    if (code.empty()) return d.t().tr("No leading department");
    for (const auto& dep : d.departments)
        if (dep.code == code) return dep.name + " (" + dep.code + ")";
    return code;
}

// The departments leading actions in the review: in the project's order, then codes the
// project no longer has, then actions without a leader.
std::vector<std::string> departments_in(const ProgressData& d, const ProgressReview& r) {
    std::vector<std::string> codes;
    auto add = [&](const std::string& code) {
        if (std::find(codes.begin(), codes.end(), code) != codes.end()) return;
        for (const auto& a : r.actions)
            if (a.department == code) {
                codes.push_back(code);
                return;
            }
    };
    for (const auto& dep : d.departments) add(dep.code);
    for (const auto& a : r.actions)
        if (!a.department.empty()) add(a.department);
    add("");
    return codes;
}

std::string milestones_text(const ReviewedAction& a, const Translator& t) {
    return t.trf("{} of {}", a.milestones_done, a.milestones);
}

std::string status_text(const ReviewedAction& a, const Translator& t, const std::string& lang) {
    std::string s = action_status_label(a.status, t);
    if (a.status != ActionStatus::done && a.status != ActionStatus::cancelled) s.append(" ").append(format_percent(a.progress, lang));
    return s;
}

void write_cover(Document& doc, const ProgressData& d, const std::vector<const ProgressReview*>& shown) {
    const auto& t = d.t();
    const auto end = d.plan.ends_on();
    const std::string status = d.plan.approved ? t.trf("Plan version {}, approved on {}", d.plan.version, d.s.long_date(d.plan.approved_on))
                                               : t.trf("Plan version {}, draft", d.plan.version);
    std::string reviews;
    for (const auto* r : shown) reviews.append(reviews.empty() ? "" : ", ").append(d.s.long_date(r->held_on));
    draw_cover(doc, d.project, t.tr("Progress report"),
               t.trf("Implementation of the improvement plan after the self-assessment {}", d.s.cycle.label),
               {{t.tr("Organisation"), d.project.organisation().name},
                {t.tr("Self-assessment cycle"), d.s.cycle.label},
                {t.tr("Plan horizon"), t.trf("{} to {}", d.s.long_date(d.plan.starts_on), d.s.long_date(end ? end->to_string() : ""))},
                {shown.size() == 1 ? t.tr("Review") : t.tr("Reviews"), reviews},
                {t.tr("Report date"), d.s.long_date(d.s.date)}},
               status);
}

void write_overview(Document& doc, const ProgressData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Reviews so far"));
    doc.paragraph(t.trnf("The plan has been reviewed {} time. The table and the chart show where its actions stood at "
                         "each review, oldest first.",
                         "The plan has been reviewed {} times. The table and the chart show where its actions stood at "
                         "each review, oldest first.",
                         d.reviews.size(), d.reviews.size()));
    Table table;
    table.columns = {1.5, 2.2, 1.25, 1.25, 1.25, 1.4, 1.4, 1.3};
    table.header = {t.tr("Review"), t.tr("Reviewer")};
    for (auto s : all_review_standings) table.header.emplace_back(review_standing_label(s, t));
    table.header.emplace_back(t.tr("Mean progress"));
    table.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right, Align::right, Align::right};
    table.style.size = 8;
    StandingsChart chart;
    for (const auto& r : d.reviews) {
        const auto c = review_counts(r);
        std::vector<std::string> row{d.s.short_date(r.held_on), r.reviewer};
        std::vector<int> values;
        for (auto s : all_review_standings) {
            row.push_back(std::to_string(c.standings.at(s)));
            values.push_back(c.standings.at(s));
        }
        row.push_back(percent(c.mean_progress, d.lang()));
        table.rows.push_back(std::move(row));
        chart.rows.push_back({d.s.short_date(r.held_on), std::move(values)});
    }
    doc.table(table);
    for (auto s : all_review_standings) chart.legend.emplace_back(review_standing_label(s, t));
    doc.vspace(8);
    draw_standings_chart(doc, chart);
}

void write_counts(Document& doc, const ProgressData& d, const ProgressReview& r, const ReviewCounts& c) {
    const auto& t = d.t();
    std::vector<std::string> sentences{
        t.trnf("On {} {} reviewed {} action of the plan.", "On {} {} reviewed {} actions of the plan.", c.actions,
               d.s.long_date(r.held_on), r.reviewer.empty() ? std::string(t.tr("the reviewer")) : r.reviewer, c.actions),
        t.trf("{} on track, {} late, {} done, {} postponed and {} cancelled; the mean progress of the actions not "
              "cancelled is {}.",
              c.standings.at(ReviewStanding::on_track), c.standings.at(ReviewStanding::late), c.standings.at(ReviewStanding::done),
              c.standings.at(ReviewStanding::postponed), c.standings.at(ReviewStanding::cancelled), percent(c.mean_progress, d.lang()))};
    if (c.milestones > 0)
        sentences.push_back(t.trnf("{} of {} milestone due by then was met.", "{} of {} milestones due by then were met.",
                                   c.milestones, c.milestones_done, c.milestones));
    if (c.indicators > 0)
        sentences.push_back(t.trnf("Of {} indicator, {} met its target, {} did not and {} was not measured.",
                                   "Of {} indicators, {} met their target, {} did not and {} were not measured.", c.indicators,
                                   c.indicators, c.indicators_met, c.indicators_not_met, c.indicators_not_measured));
    doc.paragraph(join_sentences(sentences, d.lang()));

    Table table;
    table.columns = {4, 1.2};
    table.header = {t.tr("Standing"), t.tr("Actions")};
    table.align = {Align::left, Align::right};
    for (auto s : all_review_standings) table.rows.push_back({review_standing_label(s, t), std::to_string(c.standings.at(s))});
    table.rows.push_back({t.tr("Total"), std::to_string(c.actions)});
    table.strong_rows.assign(table.rows.size(), false);
    table.strong_rows.back() = true;
    table.width = 260;
    doc.table(table);
}

void write_milestones(Document& doc, const ProgressData& d, const ProgressReview& r, const ReviewCounts& c) {
    const auto& t = d.t();
    doc.heading(2, t.tr("Milestones met"));
    if (c.milestones == 0) {
        doc.paragraph(t.tr("No milestone was due by this review."));
        return;
    }
    Table table;
    table.columns = {0.9, 6, 1.6, 1.6};
    table.header = {t.tr("Code"), t.tr("Action"), t.tr("Milestones met"), t.tr("Standing")};
    table.align = {Align::left, Align::left, Align::right, Align::left};
    table.style.size = 8;
    for (const auto& a : r.actions)
        if (a.milestones > 0)
            table.rows.push_back({a.code, a.title, milestones_text(a, t), review_standing_label(review_standing(a, r.held_on), t)});
    doc.table(table);
}

void write_indicators(Document& doc, const ProgressData& d, const ProgressReview& r) {
    const auto& t = d.t();
    doc.heading(2, t.tr("Indicators against their targets"));
    Table table;
    table.columns = {0.9, 3.4, 3, 1.4, 1.4, 1.8};
    table.header = {t.tr("Code"), t.tr("Action"), t.tr("Indicator"), t.tr("Target"), t.tr("Value"), t.tr("Result")};
    table.style.size = 8;
    for (const auto& a : r.actions) {
        if (a.indicator.empty() && a.target.empty()) continue;
        table.rows.push_back({a.code, a.title, a.indicator, a.target, a.value.empty() ? std::string("\u2013") : a.value,
                              indicator_result_label(compare_indicator(a.target, a.value), t)});
    }
    if (table.rows.empty()) {
        doc.paragraph(t.tr("No action of the plan has an indicator."));
        return;
    }
    doc.table(table);
}

void write_departments(Document& doc, const ProgressData& d, const ProgressReview& r) {
    const auto& t = d.t();
    doc.heading(2, t.tr("Per department"));
    Table table;
    table.columns = {3.2, 1.3, 1.25, 1.1, 1.1, 1.4, 1.4, 1.3};
    table.header = {t.tr("Leading department"), t.tr("Actions")};
    for (auto s : all_review_standings) table.header.emplace_back(review_standing_label(s, t));
    table.header.emplace_back(t.tr("Mean progress"));
    table.align.assign(table.columns.size(), Align::right);
    table.align.front() = Align::left;
    table.style.size = 8;
    for (const auto& code : departments_in(d, r)) {
        const auto c = review_counts(r, code);
        std::vector<std::string> row{department_name(d, code), std::to_string(c.actions)};
        for (auto s : all_review_standings) row.push_back(std::to_string(c.standings.at(s)));
        row.push_back(percent(c.mean_progress, d.lang()));
        table.rows.push_back(std::move(row));
    }
    doc.table(table);
}

void write_change(Document& doc, const ProgressData& d, const ProgressReview& r, const ReviewCounts& now) {
    const auto& t = d.t();
    doc.ensure(360);  // the heading, the table and the chart on one page
    doc.heading(2, t.tr("Change since the previous review"));
    const ProgressReview* before = previous_review(d.reviews, r);
    if (!before) {
        doc.paragraph(t.tr("This is the first review of the plan; there is no earlier one to compare with."));
        return;
    }
    const auto then = review_counts(*before);
    doc.paragraph(t.trf("Compared with the review of {}: mean progress went from {} to {}.", d.s.long_date(before->held_on),
                        percent(then.mean_progress, d.lang()), percent(now.mean_progress, d.lang())));
    Table table;
    table.columns = {2.6, 1.6, 1.6, 1.2};
    table.header = {t.tr("Standing"), d.s.short_date(before->held_on), d.s.short_date(r.held_on), t.tr("Change")};
    table.align = {Align::left, Align::right, Align::right, Align::right};
    ComparisonChart chart;
    chart.before_label = d.s.short_date(before->held_on);
    chart.after_label = d.s.short_date(r.held_on);
    for (auto s : all_review_standings) {
        const int b = then.standings.at(s), a = now.standings.at(s);
        table.rows.push_back({review_standing_label(s, t), std::to_string(b), std::to_string(a),
                              a == b ? std::string("0") : std::string(a > b ? "+" : "\u2212").append(std::to_string(std::abs(a - b)))});
        chart.groups.push_back({review_standing_label(s, t), b, a});
    }
    table.width = 380;
    doc.table(table);
    doc.vspace(6);
    draw_comparison_chart(doc, chart);

    const auto changes = review_changes(*before, r);
    Table moved;
    moved.columns = {0.9, 4.5, 2.2, 2.2};
    moved.header = {t.tr("Code"), t.tr("Action"), d.s.short_date(before->held_on), d.s.short_date(r.held_on)};
    moved.style.size = 8;
    for (const auto& ch : changes) {
        const auto& shown = ch.after ? *ch.after : *ch.before;
        const std::string was = ch.before ? status_text(*ch.before, t, d.lang()) : std::string(t.tr("Not in the plan"));
        const std::string is = ch.after ? status_text(*ch.after, t, d.lang()) : std::string(t.tr("No longer in the plan"));
        if (was == is) continue;  // only a comment or a value changed
        moved.rows.push_back({ch.code, shown.title, was, is});
    }
    doc.heading(2, t.tr("Actions that moved"));
    if (moved.rows.empty())
        doc.paragraph(t.tr("No action changed its status or progress since the previous review."));
    else
        doc.table(moved);
}

// Why a late action is late: its due date passed, or a milestone due by the review is not met.
std::string late_because(const ReviewedAction& a, const ProgressData& d, const std::string& held_on) {
    const auto& t = d.t();
    std::vector<std::string> reasons;
    const auto due = CalendarDate::parse(a.due_on);
    const auto review = CalendarDate::parse(held_on);
    if (due && review && *due < *review) reasons.push_back(t.trf("Due on {}", d.s.short_date(a.due_on)));
    if (a.milestones_done < a.milestones)
        reasons.push_back(t.trf("Milestones met: {} of {}", a.milestones_done, a.milestones));
    std::string out;
    for (const auto& r : reasons) out.append(out.empty() ? "" : "; ").append(r);
    return out;
}

void write_late(Document& doc, const ProgressData& d, const ProgressReview& r) {
    const auto& t = d.t();
    doc.heading(2, t.tr("Late actions"));
    Table table;
    table.columns = {0.9, 3.0, 1.3, 2.3, 1.1, 3.0};
    table.header = {t.tr("Code"), t.tr("Action"), t.tr("Lead"), t.tr("Late because"), t.tr("Progress"), t.tr("Comment")};
    table.style.size = 8;
    for (const auto& a : r.actions)
        if (review_standing(a, r.held_on) == ReviewStanding::late)
            table.rows.push_back({a.code, a.title, a.department.empty() ? std::string("\u2013") : a.department,
                                  late_because(a, d, r.held_on), format_percent(a.progress, d.lang()),
                                  a.comment.empty() ? std::string("\u2013") : a.comment});
    if (table.rows.empty())
        doc.paragraph(t.tr("No action was late at this review."));
    else
        doc.table(table);
}

void write_review(Document& doc, const ProgressData& d, const ProgressReview& r) {
    const auto& t = d.t();
    doc.heading(1, t.trf("Review of {}", d.s.long_date(r.held_on)));
    const auto c = review_counts(r);
    write_counts(doc, d, r, c);
    write_milestones(doc, d, r, c);
    write_indicators(doc, d, r);
    write_departments(doc, d, r);
    write_change(doc, d, r, c);
    write_late(doc, d, r);
    doc.heading(2, t.tr("Management's conclusions"));
    doc.paragraph(r.conclusions.empty() ? std::string(t.tr("No conclusions were recorded.")) : r.conclusions);
}

}  // namespace
}  // namespace report

void write_progress_report(const Project& project, const ReportOptions& options, const std::string& review_date,
                           const std::string& path) {
    using namespace report;
    report::progress(options, 0);
    const ProgressData d = load(project, options, review_date);
    std::vector<const ProgressReview*> shown;
    if (!review_date.empty())
        shown.push_back(find_review(d.reviews, review_date));
    else
        for (auto r = d.reviews.rbegin(); r != d.reviews.rend(); ++r) shown.push_back(&*r);
    pdf::Document doc(document_info(project, d.s, d.t().tr("Progress report")));
    write_cover(doc, d, shown);
    doc.table_of_contents_here();
    write_overview(doc, d);
    report::progress(options, 20);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        write_review(doc, d, *shown[i]);
        report::progress(options, 20 + static_cast<int>(70 * (i + 1) / shown.size()));
    }
    doc.save(path);
    report::progress(options, 100);
}

}  // namespace assessa
