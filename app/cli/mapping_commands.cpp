#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "i18n/translator.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace assessa::cli {

namespace {

using nlohmann::ordered_json;

void show_mapping(Context& ctx, const std::string& source, const std::string& target, bool json) {
    const auto& lib = ctx.library();
    auto mapping = lib.mapping_between(source, target);
    if (!mapping) return ctx.fail(trf("no mapping from \"{}\" to \"{}\" is loaded", source, target));
    auto src = lib.find(source);
    auto dst = lib.find(target);
    const std::string lang = Translator::current().language();
    if (json) {
        ordered_json j{{"id", mapping->id()},           {"version", mapping->version()},
                       {"source", source},              {"target", target},
                       {"official", mapping->official()}, {"title", mapping->title().get(lang)},
                       {"links", ordered_json::array()}};
        for (const auto& l : mapping->links()) {
            ordered_json lj{{"from", l.from}, {"to", l.to}, {"strength", to_string(l.strength)}};
            if (!l.note.empty()) lj["note"] = l.note.get(lang);
            j["links"].push_back(lj);
        }
        ctx.out << j.dump(2) << '\n';
        return;
    }
    ctx.out << mapping->title().get(lang) << '\n';
    ctx.out << (mapping->official() ? tr("Official mapping.")
                                    : tr("Authored mapping: no official correspondence is published; review it for "
                                         "your organisation."))
            << "\n\n";
    TextTable table({source, tr("Link strength"), target, tr("Note")});
    for (const auto& l : mapping->links()) {
        const Node* from = src->find(l.from);
        const Node* to = dst->find(l.to);
        table.add({l.from + " " + (from ? from->title.get(lang) : ""), strength_label(l.strength),
                   l.to + " " + (to ? to->title.get(lang) : ""), l.note.get(lang)});
    }
    table.print(ctx.out);
}

}  // namespace

void add_mapping_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("mappings", tr("Show the links between two frameworks"));
    group->require_subcommand(1);
    auto* show = group->add_subcommand("show", tr("Show the mapping from one framework to another"));
    struct Options {
        std::string source, target;
        bool json = false;
    };
    auto opt = std::make_shared<Options>();
    show->add_option("SOURCE-ID", opt->source, tr("Source framework id"))->required();
    show->add_option("TARGET-ID", opt->target, tr("Target framework id"))->required();
    show->add_flag("--json", opt->json, tr("Print JSON instead of text"));
    show->callback([&ctx, opt] { show_mapping(ctx, opt->source, opt->target, opt->json); });
}

}  // namespace assessa::cli
