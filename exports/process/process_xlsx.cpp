#include "exports/file_output.hpp"
#include "exports/process/process_files.hpp"
#include "model/platform/platform.hpp"
#include "model/process_rules.hpp"

#include <xlsxwriter.h>

namespace assessa {

namespace {

using Rows = std::vector<std::vector<std::string>>;

void write_sheet(lxw_workbook* book, const char* name, const std::vector<std::string>& header,
                 const std::vector<double>& widths, const Rows& rows, lxw_format* bold, lxw_format* wrap) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, name);
    for (std::size_t c = 0; c < header.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(sheet, 0, col, header[c].c_str(), bold);
        worksheet_set_column(sheet, col, col, c < widths.size() ? widths[c] : 12, nullptr);
    }
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].empty())
                worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), rows[r][c].c_str(), wrap);
    worksheet_freeze_panes(sheet, 1, 1);
    if (!header.empty())
        worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows.size()), static_cast<lxw_col_t>(header.size() - 1));
}


}  // namespace

void write_process_xlsx(const Project& project, const std::string& path, const Translator& t) {
    const auto processes = project.processes();
    const auto departments = project.departments();
    const auto members = project.members();

    std::vector<std::string> register_header{t.tr("Code"), t.tr("Kind")};
    for (int i = 1; i <= process_field_count; ++i) register_header.push_back(std::to_string(i) + ". " + process_field_label(i, t));
    Rows register_rows;
    for (const auto& p : processes) {
        const std::vector<std::string> resources = resource_lines(p, t);
        const std::vector<std::string> criteria = criterion_lines(p, t);
        std::string clauses;
        for (const auto& c : p.iso_clauses) {
            if (!clauses.empty()) clauses += ", ";
            clauses += c;
        }
        register_rows.push_back({p.code, process_kind_label(p.kind, t), p.name, process_owner_name(p, departments, members),
                                 p.purpose, p.customer_requirements, clauses, numbered_items(6, p.subprocesses),
                                 numbered_items(7, p.documents), numbered_items(8, p.records), numbered_items(9, resources),
                                 numbered_items(10, criteria), numbered_items(11, p.constraints), numbered_items(12, p.improvement_goals)});
    }

    const auto combined = organisation_matrix(processes, departments);
    std::vector<std::string> matrix_header{t.tr("Department or role")};
    for (const auto& p : processes) matrix_header.push_back(p.code + " " + p.name);
    Rows matrix_rows;
    for (const auto& row : combined.rows) {
        std::vector<std::string> cells{row.name};
        for (auto r : row.cells) cells.push_back(responsibility_letter(r, t));
        matrix_rows.push_back(std::move(cells));
    }

    const std::vector<std::string> cell_header{t.tr("Code"), t.tr("Process"), t.tr("Participant"), t.tr("Subprocess or stakeholder"),
                                               t.tr("Purpose"), t.tr("Responsibility")};
    Rows cell_rows;
    for (const auto& p : processes)
        for (std::size_t r = 0; r < p.matrix.rows.size(); ++r)
            for (std::size_t c = 0; c < p.matrix.columns.size(); ++c)
                if (p.matrix.at(r, c) != Responsibility::none)
                    cell_rows.push_back({p.code, p.name, participant_name(p.matrix.rows[r], departments), p.matrix.columns[c].name,
                                         p.matrix.columns[c].purpose, responsibility_letter(p.matrix.at(r, c), t)});

    const std::string title = t.trf("Process register: {}", project.organisation().name);
    write_file_atomically(path, [&](const std::string& partial) -> std::string {
        if (!platform::open_output(partial)) return t.tr("cannot create it");
        lxw_workbook* book = workbook_new(platform::c_library_path(partial).c_str());
        if (!book) return t.tr("cannot create it");
        lxw_doc_properties properties{};
        std::string title_copy = title;
        properties.title = title_copy.data();
        workbook_set_properties(book, &properties);
        lxw_format* bold = workbook_add_format(book);
        format_set_bold(bold);
        format_set_bg_color(bold, 0xDDE6F0);
        format_set_text_wrap(bold);
        lxw_format* wrap = workbook_add_format(book);
        format_set_text_wrap(wrap);
        format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
        std::vector<double> register_widths{8, 16, 28, 24};
        register_widths.resize(register_header.size(), 40);
        write_sheet(book, t.tr("Processes"), register_header, register_widths, register_rows, bold, wrap);
        std::vector<double> matrix_widths{36};
        matrix_widths.resize(matrix_header.size(), 14);
        write_sheet(book, t.tr("Responsibility matrix"), matrix_header, matrix_widths, matrix_rows, bold, wrap);
        write_sheet(book, t.tr("Matrix cells"), cell_header, {8, 28, 30, 30, 40, 14}, cell_rows, bold, wrap);
        const lxw_error result = workbook_close(book);
        return result == LXW_NO_ERROR ? std::string() : std::string(lxw_strerror(result));
    });
}

}  // namespace assessa
