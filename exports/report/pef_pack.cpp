#include "exports/report/pef_pack.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace assessa {

namespace report {

using namespace pdf;

namespace {

Color judgement_color(PefJudgement j) {
    switch (j) {
        case PefJudgement::met: return {0.30, 0.62, 0.38};
        case PefJudgement::partly: return {0.92, 0.66, 0.20};
        case PefJudgement::missing: return {0.80, 0.25, 0.22};
        case PefJudgement::not_recorded: return {0.62, 0.62, 0.65};
    }
    return colors::muted;
}

std::string pillar_title(int pillar, const Translator& t) {
    if (pillar == 1) return t.tr("Pillar 1: the self-assessment process (steps 1 to 6)");
    if (pillar == 2) return t.tr("Pillar 2: the improvement actions (steps 7 to 9)");
    return t.trf("Pillar {}", pillar);
}

std::string self_check_notice(const Translator& t) {
    return t.tr("This pack is a self-check made from what the project file records. It prepares the institution for "
                "the External Feedback (PEF) and does not replace it: the external evaluators judge for themselves, "
                "and some things can only be shown by people in the institution, not by records.");
}

void write_cover(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    draw_cover(doc, d.project, t.tr("External Feedback evidence pack"),
               t.trf("Self-check of the self-assessment {} before the Procedure on External Feedback", d.s.cycle.label),
               {{t.tr("Organisation"), d.project.organisation().name},
                {t.tr("Self-assessment cycle"), d.s.cycle.label},
                {t.tr("Checked on"), d.s.long_date(d.check.checked_on)},
                {t.tr("Items checked"), std::to_string(d.check.items.size())},
                {t.tr("Report date"), d.s.long_date(d.s.date)}},
               t.tr("Self-check: does not replace the External Feedback"));
    doc.vspace(18);
    const Style notice{9.5, Weight::regular, colors::text};
    const auto lines = doc.wrap(self_check_notice(t), doc.content_width() - 24, notice);
    const double h = static_cast<double>(lines.size()) * Document::leading(notice) + 16;
    doc.fill_rect(doc.left(), doc.cursor() - h, doc.content_width(), h, colors::shade);
    doc.fill_rect(doc.left(), doc.cursor() - h, 4, h, judgement_color(PefJudgement::partly));
    double y = doc.cursor() - 8 - notice.size;
    for (const auto& l : lines) {
        doc.draw_text(doc.left() + 14, y, l, notice);
        y -= Document::leading(notice);
    }
    doc.move_down(h);
}

void write_summary(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Summary"));
    doc.paragraph(self_check_notice(t));
    doc.paragraph(join_sentences({t.trnf("The self-check looks at {} item.", "The self-check looks at {} items.", d.check.items.size(),
                                         d.check.items.size()),
                                  t.trf("{} met, {} partly met, {} missing, {} not recorded in Assessa.", d.check.count(PefJudgement::met),
                                        d.check.count(PefJudgement::partly), d.check.count(PefJudgement::missing),
                                        d.check.count(PefJudgement::not_recorded)),
                                  t.tr("The third pillar, maturity against the principles of excellence, is not part of this "
                                       "self-check.")},
                                 d.lang()));
    Table table;
    table.columns = {4.6, 1.25, 1, 1, 1.4, 0.9};
    table.header = {t.tr("Pillar")};
    for (auto j : all_pef_judgements) table.header.emplace_back(pef_judgement_label(j, t));
    table.header.emplace_back(t.tr("Total"));
    table.align.assign(table.columns.size(), Align::right);
    table.align.front() = Align::left;
    std::set<int> pillars;
    for (const auto& item : d.check.items) pillars.insert(item.pillar);
    for (int pillar : pillars) {
        std::vector<std::string> row{pillar_title(pillar, t)};
        int total = 0;
        for (auto j : all_pef_judgements) {
            int n = 0;
            for (const auto& item : d.check.items) n += item.pillar == pillar && item.judgement == j;
            row.push_back(std::to_string(n));
            total += n;
        }
        row.push_back(std::to_string(total));
        table.rows.push_back(std::move(row));
    }
    std::vector<std::string> totals{t.tr("Total")};
    for (auto j : all_pef_judgements) totals.push_back(std::to_string(d.check.count(j)));
    totals.push_back(std::to_string(d.check.items.size()));
    table.rows.push_back(std::move(totals));
    table.strong_rows.assign(table.rows.size(), false);
    table.strong_rows.back() = true;
    doc.table(table);

    // A bar of the judgements, so that the balance shows at a glance.
    if (!d.check.items.empty()) {
        doc.ensure(40);
        doc.vspace(6);
        const double h = 14, y = doc.cursor() - h;
        double x = doc.left();
        const Style inside{7.5, Weight::bold, colors::white};
        for (auto j : all_pef_judgements) {
            const int n = d.check.count(j);
            if (n == 0) continue;
            const double w = doc.content_width() * n / static_cast<double>(d.check.items.size());
            doc.fill_rect(x, y, w, h, judgement_color(j));
            if (doc.text_width(std::to_string(n), inside) + 4 <= w) doc.draw_text(x + w / 2, y + 4, std::to_string(n), inside, Align::center);
            x += w;
        }
        doc.move_down(h + 12);
        x = doc.left();
        const Style ls{7.5, Weight::regular, colors::muted};
        for (auto j : all_pef_judgements) {
            doc.fill_rect(x, doc.cursor() - 1, 11, 7, judgement_color(j));
            doc.draw_text(x + 15, doc.cursor(), pef_judgement_label(j, t), ls);
            x += 15 + doc.text_width(pef_judgement_label(j, t), ls) + 16;
        }
        doc.move_down(12);
    }

    doc.heading(2, t.tr("By step"));
    Table steps;
    steps.columns = {4.8, 1.25, 1, 1, 1.4};
    steps.header = {t.tr("Step")};
    for (auto j : all_pef_judgements) steps.header.emplace_back(pef_judgement_label(j, t));
    steps.align.assign(steps.columns.size(), Align::right);
    steps.align.front() = Align::left;
    steps.style.size = 8;
    std::set<int> numbers;
    for (const auto& item : d.check.items) numbers.insert(item.step);
    for (int step : numbers) {
        std::vector<std::string> row{t.trf("{}. {}", step, step_title(step, t))};
        for (auto j : all_pef_judgements) {
            int n = 0;
            for (const auto& item : d.check.items) n += item.step == step && item.judgement == j;
            row.push_back(n == 0 ? std::string("\u00b7") : std::to_string(n));
        }
        steps.rows.push_back(std::move(row));
    }
    doc.table(steps);
}

// One item: a coloured marker, its id and title, the judgement, and the reason under it.
void write_item(Document& doc, const PefPackData& d, const PefItem& item) {
    const auto& t = d.t();
    const Style title{9, Weight::bold, colors::text};
    const Style reason{8.5, Weight::regular, colors::text};
    const Style judgement{8, Weight::bold, judgement_color(item.judgement)};
    const double indent = 46;
    const double judgement_w = std::max(60.0, doc.text_width(pef_judgement_label(item.judgement, t), judgement) + 6);
    const auto title_lines = doc.wrap(item.title, doc.content_width() - indent - judgement_w - 8, title);
    doc.ensure(Document::leading(title) * (static_cast<double>(title_lines.size()) + 1) + 8);
    doc.move_down(4);
    const double first = doc.cursor() - title.size;
    doc.circle(doc.left() + 6, first + 3, 5, judgement_color(item.judgement));
    doc.draw_text(doc.left() + 16, first, item.id, title);
    doc.draw_text(doc.right(), first, pef_judgement_label(item.judgement, t), judgement, Align::right);
    for (const auto& l : title_lines) {
        doc.draw_text(doc.left() + indent, doc.cursor() - title.size, l, title);
        doc.move_down(Document::leading(title));
    }
    doc.paragraph(item.reason, reason, indent);
    if (!item.evidence.empty())
        doc.paragraph(t.trf("Evidence: see the index, item {}.", item.id), {8, Weight::regular, colors::muted}, indent);
    doc.move_down(2);
    doc.line(doc.left(), doc.cursor(), doc.right(), doc.cursor(), colors::rule, 0.3);
}

void write_checklist(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Checklist"));
    doc.paragraph(t.tr("Each item says what the External Feedback looks at, how the project's records meet it and why. "
                       "\"Not recorded in Assessa\" marks what only people in the institution can show."),
                  {8.5, Weight::regular, colors::muted});
    int step = 0;
    for (const auto& item : d.check.items) {
        if (item.step != step) {
            step = item.step;
            doc.heading(2, t.trf("Step {}: {}", step, step_title(step, t)));
        }
        write_item(doc, d, item);
    }
}

void write_index(Document& doc, const PefPackData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Evidence index"));
    doc.paragraph(t.tr("Per item, the records that show it: what the record is, its date, and where it is found. The "
                       "annex holds the record itself."));
    Table table;
    table.columns = {0.8, 4.4, 1.4, 3.6, 0.9};
    table.header = {t.tr("Item"), t.tr("Record"), t.tr("Date"), t.tr("Where it is found"), t.tr("Annex")};
    table.style.size = 8;
    for (const auto& item : d.check.items)
        for (const auto& e : item.evidence)
            table.rows.push_back({item.id, e.record, d.s.short_date(e.date), e.where, annex_code(item.step)});
    if (table.rows.empty())
        doc.paragraph(t.tr("The project records nothing yet that shows an item of the checklist."));
    else
        doc.table(table);
}

}  // namespace
}  // namespace report

void write_pef_evidence_pack(const Project& project, const ReportOptions& options, const std::string& path) {
    using namespace report;
    report::progress(options, 0);
    Settings s = resolve(project, options);
    const Id cycle_id = s.cycle.id;
    PefCheck check = pef_self_check(project, cycle_id, s.date, s.t);
    const PefPackData d{project, std::move(s), std::move(check), project.cycle_steps(cycle_id)};
    report::progress(options, 20);
    pdf::Document doc(document_info(project, d.s, d.t().tr("External Feedback evidence pack")));
    write_cover(doc, d);
    doc.table_of_contents_here();
    write_summary(doc, d);
    write_checklist(doc, d);
    report::progress(options, 50);
    write_index(doc, d);
    write_pef_annexes(doc, d);
    report::progress(options, 90);
    doc.save(path);
    report::progress(options, 100);
}

}  // namespace assessa
