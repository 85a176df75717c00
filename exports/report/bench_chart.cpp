#include "exports/report/bench_chart.hpp"

namespace assessa::report {

std::string too_few_sentence(std::size_t institutions, const Translator& t) {
    return t.trnf("Too few to compare anonymously: {} institution; at least {} are needed.",
                  "Too few to compare anonymously: {} institutions; at least {} are needed.", institutions, institutions,
                  bench_minimum_institutions);
}

std::string box_plot_explanation(const Translator& t) {
    return t.tr("Each box spans the middle half of the institutions, from the first to the third quartile, with a line "
                "at the median; the whiskers reach the lowest and the highest score.");
}

pdf::BoxRow box_row(const BenchNodeStats& stats, const std::string& label, const Translator& t) {
    pdf::BoxRow row;
    row.label = label;
    if (const auto& d = stats.distribution) {
        row.box = pdf::BoxStats{d->min, d->q1, d->median, d->q3, d->max};
        row.dots = stats.values;
    } else {
        row.note = t.tr("too few to compare anonymously");
    }
    return row;
}

}  // namespace assessa::report
