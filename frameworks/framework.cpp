#include "frameworks/framework.hpp"

#include <algorithm>

namespace assessa {

std::string_view to_string(Aggregation a) {
    switch (a) {
        case Aggregation::mean: return "mean";
        case Aggregation::median: return "median";
        case Aggregation::min: return "min";
        case Aggregation::max: return "max";
    }
    return "mean";
}

std::optional<Aggregation> aggregation_from_string(std::string_view s) {
    if (s == "mean") return Aggregation::mean;
    if (s == "median") return Aggregation::median;
    if (s == "min") return Aggregation::min;
    if (s == "max") return Aggregation::max;
    return std::nullopt;
}

std::optional<double> aggregate(Aggregation how, std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    switch (how) {
        case Aggregation::mean: {
            double sum = 0;
            for (double v : values) sum += v;
            return sum / static_cast<double>(values.size());
        }
        case Aggregation::median: {
            std::sort(values.begin(), values.end());
            const auto n = values.size();
            return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
        }
        case Aggregation::min: return *std::min_element(values.begin(), values.end());
        case Aggregation::max: return *std::max_element(values.begin(), values.end());
    }
    return std::nullopt;
}

const LocalizedText& Band::descriptor_for(std::string_view phase_id) const {
    for (const auto& [phase, text] : phase_descriptors)
        if (phase == phase_id) return text;
    return descriptor;
}

const Band* Panel::band_for(int score) const {
    for (const auto& b : bands)
        if (score >= b.min && score <= b.max) return &b;
    return nullptr;
}

const Phase* Panel::find_phase(std::string_view id) const {
    for (const auto& p : phases)
        if (p.id == id) return &p;
    return nullptr;
}

const std::string* Method::panel_for_group(std::string_view group_id) const {
    for (const auto& [group, panel] : group_panels)
        if (group == group_id) return &panel;
    return nullptr;
}

Framework::Framework(Data d) : d_(std::move(d)) {}

std::vector<std::size_t> Framework::roots() const {
    std::vector<std::size_t> r;
    for (std::size_t i = 0; i < d_.nodes.size(); ++i)
        if (!d_.nodes[i].parent) r.push_back(i);
    return r;
}

std::vector<std::size_t> Framework::assessable_nodes() const {
    std::vector<std::size_t> r;
    for (std::size_t i = 0; i < d_.nodes.size(); ++i)
        if (d_.nodes[i].assessable) r.push_back(i);
    return r;
}

std::size_t Framework::assessable_count() const {
    return static_cast<std::size_t>(
        std::count_if(d_.nodes.begin(), d_.nodes.end(), [](const Node& n) { return n.assessable; }));
}

std::optional<std::size_t> Framework::index_of(std::string_view code) const {
    for (std::size_t i = 0; i < d_.nodes.size(); ++i)
        if (d_.nodes[i].code == code) return i;
    return std::nullopt;
}

const Node* Framework::find(std::string_view code) const {
    auto i = index_of(code);
    return i ? &d_.nodes[*i] : nullptr;
}

const Node& Framework::top_ancestor(const Node& n) const {
    const Node* cur = &n;
    while (cur->parent) cur = &d_.nodes[*cur->parent];
    return *cur;
}

const Group* Framework::group_of(const Node& n) const {
    const auto& top = top_ancestor(n).code;
    for (const auto& g : d_.groups)
        if (std::find(g.node_codes.begin(), g.node_codes.end(), top) != g.node_codes.end()) return &g;
    return nullptr;
}

const Group* Framework::find_group(std::string_view id) const {
    for (const auto& g : d_.groups)
        if (g.id == id) return &g;
    return nullptr;
}

const Panel* Framework::find_panel(std::string_view id) const {
    for (const auto& p : d_.panels)
        if (p.id == id) return &p;
    return nullptr;
}

const Method* Framework::find_method(std::string_view id) const {
    for (const auto& m : d_.methods)
        if (m.id == id) return &m;
    return nullptr;
}

const Panel* Framework::panel_for(const Node& n, std::string_view method_id) const {
    if (!n.assessable) return nullptr;
    const Method* m = find_method(method_id);
    const Group* g = group_of(n);
    if (!m || !g) return nullptr;
    const std::string* panel_id = m->panel_for_group(g->id);
    return panel_id ? find_panel(*panel_id) : nullptr;
}

std::optional<std::pair<int, int>> Framework::method_scale(std::string_view method_id) const {
    const Method* m = find_method(method_id);
    if (!m || m->group_panels.empty()) return std::nullopt;
    std::optional<std::pair<int, int>> scale;
    for (const auto& [group, panel_id] : m->group_panels) {
        const Panel* p = find_panel(panel_id);
        if (!p) return std::nullopt;
        const std::pair<int, int> this_scale{p->scale_min, p->scale_max};
        if (scale && *scale != this_scale) return std::nullopt;
        scale = this_scale;
    }
    return scale;
}

}  // namespace assessa
