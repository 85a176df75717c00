#pragma once

#include "i18n/translator.hpp"
#include "model/project.hpp"

#include <string>
#include <vector>

namespace assessa {

// One cell of the action list: spreadsheets keep dates and numbers as such, so people can
// sort and filter them in Excel.
struct PlanCell {
    enum class Kind { text, number, date };
    Kind kind = Kind::text;
    std::string text;   // the text, or the ISO date; numbers are also given as text
    double number = 0;

    static PlanCell of_text(std::string s) { return {Kind::text, std::move(s), 0}; }
    static PlanCell of_number(double v);
    static PlanCell of_date(std::string iso) { return {iso.empty() ? Kind::text : Kind::date, std::move(iso), 0}; }
};

// The improvement plan of a cycle as one row per action, in priority order, with headings
// and category/status names in the catalog of `t`.
struct PlanTable {
    std::vector<std::string> header;
    std::vector<double> widths;  // suggested column widths in characters
    std::vector<std::vector<PlanCell>> rows;
};
PlanTable plan_table(const Project& project, Id cycle_id, const Translator& t);

// Milestones of every action, one row each (action code, action title, milestone, due, done).
PlanTable milestone_table(const Project& project, Id cycle_id, const Translator& t);

}  // namespace assessa
