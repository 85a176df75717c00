#pragma once

#include <memory>
#include <string>
#include <vector>

namespace assessa {

// One problem found in an input file, printed as `FILE:LINE:COL: error: message`.
// Line and column are 1-based; 0 means "the file as a whole".
struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;

    std::string to_string() const;
    bool operator==(const Diagnostic&) const = default;
};

std::string to_string(const std::vector<Diagnostic>& diagnostics);  // one per line

// The outcome of loading a file: the object, or every problem found and no object.
template <class T>
struct Loaded {
    std::shared_ptr<const T> value;
    std::vector<Diagnostic> errors;
    bool ok() const { return value != nullptr; }
};

// Maps byte offsets in a text (as pugixml reports them) to line and column.
class TextPositions {
public:
    explicit TextPositions(const std::string& text);
    // Column counts UTF-8 characters, so a Lithuanian or Chinese line points at the right place.
    std::pair<int, int> at(std::ptrdiff_t offset) const;

private:
    const std::string& text_;
    std::vector<std::size_t> line_starts_;
};

}  // namespace assessa
