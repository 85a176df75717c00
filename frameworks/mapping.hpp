#pragma once

#include "i18n/translator.hpp"

#include "frameworks/localized_text.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

enum class Strength { strong, partial, weak };

std::string_view to_string(Strength s);
std::optional<Strength> strength_from_string(std::string_view s);
// The strength as shown to users, translated.
const char* strength_label(Strength s, const Translator& t = Translator::current());
// Weight of a link when scores of mapped nodes are combined: strong 1, partial 0.5, weak 0.25.
double weight_of(Strength s);

struct MappingLink {
    std::string from;  // node code in the source framework
    std::string to;    // node code in the target framework
    Strength strength = Strength::strong;
    LocalizedText note;
};

// Links from nodes of one framework to nodes of another (CAF 2020 -> ISO 9001:2015).
// Immutable once loaded.
class Mapping {
public:
    struct Data {
        std::string id;
        std::string version;
        std::string source_id;
        std::string target_id;
        bool official = false;  // false: authored, not published by the framework owners
        LocalizedText title;
        LocalizedText description;
        std::vector<MappingLink> links;
        std::string source_path;
    };

    explicit Mapping(Data d) : d_(std::move(d)) {}

    const std::string& id() const { return d_.id; }
    const std::string& version() const { return d_.version; }
    const std::string& source_id() const { return d_.source_id; }
    const std::string& target_id() const { return d_.target_id; }
    bool official() const { return d_.official; }
    const LocalizedText& title() const { return d_.title; }
    const LocalizedText& description() const { return d_.description; }
    const std::vector<MappingLink>& links() const { return d_.links; }
    const std::string& source_path() const { return d_.source_path; }

    std::vector<const MappingLink*> links_from(std::string_view source_code) const;
    std::vector<const MappingLink*> links_to(std::string_view target_code) const;

private:
    Data d_;
};

using MappingPtr = std::shared_ptr<const Mapping>;

}  // namespace assessa
