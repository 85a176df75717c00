#pragma once

#include "exports/pdf/fonts.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace assessa::pdf {

struct Color {
    double r = 0, g = 0, b = 0;
};
namespace colors {
inline constexpr Color text{0.13, 0.13, 0.15};
inline constexpr Color muted{0.40, 0.42, 0.45};
inline constexpr Color accent{0.07, 0.28, 0.50};
inline constexpr Color accent_light{0.78, 0.86, 0.94};
inline constexpr Color shade{0.94, 0.95, 0.97};
inline constexpr Color rule{0.72, 0.75, 0.80};
inline constexpr Color white{1, 1, 1};
}  // namespace colors

enum class Weight { regular, bold };
struct Style {
    double size = 9.5;
    Weight weight = Weight::regular;
    Color color = colors::text;
};
enum class Align { left, center, right };
enum class Orientation { portrait, landscape };

// What the document says about itself and prints on every page but the cover.
struct DocumentInfo {
    std::string title;
    std::string subject;
    std::string author;
    std::string keywords;
    std::string date;           // ISO date: creation date of the document, printed in the footer
    std::string header_left;    // running header
    std::string header_right;
    std::string footer_left;
    std::string page_of_pages;  // translated "Page {} of {}"
    std::string contents_title; // translated "Contents"
};

// A table; columns are relative widths over the available width.
struct Table {
    std::vector<double> columns;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<Align> align;          // per column; left when absent
    std::vector<bool> strong_rows;     // rows printed bold and shaded (criterion rows, totals)
    Style style{8.5};
    double width = 0;                  // 0: the full content width
};

// A4 document over libharu with a flowing cursor: headings, paragraphs, lists and tables
// break across pages by themselves. The table of contents and the "page X of Y" footers are
// drawn when the document is saved, once every page number is known.
class Document {
public:
    explicit Document(DocumentInfo info);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    // Pages. An undecorated page has no running header and footer (the cover).
    void add_page(Orientation o = Orientation::portrait, bool decorated = true);
    Orientation orientation() const;
    double page_width() const;
    double page_height() const;
    double left() const { return margin_; }
    double right() const { return page_width() - margin_; }
    double content_width() const { return right() - left(); }
    double top() const;
    double bottom() const { return margin_ + 10; }
    int page_count() const;

    // The flowing cursor: the top of the next block, in PDF points from the page bottom.
    double cursor() const { return y_; }
    void set_cursor(double y) { y_ = y; }
    void move_down(double dy) { y_ -= dy; }
    bool fits(double height) const { return y_ - height >= bottom(); }
    // Starts a new page of the same orientation unless `height` still fits.
    void ensure(double height);

    // Drawing in page coordinates (origin bottom left); text is placed by its baseline.
    double text_width(std::string_view text, const Style& style);
    void draw_text(double x, double baseline, std::string_view text, const Style& style, Align align = Align::left);
    void fill_rect(double x, double y, double w, double h, Color c);
    void stroke_rect(double x, double y, double w, double h, Color c, double line_width = 0.5);
    void line(double x1, double y1, double x2, double y2, Color c, double line_width = 0.5, bool dashed = false);
    void polygon(const std::vector<std::pair<double, double>>& points, std::optional<Color> fill,
                 std::optional<Color> stroke, double line_width = 0.8);
    void circle(double cx, double cy, double r, Color fill);
    // Lines of `text` no wider than `width` (CJK text breaks between characters).
    std::vector<std::string> wrap(std::string_view text, double width, const Style& style);
    static double leading(const Style& s) { return s.size * 1.32; }

    // Flowing blocks at the cursor.
    // Levels 1 and 2 go into the table of contents and the outline; level 1 starts a page of
    // the orientation given.
    void heading(int level, std::string_view text, Orientation page = Orientation::portrait);
    void paragraph(std::string_view text, const Style& style = {}, double indent = 0);
    void bullets(const std::vector<std::string>& items, const Style& style = {}, double indent = 0);
    // A caption and a value on one line, the value wrapped in its own column.
    void field(std::string_view label, std::string_view value, double label_width = 155, const Style& style = {});
    void table(const Table& t);
    void vspace(double dy);

    // The table of contents goes before the next page added.
    void table_of_contents_here();
    // Draws the deferred parts and writes the file (through a temporary beside it).
    void save(const std::string& path);

    struct Impl;

private:
    void draw_row(const Table& t, const std::vector<double>& widths, const std::vector<std::vector<std::string>>& cells,
                  double height, bool header, bool strong, bool shaded);
    void draw_table_header(const Table& t, const std::vector<double>& widths);

    std::unique_ptr<Impl> impl_;
    double margin_ = 51;  // 18 mm
    double y_ = 0;
};

}  // namespace assessa::pdf
