#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "exports/process/process_files.hpp"
#include "i18n/translator.hpp"
#include "model/process_rules.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace assessa::cli {

namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

void print_list(std::ostream& out, int field, const std::vector<std::string>& items) {
    out << field << ". " << process_field_label(field) << '\n';
    if (items.empty()) out << "   \u2013\n";
    std::istringstream lines(numbered_items(field, items));
    for (std::string line; std::getline(lines, line);) out << "   " << line << '\n';
}

void print_card(std::ostream& out, const Project& p, const Process& pr) {
    const auto departments = p.departments();
    out << pr.code << "  " << pr.name << "  (" << process_kind_label(pr.kind) << ")\n\n";
    auto text = [&](int field, const std::string& value) {
        out << field << ". " << process_field_label(field) << '\n' << "   " << (value.empty() ? "\u2013" : value) << '\n';
    };
    text(1, pr.name);
    text(2, process_owner_name(pr, departments, p.members()));
    text(3, pr.purpose);
    text(4, pr.customer_requirements);
    text(5, joined(pr.iso_clauses, ", "));
    print_list(out, 6, pr.subprocesses);
    print_list(out, 7, pr.documents);
    print_list(out, 8, pr.records);
    print_list(out, 9, resource_lines(pr, Translator::current()));
    print_list(out, 10, criterion_lines(pr, Translator::current()));
    print_list(out, 11, pr.constraints);
    print_list(out, 12, pr.improvement_goals);

    const auto& m = pr.matrix;
    out << '\n' << tr("Responsibility matrix (V carries it out, D takes part):") << '\n';
    if (m.rows.empty() || m.columns.empty()) {
        out << "   \u2013\n";
        return;
    }
    std::vector<std::string> header{tr("Participant")};
    for (std::size_t c = 0; c < m.columns.size(); ++c) header.push_back(std::to_string(c + 1));
    TextTable table(header);
    table.limit_width(0, 40);
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        std::vector<std::string> row{participant_name(m.rows[r], departments)};
        for (std::size_t c = 0; c < m.columns.size(); ++c) row.push_back(responsibility_letter(m.at(r, c)));
        table.add(row);
    }
    table.print(out);
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
        out << "  " << c + 1 << ". " << m.columns[c].name;
        if (!m.columns[c].purpose.empty()) out << " \u2013 " << m.columns[c].purpose;
        out << '\n';
    }
    for (const auto& w : matrix_warnings(m)) out << trf("warning: {}", w.message) << '\n';
}

}  // namespace

void add_process_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("processes", tr("Show or export the process register (ISO 9001 clause 4.4)"));
    group->require_subcommand(1);

    auto list_file = std::make_shared<std::string>();
    auto* list = group->add_subcommand("list", tr("List the processes by kind, with owners and matrix warnings"));
    list->add_option("FILE", *list_file, tr("The project file"))->required();
    list->callback([&ctx, list_file] {
        auto p = open_project(ctx, *list_file, Project::Mode::read_only);
        if (!p) return;
        const auto processes = p->processes();
        const auto departments = p->departments();
        const auto members = p->members();
        TextTable table({tr("Code"), tr("Process"), tr("Kind"), tr("Process owner"), tr("ISO 9001"), tr("Warnings")});
        table.limit_width(1, 44);
        for (ProcessKind kind : all_process_kinds)
            for (const auto& pr : processes)
                if (pr.kind == kind)
                    table.add({pr.code, pr.name, process_kind_label(kind), process_owner_name(pr, departments, members),
                               joined(pr.iso_clauses, " "), std::to_string(matrix_warnings(pr.matrix).size())});
        table.print(ctx.out);
        ctx.out << trnf("{} process", "{} processes", processes.size(), processes.size()) << '\n';
        if (const auto iso = iso_framework_of(*p)) {
            std::vector<std::string> gaps;
            for (const auto& c : process_iso_coverage(*iso, processes))
                if (c.flagged) gaps.push_back(c.code);
            if (!gaps.empty()) ctx.out << trf("ISO 9001 clauses no process covers: {}", joined(gaps, ", ")) << '\n';
        }
    });

    struct ShowArgs {
        std::string file, code;
    };
    auto s = std::make_shared<ShowArgs>();
    auto* show = group->add_subcommand("show", tr("Print one process card and its responsibility matrix"));
    show->add_option("FILE", s->file, tr("The project file"))->required();
    show->add_option("CODE", s->code, tr("The process code (P-01)"))->required();
    show->callback([&ctx, s] {
        auto p = open_project(ctx, s->file, Project::Mode::read_only);
        if (!p) return;
        const auto processes = p->processes();
        const auto it = std::find_if(processes.begin(), processes.end(), [&](const Process& pr) { return pr.code == s->code; });
        if (it == processes.end()) return ctx.fail(trf("{}: no process with the code \"{}\"", s->file, s->code));
        print_card(ctx.out, *p, *it);
    });

    struct ExportArgs {
        std::string file, output, language;
    };
    auto e = std::make_shared<ExportArgs>();
    auto* exp = group->add_subcommand("export", tr("Write the register and the combined matrix as a spreadsheet (.xlsx)"));
    exp->add_option("FILE", e->file, tr("The project file"))->required();
    exp->add_option("-o,--output", e->output, tr("The .xlsx file to write"))->required();
    exp->add_option("--language", e->language, tr("Language of headings and names: en, lt or zh (default: the project's)"));
    exp->callback([&ctx, e] {
        std::string ext = e->output.size() >= 5 ? e->output.substr(e->output.size() - 5) : "";
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (ext != ".xlsx") return ctx.fail(trf("{}: unknown file type; use .xlsx", e->output), 2);
        auto p = open_project(ctx, e->file, Project::Mode::read_only);
        if (!p) return;
        const std::string lang = e->language.empty() ? p->organisation().language : e->language;
        if (!Translator::is_shipped_language(lang))
            return ctx.fail(trf("unknown language \"{}\" (use en, lt or zh)", lang), 2);
        try {
            write_process_xlsx(*p, e->output, Translator::for_language(lang));
        } catch (const ProjectError& err) {
            return ctx.fail(err.what());
        }
        const auto n = p->processes().size();
        ctx.out << trnf("Wrote {} process to {}", "Wrote {} processes to {}", n, n, e->output) << '\n';
    });
}

}  // namespace assessa::cli
