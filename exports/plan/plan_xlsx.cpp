#include "exports/file_output.hpp"
#include "exports/plan/plan_files.hpp"
#include "exports/plan/plan_table.hpp"
#include "model/calendar_date.hpp"
#include "model/platform/platform.hpp"

#include <xlsxwriter.h>

#include <cstdio>

namespace assessa {

namespace {

struct Formats {
    lxw_format* header;
    lxw_format* date;
    lxw_format* wrap;
};

void write_sheet(lxw_workbook* book, const char* name, const PlanTable& table, const Formats& f) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, name);
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(sheet, 0, col, table.header[c].c_str(), f.header);
        worksheet_set_column(sheet, col, col, table.widths[c], nullptr);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
            const PlanCell& cell = table.rows[r][c];
            const auto col = static_cast<lxw_col_t>(c);
            switch (cell.kind) {
                case PlanCell::Kind::number: worksheet_write_number(sheet, row, col, cell.number, nullptr); break;
                case PlanCell::Kind::date: {
                    const auto d = CalendarDate::parse(cell.text);
                    lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0.0};
                    worksheet_write_datetime(sheet, row, col, &dt, f.date);
                    break;
                }
                case PlanCell::Kind::text:
                    if (!cell.text.empty()) worksheet_write_string(sheet, row, col, cell.text.c_str(), f.wrap);
                    break;
            }
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.header.empty())
        worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                             static_cast<lxw_col_t>(table.header.size() - 1));
}

}  // namespace

void write_plan_xlsx(const Project& project, Id cycle_id, const std::string& path, const Translator& t) {
    const PlanTable actions = plan_table(project, cycle_id, t);
    const PlanTable milestones = milestone_table(project, cycle_id, t);
    const std::string title = t.trf("Improvement plan: {}", project.organisation().name);
    write_file_atomically(path, [&](const std::string& partial) -> std::string {
        // libxlsxwriter reports an uncreatable file on stderr itself; find out first. Created
        // here, the file also has a path the library's fopen() takes on every system.
        if (!platform::open_output(partial)) return t.tr("cannot create it");
        lxw_workbook* book = workbook_new(platform::c_library_path(partial).c_str());
        if (!book) return t.tr("cannot create it");
        lxw_doc_properties properties{};
        std::string title_copy = title;  // the C struct takes non-const strings
        properties.title = title_copy.data();
        workbook_set_properties(book, &properties);
        Formats f{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book)};
        format_set_bold(f.header);
        format_set_bg_color(f.header, 0xDDE6F0);
        format_set_text_wrap(f.header);
        format_set_num_format(f.date, "yyyy-mm-dd");
        format_set_align(f.date, LXW_ALIGN_LEFT);
        format_set_text_wrap(f.wrap);
        format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
        write_sheet(book, t.tr("Actions"), actions, f);
        write_sheet(book, t.tr("Milestones"), milestones, f);
        const lxw_error result = workbook_close(book);
        return result == LXW_NO_ERROR ? std::string() : std::string(lxw_strerror(result));
    });
}

}  // namespace assessa
