#pragma once

#include <string>
#include <vector>

namespace assessa::test {

// Reading PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo).
std::string pdf_text(const std::string& pdf, bool layout = true);  // pdftotext, the whole document
std::string pdf_page_text(const std::string& pdf, int page);
std::vector<std::string> pdf_pages_text(const std::string& pdf);  // one entry per page, layout kept
struct PdfFont {
    std::string name;
    bool embedded = false;
};
std::vector<PdfFont> pdf_fonts(const std::string& pdf);
int pdf_pages(const std::string& pdf);
std::vector<bool> pdf_landscape_pages(const std::string& pdf);  // one entry per page
// The text without any white space, for matching titles that wrap across lines.
std::string squeeze(const std::string& text);

}  // namespace assessa::test
