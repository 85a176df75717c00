#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "frameworks/framework_loader.hpp"
#include "frameworks/mapping_loader.hpp"
#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>

namespace assessa::cli {

namespace {

using nlohmann::ordered_json;

ordered_json node_json(const Framework& fw, const Node& n, const std::string& lang) {
    ordered_json j;
    j["code"] = n.code;
    j["kind"] = n.kind;
    j["assessable"] = n.assessable;
    j["title"] = n.title.get(lang);
    if (!n.guidance.empty()) j["guidance"] = n.guidance.get(lang);
    if (!n.examples.empty()) {
        j["examples"] = ordered_json::array();
        for (const auto& e : n.examples) j["examples"].push_back({{"label", e.label}, {"text", e.text.get(lang)}});
    }
    if (!n.children.empty()) {
        j["children"] = ordered_json::array();
        for (auto c : n.children) j["children"].push_back(node_json(fw, fw.nodes()[c], lang));
    }
    return j;
}

ordered_json framework_json(const Framework& fw, const std::string& lang) {
    ordered_json j;
    j["id"] = fw.id();
    j["version"] = fw.version();
    j["publisher"] = fw.publisher();
    j["title"] = fw.title().get(lang);
    j["language"] = lang;
    j["groups"] = ordered_json::array();
    for (const auto& g : fw.groups())
        j["groups"].push_back({{"id", g.id}, {"title", g.title.get(lang)}, {"nodes", g.node_codes}});
    j["methods"] = ordered_json::array();
    for (const auto& m : fw.methods()) {
        ordered_json mj{{"id", m.id}, {"title", m.title.get(lang)}, {"panels", ordered_json::object()}};
        for (const auto& [group, panel] : m.group_panels) mj["panels"][group] = panel;
        j["methods"].push_back(mj);
    }
    j["nodes"] = ordered_json::array();
    for (auto r : fw.roots()) j["nodes"].push_back(node_json(fw, fw.nodes()[r], lang));
    return j;
}

void print_tree(std::ostream& out, const Framework& fw, const std::string& lang) {
    out << fw.title().get(lang) << " (" << fw.id() << ", " << fw.version() << ")\n";
    // The ids 'new --method' takes, with the scale each uses ("maturity: Maturity scale, 1-5").
    for (const auto& m : fw.methods()) {
        std::string scales;
        for (const auto& [group, panel_id] : m.group_panels)
            if (const Panel* p = fw.find_panel(panel_id)) {
                const std::string scale = std::to_string(p->scale_min) + "-" + std::to_string(p->scale_max);
                if (scales.find(scale) != std::string::npos) continue;
                if (!scales.empty()) scales += ", ";
                scales += scale;
            }
        out << trf("Scoring method {}: {}, {}", m.id, m.title.get(lang), scales) << '\n';
    }
    if (!fw.methods().empty()) out << '\n';
    for (const auto& n : fw.nodes()) {
        out << std::string(static_cast<std::size_t>(n.depth) * 2 + 2, ' ') << n.code << "  " << n.title.get(lang);
        if (n.assessable) out << "  " << tr("[assessable]");
        out << '\n';
    }
}

void list_frameworks(Context& ctx) {
    const auto& lib = ctx.library();
    const std::string lang = Translator::current().language();
    TextTable table({tr("ID"), tr("Version"), tr("Title"), tr("Nodes"), tr("Assessable"), tr("File")});
    for (const auto& fw : lib.frameworks())
        table.add({fw->id(), fw->version(), fw->title().get(lang), std::to_string(fw->nodes().size()),
                   std::to_string(fw->assessable_count()), fw->source_path()});
    table.print(ctx.out);
    if (lib.frameworks().empty()) ctx.fail(tr("no frameworks found"));
}

// Validates the files given: frameworks first, then mappings, which may refer to frameworks
// among the same files or in the library.
void validate(Context& ctx, const std::vector<std::string>& files) {
    std::map<std::string, FrameworkPtr> given;
    std::vector<std::string> mappings;
    bool all_ok = true;
    for (const auto& file : files) {
        XmlReader probe = XmlReader::from_file(file);
        if (probe.parse() && std::string_view(probe.root().name()) == "mapping") {
            mappings.push_back(file);
            continue;
        }
        auto loaded = load_framework_file(file);
        if (!loaded.ok()) {
            ctx.err << to_string(loaded.errors);
            all_ok = false;
            continue;
        }
        given[loaded.value->id()] = loaded.value;
        ctx.out << trf("{}: valid framework \"{}\" ({} nodes, {} assessable)", file, loaded.value->id(),
                       loaded.value->nodes().size(), loaded.value->assessable_count())
                << '\n';
    }
    const FrameworkLookup lookup = [&](std::string_view id) -> FrameworkPtr {
        if (auto it = given.find(std::string(id)); it != given.end()) return it->second;
        return ctx.library().find(id);
    };
    for (const auto& file : mappings) {
        auto loaded = load_mapping_file(file, lookup);
        if (!loaded.ok()) {
            ctx.err << to_string(loaded.errors);
            all_ok = false;
            continue;
        }
        ctx.out << trf("{}: valid mapping \"{}\" ({} links)", file, loaded.value->id(), loaded.value->links().size())
                << '\n';
    }
    if (!all_ok) ctx.exit_code = 1;
}

}  // namespace

void add_framework_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("frameworks", tr("List, show and validate quality frameworks"));
    group->require_subcommand(1);

    auto* list = group->add_subcommand("list", tr("List the frameworks found in the bundled and user directories"));
    list->callback([&ctx] { list_frameworks(ctx); });

    auto* show = group->add_subcommand("show", tr("Show the node tree of a framework"));
    struct ShowOptions {
        std::string id, language;
        bool json = false;
    };
    auto opt = std::make_shared<ShowOptions>();
    show->add_option("ID", opt->id, tr("Framework id, as listed by 'frameworks list'"))->required();
    show->add_flag("--json", opt->json, tr("Print JSON instead of text"));
    show->add_option("--language", opt->language, tr("Language of the texts (en, lt, zh); English where missing"));
    show->callback([&ctx, opt] {
        auto fw = ctx.library().find(opt->id);
        if (!fw) return ctx.fail(trf("no framework with id \"{}\" (see 'assessa-cli frameworks list')", opt->id));
        const std::string lang =
            normalize_language(opt->language.empty() ? Translator::current().language() : opt->language);
        if (opt->json) ctx.out << framework_json(*fw, lang).dump(2) << '\n';
        else print_tree(ctx.out, *fw, lang);
    });

    auto* val = group->add_subcommand("validate", tr("Check framework and mapping files; report every problem"));
    auto files = std::make_shared<std::vector<std::string>>();
    val->add_option("FILE", *files, tr("Framework or mapping XML files"))->required();
    val->callback([&ctx, files] { validate(ctx, *files); });
}

}  // namespace assessa::cli
