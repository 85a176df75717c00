#include "model/bench_types.hpp"

namespace assessa {

std::string_view to_string(InstitutionType t) {
    switch (t) {
        case InstitutionType::municipal_administration: return "municipal-administration";
        case InstitutionType::state_agency: return "state-agency";
        case InstitutionType::education: return "education";
        case InstitutionType::health: return "health";
        case InstitutionType::social_services: return "social-services";
        case InstitutionType::culture: return "culture";
        case InstitutionType::law_enforcement: return "law-enforcement";
        case InstitutionType::other: return "other";
    }
    return "other";
}

std::optional<InstitutionType> institution_type_from_string(std::string_view s) {
    for (auto t : all_institution_types)
        if (to_string(t) == s) return t;
    return std::nullopt;
}

const char* institution_type_label(InstitutionType t, const Translator& tr) {
    switch (t) {
        case InstitutionType::municipal_administration: return tr.tr("Municipal administration");
        case InstitutionType::state_agency: return tr.tr("State agency or ministry");
        case InstitutionType::education: return tr.tr("Education");
        case InstitutionType::health: return tr.tr("Health care");
        case InstitutionType::social_services: return tr.tr("Social services");
        case InstitutionType::culture: return tr.tr("Culture");
        case InstitutionType::law_enforcement: return tr.tr("Law enforcement and justice");
        case InstitutionType::other: return tr.tr("Other public institution");
    }
    return "";
}

std::string_view to_string(SizeBand b) {
    switch (b) {
        case SizeBand::up_to_50: return "1-50";
        case SizeBand::from_51_to_250: return "51-250";
        case SizeBand::from_251_to_1000: return "251-1000";
        case SizeBand::over_1000: return "1001+";
    }
    return "1-50";
}

std::optional<SizeBand> size_band_from_string(std::string_view s) {
    for (auto b : all_size_bands)
        if (to_string(b) == s) return b;
    return std::nullopt;
}

const char* size_band_label(SizeBand b, const Translator& tr) {
    switch (b) {
        case SizeBand::up_to_50: return tr.tr("Up to 50 staff");
        case SizeBand::from_51_to_250: return tr.tr("51 to 250 staff");
        case SizeBand::from_251_to_1000: return tr.tr("251 to 1000 staff");
        case SizeBand::over_1000: return tr.tr("More than 1000 staff");
    }
    return "";
}

std::string_view to_string(BenchLevel l) {
    switch (l) {
        case BenchLevel::node: return "node";
        case BenchLevel::group: return "group";
        case BenchLevel::overall: return "overall";
    }
    return "node";
}

std::optional<BenchLevel> bench_level_from_string(std::string_view s) {
    for (auto l : {BenchLevel::node, BenchLevel::group, BenchLevel::overall})
        if (to_string(l) == s) return l;
    return std::nullopt;
}

}  // namespace assessa
