#include "exports/report/assessment_data.hpp"

#include <fmt/format.h>

namespace assessa::report {

using namespace pdf;

namespace {

// Coverage below this sum of link weights counts as weak (one strong link, or two partial ones, is enough).
constexpr double enough_coverage = 1.0;

bool in_subtree(std::string_view code, std::string_view clause) {
    return code == clause || (code.size() > clause.size() && code.starts_with(clause) && code[clause.size()] == '.');
}

struct ClauseView {
    std::vector<const MappingLink*> links;
    double coverage = 0;  // sum of link weights
    std::optional<double> weighted;
};

ClauseView view_of(const AssessmentData& d, const Node& clause) {
    ClauseView v;
    double sum = 0, weights = 0;
    for (const auto& link : d.iso_mapping->links()) {
        if (!in_subtree(link.to, clause.code)) continue;
        v.links.push_back(&link);
        v.coverage += weight_of(link.strength);
        if (auto s = d.summary.consensus.node(link.from)) {
            sum += weight_of(link.strength) * *s;
            weights += weight_of(link.strength);
        }
    }
    if (weights > 0) v.weighted = sum / weights;
    return v;
}

}  // namespace

void write_iso_view(Document& doc, const AssessmentData& d) {
    const auto& t = d.t();
    if (!d.iso_mapping || !d.iso) return;
    doc.heading(1, t.tr("ISO 9001:2015 view"));
    doc.paragraph(t.trf("Each clause of {} lists the CAF subcriteria mapped to it and their consensus scores, combined "
                        "as a mean weighted by the strength of each link (the weights are in the annex). The mapping "
                        "is authored for this tool: {}.",
                        d.iso->title().get(d.lang()),
                        d.iso_mapping->official() ? t.tr("it is published by the framework owners")
                                                  : t.tr("no official mapping between CAF and ISO 9001 is published")));
    Table table;
    table.columns = {3.6, 4, 1.1, 1.4};
    table.header = {t.tr("Clause"), t.tr("Mapped CAF nodes"), t.tr("Weighted score"), t.tr("Coverage")};
    table.align = {Align::left, Align::left, Align::right, Align::left};
    table.style.size = 8;
    std::vector<std::string> weak, none;
    for (const auto& clause : d.iso->nodes()) {
        if (clause.depth > 1) continue;
        const ClauseView v = view_of(d, clause);
        std::string nodes;
        if (clause.depth > 0)
            for (const auto* l : v.links) {
                if (!nodes.empty()) nodes += ", ";
                nodes += fmt::format("{} ({}{})", l->from, strength_label(l->strength, t),
                                     l->to == clause.code ? "" : " \u2192 " + l->to);
            }
        std::string coverage = v.links.empty() ? t.tr("none") : v.coverage < enough_coverage ? t.tr("weak") : t.tr("covered");
        table.rows.push_back({clause.code + " " + clause.title.get(d.lang()), nodes, d.score(v.weighted), coverage});
        table.strong_rows.push_back(clause.depth == 0);
        if (clause.depth == 1 && v.links.empty()) none.push_back(clause.code + " " + clause.title.get(d.lang()));
        else if (clause.depth == 1 && v.coverage < enough_coverage) weak.push_back(clause.code + " " + clause.title.get(d.lang()));
    }
    doc.table(table);
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
