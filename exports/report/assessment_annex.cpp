#include "exports/report/assessment_data.hpp"

#include "model/number_format.hpp"

#include <fmt/format.h>

namespace assessa::report {

using namespace pdf;

namespace {

void panel_table(Document& doc, const AssessmentData& d, const Panel& panel) {
    const auto& t = d.t();
    doc.heading(2, panel.title.get(d.lang()));
    if (!panel.description.empty()) doc.paragraph(panel.description.get(d.lang()));
    Table table;
    table.style.size = panel.phases.size() > 2 ? 7.2 : 8;
    bool labelled = false;
    for (const auto& b : panel.bands) labelled = labelled || !b.label.get(d.lang()).empty();
    table.columns = {0.9};
    table.header = {t.tr("Score")};
    if (labelled) {
        table.columns.push_back(1.3);
        table.header.push_back(t.tr("Level"));
    }
    const bool per_phase = panel.phases.size() > 1;
    if (per_phase)
        for (const auto& ph : panel.phases) {
            table.columns.push_back(8.0 / static_cast<double>(panel.phases.size()));
            table.header.push_back(ph.title.get(d.lang()));
        }
    else {
        table.columns.push_back(8);
        table.header.push_back(t.tr("Descriptor"));
    }
    for (const auto& b : panel.bands) {
        std::vector<std::string> row{b.min == b.max ? std::to_string(b.min) : fmt::format("{}\u2013{}", b.min, b.max)};
        if (labelled) row.push_back(b.label.get(d.lang()));
        if (per_phase)
            for (const auto& ph : panel.phases) row.push_back(b.descriptor_for(ph.id).get(d.lang()));
        else
            row.push_back(b.descriptor_for(panel.phases.empty() ? "" : panel.phases[0].id).get(d.lang()));
        table.rows.push_back(std::move(row));
    }
    doc.table(table);
}

}  // namespace

void write_annex(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Annex: scoring panels and weights"));
    doc.paragraph(t.tr("The scoring panels used in this cycle. A score belongs to the band whose range contains it."));
    std::vector<std::string> seen;
    if (d.method)
        for (const auto& [group, panel_id] : d.method->group_panels) {
            if (std::find(seen.begin(), seen.end(), panel_id) != seen.end()) continue;
            seen.push_back(panel_id);
            if (const Panel* p = d.fw->find_panel(panel_id)) panel_table(doc, d, *p);
        }
    if (d.iso_mapping) {
        doc.heading(2, t.tr("Weights of the ISO 9001 mapping links"));
        doc.paragraph(t.tr("A clause's weighted score is the sum of each mapped node's consensus score times the weight of "
                           "its link, divided by the sum of those weights. A clause whose links weigh less than 1 in total "
                           "(less than one strong or two partial links) has weak coverage."));
        Table table;
        table.columns = {2, 1, 6};
        table.header = {t.tr("Link strength"), t.tr("Weight"), t.tr("Meaning")};
        table.align = {Align::left, Align::right, Align::left};
        const std::pair<Strength, const char*> strengths[] = {
            {Strength::strong, N_("The CAF node addresses the clause's requirement directly.")},
            {Strength::partial, N_("The CAF node addresses part of the requirement.")},
            {Strength::weak, N_("The CAF node touches the requirement only indirectly.")}};
        for (const auto& [s, meaning] : strengths)
            table.rows.push_back({strength_label(s, t), format_decimal(weight_of(s), d.lang()), t.tr(meaning)});
        doc.table(table);
    }
}

void write_approval(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    doc.heading(1, t.tr("Management approval"));
    const auto& c = d.s.cycle;
    if (c.approved()) {
        doc.paragraph(t.trf("Management approved this self-assessment report of cycle {}.", c.label));
        doc.field(t.tr("Approved by"), c.approved_by);
        doc.field(t.tr("Approved on"), d.s.long_date(c.approved_on));
        if (!c.approval_note.empty()) doc.field(t.tr("Decision"), c.approval_note);
        return;
    }
    doc.paragraph(t.tr("This report is a draft. Management approves it by signing below."));
    doc.vspace(20);
    const char* labels[] = {N_("Name"), N_("Position"), N_("Date"), N_("Signature")};
    for (const char* label : labels) {
        doc.ensure(40);
        doc.move_down(34);
        doc.draw_text(doc.left(), doc.cursor(), t.tr(label), {9.5, Weight::regular, colors::muted});
        doc.line(doc.left() + 110, doc.cursor() - 2, doc.left() + 380, doc.cursor() - 2, colors::text, 0.6);
    }
}

}  // namespace assessa::report
