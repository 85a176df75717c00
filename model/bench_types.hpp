#pragma once

#include "i18n/translator.hpp"
#include "model/project_types.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

// Benchlearning (docs/benchlearning.md): an institution shares its consensus scores with a CAF
// network coordinator, anonymously; the coordinator merges the submissions into a comparison
// set; institutions import the set and see where they stand.

// The kind of institution, chosen from a list so that submissions can be grouped without
// free text that could name the organisation.
enum class InstitutionType {
    municipal_administration,
    state_agency,
    education,
    health,
    social_services,
    culture,
    law_enforcement,
    other
};
inline constexpr std::array all_institution_types{
    InstitutionType::municipal_administration, InstitutionType::state_agency, InstitutionType::education,
    InstitutionType::health, InstitutionType::social_services, InstitutionType::culture,
    InstitutionType::law_enforcement, InstitutionType::other};
std::string_view to_string(InstitutionType t);
std::optional<InstitutionType> institution_type_from_string(std::string_view s);
const char* institution_type_label(InstitutionType t, const Translator& tr = Translator::current());  // translated

// Staff numbers in bands wide enough not to identify an institution.
enum class SizeBand { up_to_50, from_51_to_250, from_251_to_1000, over_1000 };
inline constexpr std::array all_size_bands{SizeBand::up_to_50, SizeBand::from_51_to_250, SizeBand::from_251_to_1000,
                                           SizeBand::over_1000};
std::string_view to_string(SizeBand b);  // "1-50", "51-250", "251-1000", "1001+"
std::optional<SizeBand> size_band_from_string(std::string_view s);
const char* size_band_label(SizeBand b, const Translator& tr = Translator::current());  // translated

// What the sharing institution says about itself: all from lists, the region optional.
struct BenchProfile {
    InstitutionType type = InstitutionType::other;
    SizeBand size = SizeBand::up_to_50;
    std::string region;  // optional, e.g. "Vilnius county"; never the organisation's name

    bool operator==(const BenchProfile&) const = default;
};

// One consensus score: an assessable node or a criterion ("1.1", "1"), a group ("enablers") or
// the overall score.
enum class BenchLevel { node, group, overall };
std::string_view to_string(BenchLevel l);
std::optional<BenchLevel> bench_level_from_string(std::string_view s);

struct BenchScore {
    BenchLevel level = BenchLevel::node;
    std::string code;  // node code or group id; empty for the overall score
    double score = 0;

    bool operator==(const BenchScore&) const = default;
};

// One institution's anonymised result of one cycle: no names, no texts, no individual scores.
struct BenchSubmission {
    // Random, made once per project (Project::bench_submission_id); a later submission with
    // the same identifier replaces an earlier one in a set without naming the organisation.
    std::string submission_id;
    std::string written_at;  // ISO date and time, UTC; the newest per identifier is kept
    BenchProfile profile;
    std::string framework_id;
    std::string framework_version;
    std::string method_id;
    std::string cycle_label;
    int year = 0;  // the year the cycle's assessment took place
    int members = 0;
    bool consensus_complete = false;  // every assessable node has a consensus score
    std::vector<BenchScore> scores;   // the scores that exist, framework order

    bool operator==(const BenchSubmission&) const = default;
};

// A network's merged submissions, all on one framework version and method.
struct BenchSet {
    std::string framework_id;
    std::string framework_version;
    std::string method_id;
    std::string merged_at;  // ISO date and time, UTC
    std::vector<BenchSubmission> submissions;

    bool operator==(const BenchSet&) const = default;
};

// A set as imported into a project.
struct StoredBenchSet {
    Id id = 0;
    std::string source_name;  // the file's name, without folders
    std::string imported_at;  // ISO date and time, UTC
    BenchSet set;

    bool operator==(const StoredBenchSet&) const = default;
};

// No comparison is shown or printed for fewer institutions than this.
inline constexpr std::size_t bench_minimum_institutions = 5;

}  // namespace assessa
