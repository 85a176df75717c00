#pragma once

// What the network report and the self-assessment report's comparison share.

#include "exports/pdf/charts.hpp"
#include "i18n/translator.hpp"
#include "model/bench_statistics.hpp"

#include <string>

namespace assessa::report {

// "Too few to compare anonymously: ..." for a set (or node) of n institutions.
std::string too_few_sentence(std::size_t institutions, const Translator& t);
// How to read the box plots.
std::string box_plot_explanation(const Translator& t);
// A box-plot row of a node's distribution with its values as dots, or the too-few note.
pdf::BoxRow box_row(const BenchNodeStats& stats, const std::string& label, const Translator& t);

}  // namespace assessa::report
