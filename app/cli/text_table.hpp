#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace assessa::cli {

// A plain-text table for terminal output, aligned by display width (Chinese characters take
// two columns, Lithuanian letters one).
class TextTable {
public:
    explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    // Cuts cells of `column` to `width` display columns, ending them with "…".
    void limit_width(std::size_t column, std::size_t width) { limits_.emplace_back(column, width); }
    void print(std::ostream& out) const;

private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
    std::vector<std::pair<std::size_t, std::size_t>> limits_;
};

// Columns a UTF-8 string takes in a terminal.
std::size_t display_width(const std::string& s);

}  // namespace assessa::cli
