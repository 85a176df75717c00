#pragma once

#include "i18n/translator.hpp"
#include "model/project_types.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace assessa {

class Project;

// The External Feedback self-check (docs/caf-steps.md): what the PEF's pillars 1 (steps 1-6) and
// 2 (steps 7-9) look at, in our own words, each judged from what the project records. It
// prepares for the external feedback and does not replace it.
enum class PefJudgement { met, partly, missing, not_recorded };
inline constexpr PefJudgement all_pef_judgements[] = {PefJudgement::met, PefJudgement::partly, PefJudgement::missing,
                                                     PefJudgement::not_recorded};
std::string_view to_string(PefJudgement j);
const char* pef_judgement_label(PefJudgement j, const Translator& t = Translator::current());  // translated

// A record that shows an item: what it is, its date, and where it is found (a report section
// or a place in the program), all translated.
struct PefEvidence {
    std::string record;  // "Management decision by Director Rasa Petrauskienė"
    std::string date;    // ISO date; may be empty
    std::string where;   // "Self-assessment report: How the self-assessment was organised"

    bool operator==(const PefEvidence&) const = default;
};

struct PefItem {
    std::string id;  // "1.1", stable, used by --json
    int pillar = 1;  // 1 or 2
    int step = 1;    // 1-10
    std::string title;   // what is looked at, translated
    PefJudgement judgement = PefJudgement::missing;
    std::string reason;  // why, translated, naming what is there and what is not
    std::vector<PefEvidence> evidence;
};

struct PefCheck {
    Id cycle_id = 0;
    std::string checked_on;  // ISO date the check was made for
    std::vector<PefItem> items;  // by pillar, step and id

    int count(PefJudgement j) const;
};

// The self-check of a cycle as of `today` (ISO date; timeliness of reviews is judged from it).
PefCheck pef_self_check(const Project& project, Id cycle_id, const std::string& today,
                        const Translator& t = Translator::current());

}  // namespace assessa
