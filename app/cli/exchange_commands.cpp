#include "app/cli/commands.hpp"
#include "exports/demo_project.hpp"
#include "exports/exchange_format.hpp"
#include "i18n/translator.hpp"

#include <ostream>

namespace assessa::cli {

void add_exchange_commands(CLI::App& app, Context& ctx) {
    struct Options {
        std::string file, data, output, language = "en", cycle;
    };

    auto* imp = app.add_subcommand("import", tr("Import an exchange XML file into a project (all or nothing)"));
    auto i = std::make_shared<Options>();
    imp->add_option("FILE", i->file, tr("The project file"))->required();
    imp->add_option("DATA", i->data, tr("The exchange XML file (docs/exchange-format.md)"))->required();
    imp->callback([&ctx, i] {
        auto p = open_project(ctx, i->file, Project::Mode::read_write);
        if (!p) return;
        const auto result = import_exchange(*p, i->data);
        if (!result.ok()) {
            ctx.err << to_string(result.errors);
            ctx.fail(trf("nothing was imported into {}", i->file));
            return;
        }
        const auto& r = *result.report;
        ctx.out << trf("Imported {}: {}", i->data, describe(r)) << '\n';
    });

    auto* exp = app.add_subcommand("export", tr("Export a project as exchange XML"));
    auto e = std::make_shared<Options>();
    exp->add_option("FILE", e->file, tr("The project file"))->required();
    exp->add_option("-o,--output", e->output, tr("The XML file to write"))->required();
    exp->add_option("--cycle", e->cycle, tr("Export only this cycle (default: every cycle)"));
    exp->callback([&ctx, e] {
        auto p = open_project(ctx, e->file, Project::Mode::read_only);
        if (!p) return;
        try {
            export_exchange(*p, e->output, e->cycle);
            ctx.out << trf("Wrote {}", e->output) << '\n';
        } catch (const ProjectError& err) {
            ctx.fail(err.what());
        } catch (const InvalidEdit& err) {
            ctx.fail(err.what());
        }
    });

    auto* demo = app.add_subcommand("demo", tr("Write the demo self-assessment of a fictional municipality"));
    auto d = std::make_shared<Options>();
    demo->add_option("FILE", d->file, tr("The project file to create (.assessa)"))->required();
    demo->add_option("--language", d->language, tr("Language of the demo texts: en or lt"))->capture_default_str();
    demo->callback([&ctx, d] {
        if (d->language != "en" && d->language != "lt")
            return ctx.fail(trf("the demo exists in English and Lithuanian (en, lt), not \"{}\"", d->language), 2);
        try {
            auto p = write_demo_project(d->file, ctx.library(), d->language);
            const auto members = p->members().size(), cycles = p->cycles().size();
            ctx.out << trf("Created {}: {}, {}, {}", d->file, p->organisation().name,
                           trnf("{} member", "{} members", members, members), trnf("{} cycle", "{} cycles", cycles, cycles))
                    << '\n';
        } catch (const ProjectError& err) {
            ctx.fail(err.what());
        } catch (const InvalidEdit& err) {
            ctx.fail(err.what());
        }
    });
}

}  // namespace assessa::cli
