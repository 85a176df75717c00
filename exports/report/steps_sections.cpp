#include "exports/report/steps_sections.hpp"

#include <algorithm>

namespace assessa::report {

using namespace pdf;

std::string or_not_recorded(const std::string& text, const Settings& s) {
    return text.empty() ? std::string(s.t.tr("not recorded")) : text;
}

std::string date_or_not_recorded(const std::string& iso, const Settings& s) {
    return iso.empty() ? std::string(s.t.tr("not recorded")) : s.long_date(iso);
}

void write_communication_plan(Document& doc, const std::vector<CommunicationEntry>& entries, const Settings& s) {
    const auto& t = s.t;
    if (entries.empty()) {
        doc.paragraph(t.tr("No communication plan is recorded."));
        return;
    }
    const auto done = static_cast<std::size_t>(
        std::count_if(entries.begin(), entries.end(), [](const CommunicationEntry& e) { return !e.done_on.empty(); }));
    doc.paragraph(t.trnf("{} of {} planned communication is done.", "{} of {} planned communications are done.",
                         entries.size(), done, entries.size()));
    Table table;
    table.columns = {1.6, 3.1, 1.7, 1.5, 1.7, 1.5};
    table.header = {t.tr("Audience"), t.tr("Message"), t.tr("Channel"), t.tr("Planned"), t.tr("Responsible"),
                    t.tr("Done on")};
    table.style.size = 8;
    for (const auto& e : entries)
        table.rows.push_back({e.audience, e.message, e.channel, s.short_date(e.planned_on), e.responsible,
                              e.done_on.empty() ? std::string(t.tr("not yet")) : s.short_date(e.done_on)});
    doc.table(table);
}

}  // namespace assessa::report
