#include "frameworks/framework_loader.hpp"

#include "frameworks/framework_version.hpp"
#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace assessa {

namespace {

class FrameworkParser {
public:
    FrameworkParser(XmlReader& xml, std::string source_path) : xml_(xml) {
        data_.source_path = std::move(source_path);
    }

    Loaded<Framework> run() {
        Loaded<Framework> out;
        if (xml_.parse() && xml_.expect_root("framework", framework_namespace)) read_framework();
        if (xml_.failed()) {
            out.errors = xml_.errors();
            return out;
        }
        out.value = std::make_shared<const Framework>(std::move(data_));
        return out;
    }

private:
    XmlReader& xml_;
    Framework::Data data_;
    std::map<std::string, pugi::xml_node> node_elements_;  // code -> where it was defined

    void read_framework() {
        auto root = xml_.root();
        xml_.allow_attributes(root, {"id", "version", "publisher"});
        xml_.allow_children(root, {"title", "description", "scoring", "nodes"});
        if (auto id = xml_.required(root, "id")) {
            if (!is_identifier(*id))
                xml_.error(root, trf("framework id \"{}\" must use lower-case letters, digits, '-', '.' or '_'", *id));
            data_.id = *id;
        }
        if (auto v = xml_.required(root, "version")) {
            if (!is_framework_version(*v))
                xml_.error(root, trf("framework version \"{}\" must be numbers separated by dots, such as 2020 or 2020.1",
                                     *v));
            data_.version = *v;
        }
        data_.publisher = root.attribute("publisher").value();
        data_.title = xml_.texts(root, "title", true, tr("the framework"));
        data_.description = xml_.texts(root, "description", false, tr("the framework"));

        auto nodes = root.child("nodes");
        if (!nodes) {
            xml_.error(root, tr("<framework> needs a <nodes> element"));
        } else {
            xml_.allow_attributes(nodes, {});
            xml_.allow_children(nodes, {"node"});
            for (auto n : nodes.children("node")) read_node(n, std::nullopt, 0);
            if (data_.nodes.empty()) xml_.error(nodes, tr("<nodes> holds no <node>"));
        }
        if (auto scoring = root.child("scoring")) read_scoring(scoring);
        check_assessable_nodes_are_scored(root);
    }

    void read_node(pugi::xml_node el, std::optional<std::size_t> parent, int depth) {
        xml_.allow_attributes(el, {"code", "kind", "assessable"});
        xml_.allow_children(el, {"title", "guidance", "example", "node"});
        Node n;
        n.parent = parent;
        n.depth = depth;
        if (auto code = xml_.required(el, "code")) {
            if (!is_node_code(*code))
                xml_.error(el, trf("node code \"{}\" must be dot-separated letters and digits, like 1.2 or 7.1.5", *code));
            n.code = *code;
        }
        if (auto kind = xml_.required(el, "kind")) n.kind = *kind;
        n.assessable = xml_.boolean(el, "assessable", false).value_or(false);
        const std::string what = trf("node {}", n.code.empty() ? "?" : n.code);
        n.title = xml_.texts(el, "title", true, what);
        n.guidance = xml_.texts(el, "guidance", false, what);
        std::set<std::string> labels;
        for (auto ex : el.children("example")) {
            xml_.allow_attributes(ex, {"label"});
            xml_.allow_children(ex, {"text"});
            Example e;
            if (auto label = xml_.required(ex, "label")) {
                if (!labels.insert(*label).second)
                    xml_.error(ex, trf("node {} has two examples labelled \"{}\"", n.code, *label));
                e.label = *label;
            }
            e.text = xml_.texts(ex, "text", true, trf("example {} of node {}", e.label, n.code));
            n.examples.push_back(std::move(e));
        }
        if (!n.code.empty()) {
            auto [it, inserted] = node_elements_.emplace(n.code, el);
            if (!inserted) {
                xml_.error(el, trf("duplicate node code \"{}\" (first defined on line {})", n.code,
                                   xml_.line_of(it->second)));
            }
        }
        const std::size_t index = data_.nodes.size();
        data_.nodes.push_back(std::move(n));
        if (parent) data_.nodes[*parent].children.push_back(index);
        for (auto child : el.children("node")) read_node(child, index, depth + 1);
    }

    void read_scoring(pugi::xml_node scoring) {
        xml_.allow_attributes(scoring, {"node-aggregation"});
        xml_.allow_children(scoring, {"group", "panel", "method"});
        if (auto a = scoring.attribute("node-aggregation")) {
            if (auto how = aggregation_from_string(a.value())) data_.node_aggregation = *how;
            else xml_.error(scoring, trf("unknown aggregation \"{}\" (use mean, median, min or max)", a.value()));
        }
        for (auto g : scoring.children("group")) read_group(g);
        for (auto p : scoring.children("panel")) read_panel(p);
        for (auto m : scoring.children("method")) read_method(m);
    }

    void read_group(pugi::xml_node el) {
        xml_.allow_attributes(el, {"id", "nodes"});
        xml_.allow_children(el, {"title"});
        Group g;
        if (auto id = xml_.required(el, "id")) g.id = *id;
        if (has_group(g.id)) xml_.error(el, trf("duplicate group id \"{}\"", g.id));
        g.title = xml_.texts(el, "title", true, trf("group {}", g.id));
        for (const auto& code : split(el.attribute("nodes").value())) {
            auto idx = index_of(code);
            if (!idx) {
                xml_.error(el, trf("group \"{}\" names node \"{}\", which does not exist", g.id, code));
            } else if (data_.nodes[*idx].parent) {
                xml_.error(el, trf("group \"{}\" names node \"{}\", which is not a top-level node", g.id, code));
            } else {
                for (const auto& other : data_.groups)
                    if (std::count(other.node_codes.begin(), other.node_codes.end(), code))
                        xml_.error(el, trf("node \"{}\" is in group \"{}\" and in group \"{}\"", code, other.id, g.id));
                g.node_codes.push_back(code);
            }
        }
        if (g.node_codes.empty() && !xml_.failed()) xml_.error(el, trf("group \"{}\" names no nodes", g.id));
        data_.groups.push_back(std::move(g));
    }

    void read_panel(pugi::xml_node el) {
        xml_.allow_attributes(el, {"id", "min", "max", "phase-aggregation"});
        xml_.allow_children(el, {"title", "description", "phase", "band"});
        Panel p;
        if (auto id = xml_.required(el, "id")) p.id = *id;
        for (const auto& other : data_.panels)
            if (other.id == p.id) xml_.error(el, trf("duplicate panel id \"{}\"", p.id));
        p.title = xml_.texts(el, "title", true, trf("panel {}", p.id));
        p.description = xml_.texts(el, "description", false, trf("panel {}", p.id));
        const auto lo = xml_.integer(el, "min", true), hi = xml_.integer(el, "max", true);
        bool scale_ok = lo && hi;
        if (lo && hi) {
            if (*lo >= *hi) {
                xml_.error(el, trf("panel \"{}\": min ({}) must be below max ({})", p.id, *lo, *hi));
                scale_ok = false;
            }
            p.scale_min = *lo;
            p.scale_max = *hi;
        }
        if (auto a = el.attribute("phase-aggregation")) {
            if (auto how = aggregation_from_string(a.value())) p.phase_aggregation = *how;
            else xml_.error(el, trf("unknown aggregation \"{}\" (use mean, median, min or max)", a.value()));
        }
        for (auto ph : el.children("phase")) {
            xml_.allow_attributes(ph, {"id"});
            xml_.allow_children(ph, {"title", "description"});
            Phase phase;
            if (auto id = xml_.required(ph, "id")) phase.id = *id;
            if (p.find_phase(phase.id)) xml_.error(ph, trf("panel \"{}\" has two phases \"{}\"", p.id, phase.id));
            phase.title = xml_.texts(ph, "title", true, trf("phase {}", phase.id));
            phase.description = xml_.texts(ph, "description", false, trf("phase {}", phase.id));
            p.phases.push_back(std::move(phase));
        }
        if (p.phases.empty()) xml_.error(el, trf("panel \"{}\" has no <phase>", p.id));
        std::vector<std::pair<Band, pugi::xml_node>> bands;
        bool bands_ok = true;
        for (auto b : el.children("band")) {
            auto band = read_band(b, p);
            bands_ok = bands_ok && band.has_value();
            if (band) bands.emplace_back(std::move(*band), b);
        }
        std::stable_sort(bands.begin(), bands.end(), [](const auto& a, const auto& b) { return a.first.min < b.first.min; });
        // Coverage is only meaningful once the scale and every band's limits could be read.
        if (scale_ok && bands_ok) check_band_coverage(el, p, bands);
        for (auto& [band, node] : bands) p.bands.push_back(std::move(band));
        data_.panels.push_back(std::move(p));
    }

    // The band, or nullopt when its limits cannot be read.
    std::optional<Band> read_band(pugi::xml_node el, const Panel& p) {
        xml_.allow_attributes(el, {"min", "max"});
        xml_.allow_children(el, {"label", "descriptor"});
        Band b;
        const auto lo = xml_.integer(el, "min", true), hi = xml_.integer(el, "max", true);
        bool limits_ok = lo && hi;
        if (lo && hi) {
            b.min = *lo;
            b.max = *hi;
            if (b.min > b.max) {
                xml_.error(el, trf("band {}-{}: min is above max", b.min, b.max));
                limits_ok = false;
            }
        }
        b.label = xml_.texts(el, "label", false, trf("band {}-{}", b.min, b.max));
        b.descriptor = xml_.texts(el, "descriptor", false, trf("band {}-{}", b.min, b.max));
        for (auto d : el.children("descriptor")) {
            const std::string phase = d.attribute("phase").value();
            if (phase.empty()) continue;
            if (!p.find_phase(phase)) {
                xml_.error(d, trf("descriptor for phase \"{}\", which panel \"{}\" does not have", phase, p.id));
                continue;
            }
            auto it = std::find_if(b.phase_descriptors.begin(), b.phase_descriptors.end(),
                                   [&](const auto& pd) { return pd.first == phase; });
            if (it == b.phase_descriptors.end()) it = b.phase_descriptors.insert(b.phase_descriptors.end(), {phase, {}});
            const std::string lang = normalize_language(d.attribute("xml:lang").as_string("en"));
            if (it->second.has(lang))
                xml_.error(d, trf("band {}-{} has a second descriptor for phase \"{}\" in language '{}'", b.min, b.max, phase, lang));
            it->second.set(lang, XmlReader::text_of(d));
        }
        for (const auto& phase : p.phases)
            if (!b.descriptor_for(phase.id).has("en"))
                xml_.error(el, trf("band {}-{} has no English descriptor for phase \"{}\"", b.min, b.max, phase.id));
        if (!limits_ok) return std::nullopt;
        return b;
    }

    void check_band_coverage(pugi::xml_node el, const Panel& p,
                             const std::vector<std::pair<Band, pugi::xml_node>>& bands) {
        if (bands.empty()) {
            xml_.error(el, trf("panel \"{}\" has no <band>", p.id));
            return;
        }
        int next = p.scale_min;
        for (const auto& [b, node] : bands) {
            if (b.min > next)
                xml_.error(node, trf("panel \"{}\": the scale has a gap from {} to {}", p.id, next, b.min - 1));
            else if (b.min < next)
                xml_.error(node, trf("panel \"{}\": band {}-{} overlaps the band before it", p.id, b.min, b.max));
            next = std::max(next, b.max + 1);
        }
        if (bands.front().first.min < p.scale_min)
            xml_.error(bands.front().second, trf("panel \"{}\": band {}-{} starts below the scale minimum {}", p.id,
                                                 bands.front().first.min, bands.front().first.max, p.scale_min));
        if (next - 1 < p.scale_max)
            xml_.error(el, trf("panel \"{}\": the scale has a gap from {} to {}", p.id, next, p.scale_max));
        else if (next - 1 > p.scale_max)
            xml_.error(bands.back().second, trf("panel \"{}\": band {}-{} ends above the scale maximum {}", p.id,
                                                bands.back().first.min, bands.back().first.max, p.scale_max));
    }

    void read_method(pugi::xml_node el) {
        xml_.allow_attributes(el, {"id"});
        xml_.allow_children(el, {"title", "description", "use"});
        Method m;
        if (auto id = xml_.required(el, "id")) m.id = *id;
        for (const auto& other : data_.methods)
            if (other.id == m.id) xml_.error(el, trf("duplicate method id \"{}\"", m.id));
        m.title = xml_.texts(el, "title", true, trf("method {}", m.id));
        m.description = xml_.texts(el, "description", false, trf("method {}", m.id));
        for (auto use : el.children("use")) {
            xml_.allow_attributes(use, {"group", "panel"});
            xml_.allow_children(use, {});
            auto group = xml_.required(use, "group");
            auto panel = xml_.required(use, "panel");
            if (!group || !panel) continue;
            if (!has_group(*group))
                xml_.error(use, trf("method \"{}\" uses group \"{}\", which does not exist", m.id, *group));
            if (std::none_of(data_.panels.begin(), data_.panels.end(), [&](const Panel& p) { return p.id == *panel; }))
                xml_.error(use, trf("method \"{}\" uses panel \"{}\", which does not exist", m.id, *panel));
            if (m.panel_for_group(*group))
                xml_.error(use, trf("method \"{}\" names group \"{}\" twice", m.id, *group));
            m.group_panels.emplace_back(*group, *panel);
        }
        data_.methods.push_back(std::move(m));
    }

    void check_assessable_nodes_are_scored(pugi::xml_node root) {
        if (xml_.failed()) return;
        const Framework probe(data_);  // a copy, to use its lookups before the real one exists
        bool any = false;
        for (const auto& n : probe.nodes()) {
            if (!n.assessable) continue;
            any = true;
            const Group* g = probe.group_of(n);
            if (!g) {
                xml_.error(node_elements_.at(n.code),
                           trf("node {} is assessable but its top-level node is in no scoring group", n.code));
                continue;
            }
            for (const auto& m : probe.methods())
                if (!m.panel_for_group(g->id))
                    xml_.error(node_elements_.at(n.code),
                               trf("node {} is assessable but method \"{}\" gives its group \"{}\" no panel", n.code,
                                   m.id, g->id));
        }
        if (any && probe.methods().empty())
            xml_.error(root, tr("the framework has assessable nodes but no scoring <method>"));
    }

    bool has_group(std::string_view id) const {
        return std::any_of(data_.groups.begin(), data_.groups.end(), [&](const Group& g) { return g.id == id; });
    }

    std::optional<std::size_t> index_of(std::string_view code) const {
        for (std::size_t i = 0; i < data_.nodes.size(); ++i)
            if (data_.nodes[i].code == code) return i;
        return std::nullopt;
    }

    static std::vector<std::string> split(std::string_view s) {
        std::vector<std::string> out;
        std::string cur;
        for (char c : s) {
            if (c == ' ' || c == '\t' || c == '\n' || c == ',') {
                if (!cur.empty()) out.push_back(std::move(cur));
                cur.clear();
            } else {
                cur.push_back(c);
            }
        }
        if (!cur.empty()) out.push_back(std::move(cur));
        return out;
    }
};

}  // namespace

Loaded<Framework> load_framework_file(const std::string& path) {
    XmlReader xml = XmlReader::from_file(path);
    return FrameworkParser(xml, path).run();
}

Loaded<Framework> load_framework_text(const std::string& label, std::string text) {
    XmlReader xml(label, std::move(text));
    return FrameworkParser(xml, "").run();
}

}  // namespace assessa
