#include "tests/pdf/pdf_probe.hpp"

#include <array>
#include <cstdio>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace assessa::test {

namespace {

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// The standard output of a shell command; poppler's warnings on stderr are dropped.
std::string capture(const std::string& command) {
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    std::string out;
    std::array<char, 65536> buf;
    for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0;) out.append(buf.data(), n);
    if (pclose(pipe) != 0) throw std::runtime_error("failed: " + command);
    return out;
}

}  // namespace

std::string pdf_text(const std::string& pdf, bool layout) {
    return capture(std::string("pdftotext -enc UTF-8 ") + (layout ? "-layout " : "") + quoted(pdf) + " -");
}

std::string pdf_page_text(const std::string& pdf, int page) {
    const std::string p = std::to_string(page);
    return capture("pdftotext -enc UTF-8 -layout -f " + p + " -l " + p + " " + quoted(pdf) + " -");
}

std::vector<std::string> pdf_pages_text(const std::string& pdf) {
    const std::string text = pdf_text(pdf);
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t ff; (ff = text.find('\f', start)) != std::string::npos; start = ff + 1)
        pages.push_back(text.substr(start, ff - start));
    return pages;
}

std::vector<PdfFont> pdf_fonts(const std::string& pdf) {
    std::istringstream in(capture("pdffonts " + quoted(pdf)));
    std::vector<PdfFont> fonts;
    // name, type (may contain spaces), encoding, emb, sub, uni, object number, generation
    const std::regex row(R"(^(\S+)\s.*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)");
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        if (++n <= 2) continue;  // header and rule
        std::smatch m;
        if (std::regex_match(line, m, row)) fonts.push_back({m[1], m[2] == "yes"});
        else fonts.push_back({line, false});
    }
    return fonts;
}

int pdf_pages(const std::string& pdf) {
    const std::string info = capture("pdfinfo " + quoted(pdf));
    std::smatch m;
    if (!std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))"))) return 0;
    return std::stoi(m[1]);
}

std::vector<bool> pdf_landscape_pages(const std::string& pdf) {
    const std::string info = capture("pdfinfo -f 1 -l 10000 " + quoted(pdf));
    std::vector<bool> out;
    const std::regex size(R"(Page\s+\d+ size:\s+([\d.]+) x ([\d.]+))");
    for (auto it = std::sregex_iterator(info.begin(), info.end(), size); it != std::sregex_iterator(); ++it)
        out.push_back(std::stod((*it)[1]) > std::stod((*it)[2]));
    return out;
}

std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r') out += c;
    return out;
}

}  // namespace assessa::test
