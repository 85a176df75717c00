// "plan review" and "plan progress-report": CAF step 9 without the desktop program. A review is
// prefilled from the plan as the desktop program's review dialog does, and recorded through the
// same undoable edit.

#include "app/cli/commands.hpp"
#include "exports/report/report_options.hpp"
#include "i18n/translator.hpp"
#include "model/date_format.hpp"
#include "model/progress_review.hpp"
#include "model/steps_edits.hpp"

#include <algorithm>
#include <ostream>

namespace assessa::cli {

namespace {

struct ReviewOptions {
    std::string file, cycle, date, reviewer, conclusions;
    std::vector<std::string> values;  // CODE=VALUE
};

void record_review(Context& ctx, const ReviewOptions& o) {
    const auto held_on = parse_typed_date(o.date);
    if (!held_on)
        return ctx.fail(trf("--date {}: {}", o.date, typed_date_problem(o.date, Translator::current().language())), 2);
    if (o.reviewer.find_first_not_of(" \t") == std::string::npos) return ctx.fail(tr("--reviewer: give the reviewer's name"), 2);
    std::vector<std::pair<std::string, std::string>> values;
    for (const auto& v : o.values) {
        const auto eq = v.find('=');
        if (eq == std::string::npos || eq == 0)
            return ctx.fail(trf("--value {}: write it as CODE=VALUE, e.g. A-01=85 %", v), 2);
        values.emplace_back(v.substr(0, eq), v.substr(eq + 1));
    }
    auto p = open_project(ctx, o.file, Project::Mode::read_write);
    if (!p) return;
    const auto cycle = select_cycle(ctx, *p, o.file, o.cycle);
    if (!cycle) return;
    const std::string date = held_on->to_string();
    if (find_review(p->progress_reviews(cycle->id), date))
        return ctx.fail(trf("{}: cycle {} already has a progress review on {}", o.file, cycle->label, date));
    try {
        ProgressReview review = review_from_plan(*p, cycle->id, date, o.reviewer);
        review.conclusions = o.conclusions;
        for (const auto& entry : values) {
            const std::string& code = entry.first;
            auto it = std::find_if(review.actions.begin(), review.actions.end(), [&code](const auto& a) { return a.code == code; });
            if (it == review.actions.end())
                return ctx.fail(trf("{}: no action \"{}\" in the plan of cycle {}", o.file, code, cycle->label));
            it->value = entry.second;
        }
        EditHistory history(*p);
        history.perform(edit_add_progress_review(review));
        const auto c = review_counts(review);
        ctx.out << trnf("Recorded the progress review of {} in cycle {}: {} action", "Recorded the progress review of {} in cycle {}: {} actions",
                        c.actions, date, cycle->label, c.actions)
                << '\n';
        for (auto s : all_review_standings) ctx.out << "  " << review_standing_label(s) << ": " << c.standings.at(s) << '\n';
    } catch (const InvalidEdit& e) {
        ctx.fail(trf("{}: {}", o.file, e.what()));
    } catch (const ProjectError& e) {
        ctx.fail(e.what());
    }
}

struct ProgressReportOptions {
    std::string file, output, review, language, cycle, date;
};

}  // namespace

void add_progress_commands(CLI::App& plan, Context& ctx) {
    auto r = std::make_shared<ReviewOptions>();
    auto* review = plan.add_subcommand("review", tr("Record a progress review of the plan (CAF step 9), prefilled from the plan"));
    review->footer(tr("Every action's status, progress, milestones and newest comment are taken from the plan as it stands; "
                      "indicator values are carried from the previous review unless given with --value."));
    review->add_option("FILE", r->file, tr("The project file"))->required();
    review->add_option("--date", r->date, tr("Date of the review, e.g. 2027-03-31"))->required();
    review->add_option("--reviewer", r->reviewer, tr("Who reviewed the plan"))->required();
    review->add_option("--conclusions", r->conclusions, tr("Management's conclusions"));
    review->add_option("--value", r->values, tr("An indicator's value as CODE=VALUE, e.g. A-01=85 %; repeat for several"));
    review->add_option("--cycle", r->cycle, tr("Cycle whose plan to review (default: the newest)"));
    review->callback([&ctx, r] { record_review(ctx, *r); });

    auto o = std::make_shared<ProgressReportOptions>();
    auto* report = plan.add_subcommand("progress-report", tr("Write the progress report of the plan's reviews as PDF"));
    report->add_option("FILE", o->file, tr("The project file"))->required();
    report->add_option("-o,--output", o->output, tr("The PDF file to write"))->required();
    report->add_option("--review", o->review, tr("Only the review of this date, YYYY-MM-DD (default: every review, newest first)"));
    report->add_option("--language", o->language, tr("Language of the report: en, lt or zh (default: the project's)"));
    report->add_option("--cycle", o->cycle, tr("The cycle to report on (default: the newest)"));
    report->add_option("--date", o->date, tr("Date printed on the report, YYYY-MM-DD (default: today)"));
    report->callback([&ctx, o] {
        auto p = open_project(ctx, o->file, Project::Mode::read_only);
        if (!p) return;
        ReportOptions options;
        options.language = o->language;
        options.cycle_label = o->cycle;
        options.date = o->date;
        write_pdf(ctx, o->output, [&] { write_progress_report(*p, options, o->review, o->output); });
    });
}

}  // namespace assessa::cli
