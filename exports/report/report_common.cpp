#include "exports/report/report_common.hpp"

#include "frameworks/localized_text.hpp"
#include "model/calendar_date.hpp"

#include <algorithm>
#include <chrono>

namespace assessa::report {

Settings resolve(const Project& project, const ReportOptions& options) {
    const std::string lang = normalize_language(options.language.empty() ? project.organisation().language : options.language);
    const auto& shipped = Translator::shipped_languages();
    if (std::find(shipped.begin(), shipped.end(), lang) == shipped.end())
        throw ReportError(trf("unknown report language \"{}\" (use en, lt or zh)", options.language));
    if (!options.date.empty() && !is_iso_date(options.date))
        throw ReportError(trf("the date \"{}\" is not a date in the form YYYY-MM-DD", options.date));
    std::optional<Cycle> cycle;
    for (const auto& c : project.cycles())
        if (options.cycle_label.empty() || c.label == options.cycle_label) cycle = c;
    if (!cycle) {
        if (options.cycle_label.empty()) throw ReportError(trf("{}: the project has no self-assessment cycle", project.path()));
        throw ReportError(trf("{}: no cycle named \"{}\"", project.path(), options.cycle_label));
    }
    return Settings{lang, Translator::for_language(lang), *cycle, options.date.empty() ? now_utc().substr(0, 10) : options.date};
}

std::string Settings::short_date(std::string_view iso) const {
    return iso.empty() ? std::string("\u2013") : format_iso_date(iso, lang);
}

std::string Settings::long_date(std::string_view iso) const {
    return iso.empty() ? std::string("\u2013") : format_iso_date_long(iso, lang);
}

void progress(const ReportOptions& options, int percent) {
    if (options.progress) options.progress(std::clamp(percent, 0, 100));
}

pdf::DocumentInfo document_info(const Project& project, const Settings& s, const std::string& title) {
    const auto org = project.organisation();
    pdf::DocumentInfo info;
    info.title = title + " " + s.cycle.label;
    info.subject = org.name;
    info.author = org.name;
    info.keywords = "CAF 2020, ISO 9001:2015";
    info.date = s.date;
    info.header_left = info.title;
    info.header_right = org.name;
    info.footer_left = s.t.trf("Generated on {}", s.long_date(s.date));
    info.page_of_pages = s.t.tr("Page {} of {}");
    info.contents_title = s.t.tr("Contents");
    return info;
}

void draw_cover(pdf::Document& doc, const Project& project, const std::string& title, const std::string& subtitle,
                const std::vector<std::pair<std::string, std::string>>& facts, const std::string& status) {
    using namespace pdf;
    doc.add_page(Orientation::portrait, false);
    const auto org = project.organisation();
    doc.fill_rect(0, doc.page_height() - 190, doc.page_width(), 190, colors::accent);
    doc.set_cursor(doc.page_height() - 80);
    const Style org_style{13, Weight::regular, colors::white};
    for (const auto& l : doc.wrap(org.name, doc.content_width(), org_style)) {
        doc.draw_text(doc.left(), doc.cursor(), l, org_style);
        doc.move_down(Document::leading(org_style));
    }
    if (!org.type.empty()) doc.draw_text(doc.left(), doc.cursor(), org.type, {9.5, Weight::regular, colors::accent_light});

    doc.set_cursor(doc.page_height() - 250);
    const Style title_style{26, Weight::bold, colors::accent};
    for (const auto& l : doc.wrap(title, doc.content_width(), title_style)) {
        doc.move_down(title_style.size);
        doc.draw_text(doc.left(), doc.cursor(), l, title_style);
        doc.move_down(8);
    }
    doc.vspace(6);
    doc.paragraph(subtitle, {13, Weight::regular, colors::text});
    doc.vspace(10);
    const Style status_style{10, Weight::bold, colors::white};
    const double w = doc.text_width(status, status_style) + 16;
    doc.fill_rect(doc.left(), doc.cursor() - 20, w, 20, colors::muted);
    doc.draw_text(doc.left() + 8, doc.cursor() - 14, status, status_style);
    doc.move_down(44);
    for (const auto& [label, value] : facts)
        if (!value.empty()) doc.field(label, value, 150, {10, Weight::regular, colors::text});
}

std::string join_sentences(const std::vector<std::string>& sentences, const std::string& lang) {
    std::string out;
    for (const auto& s : sentences) {
        if (s.empty()) continue;
        if (!out.empty() && lang != "zh") out += ' ';
        out += s;
    }
    return out;
}

std::string department_label(const std::vector<Department>& departments, std::optional<Id> id) {
    if (!id) return "\u2013";
    for (const auto& d : departments)
        if (d.id == *id) return d.name + " (" + d.code + ")";
    return "\u2013";
}

}  // namespace assessa::report
