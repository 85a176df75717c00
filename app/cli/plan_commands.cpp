#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "exports/plan/plan_files.hpp"
#include "i18n/translator.hpp"
#include "model/plan_rules.hpp"
#include "model/plan_views.hpp"

#include <nlohmann/json.hpp>

#include <ctime>
#include <map>
#include <ostream>

namespace assessa::cli {

namespace {

using nlohmann::ordered_json;

struct PlanData {
    Cycle cycle;
    ImprovementPlan plan;
    std::vector<ImprovementAction> actions;
    std::map<Id, Department> departments;
    PlanContext context;

    std::string code_of(Id department) const {
        auto it = departments.find(department);
        return it == departments.end() ? std::string() : it->second.code;
    }
};

std::optional<PlanData> load_plan(Context& ctx, const Project& p, const std::string& file, const std::string& cycle) {
    const auto c = select_cycle(ctx, p, file, cycle);
    if (!c) return std::nullopt;
    auto plan = p.plan(c->id);
    if (!plan) {
        ctx.fail(trf("{}: cycle {} has no improvement plan yet", file, c->label));
        return std::nullopt;
    }
    PlanData d{*c, *plan, p.actions(c->id), {}, plan_context(p, c->id)};
    for (const auto& dep : p.departments()) d.departments[dep.id] = dep;
    return d;
}

ordered_json action_json(const ImprovementAction& a, const PlanData& d) {
    ordered_json participants = ordered_json::array();
    for (Id dep : a.participating_departments) participants.push_back(d.code_of(dep));
    ordered_json afis = ordered_json::array();
    for (Id afi : a.afi_ids) {
        auto node = d.context.afi_nodes.find(afi);
        afis.push_back({{"node", node == d.context.afi_nodes.end() ? "" : node->second},
                        {"text", d.context.afi_texts.count(afi) ? d.context.afi_texts.at(afi) : ""}});
    }
    ordered_json milestones = ordered_json::array();
    for (const auto& m : a.milestones) milestones.push_back({{"title", m.title}, {"due", m.due_on}, {"done", m.done}});
    ordered_json history = ordered_json::array();
    for (const auto& h : a.history)
        history.push_back({{"on", h.changed_on}, {"status", to_string(h.status)}, {"progress", h.progress},
                           {"by", h.changed_by}, {"comment", h.comment}});
    return {{"code", a.code},
            {"title", a.title},
            {"description", a.description},
            {"expected_result", a.expected_result},
            {"category", to_string(category_of(a))},
            {"category_overridden", a.category_override.has_value()},
            {"priority", a.priority + 1},
            {"impact", a.impact},
            {"feasibility", a.feasibility},
            {"effort", a.effort},
            {"cost", a.cost},
            {"lead", a.lead_department ? d.code_of(*a.lead_department) : ""},
            {"participants", participants},
            {"responsible", a.responsible},
            {"starts", a.starts_on},
            {"due", a.due_on},
            {"status", to_string(a.status)},
            {"progress", a.progress},
            {"indicator", a.indicator},
            {"target", a.target},
            {"caf_nodes", nodes_of(a, d.context)},
            {"iso_clauses", iso_clauses_of(a, d.context)},
            {"afis", afis},
            {"milestones", milestones},
            {"history", history}};
}

// What the department does in the action: "V" (leads), "D" (takes part) or "" (nothing).
std::string role_in(const ImprovementAction& a, Id department) {
    if (a.lead_department == department) return "V";
    for (Id d : a.participating_departments)
        if (d == department) return "D";
    return "";
}

void print_plan(std::ostream& out, const Project& p, const PlanData& d, const std::optional<Department>& only) {
    const auto ends = d.plan.ends_on();
    out << p.organisation().name << '\n'
        << trf("Improvement plan of cycle {}: {} to {}", d.cycle.label, d.plan.starts_on, ends ? ends->to_string() : "?")
        << '\n';
    if (d.plan.approved)
        out << trf("Version {}, approved by {} on {}", d.plan.version, d.plan.approved_by, d.plan.approved_on) << '\n';
    else
        out << trf("Version {}, draft (not approved)", d.plan.version) << '\n';
    if (only) out << trf("Department {} ({}): V leads, D takes part", only->name, only->code) << '\n';
    out << '\n';

    std::vector<std::string> header{tr("Code"), tr("Title"), tr("Category"), tr("Lead"), tr("Taking part"), tr("Start"),
                                    tr("Due"), tr("Status")};
    if (only) header.insert(header.begin() + 1, tr("Role"));
    TextTable table(header);
    table.limit_width(only ? 2 : 1, 44);
    std::size_t shown = 0;
    for (const auto& a : d.actions) {
        std::string role;
        if (only) {
            role = role_in(a, only->id);
            if (role.empty()) continue;
        }
        std::string participants;
        for (Id dep : a.participating_departments) participants += (participants.empty() ? "" : ",") + d.code_of(dep);
        std::vector<std::string> row{a.code, a.title, action_category_label(category_of(a)),
                                     a.lead_department ? d.code_of(*a.lead_department) : "", participants, a.starts_on,
                                     a.due_on, trf("{} {}%", action_status_label(a.status), a.progress)};
        if (only) row.insert(row.begin() + 1, role);
        table.add(row);
        ++shown;
    }
    table.print(out);
    out << '\n' << trnf("{} action", "{} actions", shown, shown) << '\n';

    if (only) return;
    std::map<ActionCategory, int> by_category;
    for (const auto& a : d.actions) ++by_category[category_of(a)];
    for (ActionCategory c : all_action_categories)
        out << "  " << action_category_label(c) << ": " << by_category[c] << '\n';

    const auto uncovered = uncovered_afis(d.actions, d.context);
    if (uncovered.empty()) {
        out << tr("Every agreed area for improvement is answered by an action.") << '\n';
    } else {
        out << '\n' << trnf("{} agreed area for improvement has no action:", "{} agreed areas for improvement have no action:",
                            uncovered.size(), uncovered.size())
            << '\n';
        for (Id afi : uncovered) out << "  " << d.context.afi_nodes.at(afi) << "  " << d.context.afi_texts.at(afi) << '\n';
    }
    std::vector<std::string> problems = validate_plan(d.plan);
    const std::vector<Department> departments = p.departments();
    for (const auto& a : d.actions)
        for (const auto& m : validate_action(a, d.plan, departments)) problems.push_back(a.code + ": " + m);
    if (!problems.empty()) {
        out << '\n' << tr("Problems to fix:") << '\n';
        for (const auto& m : problems) out << "  " << m << '\n';
    }
}

}  // namespace

void add_plan_commands(CLI::App& app, Context& ctx) {
    auto* plan = app.add_subcommand("plan", tr("Create, change, show or export the improvement plan"));
    plan->require_subcommand(1);
    add_plan_edit_commands(*plan, ctx);

    struct ShowOptions {
        std::string file, cycle, department;
        bool json = false;
    };
    auto s = std::make_shared<ShowOptions>();
    auto* show = plan->add_subcommand("show", tr("List the actions of the improvement plan"));
    show->add_option("FILE", s->file, tr("The project file"))->required();
    show->add_option("--cycle", s->cycle, tr("Cycle whose plan to show (default: the newest)"));
    show->add_option("--department", s->department, tr("Only the actions this department leads or takes part in (its code)"));
    show->add_flag("--json", s->json, tr("Print JSON instead of text"));
    show->callback([&ctx, s] {
        auto p = open_project(ctx, s->file, Project::Mode::read_only);
        if (!p) return;
        auto d = load_plan(ctx, *p, s->file, s->cycle);
        if (!d) return;
        std::optional<Department> only;
        if (!s->department.empty()) {
            only = p->find_department(s->department);
            if (!only) return ctx.fail(trf("{}: no department with the code \"{}\"", s->file, s->department));
        }
        if (!s->json) return print_plan(ctx.out, *p, *d, only);
        ordered_json j{{"organisation", p->organisation().name},
                       {"cycle", d->cycle.label},
                       {"starts", d->plan.starts_on},
                       {"ends", d->plan.ends_on() ? d->plan.ends_on()->to_string() : ""},
                       {"horizon_years", d->plan.horizon_years},
                       {"version", d->plan.version},
                       {"approved", d->plan.approved},
                       {"approved_by", d->plan.approved_by},
                       {"approved_on", d->plan.approved_on},
                       {"decision_note", d->plan.decision_note}};
        if (only) j["department"] = only->code;
        j["actions"] = ordered_json::array();
        for (const auto& a : d->actions) {
            if (only && role_in(a, only->id).empty()) continue;
            auto aj = action_json(a, *d);
            if (only) aj["role"] = role_in(a, only->id);
            j["actions"].push_back(aj);
        }
        ordered_json uncovered = ordered_json::array();
        for (Id afi : uncovered_afis(d->actions, d->context))
            uncovered.push_back({{"node", d->context.afi_nodes.at(afi)}, {"text", d->context.afi_texts.at(afi)}});
        j["afis_without_action"] = uncovered;
        ctx.out << j.dump(2) << '\n';
    });

    struct ExportOptions {
        std::string file, cycle, output, language, stamp;
    };
    auto e = std::make_shared<ExportOptions>();
    auto* exp = plan->add_subcommand("export", tr("Write the actions as a spreadsheet (.xlsx, .csv) or a calendar (.ics)"));
    exp->footer(tr("In a CSV file, text that begins with =, +, -, @, a tab or a carriage return is written with an "
                   "apostrophe in front ('=...), so that no spreadsheet program runs it as a formula; numbers and dates "
                   "are written as they are. In an XLSX file all text is stored as text, never as a formula."));
    exp->add_option("FILE", e->file, tr("The project file"))->required();
    exp->add_option("-o,--output", e->output, tr("The file to write; its extension chooses the format"))->required();
    exp->add_option("--cycle", e->cycle, tr("Cycle whose plan to export (default: the newest)"));
    exp->add_option("--language", e->language, tr("Language of headings and names: en, lt or zh (default: the project's)"));
    exp->add_option("--date", e->stamp, tr("Date written as the calendar's time stamp (default: today)"));
    exp->callback([&ctx, e] {
        const auto kind = plan_file_kind(e->output);
        if (!kind) return ctx.fail(trf("{}: unknown file type; use .xlsx, .csv or .ics", e->output), 2);
        if (!e->stamp.empty() && !is_iso_date(e->stamp))
            return ctx.fail(trf("--date {}: not a date (use YYYY-MM-DD)", e->stamp), 2);
        auto p = open_project(ctx, e->file, Project::Mode::read_only);
        if (!p) return;
        auto d = load_plan(ctx, *p, e->file, e->cycle);
        if (!d) return;
        const std::string lang = e->language.empty() ? p->organisation().language : e->language;
        if (!Translator::is_shipped_language(lang))
            return ctx.fail(trf("unknown language \"{}\" (use en, lt or zh)", lang), 2);
        const Translator t = Translator::for_language(lang);
        try {
            switch (*kind) {
                case PlanFileKind::csv: write_plan_csv(*p, d->cycle.id, e->output, t); break;
                case PlanFileKind::xlsx: write_plan_xlsx(*p, d->cycle.id, e->output, t); break;
                case PlanFileKind::ics:
                    write_plan_ics(*p, d->cycle.id, e->output, t, e->stamp.empty() ? now_utc().substr(0, 10) : e->stamp);
                    break;
            }
        } catch (const ProjectError& err) {
            return ctx.fail(err.what());
        }
        ctx.out << trnf("Wrote {} action to {}", "Wrote {} actions to {}", d->actions.size(), d->actions.size(), e->output)
                << '\n';
    });
}

}  // namespace assessa::cli
