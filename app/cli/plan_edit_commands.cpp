// "plan create" and "plan action add|edit|status": building an improvement plan without the
// desktop program, through the same undoable edits and rules the action editor uses.

#include "app/cli/commands.hpp"
#include "i18n/translator.hpp"
#include "model/date_format.hpp"
#include "model/edit_history.hpp"
#include "model/plan_edits.hpp"
#include "model/plan_rules.hpp"

#include <algorithm>
#include <ostream>

namespace assessa::cli {

namespace {

// A date option as the user typed it; the reason on stderr (exit 2) when it is not a date.
bool read_date(Context& ctx, const std::string& option, const std::string& typed, std::string& iso) {
    if (const auto d = parse_typed_date(typed)) {
        iso = d->to_string();
        return true;
    }
    ctx.fail(trf("{} {}: {}", option, typed, typed_date_problem(typed, Translator::current().language())), 2);
    return false;
}

// Applies one edit; a refusal is printed as "FILE: reason" (exit 1) and changes nothing.
bool perform(Context& ctx, Project& p, const std::string& file, Edit edit) {
    try {
        EditHistory history(p);
        history.perform(std::move(edit));
        return true;
    } catch (const InvalidEdit& e) {
        ctx.fail(trf("{}: {}", file, e.what()));
    } catch (const ProjectError& e) {
        ctx.fail(e.what());
    }
    return false;
}

// What the plan-changing commands share: the file opened for writing, and its cycle.
struct Target {
    std::unique_ptr<Project> project;
    Cycle cycle;
};

std::optional<Target> open_target(Context& ctx, const std::string& file, const std::string& cycle) {
    auto p = open_project(ctx, file, Project::Mode::read_write);
    if (!p) return std::nullopt;
    const auto c = select_cycle(ctx, *p, file, cycle);
    if (!c) return std::nullopt;
    return Target{std::move(p), *c};
}

// The fields "plan action add" and "plan action edit" take; an option not given leaves the
// field as it is (edit) or at the new action's default (add).
struct ActionOptions {
    std::string file, cycle, action;
    std::optional<std::string> code, title, description, expected, effort, cost, responsible, indicator, target, lead,
        starts_on, due_on;
    std::optional<int> impact, feasibility;
    std::vector<std::string> afis, takes_part, milestones;
    bool no_takes_part = false, no_milestones = false, no_afis = false;
};

void add_action_options(CLI::App* cmd, ActionOptions& o) {
    cmd->add_option("--cycle", o.cycle, tr("Cycle whose plan to change (default: the newest)"));
    cmd->add_option("--code", o.code, tr("Short id of the action (default for a new one: the next free A-NN)"));
    cmd->add_option("--title", o.title, tr("Title of the action"));
    cmd->add_option("--description", o.description, tr("What is to be done"));
    cmd->add_option("--expected-result", o.expected, tr("The result expected"));
    cmd->add_option("--afi", o.afis,
                    tr("Agreed area for improvement it answers: a subcriterion code (1.2) when it has one, or code and "
                       "number (1.2:2); repeat for several"));
    cmd->add_option("--lead", o.lead, tr("Code of the department that leads it (V)"));
    cmd->add_option("--takes-part", o.takes_part, tr("Code of a department that takes part (D); repeat for several"));
    cmd->add_option("--starts-on", o.starts_on, tr("Start date, e.g. 2027-01-31"));
    cmd->add_option("--due", o.due_on, tr("Due date, e.g. 2027-06-30"));
    cmd->add_option("--milestone", o.milestones, tr("A milestone as DATE:TEXT, e.g. 2027-03-31:Draft ready; repeat for several"));
    cmd->add_option("--impact", o.impact, tr("Impact from 1 to 5"));
    cmd->add_option("--feasibility", o.feasibility, tr("Feasibility from 1 to 5"));
    cmd->add_option("--effort", o.effort, tr("Effort, e.g. 20 person-days"));
    cmd->add_option("--cost", o.cost, tr("Cost, e.g. 3 000 EUR"));
    cmd->add_option("--responsible", o.responsible, tr("The person responsible"));
    cmd->add_option("--indicator", o.indicator, tr("Indicator of success"));
    cmd->add_option("--target", o.target, tr("Target value of the indicator"));
}

std::optional<Id> department_id(Context& ctx, const Project& p, const std::string& file, const std::string& code) {
    if (auto d = p.find_department(code)) return d->id;
    ctx.fail(trf("{}: no department with the code \"{}\"", file, code));
    return std::nullopt;
}

// "1.2" (the node's only agreed AFI) or "1.2:2" (its second), among the cycle's agreed AFIs.
std::optional<Id> afi_id(Context& ctx, const Project& p, const std::string& file, Id cycle_id, const std::string& ref) {
    const auto colon = ref.rfind(':');
    const std::string node = colon == std::string::npos ? ref : ref.substr(0, colon);
    std::size_t number = 0;
    if (colon != std::string::npos) {
        const std::string n = ref.substr(colon + 1);
        if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos || std::stoi(n) < 1) {
            ctx.fail(trf("--afi {}: use a subcriterion code, or code and number such as 1.2:2", ref), 2);
            return std::nullopt;
        }
        number = static_cast<std::size_t>(std::stoi(n));
    }
    const Consensus consensus = p.consensus(cycle_id, node);
    const auto agreed = consensus.items_of(NoteKind::afi);
    if (agreed.empty()) {
        ctx.fail(trf("{}: {} has no agreed area for improvement", file, node));
        return std::nullopt;
    }
    if (number == 0 && agreed.size() > 1) {
        ctx.fail(trf("{}: {} has several agreed areas for improvement; name one as {}:1 to {}:{}", file, node, node, node,
                     agreed.size()));
        return std::nullopt;
    }
    if (number > agreed.size()) {
        ctx.fail(trnf("{}: {} has only {} agreed area for improvement", "{}: {} has only {} agreed areas for improvement",
                      agreed.size(), file, node, agreed.size()));
        return std::nullopt;
    }
    return agreed[number == 0 ? 0 : number - 1]->id;
}

// Fills `a` from the options given; false (with the message printed) on a value that is not
// a date, a department or an AFI.
bool apply_options(Context& ctx, const Project& p, Id cycle_id, const ActionOptions& o, ImprovementAction& a) {
    auto set = [](const std::optional<std::string>& v, std::string& field) {
        if (v) field = *v;
    };
    set(o.code, a.code);
    set(o.title, a.title);
    set(o.description, a.description);
    set(o.expected, a.expected_result);
    set(o.effort, a.effort);
    set(o.cost, a.cost);
    set(o.responsible, a.responsible);
    set(o.indicator, a.indicator);
    set(o.target, a.target);
    if (o.impact) a.impact = *o.impact;
    if (o.feasibility) a.feasibility = *o.feasibility;
    if (o.starts_on && !read_date(ctx, "--starts-on", *o.starts_on, a.starts_on)) return false;
    if (o.due_on && !read_date(ctx, "--due", *o.due_on, a.due_on)) return false;
    if (o.lead) {
        const auto id = department_id(ctx, p, o.file, *o.lead);
        if (!id) return false;
        a.lead_department = id;
    }
    if (!o.takes_part.empty() || o.no_takes_part) {
        a.participating_departments.clear();
        for (const auto& code : o.takes_part) {
            const auto id = department_id(ctx, p, o.file, code);
            if (!id) return false;
            a.participating_departments.push_back(*id);
        }
    }
    if (!o.afis.empty() || o.no_afis) {
        a.afi_ids.clear();
        for (const auto& ref : o.afis) {
            const auto id = afi_id(ctx, p, o.file, cycle_id, ref);
            if (!id) return false;
            if (std::find(a.afi_ids.begin(), a.afi_ids.end(), *id) == a.afi_ids.end()) a.afi_ids.push_back(*id);
        }
    }
    if (!o.milestones.empty() || o.no_milestones) {
        a.milestones.clear();
        for (const auto& m : o.milestones) {
            const auto colon = m.find(':');
            if (colon == std::string::npos) {
                ctx.fail(trf("--milestone {}: write it as DATE:TEXT, e.g. 2027-03-31:Draft ready", m), 2);
                return false;
            }
            Milestone ms;
            if (!read_date(ctx, "--milestone", m.substr(0, colon), ms.due_on)) return false;
            ms.title = m.substr(colon + 1);
            a.milestones.push_back(ms);
        }
        std::stable_sort(a.milestones.begin(), a.milestones.end(),
                         [](const Milestone& x, const Milestone& y) { return x.due_on < y.due_on; });
    }
    return true;
}

// The action named by its code or its number in the priority order (7).
std::optional<ImprovementAction> find_action(Context& ctx, const Project& p, const std::string& file, Id cycle_id,
                                             const std::string& which) {
    const auto actions = p.actions(cycle_id);
    for (const auto& a : actions)
        if (a.code == which) return a;
    if (!which.empty() && which.size() < 6 && which.find_first_not_of("0123456789") == std::string::npos) {
        const auto n = static_cast<std::size_t>(std::stoi(which));
        if (n >= 1 && n <= actions.size()) return actions[n - 1];
    }
    ctx.fail(trf("{}: no action \"{}\" in the plan (name it by its code or its number in the list)", file, which));
    return std::nullopt;
}

// Says when the change made an approved plan a draft again.
void report_version(Context& ctx, const Project& p, Id cycle_id, const std::optional<ImprovementPlan>& before) {
    const auto now = p.plan(cycle_id);
    if (before && now && before->approved && !now->approved)
        ctx.out << trf("The plan had been approved; it is now version {}, a draft to be approved again.", now->version)
                << '\n';
}

}  // namespace

void add_plan_edit_commands(CLI::App& plan, Context& ctx) {
    struct CreateOptions {
        std::string file, cycle, approver;
        std::optional<std::string> starts_on;
        int years = 0;
    };
    auto c = std::make_shared<CreateOptions>();
    auto* create = plan.add_subcommand("create", tr("Create the improvement plan of a cycle (a draft, version 1)"));
    create->add_option("FILE", c->file, tr("The project file"))->required();
    create->add_option("--starts-on", c->starts_on,
                       tr("First day of the plan (default: 1 January after the consensus is complete)"));
    create->add_option("--years", c->years, tr("Horizon of the plan: 2 or 3 years"))->required();
    create->add_option("--cycle", c->cycle, tr("Cycle the plan is for (default: the newest)"));
    create->add_option("--approver", c->approver, tr("Who is to approve the plan"));
    create->callback([&ctx, c] {
        NewPlan spec;
        spec.horizon_years = c->years;
        spec.approver = c->approver;
        if (c->starts_on && !read_date(ctx, "--starts-on", *c->starts_on, spec.starts_on)) return;
        auto t = open_target(ctx, c->file, c->cycle);
        if (!t) return;
        spec.cycle_id = t->cycle.id;
        if (!c->starts_on)
            spec.starts_on = default_plan_start(t->cycle, *CalendarDate::parse(now_utc().substr(0, 10))).to_string();
        Edit edit;
        try {
            edit = edit_create_plan(*t->project, spec);
        } catch (const InvalidEdit& e) {
            return ctx.fail(trf("{}: {}", c->file, e.what()));
        }
        if (!perform(ctx, *t->project, c->file, std::move(edit))) return;
        const auto p = *t->project->plan(t->cycle.id);
        ctx.out << trf("Created the improvement plan of cycle {}: {} to {}, draft version 1", t->cycle.label, p.starts_on,
                       p.ends_on()->to_string())
                << '\n';
        if (!p.approved_by.empty()) ctx.out << trf("To be approved by {}", p.approved_by) << '\n';
    });

    auto* action = plan.add_subcommand("action", tr("Add an improvement action, change one, or record its status"));
    action->require_subcommand(1);

    auto a = std::make_shared<ActionOptions>();
    auto* add = action->add_subcommand("add", tr("Add an action at the end of the plan"));
    add->add_option("FILE", a->file, tr("The project file"))->required();
    add_action_options(add, *a);
    add->callback([&ctx, a] {
        auto t = open_target(ctx, a->file, a->cycle);
        if (!t) return;
        const Project& p = *t->project;
        const auto before = p.plan(t->cycle.id);
        if (!before) return ctx.fail(trf("{}: cycle {} has no improvement plan yet; create it first with 'plan create'",
                                         a->file, t->cycle.label));
        ImprovementAction act;
        act.code = next_action_code(p.actions(t->cycle.id));
        if (!apply_options(ctx, p, t->cycle.id, *a, act)) return;
        if (!perform(ctx, *t->project, a->file, edit_add_action(t->cycle.id, act))) return;
        ctx.out << trf("Added action {}: {}", act.code, act.title) << '\n';
        report_version(ctx, p, t->cycle.id, before);
    });

    auto e = std::make_shared<ActionOptions>();
    auto* edit = action->add_subcommand("edit", tr("Change the fields given of an action"));
    edit->add_option("FILE", e->file, tr("The project file"))->required();
    edit->add_option("ACTION", e->action, tr("The action: its code (A-07) or its number in the plan"))->required();
    add_action_options(edit, *e);
    edit->add_flag("--no-takes-part", e->no_takes_part, tr("No department takes part any more"));
    edit->add_flag("--no-milestones", e->no_milestones, tr("Remove every milestone"));
    edit->add_flag("--no-afi", e->no_afis, tr("Link no area for improvement any more"));
    edit->callback([&ctx, e] {
        auto t = open_target(ctx, e->file, e->cycle);
        if (!t) return;
        const Project& p = *t->project;
        const auto before = p.plan(t->cycle.id);
        auto act = find_action(ctx, p, e->file, t->cycle.id, e->action);
        if (!act) return;
        ImprovementAction changed = *act;
        if (!apply_options(ctx, p, t->cycle.id, *e, changed)) return;
        if (changed == *act) {
            ctx.out << trf("Action {} is unchanged", act->code) << '\n';
            return;
        }
        if (!perform(ctx, *t->project, e->file, edit_update_action(p, changed))) return;
        ctx.out << trf("Changed action {}: {}", changed.code, changed.title) << '\n';
        report_version(ctx, p, t->cycle.id, before);
    });

    struct StatusOptions {
        std::string file, cycle, action, status, comment, by;
        std::optional<int> progress;
        std::optional<std::string> on;
    };
    auto s = std::make_shared<StatusOptions>();
    auto* status = action->add_subcommand("status", tr("Record a status change in an action's history"));
    status->add_option("FILE", s->file, tr("The project file"))->required();
    status->add_option("ACTION", s->action, tr("The action: its code (A-07) or its number in the plan"))->required();
    status->add_option("STATUS", s->status, tr("planned, in-progress, done, postponed or cancelled"))->required();
    status->add_option("--progress", s->progress, tr("Progress in percent (default: 100 when done, else unchanged)"));
    status->add_option("--comment", s->comment, tr("What happened"));
    status->add_option("--by", s->by, tr("Who reports it"));
    status->add_option("--date", s->on, tr("Date of the change (default: today)"));
    status->add_option("--cycle", s->cycle, tr("Cycle whose plan to change (default: the newest)"));
    status->callback([&ctx, s] {
        const auto st = action_status_from_string(s->status);
        if (!st)
            return ctx.fail(trf("unknown status \"{}\" (use planned, in-progress, done, postponed or cancelled)", s->status),
                            2);
        std::string on = now_utc().substr(0, 10);
        if (s->on && !read_date(ctx, "--date", *s->on, on)) return;
        auto t = open_target(ctx, s->file, s->cycle);
        if (!t) return;
        const Project& p = *t->project;
        auto act = find_action(ctx, p, s->file, t->cycle.id, s->action);
        if (!act) return;
        const int progress = s->progress ? *s->progress : *st == ActionStatus::done ? 100 : act->progress;
        if (!perform(ctx, *t->project, s->file, edit_action_status(p, act->id, *st, progress, s->comment, s->by, on)))
            return;
        const auto now = p.action(act->id);
        ctx.out << trf("Action {}: {}, {}%", now.code, action_status_label(now.status), now.progress) << '\n';
    });
}

}  // namespace assessa::cli
