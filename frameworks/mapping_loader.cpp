#include "frameworks/mapping_loader.hpp"

#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace assessa {

namespace {

Loaded<Mapping> parse_mapping(XmlReader& xml, std::string source_path, const FrameworkLookup& frameworks) {
    Loaded<Mapping> out;
    Mapping::Data d;
    d.source_path = std::move(source_path);
    if (xml.parse() && xml.expect_root("mapping", mapping_namespace)) {
        auto root = xml.root();
        xml.allow_attributes(root, {"id", "version", "source", "target", "status"});
        xml.allow_children(root, {"title", "description", "link"});
        if (auto id = xml.required(root, "id")) {
            if (!is_identifier(*id))
                xml.error(root, trf("mapping id \"{}\" must use lower-case letters, digits, '-', '.' or '_'", *id));
            d.id = *id;
        }
        if (auto v = xml.required(root, "version")) d.version = *v;
        if (auto status = xml.required(root, "status")) {
            if (*status == "official") d.official = true;
            else if (*status != "authored")
                xml.error(root, trf("mapping status must be \"authored\" or \"official\", not \"{}\"", *status));
        }
        d.title = xml.texts(root, "title", true, tr("the mapping"));
        d.description = xml.texts(root, "description", false, tr("the mapping"));
        FrameworkPtr source, target;
        if (auto s = xml.required(root, "source")) {
            d.source_id = *s;
            source = frameworks(*s);
            if (!source) xml.error(root, trf("the source framework \"{}\" is not loaded", *s));
        }
        if (auto t = xml.required(root, "target")) {
            d.target_id = *t;
            target = frameworks(*t);
            if (!target) xml.error(root, trf("the target framework \"{}\" is not loaded", *t));
        }
        std::map<std::pair<std::string, std::string>, int> seen;
        for (auto el : root.children("link")) {
            xml.allow_attributes(el, {"from", "to", "strength"});
            xml.allow_children(el, {"note"});
            MappingLink link;
            auto from = xml.required(el, "from");
            auto to = xml.required(el, "to");
            auto strength = xml.required(el, "strength");
            if (from) {
                link.from = *from;
                if (source && !source->find(*from))
                    xml.error(el, trf("link from \"{}\": no such node in framework \"{}\"", *from, d.source_id));
            }
            if (to) {
                link.to = *to;
                if (target && !target->find(*to))
                    xml.error(el, trf("link to \"{}\": no such node in framework \"{}\"", *to, d.target_id));
            }
            if (strength) {
                if (auto s = strength_from_string(*strength)) link.strength = *s;
                else xml.error(el, trf("link strength must be strong, partial or weak, not \"{}\"", *strength));
            }
            if (from && to) {
                auto [it, inserted] = seen.emplace(std::pair{*from, *to}, xml.line_of(el));
                if (!inserted)
                    xml.error(el, trf("duplicate link from \"{}\" to \"{}\" (first on line {})", *from, *to, it->second));
            }
            link.note = xml.texts(el, "note", false, trf("the link from {} to {}", link.from, link.to));
            d.links.push_back(std::move(link));
        }
    }
    if (xml.failed()) {
        out.errors = xml.errors();
        return out;
    }
    out.value = std::make_shared<const Mapping>(std::move(d));
    return out;
}

}  // namespace

Loaded<Mapping> load_mapping_file(const std::string& path, const FrameworkLookup& frameworks) {
    XmlReader xml = XmlReader::from_file(path);
    return parse_mapping(xml, path, frameworks);
}

Loaded<Mapping> load_mapping_text(const std::string& label, std::string text, const FrameworkLookup& frameworks) {
    XmlReader xml(label, std::move(text));
    return parse_mapping(xml, "", frameworks);
}

Loaded<Mapping> load_mapping_against_versions(const std::function<Loaded<Mapping>(const FrameworkLookup&)>& load,
                                              const FrameworkVersions& versions) {
    Loaded<Mapping> first;
    for (std::size_t back = 0;; ++back) {
        bool older_left = false;
        const FrameworkLookup lookup = [&](std::string_view id) -> FrameworkPtr {
            const auto all = versions(id);
            if (all.empty()) return nullptr;
            if (back + 1 < all.size()) older_left = true;
            return all[all.size() - 1 - std::min(back, all.size() - 1)];
        };
        auto loaded = load(lookup);
        if (loaded.ok()) return loaded;
        if (back == 0) first = std::move(loaded);
        if (!older_left) return first;
    }
}

}  // namespace assessa
