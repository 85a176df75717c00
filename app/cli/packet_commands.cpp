// The "packet" group: individual assessment packets (docs/packet-format.md).

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "exports/packet_export.hpp"
#include "exports/packet_import.hpp"
#include "exports/packet_workspace.hpp"
#include "i18n/translator.hpp"

#include <map>
#include <ostream>

namespace assessa::cli {

namespace {

void add_export(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file, member, output, output_dir, cycle;
        bool all = false, keep_earlier = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("export", tr("Write a member's packet, or every member's packets into a folder"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("--member", o->member, tr("The member: id or name"));
    cmd->add_option("-o,--output", o->output, tr("The packet file to write (.assessa-packet)"));
    cmd->add_flag("--all", o->all, tr("One packet for every group member"));
    cmd->add_option("--output-dir", o->output_dir, tr("The folder for --all"));
    cmd->add_option("--cycle", o->cycle, tr("The cycle (default: the newest)"));
    cmd->add_flag("--keep-earlier", o->keep_earlier,
                  tr("Packets sent to these members before stay valid (default: only the newest packet of a member is "
                     "accepted)"));
    cmd->callback([&ctx, o] {
        const bool one = !o->member.empty() && !o->output.empty() && !o->all && o->output_dir.empty();
        const bool all = o->all && !o->output_dir.empty() && o->member.empty() && o->output.empty();
        if (!one && !all)
            return ctx.fail(tr("give either --member ID and --output FILE, or --all and --output-dir DIR"), 2);
        // Sending records each packet's secret in the project.
        auto p = open_project(ctx, o->file, Project::Mode::read_write);
        if (!p) return;
        const auto c = select_cycle(ctx, *p, o->file, o->cycle);
        if (!c) return;
        const SendOptions options{o->keep_earlier};
        try {
            if (one) {
                const Member m = find_member(*p, o->member);
                const Packet packet = send_packet(*p, c->id, m.id, o->output, options);
                ctx.out << trf("Wrote {}: packet of {} for cycle {}, sending {}, revision {}", o->output, m.name,
                               c->label, packet.header.sending, packet.header.revision)
                        << '\n';
            } else {
                for (const auto& s : export_all_packets(*p, c->id, o->output_dir, options))
                    ctx.out << trf("Wrote {}: packet of {} for cycle {}, sending {}", s.path, s.member.name, c->label,
                                   s.sending)
                            << '\n';
            }
        } catch (const PacketError& e) {
            ctx.fail(e.what());
        } catch (const InvalidEdit& e) {
            ctx.fail(trf("{}: {}", o->file, e.what()));
        } catch (const ProjectError& e) {
            ctx.fail(e.what());
        }
    });
}

void add_import(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file, cycle;
        std::vector<std::string> packets;
        bool accept_unauthenticated = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("import", tr("Import returned packets into a project (each all or nothing)"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("PACKET", o->packets, tr("Packet files (.assessa-packet)"))->required();
    cmd->add_flag("--accept-unauthenticated", o->accept_unauthenticated,
                  tr("Also import packets written before packets carried a secret (nothing shows who wrote them; the "
                     "import record notes it)"));
    cmd->add_option("--cycle", o->cycle, tr("Accept only packets of this cycle (default: each packet's own cycle)"));
    cmd->callback([&ctx, o] {
        auto p = open_project(ctx, o->file, Project::Mode::read_write);
        if (!p) return;
        if (!o->cycle.empty() && !select_cycle(ctx, *p, o->file, o->cycle)) return;
        std::size_t refused = 0;
        const PacketImportOptions options{o->accept_unauthenticated, o->cycle};
        try {
            for (const auto& file : o->packets) {
                const auto result = import_packet(*p, file, options);
                if (result.ok()) {
                    ctx.out << describe(*result.report) << '\n';
                } else {
                    ctx.err << to_string(result.errors);
                    ++refused;
                }
            }
        } catch (const ProjectError& e) {
            return ctx.fail(e.what());
        }
        if (refused)
            ctx.fail(trnf("{} of {} packets was refused and left the project unchanged",
                          "{} of {} packets were refused and left the project unchanged", refused, refused,
                          o->packets.size()));
    });
}

void add_status(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file, cycle;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("status", tr("Show which members' packets were imported, and every import"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("--cycle", o->cycle, tr("The cycle (default: the newest)"));
    cmd->callback([&ctx, o] {
        auto p = open_project(ctx, o->file, Project::Mode::read_only);
        if (!p) return;
        const auto c = select_cycle(ctx, *p, o->file, o->cycle);
        if (!c) return;
        std::map<Id, std::string> names;
        for (const auto& m : p->members()) names[m.id] = m.name;
        TextTable sent({tr("Sent"), tr("Member"), tr("Sending"), tr("Accepted")});
        for (const auto& s : p->packet_sendings(c->id))
            sent.add({s.sent_at, names[s.member_id], std::to_string(s.number),
                      s.valid ? tr("yes") : tr("no (sent again)")});
        ctx.out << trf("Packets sent for cycle {}:", c->label) << '\n';
        sent.print(ctx.out);
        TextTable table({tr("Imported"), tr("Member"), tr("Sending"), tr("Revision"), tr("State"),
                         tr("Scores set/changed/removed"), tr("Items added/removed"), tr("File")});
        for (const auto& r : p->packet_imports(c->id))
            table.add({r.imported_at, names[r.member_id], packet_sending_label(r),
                       std::to_string(r.revision), r.finished ? tr("finished") : tr("not finished yet"),
                       fmt::format("{}/{}/{}", r.scores_set, r.scores_changed, r.scores_removed),
                       fmt::format("{}/{}", r.items_added, r.items_removed), r.file_name});
        ctx.out << trf("Packets imported into cycle {}:", c->label) << '\n';
        table.print(ctx.out);
    });
}

void add_show(CLI::App& group, Context& ctx) {
    auto packet = std::make_shared<std::string>();
    auto* cmd = group.add_subcommand("show", tr("Check a packet and show whose it is and how far it is filled in"));
    cmd->add_option("PACKET", *packet, tr("The packet file (.assessa-packet)"))->required();
    cmd->callback([&ctx, packet] {
        try {
            const auto w = PacketWorkspace::open(*packet);
            const auto& h = w->header();
            const auto progress = w->progress();
            ctx.out << trf("{}: packet of {} for {}, cycle {} ({}, {} scoring)", *packet, h.member_name, h.organisation,
                           h.cycle_label, h.framework_id, h.method_id)
                    << '\n'
                    << trf("Revision {}, written {}, {}", h.revision, h.written_at,
                           h.finished ? tr("finished") : tr("not finished yet"))
                    << '\n'
                    << trf("{} of {} subcriteria assessed", progress.completed, progress.total) << '\n';
        } catch (const PacketError& e) {
            ctx.err << e.what() << '\n';
            ctx.fail(trf("{}: not a usable packet", *packet));
        }
    });
}

}  // namespace

void add_packet_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("packet", tr("Individual assessment packets: send to members, import returned ones"));
    group->require_subcommand(1);
    add_export(*group, ctx);
    add_import(*group, ctx);
    add_status(*group, ctx);
    add_show(*group, ctx);
}

}  // namespace assessa::cli
