// The "cycle" group: list the self-assessment cycles, start the next one.

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "frameworks/framework_changes.hpp"
#include "i18n/translator.hpp"
#include "model/cycle_summary.hpp"
#include "model/next_cycle.hpp"

#include <algorithm>
#include <ostream>

namespace assessa::cli {

namespace {

std::string progress_text(const Project& p, const Cycle& c) {
    const CycleSummary s = summarize(p, c.id);
    std::size_t done = 0, total = 0;
    for (const auto& m : s.members) {
        done += m.completed;
        total += m.total;
    }
    return trf("individual {}/{}, consensus {}/{}", done, total, s.consensus_done, s.nodes.size());
}

std::string plan_text(const Project& p, const Cycle& c) {
    const auto plan = p.plan(c.id);
    if (!plan) return tr("no plan");
    const auto a = plan_achievement(p, c.id);
    const std::string state = plan->approved ? trf("approved v{}", plan->version) : trf("draft v{}", plan->version);
    return trf("{}: {} done, {} in progress, {} not started", state, a.done, a.in_progress, a.not_started);
}

void add_list(CLI::App& group, Context& ctx) {
    auto file = std::make_shared<std::string>();
    auto* cmd = group.add_subcommand("list", tr("List the self-assessment cycles in time order"));
    cmd->add_option("FILE", *file, tr("The project file"))->required();
    cmd->callback([&ctx, file] {
        auto p = open_project(ctx, *file, Project::Mode::read_only);
        if (!p) return;
        const std::string lang = Translator::current().language();
        TextTable table({tr("Cycle"), tr("Started"), tr("Report approved"), tr("Method"), tr("Framework"),
                         tr("Members"), tr("Progress"), tr("Improvement plan")});
        for (const auto& c : p->cycles()) {
            const auto fw = p->framework_of(c);
            const Method* method = fw ? fw->find_method(c.method_id) : nullptr;
            table.add({c.label, c.started_on, c.approved_on.empty() ? tr("not yet") : c.approved_on,
                       method ? method->title.get(lang) : c.method_id,
                       fw ? fw->id() + " " + fw->version() : c.framework_id,
                       std::to_string(p->cycle_members(c.id).size()), progress_text(*p, c), plan_text(*p, c)});
        }
        table.print(ctx.out);
    });
}

std::optional<Member> member_named(Context& ctx, const std::vector<Member>& members, const std::string& name,
                                   const std::string& file) {
    for (const auto& m : members)
        if (m.name == name) return m;
    ctx.fail(trf("{}: no group member named \"{}\"", file, name));
    return std::nullopt;
}

void add_add(CLI::App& group, Context& ctx) {
    struct Options {
        std::string file, label, starts_on, method, framework_version;
        std::vector<std::string> leave, join, roles, adopt;
        bool adopt_open = false, see_previous = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = group.add_subcommand("add", tr("Start the next self-assessment cycle after the newest one"));
    cmd->add_option("FILE", o->file, tr("The project file"))->required();
    cmd->add_option("--label", o->label, tr("Name of the new cycle, such as the year"))->required();
    cmd->add_option("--starts-on", o->starts_on, tr("Start date, YYYY-MM-DD (default: the date step 10 planned, else today)"));
    cmd->add_option("--method", o->method, tr("Scoring method (default: the previous cycle's)"));
    cmd->add_option("--framework-version", o->framework_version,
                    tr("Version of the framework (default: the one the previous cycle used)"));
    cmd->add_option("--leave", o->leave, tr("A member who leaves the group (repeat for several)"));
    cmd->add_option("--join", o->join, tr("A new member joining the group, NAME or NAME=ROLE (repeat)"));
    cmd->add_option("--role", o->roles, tr("A new role for a member who stays, NAME=ROLE (repeat)"));
    cmd->add_option("--adopt", o->adopt, tr("Code of an open action of the previous plan to carry on (repeat)"));
    cmd->add_flag("--adopt-open", o->adopt_open, tr("Carry on every open action of the previous plan"));
    cmd->add_flag("--members-see-previous-consensus", o->see_previous,
                  tr("Let the group see the previous cycle's consensus (default: they assess blind)"));
    cmd->callback([&ctx, o] {
        auto p = open_project(ctx, o->file, Project::Mode::read_write);
        if (!p) return;
        const Cycle previous = p->current_cycle();
        NextCycle next;
        next.framework_version = o->framework_version;
        next.label = o->label;
        next.starts_on = o->starts_on.empty() ? planned_next_start(*p) : o->starts_on;
        next.method_id = o->method;
        next.members_see_previous_consensus = o->see_previous;
        const auto members = p->members();
        for (const auto& name : o->leave) {
            auto m = member_named(ctx, members, name, o->file);
            if (!m) return;
            next.leaving.push_back(m->id);
        }
        auto split_role = [&](const std::string& spec, std::string& name) -> std::optional<MemberRole> {
            const auto eq = spec.rfind('=');
            name = spec.substr(0, eq);
            if (eq == std::string::npos) return MemberRole::member;
            auto role = member_role_from_string(spec.substr(eq + 1));
            if (!role) ctx.fail(trf("unknown role \"{}\" (use facilitator, member or sponsor)", spec.substr(eq + 1)), 2);
            return role;
        };
        for (const auto& spec : o->join) {
            Member m;
            auto role = split_role(spec, m.name);
            if (!role) return;
            m.role = *role;
            next.joining.push_back(m);
        }
        for (const auto& spec : o->roles) {
            std::string name;
            auto role = split_role(spec, name);
            if (!role) return;
            auto m = member_named(ctx, members, name, o->file);
            if (!m) return;
            next.new_roles.emplace_back(m->id, *role);
        }
        const auto achieved = plan_achievement(*p, previous.id);
        if (o->adopt_open)
            for (const auto& a : achieved.open) next.adopt.push_back(a.id);
        for (const auto& code : o->adopt) {
            const auto actions = p->actions(previous.id);
            auto a = std::find_if(actions.begin(), actions.end(), [&](const auto& x) { return x.code == code; });
            if (a == actions.end()) return ctx.fail(trf("{}: the plan of cycle {} has no action {}", o->file, previous.label, code));
            next.adopt.push_back(a->id);
        }
        try {
            // The library is read only when the version asked for is not in the project yet.
            const bool held = o->framework_version.empty() || p->framework(previous.framework_id, o->framework_version);
            const Id id = start_next_cycle(*p, next, held ? nullptr : &ctx.library());
            const Cycle c = p->cycle(id);
            if (c.framework_version != previous.framework_version) {
                const auto changes = framework_changes(*p->framework_of(previous), *p->framework_of(c));
                ctx.out << trf("Cycle {} uses version {} of framework \"{}\" (cycle {}: version {}); nodes added: {}, "
                               "removed: {}, renamed: {}",
                               c.label, c.framework_version, c.framework_id, previous.label, previous.framework_version,
                               changes.added.size(), changes.removed.size(), changes.renamed.size())
                        << '\n';
            }
            ctx.out << trf("Started cycle {} on {} after cycle {}: {} members, {} scoring, {} actions carried on", c.label,
                           c.started_on, previous.label, p->cycle_members(id).size(), c.method_id, next.adopt.size())
                    << '\n'
                    << trf("The plan of cycle {}: {} done, {} in progress, {} not started", previous.label, achieved.done,
                           achieved.in_progress, achieved.not_started)
                    << '\n';
        } catch (const InvalidEdit& e) {
            ctx.fail(trf("{}: {}", o->file, e.what()));
        } catch (const ProjectError& e) {
            ctx.fail(e.what());
        }
    });
}

}  // namespace

void add_cycle_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("cycle", tr("Self-assessment cycles: list them, start the next one"));
    group->require_subcommand(1);
    add_list(*group, ctx);
    add_add(*group, ctx);
}

}  // namespace assessa::cli
