#pragma once

#include "frameworks/localized_text.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace assessa {

// How several values (phase scores, child node scores) combine into one.
enum class Aggregation { mean, median, min, max };

std::string_view to_string(Aggregation a);
std::optional<Aggregation> aggregation_from_string(std::string_view s);

// Combines the present values; std::nullopt when there are none.
std::optional<double> aggregate(Aggregation how, std::vector<double> values);

struct Phase {
    std::string id;  // "plan", "do", "trends", or "overall" for a single-phase panel
    LocalizedText title;
    LocalizedText description;
};

struct Band {
    int min = 0;
    int max = 0;
    LocalizedText label;  // short name of the level, e.g. "PLAN"; may be empty
    LocalizedText descriptor;  // descriptor for every phase
    std::vector<std::pair<std::string, LocalizedText>> phase_descriptors;  // per-phase overrides

    // The descriptor that applies to `phase_id` (its own, or the common one).
    const LocalizedText& descriptor_for(std::string_view phase_id) const;
};

// A scoring panel: an integer scale cut into bands, the phases scored on it, and how the
// phase scores combine into the node's score.
struct Panel {
    std::string id;
    LocalizedText title;
    LocalizedText description;
    int scale_min = 0;
    int scale_max = 100;
    Aggregation phase_aggregation = Aggregation::mean;
    std::vector<Phase> phases;
    std::vector<Band> bands;  // sorted, contiguous, covering the scale exactly

    const Band* band_for(int score) const;
    const Phase* find_phase(std::string_view id) const;
    bool in_scale(int score) const { return score >= scale_min && score <= scale_max; }
};

// A scoring method (CAF: classical or fine-tuned): which panel scores which group.
struct Method {
    std::string id;
    LocalizedText title;
    LocalizedText description;
    std::vector<std::pair<std::string, std::string>> group_panels;  // group id -> panel id

    const std::string* panel_for_group(std::string_view group_id) const;
};

// A named set of top-level nodes (CAF: enablers 1-5, results 6-9).
struct Group {
    std::string id;
    LocalizedText title;
    std::vector<std::string> node_codes;
};

struct Example {
    std::string label;  // "a", "b", ...
    LocalizedText text;
};

struct Node {
    std::string code;  // "1", "1.1", "7.1.5"
    std::string kind;  // "criterion", "subcriterion", "clause", ...
    bool assessable = false;
    LocalizedText title;
    LocalizedText guidance;
    std::vector<Example> examples;
    std::optional<std::size_t> parent;  // index into Framework::nodes()
    std::vector<std::size_t> children;  // indexes into Framework::nodes()
    int depth = 0;  // 0 for top-level nodes
};

// A loaded framework. Immutable once built by the loader; shared between projects and views.
class Framework {
public:
    struct Data {
        std::string id;
        std::string version;
        std::string publisher;
        LocalizedText title;
        LocalizedText description;
        std::vector<Node> nodes;  // document order (pre-order)
        std::vector<Group> groups;
        std::vector<Panel> panels;
        std::vector<Method> methods;
        Aggregation node_aggregation = Aggregation::mean;  // children -> parent, nodes -> group
        std::string source_path;  // where it was loaded from ("" when from memory)
    };

    explicit Framework(Data d);

    const std::string& id() const { return d_.id; }
    const std::string& version() const { return d_.version; }
    const std::string& publisher() const { return d_.publisher; }
    const LocalizedText& title() const { return d_.title; }
    const LocalizedText& description() const { return d_.description; }
    const std::vector<Node>& nodes() const { return d_.nodes; }
    const std::vector<Group>& groups() const { return d_.groups; }
    const std::vector<Panel>& panels() const { return d_.panels; }
    const std::vector<Method>& methods() const { return d_.methods; }
    Aggregation node_aggregation() const { return d_.node_aggregation; }
    const std::string& source_path() const { return d_.source_path; }

    std::vector<std::size_t> roots() const;
    std::vector<std::size_t> assessable_nodes() const;  // document order
    std::size_t assessable_count() const;

    const Node* find(std::string_view code) const;
    std::optional<std::size_t> index_of(std::string_view code) const;
    const Node& top_ancestor(const Node& n) const;
    const Group* group_of(const Node& n) const;  // the group of its top-level ancestor
    const Group* find_group(std::string_view id) const;
    const Panel* find_panel(std::string_view id) const;
    const Method* find_method(std::string_view id) const;

    // The panel a node is scored with under `method_id`; nullptr if the node is not assessable.
    const Panel* panel_for(const Node& n, std::string_view method_id) const;
    // The scale every panel of a method shares, as {min, max} (CAF: 0-100; the social-work
    // station: 1-5); std::nullopt when its panels differ or the method is unknown. Charts and
    // texts about criterion, group and overall scores use it.
    std::optional<std::pair<int, int>> method_scale(std::string_view method_id) const;

private:
    Data d_;
};

using FrameworkPtr = std::shared_ptr<const Framework>;

}  // namespace assessa
