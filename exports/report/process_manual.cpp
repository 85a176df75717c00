#include "exports/report/process_pages.hpp"
#include "exports/report/report_options.hpp"

#include <algorithm>

namespace assessa {

void write_process_manual(const Project& project, const ReportOptions& options, const std::string& path) {
    using namespace report;
    report::progress(options, 0);
    const ProcessData d = load_processes(project, resolve(project, options));
    if (d.processes.empty()) throw ReportError(trf("{}: the project has no processes yet", project.path()));
    const auto& t = d.t();
    pdf::Document doc(document_info(project, d.s, t.tr("Process manual")));
    std::size_t kinds[3] = {0, 0, 0};
    for (const auto& p : d.processes) ++kinds[static_cast<int>(p.kind)];
    draw_cover(doc, project, t.tr("Process manual"), t.tr("Process cards and responsibility matrices (ISO 9001:2015, 4.4)"),
               {{t.tr("Organisation"), project.organisation().name},
                {t.tr("Processes"), std::to_string(d.processes.size())},
                {process_kind_label(ProcessKind::management, t), std::to_string(kinds[0])},
                {process_kind_label(ProcessKind::core, t), std::to_string(kinds[1])},
                {process_kind_label(ProcessKind::support, t), std::to_string(kinds[2])},
                {t.tr("Report date"), d.s.long_date(d.s.date)}},
               "");
    doc.table_of_contents_here();
    write_process_map(doc, d);
    report::progress(options, 20);
    for (std::size_t i = 0; i < d.processes.size(); ++i) {
        write_process_card(doc, d, d.processes[i]);
        write_process_matrix(doc, d, d.processes[i]);
        report::progress(options, 20 + static_cast<int>(60 * (i + 1) / d.processes.size()));
    }
    write_organisation_matrix(doc, d);
    report::progress(options, 90);
    doc.save(path);
    report::progress(options, 100);
}

namespace report {

using namespace pdf;

namespace {


const char* letter(Responsibility r, const Translator& t) {
    return r == Responsibility::none ? "\u00b7" : responsibility_letter(r, t);
}

void legend(Document& doc, const Translator& t) {
    doc.paragraph(t.trf("{} \u2013 {}    {} \u2013 {}    \u00b7 \u2013 {}", responsibility_letter(Responsibility::leads, t),
                        t.tr("carries it out, is the main one responsible"), responsibility_letter(Responsibility::takes_part, t),
                        t.tr("takes part, helps the one carrying it out"), t.tr("no part")),
                  {8, Weight::regular, colors::muted});
}

}  // namespace

ProcessData load_processes(const Project& project, const Settings& s) {
    return {project, s, project.processes(), project.departments(), project.members(), iso_framework_of(project)};
}

void write_process_map(Document& doc, const ProcessData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Process map"), Orientation::landscape);
    doc.paragraph(t.tr("Management processes steer the organisation, core processes deliver its services, support "
                       "processes provide what the others need. Each box names the process owner."),
                  {8.5, Weight::regular, colors::muted});
    const double band_gap = 8;
    const double label_w = 110;
    const double box_gap = 8;
    const double top = doc.cursor() - 6;
    const double band_h = (top - doc.bottom() - 2 * band_gap) / 3;
    const Style label_style{10, Weight::bold, colors::accent};
    const Style name_style{8.5, Weight::bold, colors::text};
    const Style owner_style{7.5, Weight::regular, colors::muted};
    const Color band_colors[3] = {{0.90, 0.93, 0.98}, {0.88, 0.95, 0.90}, {0.98, 0.95, 0.88}};
    for (int k = 0; k < 3; ++k) {
        const auto kind = all_process_kinds[static_cast<std::size_t>(k)];
        const double y = top - (k + 1) * band_h - k * band_gap;
        doc.fill_rect(doc.left(), y, doc.content_width(), band_h, band_colors[k]);
        double ly = y + band_h - 16;
        for (const auto& l : doc.wrap(process_kind_label(kind, t), label_w - 14, label_style)) {
            doc.draw_text(doc.left() + 8, ly, l, label_style);
            ly -= Document::leading(label_style);
        }
        std::vector<const Process*> in_band;
        for (const auto& p : d.processes)
            if (p.kind == kind) in_band.push_back(&p);
        if (in_band.empty()) continue;
        // Up to four boxes a row; more rows when a band holds more.
        const std::size_t per_row = std::min<std::size_t>(4, in_band.size());
        const std::size_t rows = (in_band.size() + per_row - 1) / per_row;
        const double area_w = doc.content_width() - label_w - box_gap;
        const double box_w = (area_w - static_cast<double>(per_row - 1) * box_gap) / static_cast<double>(per_row);
        const double box_h = (band_h - box_gap * static_cast<double>(rows + 1)) / static_cast<double>(rows);
        for (std::size_t i = 0; i < in_band.size(); ++i) {
            const Process& p = *in_band[i];
            const std::size_t column = i % per_row;
            const std::size_t row = i / per_row;  // whole rows above this box
            const double bx = doc.left() + label_w + static_cast<double>(column) * (box_w + box_gap);
            const double by = y + band_h - box_gap - static_cast<double>(row + 1) * box_h -
                               static_cast<double>(row) * box_gap;
            doc.fill_rect(bx, by, box_w, box_h, colors::white);
            doc.stroke_rect(bx, by, box_w, box_h, colors::accent, 0.8);
            double ty = by + box_h - 6 - name_style.size;
            for (const auto& l : doc.wrap(p.code + " " + p.name, box_w - 10, name_style)) {
                if (ty < by + 8 + owner_style.size * 2) break;
                doc.draw_text(bx + 5, ty, l, name_style);
                ty -= Document::leading(name_style);
            }
            const std::string owner = d.owner(p);
            const auto owner_lines = doc.wrap(owner.empty() ? std::string("\u2013") : owner, box_w - 10, owner_style);
            double oy = by + 5 + Document::leading(owner_style) * static_cast<double>(std::min<std::size_t>(2, owner_lines.size()) - 1);
            for (std::size_t l = 0; l < owner_lines.size() && l < 2; ++l) {
                doc.draw_text(bx + 5, oy, owner_lines[l], owner_style);
                oy -= Document::leading(owner_style);
            }
        }
    }
    doc.set_cursor(doc.bottom());
}

void write_process_card(Document& doc, const ProcessData& d, const Process& p) {
    const auto& t = d.t();
    doc.heading(1, p.code + " " + p.name);
    doc.paragraph(process_kind_label(p.kind, t), {9, Weight::bold, colors::muted});
    const std::vector<std::string> resources = resource_lines(p, t);
    const std::vector<std::string> criteria = criterion_lines(p, t);
    std::vector<std::string> clauses;
    for (const auto& code : p.iso_clauses) {
        const Node* n = d.iso ? d.iso->find(code) : nullptr;
        clauses.push_back(n ? code + " " + n->title.get(d.s.lang) : code);
    }
    std::string clause_text;
    for (const auto& c : clauses) {
        if (!clause_text.empty()) clause_text += "\n";
        clause_text += c;
    }
    const std::string values[process_field_count] = {p.name,
                                                     d.owner(p),
                                                     p.purpose,
                                                     p.customer_requirements,
                                                     clause_text,
                                                     numbered_items(6, p.subprocesses),
                                                     numbered_items(7, p.documents),
                                                     numbered_items(8, p.records),
                                                     numbered_items(9, resources),
                                                     numbered_items(10, criteria),
                                                     numbered_items(11, p.constraints),
                                                     numbered_items(12, p.improvement_goals)};
    Table card;
    card.columns = {0.55, 2.6, 6.2};
    card.header = {t.tr("No."), t.tr("Area described"), t.tr("Information characterising the process")};
    card.align = {Align::center, Align::left, Align::left};
    card.style = {8.5};
    for (int i = 0; i < process_field_count; ++i) {
        card.rows.push_back({std::to_string(i + 1), process_field_label(i + 1, t), values[i].empty() ? "\u2013" : values[i]});
        card.strong_rows.push_back(false);
    }
    doc.table(card);
}

void write_process_matrix(Document& doc, const ProcessData& d, const Process& p) {
    const auto& t = d.t();
    const auto& m = p.matrix;
    const bool wide = m.columns.size() > 5;
    if (wide) doc.heading(1, t.trf("{}: responsibility matrix", p.code), Orientation::landscape);
    else doc.heading(2, t.trf("{}: responsibility matrix", p.code));
    if (m.rows.empty() || m.columns.empty()) {
        doc.paragraph(t.tr("The process has no responsibility matrix yet."));
        return;
    }
    legend(doc, t);
    Table table;
    table.columns = {2.2};
    table.header = {t.tr("Participant")};
    table.align = {Align::left};
    for (const auto& c : m.columns) {
        table.columns.push_back(1);
        table.header.push_back(c.name);
        table.align.push_back(Align::center);
    }
    table.style = {wide ? 7.5 : 8.5};
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        std::vector<std::string> row{participant_name(m.rows[r], d.departments)};
        for (std::size_t c = 0; c < m.columns.size(); ++c) row.push_back(letter(m.at(r, c), t));
        table.rows.push_back(std::move(row));
        table.strong_rows.push_back(false);
    }
    const bool purposes = std::any_of(m.columns.begin(), m.columns.end(), [](const MatrixColumn& c) { return !c.purpose.empty(); });
    if (purposes) {
        std::vector<std::string> row{t.tr("Purpose")};
        for (const auto& c : m.columns) row.push_back(c.purpose);
        table.rows.push_back(std::move(row));
        table.strong_rows.push_back(false);
    }
    doc.table(table);
    const auto warnings = matrix_warnings(m);
    if (!warnings.empty()) {
        std::vector<std::string> items;
        items.reserve(warnings.size());
        for (const auto& w : warnings) items.push_back(w.message);
        doc.paragraph(t.tr("To check:"), {8.5, Weight::bold});
        doc.bullets(items, {8.5});
    }
}

void write_organisation_matrix(Document& doc, const ProcessData& d) {
    const auto& t = d.t();
    const auto m = organisation_matrix(d.processes, d.departments);
    doc.heading(1, t.tr("Organisation-wide responsibility matrix"),
                d.processes.size() > 6 ? Orientation::landscape : Orientation::portrait);
    doc.paragraph(t.tr("For each department or role and each process: V when it carries out some part of the process, "
                       "D when it only takes part."),
                  {8.5, Weight::regular, colors::muted});
    legend(doc, t);
    Table table;
    table.columns = {3};
    table.header = {t.tr("Department or role")};
    table.align = {Align::left};
    for (const auto& p : d.processes) {
        table.columns.push_back(1);
        table.header.push_back(p.code);
        table.align.push_back(Align::center);
    }
    for (const auto& row : m.rows) {
        if (std::all_of(row.cells.begin(), row.cells.end(), [](Responsibility r) { return r == Responsibility::none; })) continue;
        std::vector<std::string> cells{row.name};
        for (auto r : row.cells) cells.push_back(letter(r, t));
        table.rows.push_back(std::move(cells));
    }
    doc.table(table);
    Table names;
    names.columns = {1, 6, 3};
    names.header = {t.tr("Code"), t.tr("Process"), t.tr("Process owner")};
    for (const auto& p : d.processes) names.rows.push_back({p.code, p.name, d.owner(p)});
    doc.table(names);
}

void write_process_summary(Document& doc, const ProcessData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Processes"));
    if (d.processes.empty()) {
        doc.paragraph(t.tr("The organisation has not described its processes in Assessa yet (ISO 9001:2015, 4.4; CAF 5.1)."));
        return;
    }
    doc.paragraph(t.trnf("The organisation describes {} process on a process card with a responsibility matrix "
                         "(evidence for CAF 5.1 and ISO 9001:2015, 4.4).",
                         "The organisation describes {} processes on process cards with responsibility matrices "
                         "(evidence for CAF 5.1 and ISO 9001:2015, 4.4).",
                         d.processes.size(), d.processes.size()));
    Table table;
    table.columns = {1, 5, 2.4, 3.4, 2};
    table.header = {t.tr("Code"), t.tr("Process"), t.tr("Kind"), t.tr("Process owner"), t.tr("ISO 9001 clauses")};
    for (const auto& p : d.processes) {
        std::string clauses;
        for (const auto& c : p.iso_clauses) {
            if (!clauses.empty()) clauses += ", ";
            clauses += c;
        }
        std::string kind = process_kind_label(p.kind, t);
        table.rows.push_back({p.code, p.name, kind, d.owner(p), clauses});
    }
    doc.table(table);
    if (!d.iso) return;
    std::vector<std::string> gaps;
    for (const auto& c : process_iso_coverage(*d.iso, d.processes))
        if (c.flagged) {
            const Node* n = d.iso->find(c.code);
            gaps.push_back(c.code + " " + (n ? n->title.get(d.s.lang) : std::string()));
        }
    doc.heading(2, t.tr("ISO 9001 clauses no process covers"));
    if (gaps.empty()) doc.paragraph(t.tr("Every process clause (4.4 and 8.1 to 8.7) is claimed by at least one process."));
    else doc.bullets(gaps, {8.5});
}

}  // namespace report
}  // namespace assessa
