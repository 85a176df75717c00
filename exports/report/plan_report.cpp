#include "exports/report/plan_data.hpp"
#include "exports/report/report_options.hpp"

#include <fmt/format.h>

namespace assessa {

void write_plan_report(const Project& project, const ReportOptions& options, const std::string& path) {
    using namespace report;
    report::progress(options, 0);
    const PlanData d = load_plan(project, options);
    report::progress(options, 10);
    pdf::Document doc(document_info(project, d.s, d.t().tr("Improvement plan")));
    write_plan_cover(doc, d);
    doc.table_of_contents_here();
    write_plan_summary(doc, d);
    write_objectives(doc, d);
    write_matrix(doc, d);
    report::progress(options, 25);
    write_gantt(doc, d);
    report::progress(options, 40);
    write_plan_follow_up(doc, d);
    write_action_sheets(doc, d, options);
    write_department_pages(doc, d);
    report::progress(options, 90);
    doc.save(path);
    report::progress(options, 100);
}

namespace report {

using namespace pdf;

void write_plan_cover(Document& doc, const PlanData& d) {
    const auto& t = d.t();
    const std::string status = d.plan.approved ? t.trf("Version {}, approved on {} by {}", d.plan.version, d.s.long_date(d.plan.approved_on), d.plan.approved_by)
                                               : t.trf("Version {}, draft", d.plan.version);
    draw_cover(doc, d.project, t.tr("Improvement plan"),
               t.trf("{} to {} \u00b7 after the self-assessment {}", d.s.long_date(d.plan.starts_on), d.s.long_date(d.plan_end()), d.s.cycle.label),
               {{t.tr("Organisation"), d.org.name},
                {t.tr("Self-assessment cycle"), d.s.cycle.label},
                {t.tr("Completeness"), consensus_completeness(d.consensus, t)},
                {t.tr("Plan horizon"), t.trnf("{} to {} ({} year)", "{} to {} ({} years)", static_cast<unsigned long>(d.plan.horizon_years), d.s.long_date(d.plan.starts_on), d.s.long_date(d.plan_end()), d.plan.horizon_years)},
                {t.tr("Actions"), std::to_string(d.actions.size())},
                {t.tr("Decision"), d.plan.decision_note},
                {t.tr("Report date"), d.s.long_date(d.s.date)}},
               status);
}

void write_plan_summary(Document& doc, const PlanData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Summary"));
    doc.paragraph(join_sentences({t.trnf("The plan answers the areas for improvement agreed in the self-assessment {} with {} action "
                                         "from {} to {}.",
                                         "The plan answers the areas for improvement agreed in the self-assessment {} with {} actions "
                                         "from {} to {}.",
                                         d.actions.size(), d.s.cycle.label, d.actions.size(), d.s.long_date(d.plan.starts_on),
                                         d.s.long_date(d.plan_end())),
                                  t.tr("Each action has one leading department (V) and may have departments taking part (D)."),
                                  d.consensus.partial()
                                      ? t.trnf("The self-assessment's consensus covers {} of {} subcriterion so far: "
                                               "areas for improvement may still be added.",
                                               "The self-assessment's consensus covers {} of {} subcriteria so far: "
                                               "areas for improvement may still be added.",
                                               d.consensus.total, d.consensus.scored, d.consensus.total)
                                      : std::string()},
                                 d.lang()));

    doc.heading(2, t.tr("Actions by category"));
    Table cats;
    cats.columns = {5, 1.2};
    cats.header = {t.tr("Category"), t.tr("Actions")};
    cats.align = {Align::left, Align::right};
    for (auto c : all_action_categories) {
        std::size_t n = 0;
        for (const auto& a : d.actions) n += category_of(a) == c;
        cats.rows.push_back({action_category_label(c, t), std::to_string(n)});
    }
    cats.rows.push_back({t.tr("Total"), std::to_string(d.actions.size())});
    cats.strong_rows = {false, false, false, false, true};
    cats.width = 300;
    doc.table(cats);

    doc.heading(2, t.tr("Actions by department"));
    Table deps;
    deps.columns = {5, 1.3, 1.3};
    deps.header = {t.tr("Department"), t.tr("Leads (V)"), t.tr("Takes part (D)")};
    deps.align = {Align::left, Align::right, Align::right};
    for (const auto& da : actions_by_department(d.actions, d.departments)) {
        const Department* dep = d.department(da.department);
        if (!dep) continue;
        deps.rows.push_back({dep->name + " (" + dep->code + ")", std::to_string(da.leads.size()), std::to_string(da.takes_part.size())});
    }
    doc.table(deps);

    doc.heading(2, t.tr("Actions by year"));
    Table years;
    years.columns = {2, 1.6, 1.6, 1.6};
    years.header = {t.tr("Year"), t.tr("Running"), t.tr("Starting"), t.tr("Due")};
    years.align = {Align::left, Align::right, Align::right, Align::right};
    years.width = 360;
    for (const auto& [year, ids] : actions_by_year(d.plan, d.actions)) {
        std::size_t starting = 0, due = 0;
        for (const auto& a : d.actions) {
            starting += a.starts_on.starts_with(std::to_string(year));
            due += a.due_on.starts_with(std::to_string(year));
        }
        years.rows.push_back({std::to_string(year), std::to_string(ids.size()), std::to_string(starting), std::to_string(due)});
    }
    doc.table(years);

    const auto uncovered = uncovered_afis(d.actions, d.ctx);
    doc.heading(2, t.tr("Areas for improvement without an action"));
    if (uncovered.empty()) {
        doc.paragraph(t.tr("Every agreed area for improvement is answered by at least one action."));
    } else {
        doc.paragraph(t.trnf("{} agreed area for improvement has no action yet; management should decide whether to act on it "
                             "later or accept it.",
                             "{} agreed areas for improvement have no action yet; management should decide whether to act on "
                             "them later or accept them.",
                             uncovered.size(), uncovered.size()));
        std::vector<std::string> items;
        for (Id id : uncovered) {
            const auto node = d.ctx.afi_nodes.find(id);
            const auto text = d.ctx.afi_texts.find(id);
            items.push_back((node != d.ctx.afi_nodes.end() ? "[" + node->second + "] " : "") +
                            (text != d.ctx.afi_texts.end() ? text->second : ""));
        }
        doc.bullets(items, {8.5});
    }
}

void write_matrix(Document& doc, const PlanData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Impact and feasibility"));
    doc.paragraph(t.tr("Each action sits in the cell of its impact (rows) and feasibility (columns), both rated 1 to 5. "
                       "High impact and high feasibility with a short duration make a quick win; other high-impact "
                       "actions are key actions; impact 3 makes a project; lower impact can wait."));
    const auto m = impact_feasibility_matrix(d.actions);
    const double axis = 46;
    const double cell_w = (doc.content_width() - axis) / 5;
    const double cell_h = 64;
    doc.ensure(cell_h * 5 + 74);
    const double top = doc.cursor() - 20;
    const Style codes{7.2, Weight::regular, colors::text};
    const Style axis_style{8, Weight::bold, colors::muted};
    const Color quick{0.85, 0.93, 0.85}, key{0.85, 0.90, 0.97}, project{0.98, 0.95, 0.84}, later{0.94, 0.94, 0.94};
    for (int impact = 5; impact >= 1; --impact) {
        const double y = top - (5 - impact + 1) * cell_h;
        doc.draw_text(doc.left() + axis - 8, y + cell_h / 2 - 3, std::to_string(impact), axis_style, Align::right);
        for (int feas = 1; feas <= 5; ++feas) {
            const double x = doc.left() + axis + (feas - 1) * cell_w;
            const Color fill = impact >= 4 && feas >= 4 ? quick : impact >= 4 ? key : impact == 3 ? project : later;
            doc.fill_rect(x, y, cell_w, cell_h, fill);
            doc.stroke_rect(x, y, cell_w, cell_h, colors::white, 1.5);
            std::string text;
            for (Id id : m.cells[impact - 1][feas - 1])
                if (const auto* a = d.action(id)) text += (text.empty() ? "" : " ") + a->code;
            auto lines = doc.wrap(text, cell_w - 8, codes);
            const auto max_lines = static_cast<std::size_t>((cell_h - 8) / Document::leading(codes));
            if (lines.size() > max_lines) {
                lines.resize(max_lines);
                lines.back() += " …";
            }
            double ly = y + cell_h - 4 - codes.size;
            for (const auto& l : lines) {
                doc.draw_text(x + 4, ly, l, codes);
                ly -= Document::leading(codes);
            }
        }
    }
    const double bottom = top - 5 * cell_h;
    for (int feas = 1; feas <= 5; ++feas)
        doc.draw_text(doc.left() + axis + (feas - 0.5) * cell_w, bottom - 12, std::to_string(feas), axis_style, Align::center);
    doc.draw_text(doc.left() + axis + 2.5 * cell_w, bottom - 26, t.tr("Feasibility"), axis_style, Align::center);
    doc.draw_text(doc.left(), top + 6, t.tr("Impact"), axis_style);
    doc.set_cursor(bottom - 36);
    double x = doc.left() + axis;
    const std::pair<Color, ActionCategory> legend[] = {
        {quick, ActionCategory::quick_win}, {key, ActionCategory::key_action}, {project, ActionCategory::project}, {later, ActionCategory::later}};
    const Style ls{7.5, Weight::regular, colors::muted};
    for (const auto& [c, cat] : legend) {
        doc.fill_rect(x, doc.cursor() - 2, 12, 8, c);
        doc.draw_text(x + 16, doc.cursor(), action_category_label(cat, t), ls);
        x += 16 + doc.text_width(action_category_label(cat, t), ls) + 18;
    }
    doc.move_down(16);

    Table list;
    list.columns = {0.9, 6, 1, 1.2, 2};
    list.header = {t.tr("Code"), t.tr("Action"), t.tr("Impact"), t.tr("Feasibility"), t.tr("Category")};
    list.align = {Align::left, Align::left, Align::right, Align::right, Align::left};
    list.style.size = 8;
    for (const auto& a : d.actions)
        list.rows.push_back({a.code, a.title, std::to_string(a.impact), std::to_string(a.feasibility), action_category_label(category_of(a), t)});
    doc.table(list);
}

}  // namespace report
}  // namespace assessa
