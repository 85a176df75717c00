#include "frameworks/mapping.hpp"

#include "i18n/translator.hpp"

namespace assessa {

std::string_view to_string(Strength s) {
    switch (s) {
        case Strength::strong: return "strong";
        case Strength::partial: return "partial";
        case Strength::weak: return "weak";
    }
    return "strong";
}

std::optional<Strength> strength_from_string(std::string_view s) {
    if (s == "strong") return Strength::strong;
    if (s == "partial") return Strength::partial;
    if (s == "weak") return Strength::weak;
    return std::nullopt;
}

const char* strength_label(Strength s, const Translator& t) {
    switch (s) {
        case Strength::strong: return t.tr("strong");
        case Strength::partial: return t.tr("partial");
        case Strength::weak: return t.tr("weak");
    }
    return "";
}

double weight_of(Strength s) {
    switch (s) {
        case Strength::strong: return 1.0;
        case Strength::partial: return 0.5;
        case Strength::weak: return 0.25;
    }
    return 0.0;
}

std::vector<const MappingLink*> Mapping::links_from(std::string_view source_code) const {
    std::vector<const MappingLink*> r;
    for (const auto& l : d_.links)
        if (l.from == source_code) r.push_back(&l);
    return r;
}

std::vector<const MappingLink*> Mapping::links_to(std::string_view target_code) const {
    std::vector<const MappingLink*> r;
    for (const auto& l : d_.links)
        if (l.to == target_code) r.push_back(&l);
    return r;
}

}  // namespace assessa
