#include "frameworks/xml_reader.hpp"

#include "frameworks/bounded_file.hpp"
#include "frameworks/utf8_text.hpp"
#include "i18n/translator.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <sstream>

namespace assessa {

namespace {

bool contains(std::initializer_list<std::string_view> list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// The offset of the first byte that is not well-formed UTF-8, or of a control character XML
// does not allow; npos if there is none. pugixml checks neither.
std::size_t first_bad_byte(std::string_view text) {
    const std::size_t bad_utf8 = first_invalid_utf8(text);
    for (std::size_t i = 0; i < text.size() && i < bad_utf8; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
    }
    return bad_utf8;
}

// The first element nested deeper than `limit` levels, if any.
pugi::xml_node too_deep(pugi::xml_node root, int limit) {
    // Iterative walk: a hostile file must not exhaust the stack here either.
    std::vector<std::pair<pugi::xml_node, int>> stack{{root, 1}};
    while (!stack.empty()) {
        auto [n, d] = stack.back();
        stack.pop_back();
        if (d > limit) return n;
        for (auto c : n.children())
            if (c.type() == pugi::node_element) stack.push_back({c, d + 1});
    }
    return {};
}

// The first attribute given twice on one element (pugixml keeps both), if any.
std::pair<pugi::xml_node, pugi::xml_attribute> repeated_attribute(pugi::xml_node root) {
    std::vector<pugi::xml_node> stack{root};
    while (!stack.empty()) {
        const pugi::xml_node n = stack.back();
        stack.pop_back();
        for (auto a = n.first_attribute(); a; a = a.next_attribute())
            for (auto b = a.next_attribute(); b; b = b.next_attribute())
                if (std::strcmp(a.name(), b.name()) == 0) return {n, b};
        for (auto c : n.children())
            if (c.type() == pugi::node_element) stack.push_back(c);
    }
    return {};
}

}  // namespace

XmlReader::XmlReader(std::string label, std::string text)
    : label_(std::move(label)), text_(std::move(text)), positions_(text_) {}

XmlReader XmlReader::from_file(const std::string& path) {
    std::vector<Diagnostic> errors;
    if (auto text = read_bounded_file(path, max_bytes, tr("is a folder, not a file"), errors))
        return XmlReader(path, std::move(*text));
    XmlReader r(path, "");
    r.errors_ = std::move(errors);
    r.unreadable_ = true;
    return r;
}

bool XmlReader::parse() {
    if (unreadable_) return false;
    if (text_.size() > max_bytes) {
        errors_.push_back({label_, 0, 0, trf("the file is too large ({} bytes; the limit is {} bytes)",
                                             text_.size(), max_bytes)});
        return false;
    }
    if (const std::size_t bad = first_bad_byte(text_); bad != std::string_view::npos) {
        const auto byte = static_cast<unsigned char>(text_[bad]);
        error_at(static_cast<std::ptrdiff_t>(bad),
                 byte < 0x20 ? trf("the file holds the control character 0x{:02X}, which XML does not allow", byte)
                             : trf("the file is not UTF-8 text (byte 0x{:02X}); save it with UTF-8 encoding", byte));
        return false;
    }
    // No DOCTYPE handling beyond skipping it: pugixml never resolves external entities.
    // Parsed as a fragment so that text or a second element outside the root element is kept
    // (and reported) instead of dropped; a broken or empty document is parsed again as a
    // whole document for pugixml's usual message.
    constexpr unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single;
    auto result = doc_.load_buffer(text_.data(), text_.size(), options | pugi::parse_fragment, pugi::encoding_utf8);
    if (!result || !root()) result = doc_.load_buffer(text_.data(), text_.size(), options, pugi::encoding_utf8);
    if (!result) {
        auto [line, col] = positions_.at(result.offset);
        errors_.push_back({label_, line, col, trf("XML syntax: {}", result.description())});
        return false;
    }
    if (!root()) {
        errors_.push_back({label_, 0, 0, tr("the file holds no XML element")});
        return false;
    }
    for (auto c : doc_.children()) {
        if (c.type() == pugi::node_element && c != root()) {
            error(c, trf("XML syntax: a second root element <{}> (the file may hold only one)", c.name()));
        } else if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
            const std::string_view v = c.value();
            const auto first = v.find_first_not_of(" \t\r\n");
            if (first != std::string_view::npos)
                error_at(c.offset_debug() + static_cast<std::ptrdiff_t>(first), tr("XML syntax: text outside the root element"));
        }
    }
    if (failed()) return false;
    if (const auto deep = too_deep(root(), max_depth)) {
        error(deep, trf("elements are nested too deeply (more than {} levels)", max_depth));
        return false;
    }
    if (const auto [el, attr] = repeated_attribute(root()); el) {
        error(el, trf("XML syntax: attribute '{}' is given twice on <{}>", attr.name(), el.name()));
        return false;
    }
    return true;
}

void XmlReader::error_at(std::ptrdiff_t offset, std::string message) {
    auto [line, col] = positions_.at(offset);
    errors_.push_back({label_, line, col, std::move(message)});
}

void XmlReader::error(pugi::xml_node at, std::string message) {
    int line = 0, col = 0;
    if (at) std::tie(line, col) = positions_.at(at.offset_debug());
    errors_.push_back({label_, line, col, std::move(message)});
}

void XmlReader::allow_children(pugi::xml_node el, std::initializer_list<std::string_view> allowed) {
    for (auto c : el.children()) {
        if (c.type() == pugi::node_element) {
            if (!contains(allowed, c.name()))
                error(c, trf("unknown element <{}> in <{}>", c.name(), el.name()));
        } else if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
            const std::string_view v = c.value();
            const auto first = std::find_if(v.begin(), v.end(), [](char ch) { return !std::isspace(static_cast<unsigned char>(ch)); });
            if (first != v.end())
                error_at(c.offset_debug() + (first - v.begin()), trf("unexpected text in <{}>", el.name()));
        }
    }
}

void XmlReader::allow_text_only(pugi::xml_node el) {
    for (auto c : el.children())
        if (c.type() == pugi::node_element) error(c, trf("unexpected element <{}> in <{}>", c.name(), el.name()));
}

void XmlReader::allow_attributes(pugi::xml_node el, std::initializer_list<std::string_view> allowed) {
    for (auto a : el.attributes()) {
        const std::string_view n = a.name();
        if (n == "xml:lang" || n == "xmlns" || contains(allowed, n)) continue;
        error(el, trf("unknown attribute '{}' on <{}>", n, el.name()));
    }
}

bool XmlReader::expect_root(std::string_view name, std::string_view ns) {
    auto r = root();
    if (std::string_view(r.name()) != name) {
        error(r, trf("the root element is <{}>, expected <{}>", r.name(), name));
        return false;
    }
    if (std::string_view(r.attribute("xmlns").value()) != ns) {
        error(r, trf("<{}> must declare xmlns=\"{}\"", name, ns));
        return false;
    }
    return true;
}

std::optional<std::string> XmlReader::required(pugi::xml_node el, const char* attr) {
    auto a = el.attribute(attr);
    if (!a || std::string_view(a.value()).empty()) {
        error(el, trf("<{}> needs the attribute '{}'", el.name(), attr));
        return std::nullopt;
    }
    return std::string(a.value());
}

std::optional<int> XmlReader::integer(pugi::xml_node el, const char* attr, bool is_required) {
    auto a = el.attribute(attr);
    if (!a) {
        if (is_required) error(el, trf("<{}> needs the attribute '{}'", el.name(), attr));
        return std::nullopt;
    }
    const std::string_view v = a.value();
    int out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size() || v.empty()) {
        error(el, trf("'{}' of <{}> must be a whole number, not \"{}\"", attr, el.name(), v));
        return std::nullopt;
    }
    return out;
}

std::optional<bool> XmlReader::boolean(pugi::xml_node el, const char* attr, bool fallback) {
    auto a = el.attribute(attr);
    if (!a) return fallback;
    const std::string_view v = a.value();
    if (v == "true" || v == "1") return true;
    if (v == "false" || v == "0") return false;
    error(el, trf("'{}' of <{}> must be true or false, not \"{}\"", attr, el.name(), v));
    return std::nullopt;
}

std::string XmlReader::text_of(pugi::xml_node el) {
    std::string raw;
    for (auto c : el.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) raw += c.value();
    // Collapse runs of white space so authors may wrap long texts in the file.
    std::string out;
    bool space = false;
    for (char ch : raw) {
        if (std::isspace(static_cast<unsigned char>(ch))) {
            space = !out.empty();
        } else {
            if (space) out.push_back(' ');
            space = false;
            out.push_back(ch);
        }
    }
    return out;
}

LocalizedText XmlReader::texts(pugi::xml_node el, const char* child, bool english_required,
                               std::string_view what) {
    LocalizedText result;
    for (auto c : el.children(child)) {
        allow_attributes(c, {"phase"});
        allow_text_only(c);
        if (c.attribute("phase")) continue;  // per-phase descriptors are read by the caller
        const std::string lang = normalize_language(c.attribute("xml:lang").as_string("en"));
        if (result.has(lang)) {
            error(c, trf("{} has a second <{}> in language '{}'", what, child, lang));
            continue;
        }
        result.set(lang, text_of(c));
    }
    if (english_required && !result.has("en"))
        error(el, trf("{} has no <{}> in English (xml:lang=\"en\")", what, child));
    return result;
}

bool is_identifier(std::string_view s) {
    if (s.empty() || s.size() > 100 || !std::isalnum(static_cast<unsigned char>(s[0]))) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
               c == '-' || c == '.' || c == '_';
    });
}

bool is_node_code(std::string_view s) {
    if (s.empty() || s.size() > 64 || s.front() == '.' || s.back() == '.') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.') {
            if (s[i - 1] == '.') return false;
        } else if (!std::isalnum(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

}  // namespace assessa
