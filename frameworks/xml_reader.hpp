#pragma once

#include "frameworks/diagnostic.hpp"
#include "frameworks/localized_text.hpp"

#include <pugixml.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

// Strict reading of one XML document: parses it, and offers checks that record a Diagnostic
// with the file, line and column of the offending element. Used by every loader of ours
// (frameworks, mappings, exchange files, packets) so that they report problems alike.
class XmlReader {
public:
    static constexpr std::size_t max_bytes = 64u << 20;
    static constexpr int max_depth = 64;

    // `label` is the file name used in messages.
    XmlReader(std::string label, std::string text);

    // Reads a file; a missing or unreadable file, or one over max_bytes, is a diagnostic.
    static XmlReader from_file(const std::string& path);

    // Parses the text; false (with a diagnostic) on a syntax error or excessive nesting.
    bool parse();

    pugi::xml_node root() const { return doc_.document_element(); }
    const std::string& label() const { return label_; }
    const std::string& text() const { return text_; }  // as read, before parsing
    const std::vector<Diagnostic>& errors() const { return errors_; }
    bool failed() const { return !errors_.empty(); }

    void error(pugi::xml_node at, std::string message);
    void error_at(std::ptrdiff_t offset, std::string message);
    int line_of(pugi::xml_node at) const { return positions_.at(at.offset_debug()).first; }

    // Reports elements (and text) not in `allowed` among the children of `el`.
    void allow_children(pugi::xml_node el, std::initializer_list<std::string_view> allowed);
    // Reports any child element of a text element such as <title>.
    void allow_text_only(pugi::xml_node el);
    // Reports attributes not in `allowed`; xml:lang and xmlns are always allowed.
    void allow_attributes(pugi::xml_node el, std::initializer_list<std::string_view> allowed);
    // Checks the root element's name and namespace.
    bool expect_root(std::string_view name, std::string_view ns);

    std::optional<std::string> required(pugi::xml_node el, const char* attr);
    std::optional<int> integer(pugi::xml_node el, const char* attr, bool required);
    std::optional<bool> boolean(pugi::xml_node el, const char* attr, bool fallback);

    // Collects the `child` elements of `el` as one text per xml:lang. Duplicate languages are
    // errors; with `english_required`, a missing English text is an error.
    LocalizedText texts(pugi::xml_node el, const char* child, bool english_required,
                        std::string_view what);
    // The same for a single element's own text (one language).
    static std::string text_of(pugi::xml_node el);

private:
    std::string label_;
    std::string text_;
    TextPositions positions_;
    pugi::xml_document doc_;
    std::vector<Diagnostic> errors_;
    bool unreadable_ = false;
};

// Identifiers in our formats: lower-case letters, digits, '-', '.', '_', starting alphanumeric.
bool is_identifier(std::string_view s);
// Node codes: dot-separated alphanumeric parts ("1", "1.1", "7.1.5", "A2").
bool is_node_code(std::string_view s);

}  // namespace assessa
