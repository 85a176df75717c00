#include "exports/report/assessment_data.hpp"
#include "model/iso_view.hpp"

#include <fmt/format.h>

namespace assessa::report {

using namespace pdf;

namespace {

std::string coverage_label(IsoCoverage state, const Translator& t) {
    switch (state) {
    case IsoCoverage::none: return t.tr("none");
    case IsoCoverage::weak: return t.tr("weak");
    case IsoCoverage::covered: break;
    }
    return t.tr("covered");
}

std::string linked_nodes(const IsoClauseView& c, const Translator& t) {
    std::string nodes;
    for (const auto& l : c.links) {
        if (!nodes.empty()) nodes += ", ";
        nodes += fmt::format("{} ({}{})", l.node, strength_label(l.strength, t), l.target == c.code ? "" : " \u2192 " + l.target);
    }
    return nodes;
}

}  // namespace

void write_iso_view(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    if (!d.iso_mapping || !d.iso) return;
    const IsoView view = iso_view(d.iso_mapping, d.iso, d.summary.consensus);
    doc.heading(1, t.tr("ISO 9001:2015 view"));
    doc.paragraph(t.trf("Each clause of {} lists the CAF subcriteria mapped to it and their consensus scores, combined "
                        "as a mean weighted by the strength of each link (the weights are in the annex).",
                        d.iso->title().get(d.lang())) +
                  " " +
                  (view.official() ? t.tr("The mapping between CAF and ISO 9001 used here is published by the framework owners.")
                                   : t.tr("No official mapping between CAF and ISO 9001 is published; the mapping used "
                                          "here is authored for this tool.")));
    Table table;
    table.columns = {3.6, 4, 1.1, 1.4};
    table.header = {t.tr("Clause"), t.tr("Mapped CAF nodes"), t.tr("Weighted score"), t.tr("Coverage")};
    table.align = {Align::left, Align::left, Align::right, Align::left};
    table.style.size = 8;
    for (const auto& c : view.clauses) {
        if (c.depth > 1) continue;
        const Node& clause = d.iso->nodes()[c.index];
        table.rows.push_back({d.title(clause), c.depth > 0 ? linked_nodes(c, t) : std::string(), d.score(c.weighted_score),
                              coverage_label(c.state, t)});
        table.strong_rows.push_back(c.depth == 0);
    }
    doc.table(table);
    auto titles = [&](IsoCoverage state) {
        std::vector<std::string> out;
        for (const auto* c : view.top_clauses_with(state)) out.push_back(d.title(d.iso->nodes()[c->index]));
        return out;
    };
    const auto none = titles(IsoCoverage::none), weak = titles(IsoCoverage::weak);
    doc.heading(2, t.tr("Clauses with weak or no coverage"));
    doc.paragraph(t.tr("These clauses need evidence beyond the CAF self-assessment, for example from internal audits "
                       "or process reviews."));
    if (!none.empty()) {
        doc.heading(3, t.tr("No coverage"));
        doc.bullets(none);
    }
    if (!weak.empty()) {
        doc.heading(3, t.tr("Weak coverage"));
        doc.bullets(weak);
    }
    if (none.empty() && weak.empty()) doc.paragraph(t.tr("Every clause is covered."));
}

}  // namespace assessa::report
