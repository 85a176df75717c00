#include "exports/file_output.hpp"
#include "exports/plan/plan_files.hpp"
#include "model/calendar_date.hpp"

#include <fmt/format.h>

#include <map>

namespace assessa {

namespace {

// RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
std::string ics_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\r') continue;
        out += c;
    }
    return out;
}

// RFC 5545 3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a
// UTF-8 character.
std::string ics_line(const std::string& content) {
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < content.size();) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(content[i]);
        if (lead >= 0xF0) len = 4;
        else if (lead >= 0xE0) len = 3;
        else if (lead >= 0xC0) len = 2;
        if (used + len > 75) {
            out += "\r\n ";
            used = 1;
        }
        out.append(content, i, len);
        used += len;
        i += len;
    }
    return out + "\r\n";
}

std::string compact_date(const std::string& iso) {
    std::string d;
    for (char c : iso)
        if (c != '-') d += c;
    return d;
}

struct Event {
    std::string uid, date, summary, description, category;
    bool cancelled = false;
};

void write_event(std::string& out, const Event& e, const std::string& stamp) {
    const auto day = CalendarDate::parse(e.date);
    out += ics_line("BEGIN:VEVENT");
    out += ics_line(fmt::format("UID:{}", e.uid));
    out += ics_line(fmt::format("DTSTAMP:{}T000000Z", compact_date(stamp)));
    out += ics_line(fmt::format("DTSTART;VALUE=DATE:{}", compact_date(e.date)));
    out += ics_line(fmt::format("DTEND;VALUE=DATE:{}", compact_date(day->plus_days(1).to_string())));
    out += ics_line(fmt::format("SUMMARY:{}", ics_text(e.summary)));
    if (!e.description.empty()) out += ics_line(fmt::format("DESCRIPTION:{}", ics_text(e.description)));
    if (!e.category.empty()) out += ics_line(fmt::format("CATEGORIES:{}", ics_text(e.category)));
    if (e.cancelled) out += ics_line("STATUS:CANCELLED");
    out += ics_line("TRANSP:TRANSPARENT");
    out += ics_line("END:VEVENT");
}

}  // namespace

std::string plan_ics_text(const Project& project, Id cycle_id, const Translator& t, const std::string& stamp) {
    std::map<Id, Department> departments;
    for (const auto& d : project.departments()) departments[d.id] = d;
    const std::string calendar = t.trf("Improvement plan: {}", project.organisation().name);
    const std::string uid_base = project.project_id() + "-" + std::to_string(cycle_id);

    std::string out;
    out += ics_line("BEGIN:VCALENDAR");
    out += ics_line("VERSION:2.0");
    out += ics_line(fmt::format("PRODID:-//Assessa//Improvement plan//{}", t.language()));
    out += ics_line("CALSCALE:GREGORIAN");
    out += ics_line("METHOD:PUBLISH");
    out += ics_line(fmt::format("X-WR-CALNAME:{}", ics_text(calendar)));
    for (const auto& a : project.actions(cycle_id)) {
        std::string lead, description;
        if (a.lead_department) {
            const Department& d = departments[*a.lead_department];
            lead = d.code;
            description = t.trf("Leading department: {} ({})", d.name, d.code);
        }
        if (!a.responsible.empty()) description.append("\n").append(t.trf("Responsible: {}", a.responsible));
        description.append("\n").append(t.trf("Status: {}, {}%", action_status_label(a.status, t), a.progress));
        if (!a.indicator.empty()) description.append("\n").append(t.trf("Indicator: {}; target: {}", a.indicator, a.target));
        const bool cancelled = a.status == ActionStatus::cancelled;
        for (const auto& m : a.milestones)
            if (is_iso_date(m.due_on))
                write_event(out,
                            {uid_base + "-" + a.code + "-m" + std::to_string(m.id) + "@assessa",
                             m.due_on, t.trf("{} milestone: {}", a.code, m.title),
                             t.trf("Action: {}", a.title) + "\n" + description, lead, cancelled},
                            stamp);
        if (is_iso_date(a.due_on))
            write_event(out,
                        {uid_base + "-" + a.code + "-due@assessa", a.due_on, t.trf("{} due: {}", a.code, a.title),
                         description, lead, cancelled},
                        stamp);
    }
    out += ics_line("END:VCALENDAR");
    return out;
}

void write_plan_ics(const Project& project, Id cycle_id, const std::string& path, const Translator& t,
                    const std::string& stamp) {
    write_file_atomically(path, plan_ics_text(project, cycle_id, t, stamp));
}

}  // namespace assessa
