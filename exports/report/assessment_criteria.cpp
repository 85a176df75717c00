#include "exports/pdf/charts.hpp"
#include "exports/report/assessment_data.hpp"
#include "model/number_format.hpp"
#include "model/scoring.hpp"

#include <fmt/format.h>

namespace assessa::report {

using namespace pdf;

namespace {

std::string band_name(const Band& b, const std::string& lang) {
    std::string s = b.min == b.max ? std::to_string(b.min) : fmt::format("{}\u2013{}", b.min, b.max);
    if (!b.label.get(lang).empty()) s += " \u00b7 " + b.label.get(lang);
    return s;
}

// The consensus score in large type beside the descriptor of the band it falls in.
void score_box(Document& doc, const AssessmentData& d, const Panel* panel, std::optional<double> score) {
    const auto& t = d.t();
    const Band* band = score && panel ? band_for_score(*panel, *score) : nullptr;
    std::string descriptor;
    if (band) {
        descriptor = band->descriptor.get(d.lang());
        if (descriptor.empty() && panel->phases.size() == 1) descriptor = band->descriptor_for(panel->phases[0].id).get(d.lang());
    } else if (!score) {
        descriptor = t.tr("The group has not agreed on a complete score for this subcriterion.");
    }
    const Style ds{8.8, Weight::regular, colors::text};
    const double text_x = doc.left() + 118;
    const auto lines = doc.wrap(descriptor, doc.right() - text_x - 8, ds);
    const double h = std::max(50.0, static_cast<double>(lines.size()) * Document::leading(ds) + 24);
    doc.ensure(h + 6);
    const double top = doc.cursor();
    doc.fill_rect(doc.left(), top - h, doc.content_width(), h, colors::shade);
    doc.fill_rect(doc.left(), top - h, 3, h, colors::accent);
    doc.draw_text(doc.left() + 12, top - 12, t.tr("Consensus score"), {7.5, Weight::regular, colors::muted});
    doc.draw_text(doc.left() + 12, top - 34, d.score(score), {20, Weight::bold, colors::accent});
    double y = top - 12;
    if (band) doc.draw_text(text_x, y, t.trf("Band {}", band_name(*band, d.lang())), {8.5, Weight::bold, colors::text});
    y -= 14;
    for (const auto& l : lines) {
        doc.draw_text(text_x, y, l, ds);
        y -= Document::leading(ds);
    }
    doc.set_cursor(top - h - 8);
}

void phase_table(Document& doc, const AssessmentData& d, const Panel& panel, const Consensus* c) {
    const auto& t = d.t();
    Table table;
    table.columns = {1.6, 0.9, 6};
    table.header = {t.tr("Phase"), t.tr("Score"), t.tr("Level reached")};
    table.align = {Align::left, Align::right, Align::left};
    for (const auto& ph : panel.phases) {
        std::optional<double> v;
        if (c)
            if (auto it = c->scores.find(ph.id); it != c->scores.end()) v = it->second;
        const Band* b = v ? panel.band_for(static_cast<int>(*v)) : nullptr;
        table.rows.push_back({ph.title.get(d.lang()), d.score(v), b ? b->descriptor_for(ph.id).get(d.lang()) : "\u2013"});
    }
    doc.table(table);
}

void items(Document& doc, const AssessmentData& d, const std::string& code, const Consensus* c, NoteKind kind) {
    std::vector<std::string> texts;
    if (c)
        for (const auto* item : c->items_of(kind)) texts.push_back(item->text);
    if (kind == NoteKind::idea)
        if (auto it = d.ideas.find(code); it != d.ideas.end()) texts = it->second;
    if (texts.empty()) return;
    doc.heading(3, note_kind_plural_label(kind, d.t()));
    doc.bullets(texts);
}

void distribution(Document& doc, const AssessmentData& d, const NodeSummary* s, const Panel* panel, std::optional<double> consensus) {
    const auto& t = d.t();
    doc.heading(3, t.tr("Distribution of individual scores"));
    if (!s || !s->spread) {
        doc.paragraph(t.tr("No member gave a complete score."), {8.5, Weight::regular, colors::muted});
        return;
    }
    const auto& sp = *s->spread;
    std::string facts = t.trf("n = {} \u00b7 mean {} \u00b7 median {} \u00b7 min {} \u00b7 max {} \u00b7 SD {}", sp.count,
                              d.score(sp.mean), d.score(sp.median), d.score(sp.min), d.score(sp.max), d.score(sp.stddev));
    if (s->no_opinion > 0) facts += " \u00b7 " + t.trf("no opinion: {}", s->no_opinion);
    doc.paragraph(facts, {8.5, Weight::regular, colors::text});
    draw_strip(doc, s->individual, consensus, panel ? panel->scale_min : 0, panel ? panel->scale_max : 100,
               band_gridlines(panel), doc.left() + 4, doc.content_width() * 0.62);
}

// The surveys that are evidence for the node, each in one line; the figures are in the
// perception measurements section.
void survey_evidence_lines(Document& doc, const AssessmentData& d, const Node& n) {
    const auto found = evidence_for_node(d.surveys, d.fw->id(), n.code);
    if (found.empty()) return;
    const auto& t = d.t();
    doc.heading(3, t.tr("Evidence from surveys"));
    std::vector<std::string> lines;
    for (const auto* e : found) {
        std::string line = t.trf("{}: satisfaction index {}, {} respondents", e->survey.title,
                                 format_score(e->statistics.index, d.lang()), e->statistics.respondents);
        if (e->trend.change) line.append(" ").append(t.trf("({} since the previous survey)", format_delta(e->trend.change, d.lang())));
        lines.push_back(std::move(line));
    }
    doc.bullets(lines);
}

void write_node(Document& doc, const AssessmentData& d, const Node& n) {
    const auto& t = d.t();
    doc.heading(2, d.title(n));
    const auto it = d.consensus.find(n.code);
    const Consensus* c = it == d.consensus.end() ? nullptr : &it->second;
    const Panel* panel = d.panel(n);
    const auto score = d.summary.consensus.node(n.code);
    score_box(doc, d, panel, score);
    if (panel && panel->phases.size() > 1) phase_table(doc, d, *panel, c);
    items(doc, d, n.code, c, NoteKind::strength);
    items(doc, d, n.code, c, NoteKind::afi);
    items(doc, d, n.code, c, NoteKind::idea);
    if (c && !c->justification.empty()) {
        doc.heading(3, t.tr("Justification of the score"));
        doc.paragraph(c->justification);
    }
    if (c && !c->dissent.empty()) {
        doc.heading(3, t.tr("Dissenting view"));
        doc.paragraph(c->dissent);
    }
    distribution(doc, d, d.summary.node(n.code), panel, score);
    survey_evidence_lines(doc, d, n);
    doc.vspace(6);
}

}  // namespace

void write_criterion(Document& doc, const AssessmentData& d, const Node& criterion) {
    const auto& t = d.t();
    doc.heading(1, d.title(criterion));
    std::string line = t.trf("Criterion score: {}", d.node_score(criterion.code));
    if (d.previous) line += "   " + t.trf("(cycle {}: {})", d.previous->cycle.label, d.score(d.previous_score(criterion.code)));
    doc.paragraph(line, {11, Weight::bold, colors::text});
    if (const Group* g = d.fw->group_of(criterion)) doc.paragraph(g->title.get(d.lang()), {8.5, Weight::regular, colors::muted});
    if (!criterion.guidance.empty()) doc.paragraph(criterion.guidance.get(d.lang()), {8.8, Weight::regular, colors::muted});
    if (criterion.assessable) write_node(doc, d, criterion);
    const auto root = d.fw->index_of(criterion.code);
    for (const auto& n : d.fw->nodes()) {
        if (!n.assessable || &n == &criterion) continue;
        if (&d.fw->top_ancestor(n) != &d.fw->nodes()[*root]) continue;
        write_node(doc, d, n);
    }
}

}  // namespace assessa::report
