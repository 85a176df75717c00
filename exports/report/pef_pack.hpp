#pragma once

#include "exports/report/report_common.hpp"
#include "model/pef_check.hpp"

#include <string>

namespace assessa::report {

// What the External Feedback evidence pack prints, read from the project once.
struct PefPackData {
    const Project& project;
    Settings s;
    PefCheck check;
    CycleSteps steps;

    const Translator& t() const { return s.t; }
    const std::string& lang() const { return s.lang; }
};

// The annexes hold the records of each step, one per step: "A1" for step 1 to "A10".
std::string annex_code(int step);
std::string annex_title(int step, const Translator& t);
void write_pef_annexes(pdf::Document& doc, const PefPackData& d);

}  // namespace assessa::report
