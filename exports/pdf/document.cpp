#include "exports/pdf/document.hpp"

#include "exports/file_output.hpp"
#include "exports/pdf/text_breaks.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"
#include "model/calendar_date.hpp"

#include <hpdf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <unordered_map>

namespace assessa::pdf {

namespace {

enum Slot { regular_slot, bold_slot, cjk_slot, slot_count };

void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user);

struct PageRecord {
    HPDF_Page page = nullptr;
    Orientation orientation = Orientation::portrait;
    bool decorated = true;
    int serial = 0;  // creation order; contents pages are inserted later
};

struct TocEntry {
    int level = 1;
    std::string text;
    int page_serial = 0;
};

}  // namespace

struct Document::Impl {
    DocumentInfo info;
    HPDF_Doc pdf = nullptr;
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS error_detail = 0;
    std::optional<FontFile> files[slot_count];
    HPDF_Font fonts[slot_count] = {};
    std::unordered_map<std::uint64_t, float> widths;  // slot << 32 | code point -> width at size 1
    std::vector<PageRecord> pages;
    int next_serial = 0;
    std::vector<TocEntry> toc;
    std::optional<std::size_t> toc_before;  // index in pages of the first page after the contents
    bool toc_pending = false;
    HPDF_Outline last_chapter = nullptr;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    // Here rather than in ~Document, so that a constructor that throws (a missing font) frees it too.
    ~Impl() {
        if (pdf) HPDF_Free(pdf);
    }

    // `message` is a whole marked sentence with one field for the error code.
    void check(const char* message) const {
        if (error != HPDF_OK) {
            char code[64];
            std::snprintf(code, sizeof code, "0x%04X/%u", static_cast<unsigned>(error), static_cast<unsigned>(error_detail));
            throw std::runtime_error(trf(message, code));
        }
    }

    HPDF_Font font(Slot slot) {
        if (fonts[slot]) return fonts[slot];
        if (!files[slot]) files[slot] = slot == regular_slot ? latin_font() : slot == bold_slot ? latin_bold_font() : cjk_font();
        const auto& f = *files[slot];
        const std::string path = platform::c_library_path(f.path());  // libharu opens it with fopen()
        const char* name = f.path().ends_with(".ttc") || f.path().ends_with(".TTC")
                               ? HPDF_LoadTTFontFromFile2(pdf, path.c_str(), f.index(), HPDF_TRUE)
                               : HPDF_LoadTTFontFromFile(pdf, path.c_str(), HPDF_TRUE);
        check(N_("the PDF library failed while loading a font (error {})"));
        fonts[slot] = HPDF_GetFont(pdf, name, "UTF-8");
        check(N_("the PDF library failed while loading a font (error {})"));
        return fonts[slot];
    }

    Slot slot_for(char32_t c, Weight w) {
        const Slot latin = w == Weight::bold ? bold_slot : regular_slot;
        if (c < 0x250 || c == U'\u2013' || c == U'\u2014' || c == U'\u2022' || c == U'\u2026') return latin;
        if (!files[latin]) font(latin);
        if (files[latin]->covers(c)) return latin;
        return cjk_slot;
    }

    float width_of(Slot slot, char32_t c) {
        const std::uint64_t key = (static_cast<std::uint64_t>(slot) << 32) | c;
        if (auto it = widths.find(key); it != widths.end()) return it->second;
        std::string s;
        append_utf8(s, c);
        const HPDF_TextWidth tw = HPDF_Font_TextWidth(font(slot), reinterpret_cast<const HPDF_BYTE*>(s.data()),
                                                      static_cast<HPDF_UINT>(s.size()));
        const float w = static_cast<float>(tw.width) / 1000.0f;
        widths.emplace(key, w);
        return w;
    }

    // Runs of one font each.
    std::vector<std::pair<Slot, std::string>> runs(std::string_view text, Weight w) {
        std::vector<std::pair<Slot, std::string>> out;
        for (char32_t c : decode_utf8(text)) {
            const Slot s = slot_for(c, w);
            if (out.empty() || out.back().first != s) out.emplace_back(s, std::string{});
            append_utf8(out.back().second, c);
        }
        return out;
    }

    std::size_t active = 0;  // the page drawn on
    PageRecord& current() { return pages[active]; }
};

namespace {

void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    auto* impl = static_cast<Document::Impl*>(user);
    if (impl->error == HPDF_OK) {
        impl->error = error;
        impl->error_detail = detail;
    }
}

HPDF_Date pdf_date(const std::string& iso) {
    HPDF_Date d{};
    const auto date = CalendarDate::parse(iso).value_or(CalendarDate{2000, 1, 1});
    d.year = date.year;
    d.month = date.month;
    d.day = date.day;
    d.ind = 'Z';
    return d;
}

void set_color(HPDF_Page page, Color c, bool fill) {
    if (fill)
        HPDF_Page_SetRGBFill(page, static_cast<HPDF_REAL>(c.r), static_cast<HPDF_REAL>(c.g), static_cast<HPDF_REAL>(c.b));
    else
        HPDF_Page_SetRGBStroke(page, static_cast<HPDF_REAL>(c.r), static_cast<HPDF_REAL>(c.g), static_cast<HPDF_REAL>(c.b));
}

HPDF_REAL r(double v) { return static_cast<HPDF_REAL>(v); }

}  // namespace

Document::Document(DocumentInfo info) : impl_(std::make_unique<Impl>()) {
    impl_->info = std::move(info);
    impl_->pdf = HPDF_New(record_error, impl_.get());
    if (!impl_->pdf) throw std::runtime_error(tr("the PDF library could not start (out of memory)"));
    HPDF_UseUTFEncodings(impl_->pdf);
    HPDF_SetCurrentEncoder(impl_->pdf, "UTF-8");
    HPDF_SetCompressionMode(impl_->pdf, HPDF_COMP_ALL);
    impl_->check(N_("the PDF library failed while setting up the document (error {})"));
    impl_->font(regular_slot);  // fails early, before any work, when the font is missing
    impl_->font(bold_slot);
}

Document::~Document() = default;

int Document::page_count() const { return static_cast<int>(impl_->pages.size()); }

Orientation Document::orientation() const {
    return impl_->pages.empty() ? Orientation::portrait : impl_->pages[impl_->active].orientation;
}

double Document::page_width() const { return orientation() == Orientation::portrait ? 595.276 : 841.89; }
double Document::page_height() const { return orientation() == Orientation::portrait ? 841.89 : 595.276; }
double Document::top() const { return page_height() - margin_ - 14; }

void Document::add_page(Orientation o, bool decorated) {
    PageRecord rec;
    rec.page = HPDF_AddPage(impl_->pdf);
    HPDF_Page_SetSize(rec.page, HPDF_PAGE_SIZE_A4, o == Orientation::portrait ? HPDF_PAGE_PORTRAIT : HPDF_PAGE_LANDSCAPE);
    impl_->check(N_("the PDF library failed while adding a page (error {})"));
    rec.orientation = o;
    rec.decorated = decorated;
    rec.serial = impl_->next_serial++;
    impl_->pages.push_back(rec);
    impl_->active = impl_->pages.size() - 1;
    if (impl_->toc_pending) {
        impl_->toc_before = impl_->pages.size() - 1;
        impl_->toc_pending = false;
    }
    y_ = top();
}

void Document::ensure(double height) {
    if (impl_->pages.empty() || !fits(height)) add_page(orientation());
}

double Document::text_width(std::string_view text, const Style& style) {
    double w = 0;
    for (char32_t c : decode_utf8(text)) w += impl_->width_of(impl_->slot_for(c, style.weight), c);
    return w * style.size;
}

void Document::draw_text(double x, double baseline, std::string_view text, const Style& style, Align align) {
    if (text.empty()) return;
    if (align != Align::left) {
        const double w = text_width(text, style);
        x -= align == Align::right ? w : w / 2;
    }
    HPDF_Page page = impl_->current().page;
    HPDF_Page_BeginText(page);
    set_color(page, style.color, true);
    for (const auto& [slot, run] : impl_->runs(text, style.weight)) {
        HPDF_Page_SetFontAndSize(page, impl_->font(slot), r(style.size));
        // The CJK font has no bold face: bold is drawn by stroking the outlines too.
        const bool fake_bold = slot == cjk_slot && style.weight == Weight::bold;
        if (fake_bold) {
            set_color(page, style.color, false);
            HPDF_Page_SetLineWidth(page, r(style.size * 0.04));
            HPDF_Page_SetTextRenderingMode(page, HPDF_FILL_THEN_STROKE);
        }
        HPDF_Page_TextOut(page, r(x), r(baseline), run.c_str());
        if (fake_bold) HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
        x += text_width(run, style);
    }
    HPDF_Page_EndText(page);
}

void Document::fill_rect(double x, double y, double w, double h, Color c) {
    HPDF_Page page = impl_->current().page;
    set_color(page, c, true);
    HPDF_Page_Rectangle(page, r(x), r(y), r(w), r(h));
    HPDF_Page_Fill(page);
}

void Document::stroke_rect(double x, double y, double w, double h, Color c, double line_width) {
    HPDF_Page page = impl_->current().page;
    set_color(page, c, false);
    HPDF_Page_SetLineWidth(page, r(line_width));
    HPDF_Page_Rectangle(page, r(x), r(y), r(w), r(h));
    HPDF_Page_Stroke(page);
}

void Document::line(double x1, double y1, double x2, double y2, Color c, double line_width, bool dashed) {
    HPDF_Page page = impl_->current().page;
    set_color(page, c, false);
    HPDF_Page_SetLineWidth(page, r(line_width));
    if (dashed) {
        const HPDF_UINT16 pattern[] = {2, 2};
        HPDF_Page_SetDash(page, pattern, 2, 0);
    }
    HPDF_Page_MoveTo(page, r(x1), r(y1));
    HPDF_Page_LineTo(page, r(x2), r(y2));
    HPDF_Page_Stroke(page);
    if (dashed) HPDF_Page_SetDash(page, nullptr, 0, 0);
}

void Document::polygon(const std::vector<std::pair<double, double>>& points, std::optional<Color> fill,
                       std::optional<Color> stroke, double line_width) {
    if (points.size() < 2) return;
    HPDF_Page page = impl_->current().page;
    if (fill) set_color(page, *fill, true);
    if (stroke) {
        set_color(page, *stroke, false);
        HPDF_Page_SetLineWidth(page, r(line_width));
    }
    HPDF_Page_MoveTo(page, r(points[0].first), r(points[0].second));
    for (std::size_t i = 1; i < points.size(); ++i) HPDF_Page_LineTo(page, r(points[i].first), r(points[i].second));
    HPDF_Page_ClosePath(page);
    if (fill && stroke)
        HPDF_Page_FillStroke(page);
    else if (fill)
        HPDF_Page_Fill(page);
    else
        HPDF_Page_Stroke(page);
}

void Document::circle(double cx, double cy, double radius, Color fill) {
    HPDF_Page page = impl_->current().page;
    set_color(page, fill, true);
    HPDF_Page_Circle(page, r(cx), r(cy), r(radius));
    HPDF_Page_Fill(page);
}

std::vector<std::string> Document::wrap(std::string_view text, double width, const Style& style) {
    std::vector<std::string> lines;
    std::string line;
    double line_w = 0;
    bool pending_space = false;
    const double space_w = text_width(" ", style);
    auto flush = [&] {
        lines.push_back(std::move(line));
        line.clear();
        line_w = 0;
        pending_space = false;
    };
    for (auto& piece : split_pieces(text)) {
        double w = text_width(piece.text, style);
        const double gap = pending_space && !line.empty() ? space_w : 0;
        if (!line.empty() && line_w + gap + w > width) flush();
        if (line.empty() && w > width) {
            // A word longer than the line: break it between characters.
            for (char32_t c : decode_utf8(piece.text)) {
                std::string ch;
                append_utf8(ch, c);
                const double cw = text_width(ch, style);
                if (!line.empty() && line_w + cw > width) flush();
                line += ch;
                line_w += cw;
            }
        } else {
            if (!line.empty() && pending_space) {
                line += ' ';
                line_w += space_w;
            }
            line += piece.text;
            line_w += w;
        }
        pending_space = piece.space_after;
        if (piece.newline_after) flush();
    }
    if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
    return lines;
}

void Document::vspace(double dy) { y_ -= dy; }

void Document::heading(int level, std::string_view text, Orientation page_orientation) {
    Style s{level == 1 ? 17.0 : level == 2 ? 12.5 : 10.5, Weight::bold, level == 3 ? colors::text : colors::accent};
    if (level == 1) {
        add_page(page_orientation);
    } else {
        const double before = level == 2 ? 10 : 6;
        if (y_ < top()) y_ -= before;
        ensure(leading(s) * 2 + 60);  // keep a heading with what follows it
    }
    const auto lines = wrap(text, content_width(), s);
    for (const auto& l : lines) {
        y_ -= s.size;
        draw_text(left(), y_, l, s);
        y_ -= leading(s) - s.size;
    }
    if (level == 1) {
        line(left(), y_ - 2, right(), y_ - 2, colors::accent, 1.2);
        y_ -= 12;
    } else {
        y_ -= 4;
    }
    if (level <= 2) {
        const PageRecord& page = impl_->current();
        impl_->toc.push_back({level, std::string(text), page.serial});
        HPDF_Outline parent = level == 1 ? nullptr : impl_->last_chapter;
        HPDF_Outline o = HPDF_CreateOutline(impl_->pdf, parent, std::string(text).c_str(), HPDF_GetEncoder(impl_->pdf, "UTF-8"));
        HPDF_Destination dest = HPDF_Page_CreateDestination(page.page);
        HPDF_Outline_SetDestination(o, dest);
        HPDF_Outline_SetOpened(o, HPDF_FALSE);
        if (level == 1) impl_->last_chapter = o;
        impl_->check(N_("the PDF library failed while adding a bookmark (error {})"));
    }
}

void Document::paragraph(std::string_view text, const Style& style, double indent) {
    const double lead = leading(style);
    for (const auto& l : wrap(text, content_width() - indent, style)) {
        ensure(lead);
        y_ -= lead;
        draw_text(left() + indent, y_ + (lead - style.size) * 0.9, l, style);
    }
    y_ -= style.size * 0.45;
}

void Document::bullets(const std::vector<std::string>& items, const Style& style, double indent) {
    const double lead = leading(style);
    const double hang = style.size * 1.2;
    for (const auto& item : items) {
        bool first = true;
        for (const auto& l : wrap(item, content_width() - indent - hang, style)) {
            ensure(lead);
            y_ -= lead;
            const double base = y_ + (lead - style.size) * 0.9;
            if (first) circle(left() + indent + style.size * 0.35, base + style.size * 0.33, style.size * 0.16, colors::accent);
            draw_text(left() + indent + hang, base, l, style);
            first = false;
        }
        y_ -= style.size * 0.2;
    }
    y_ -= style.size * 0.3;
}

void Document::field(std::string_view label, std::string_view value, double label_width, const Style& style) {
    const double lead = leading(style);
    Style label_style = style;
    label_style.color = colors::muted;
    const auto label_lines = wrap(label, label_width - 8, label_style);
    const auto value_lines = wrap(value, content_width() - label_width, style);
    const std::size_t n = std::max(label_lines.size(), value_lines.size());
    ensure(lead * static_cast<double>(std::min<std::size_t>(n, 3)));
    for (std::size_t i = 0; i < n; ++i) {
        ensure(lead);
        y_ -= lead;
        const double base = y_ + (lead - style.size) * 0.9;
        if (i < label_lines.size()) draw_text(left(), base, label_lines[i], label_style);
        if (i < value_lines.size()) draw_text(left() + label_width, base, value_lines[i], style);
    }
    y_ -= style.size * 0.3;
}


void Document::draw_row(const Table& t, const std::vector<double>& widths, const std::vector<std::vector<std::string>>& cells,
                        double height, bool header, bool strong, bool shaded) {
    const double pad = 3.2;
    double total = 0;
    for (double w : widths) total += w;
    if (header)
        fill_rect(left(), y_ - height, total, height, colors::accent);
    else if (strong)
        fill_rect(left(), y_ - height, total, height, colors::accent_light);
    else if (shaded)
        fill_rect(left(), y_ - height, total, height, colors::shade);
    Style s = t.style;
    if (header || strong) s.weight = Weight::bold;
    if (header) s.color = colors::white;
    const double lead = leading(s);
    double x = left();
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const Align a = c < t.align.size() ? t.align[c] : Align::left;
        double base = y_ - pad - s.size;
        if (c < cells.size())
            for (const auto& l : cells[c]) {
                const double tx = a == Align::left ? x + pad : a == Align::right ? x + widths[c] - pad : x + widths[c] / 2;
                draw_text(tx, base, l, s, a);
                base -= lead;
            }
        x += widths[c];
    }
    if (!header) line(left(), y_ - height, left() + total, y_ - height, colors::rule, 0.4);
    y_ -= height;
}

namespace {

std::vector<double> column_widths(const Table& t, double available) {
    double sum = 0;
    for (double c : t.columns) sum += c;
    std::vector<double> out;
    for (double c : t.columns) out.push_back(available * c / (sum > 0 ? sum : 1));
    return out;
}

}  // namespace

void Document::draw_table_header(const Table& t, const std::vector<double>& widths) {
    if (t.header.empty()) return;
    Style s = t.style;
    s.weight = Weight::bold;
    std::vector<std::vector<std::string>> cells;
    std::size_t lines = 1;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        cells.push_back(wrap(c < t.header.size() ? t.header[c] : "", widths[c] - 6.4, s));
        lines = std::max(lines, cells.back().size());
    }
    draw_row(t, widths, cells, static_cast<double>(lines) * leading(s) + 6.4 - (leading(s) - s.size), true, false, false);
}

void Document::table(const Table& t) {
    const auto widths = column_widths(t, t.width > 0 ? t.width : content_width());
    const double lead = leading(t.style);
    const double pad = 6.4 - (lead - t.style.size);
    const double header_h = t.header.empty() ? 0 : 2 * lead + pad;
    ensure(header_h + lead * 2 + pad);
    draw_table_header(t, widths);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool strong = r < t.strong_rows.size() && t.strong_rows[r];
        Style s = t.style;
        if (strong) s.weight = Weight::bold;
        std::vector<std::vector<std::string>> cells;
        std::size_t lines = 1;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            cells.push_back(wrap(c < t.rows[r].size() ? t.rows[r][c] : "", widths[c] - 6.4, s));
            lines = std::max(lines, cells.back().size());
        }
        // A row never splits; one taller than a page is cut to what a page holds.
        const auto max_lines = static_cast<std::size_t>(std::max(1.0, (top() - bottom() - header_h - pad) / lead));
        if (lines > max_lines) {
            lines = max_lines;
            for (auto& cell : cells)
                if (cell.size() > max_lines) {
                    cell.resize(max_lines);
                    cell.back() += "…";
                }
        }
        const double h = static_cast<double>(lines) * lead + pad;
        if (!fits(h)) {
            add_page(orientation());
            draw_table_header(t, widths);
        }
        draw_row(t, widths, cells, h, false, strong, r % 2 == 1);
    }
    y_ -= 8;
}

void Document::table_of_contents_here() { impl_->toc_pending = true; }

void Document::save(const std::string& path) {
    auto& im = *impl_;

    // Contents: lay the entries out, insert the pages they need, then number every page.
    // Entries wrap beside a column kept free for page numbers of up to four digits.
    auto toc_style = [](int level) { return Style{level == 1 ? 10.5 : 9.5, level == 1 ? Weight::bold : Weight::regular}; };
    auto toc_indent = [](int level) { return level == 1 ? 0.0 : 16.0; };
    const double toc_width = 595.276 - 2 * margin_ - 40;
    std::vector<std::vector<std::string>> toc_lines;
    for (const auto& e : im.toc) toc_lines.push_back(wrap(e.text, toc_width - toc_indent(e.level), toc_style(e.level)));
    auto toc_height = [&](std::size_t i) {
        const double gap = im.toc[i].level == 1 ? 21 : 15;
        return gap + static_cast<double>(toc_lines[i].size() - 1) * leading(toc_style(im.toc[i].level));
    };
    std::vector<std::vector<std::size_t>> toc_pages;  // entry indexes per contents page
    if (im.toc_before && !im.toc.empty()) {
        const double usable = 841.89 - 2 * margin_ - 14 - 10 - 46;  // portrait, below the title
        double used = 0;
        toc_pages.emplace_back();
        for (std::size_t i = 0; i < im.toc.size(); ++i) {
            const double h = toc_height(i);
            if (used + h > usable) {
                toc_pages.emplace_back();
                used = 0;
            }
            toc_pages.back().push_back(i);
            used += h;
        }
        HPDF_Page target = im.pages[*im.toc_before].page;
        for (std::size_t k = 0; k < toc_pages.size(); ++k) {
            PageRecord rec;
            rec.page = HPDF_InsertPage(im.pdf, target);
            HPDF_Page_SetSize(rec.page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
            rec.serial = -1 - static_cast<int>(k);
            im.pages.insert(im.pages.begin() + static_cast<std::ptrdiff_t>(*im.toc_before + k), rec);
        }
        im.check(N_("the PDF library failed while adding the contents pages (error {})"));
    }
    std::unordered_map<int, std::size_t> index_of_serial;
    for (std::size_t i = 0; i < im.pages.size(); ++i) index_of_serial[im.pages[i].serial] = i;

    for (std::size_t k = 0; k < toc_pages.size(); ++k) {
        im.active = *im.toc_before + k;
        y_ = top();
        if (k == 0) {
            const Style title{17, Weight::bold, colors::accent};
            y_ -= title.size;
            draw_text(left(), y_, im.info.contents_title, title);
            line(left(), y_ - 6, right(), y_ - 6, colors::accent, 1.2);
            y_ -= 30;
        }
        for (std::size_t i : toc_pages[k]) {
            const auto& e = im.toc[i];
            const Style s = toc_style(e.level);
            const double entry_top = y_ - (e.level == 1 ? 21 : 15) + s.size;
            const double indent = toc_indent(e.level);
            const std::size_t target = index_of_serial.at(e.page_serial);
            const std::string number = std::to_string(target + 1);
            const double number_w = text_width(number, s);
            const auto& lines = toc_lines[i];
            y_ -= e.level == 1 ? 21 : 15;
            for (std::size_t l = 0; l < lines.size(); ++l) {
                if (l > 0) y_ -= leading(s);
                draw_text(left() + indent, y_, lines[l], s);
            }
            const std::string& text = lines.back();
            const double text_end = left() + indent + text_width(text, s) + 4;
            const double dots_end = right() - number_w - 4;
            if (dots_end > text_end) line(text_end, y_ + 1, dots_end, y_ + 1, colors::rule, 0.6, true);
            draw_text(right(), y_, number, s, Align::right);
            const HPDF_Rect rect{r(left()), r(y_ - 3), r(right()), r(entry_top)};
            HPDF_Destination dest = HPDF_Page_CreateDestination(im.pages[target].page);
            HPDF_Annotation link = HPDF_Page_CreateLinkAnnot(im.current().page, rect, dest);
            HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
        }
    }

    // Running header and footer.
    const std::string total = std::to_string(im.pages.size());
    const Style small{7.5, Weight::regular, colors::muted};
    for (std::size_t i = 0; i < im.pages.size(); ++i) {
        if (!im.pages[i].decorated) continue;
        im.active = i;
        const double head = page_height() - margin_ + 14;
        draw_text(left(), head, im.info.header_left, small);
        draw_text(right(), head, im.info.header_right, small, Align::right);
        line(left(), head - 4, right(), head - 4, colors::rule, 0.5);
        const double foot = margin_ - 20;
        line(left(), foot + 10, right(), foot + 10, colors::rule, 0.5);
        draw_text(left(), foot, im.info.footer_left, small);
        draw_text(right(), foot, fmt::format(fmt::runtime(im.info.page_of_pages), i + 1, total), small, Align::right);
    }
    im.check(N_("the PDF library failed while drawing the pages (error {})"));

    HPDF_SetInfoAttr(im.pdf, HPDF_INFO_TITLE, im.info.title.c_str());
    HPDF_SetInfoAttr(im.pdf, HPDF_INFO_SUBJECT, im.info.subject.c_str());
    HPDF_SetInfoAttr(im.pdf, HPDF_INFO_AUTHOR, im.info.author.c_str());
    HPDF_SetInfoAttr(im.pdf, HPDF_INFO_KEYWORDS, im.info.keywords.c_str());
    HPDF_SetInfoAttr(im.pdf, HPDF_INFO_CREATOR, "Assessa");
    HPDF_SetInfoDateAttr(im.pdf, HPDF_INFO_CREATION_DATE, pdf_date(im.info.date));
    HPDF_SetInfoDateAttr(im.pdf, HPDF_INFO_MOD_DATE, pdf_date(im.info.date));
    HPDF_SetPageMode(im.pdf, HPDF_PAGE_MODE_USE_OUTLINE);
    im.check(N_("the PDF library failed while writing the document information (error {})"));

    write_file_atomically(path, [&](const std::string& partial) -> std::string {
        // libharu opens the file with fopen(): create it first, so that it has a path fopen() takes.
        if (!platform::open_output(partial)) return tr("the PDF library could not write the file");
        if (HPDF_SaveToFile(im.pdf, platform::c_library_path(partial).c_str()) != HPDF_OK || im.error != HPDF_OK)
            return tr("the PDF library could not write the file");
        return {};
    });
}

}  // namespace assessa::pdf
