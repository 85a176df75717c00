#include "exports/survey_csv.hpp"

#include "frameworks/bounded_file.hpp"
#include "frameworks/utf8_text.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>
#include <cctype>

namespace assessa {

namespace {

constexpr std::size_t max_bytes = std::size_t{64} << 20;
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::string lowercase_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The line (1-based) holding byte `offset` and the offset where that line starts. CR LF, LF
// and a lone CR each end a line, as in the reader below; the encodings read here are
// ASCII-compatible, so this works on their bytes as well as on UTF-8.
std::pair<int, std::size_t> line_of(std::string_view text, std::size_t offset) {
    int line = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            start = i + 1;
        }
    }
    return {line, start};
}

int utf8_column(std::string_view text, std::size_t line_start, std::size_t offset) {
    int column = 1;
    for (std::size_t i = line_start; i < offset && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return column;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

// `bytes` as UTF-8 text without a byte-order mark, or the diagnostic saying where it stops
// being text in `encoding`.
std::optional<std::string> decoded(const std::string& bytes, const std::string& label, const std::string& encoding,
                                   std::vector<Diagnostic>& errors) {
    const auto at = [&](std::size_t offset, std::string message) {
        const auto [line, start] = line_of(bytes, offset);
        int column = 1;
        if (encoding == "utf-8") {
            column = utf8_column(bytes, start, offset);
        } else {
            std::size_t ignored = 0;  // the part of the line before the bad byte decodes
            const std::string_view before(bytes.data() + start, offset - start);
            if (const auto text = platform::to_utf8(before, encoding, ignored)) column = utf8_column(*text, 0, text->size());
        }
        errors.push_back({label, line, column, std::move(message)});
    };
    const std::string_view start = std::string_view(bytes).substr(0, 2);
    if (start == "\xFF\xFE" || start == "\xFE\xFF") {
        errors.push_back({label, 1, 1, tr("the file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8")});
        return std::nullopt;
    }
    const bool has_bom = std::string_view(bytes).substr(0, utf8_bom.size()) == utf8_bom;
    if (encoding == "utf-8") {
        const std::size_t bad = first_invalid_utf8(bytes);
        if (bad != std::string_view::npos) {
            at(bad, trf("the text is not UTF-8 (byte 0x{:02X}); if the file was saved in another encoding, "
                        "name it: windows-1257 (Baltic) or gb18030 (Chinese)",
                        static_cast<unsigned char>(bytes[bad])));
            return std::nullopt;
        }
        return has_bom ? bytes.substr(utf8_bom.size()) : bytes;
    }
    if (has_bom) {
        errors.push_back({label, 1, 1, trf("the file starts with a UTF-8 byte-order mark: it is UTF-8 text, not {}", encoding)});
        return std::nullopt;
    }
    if (bytes.empty()) return std::string();
    std::size_t bad = 0;
    auto text = platform::to_utf8(bytes, encoding, bad);
    if (!text) {
        bad = std::min(bad, bytes.size() - 1);  // a failed conversion had at least one byte
        at(bad, trf("byte 0x{:02X} is not {} text; name the file's encoding: utf-8, windows-1257 or gb18030",
                    static_cast<unsigned char>(bytes[bad]), encoding));
        return std::nullopt;
    }
    // GB18030 has a byte-order mark of its own, which decodes to U+FEFF.
    if (std::string_view(*text).substr(0, utf8_bom.size()) == utf8_bom) text->erase(0, utf8_bom.size());
    return text;
}

// The separator that splits the first non-blank line into more fields outside quotes; ','
// when neither does.
char detected_separator(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') quoted = !quoted;  // a doubled quote toggles twice
        else if (quoted) continue;
        else if (c == '\n' || c == '\r') break;
        else if (c == ',') ++commas;
        else if (c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

// RFC 4180 records over UTF-8 text, with line and column tracking for the diagnostics.
class RecordReader {
public:
    RecordReader(std::string_view text, char separator, const std::string& label)
        : text_(text), separator_(separator), stops_{separator, '\r', '\n'}, label_(label) {}

    bool at_end() const { return i_ >= text_.size(); }

    // The next record, or nothing after a problem that leaves the rest of the file unreadable
    // (the diagnostic is in `errors`).
    std::optional<CsvRow> next(std::vector<Diagnostic>& errors) {
        CsvRow row;
        row.line = line_;
        while (true) {
            std::size_t start = i_;
            while (start < text_.size() && (text_[start] == ' ' || text_[start] == '\t')) ++start;
            if (start < text_.size() && text_[start] == '"') {
                if (!quoted_field(start, row, errors)) return std::nullopt;
            } else {
                const CsvPosition where = here(i_);
                const std::size_t end = text_.find_first_of(stops_, i_);
                const std::size_t stop = end == std::string_view::npos ? text_.size() : end;
                row.fields.emplace_back(text_.substr(i_, stop - i_));
                row.positions.push_back(where);
                i_ = stop;
            }
            if (i_ < text_.size() && text_[i_] == separator_) {
                ++i_;
                if (i_ >= text_.size()) {  // a separator at the very end: one more, empty field
                    row.fields.emplace_back();
                    row.positions.push_back(here(i_));
                }
                if (i_ < text_.size()) continue;
            }
            line_break();
            return row;
        }
    }

private:
    // Counted on from the last place asked for on the same line, so that a long line with many
    // fields costs one pass, not one per field.
    CsvPosition here(std::size_t offset) {
        if (counted_to_ < line_start_ || counted_to_ > offset) {
            counted_to_ = line_start_;
            counted_column_ = 1;
        }
        counted_column_ += utf8_column(text_, counted_to_, offset) - 1;
        counted_to_ = offset;
        return {line_, counted_column_};
    }

    bool quoted_field(std::size_t quote, CsvRow& row, std::vector<Diagnostic>& errors) {
        const CsvPosition opened = here(quote);
        std::string value;
        i_ = quote + 1;
        while (true) {
            if (i_ >= text_.size()) {
                errors.push_back({label_, opened.line, opened.column,
                                  tr("a quoted field is never closed: the file ends before its closing quote")});
                return false;
            }
            const char c = text_[i_];
            if (c == '"') {
                if (i_ + 1 < text_.size() && text_[i_ + 1] == '"') {
                    value += '"';
                    i_ += 2;
                    continue;
                }
                ++i_;
                break;
            }
            if (c == '\r' || c == '\n') {
                value += '\n';
                line_break();
                continue;
            }
            value += c;
            ++i_;
        }
        while (i_ < text_.size() && (text_[i_] == ' ' || text_[i_] == '\t')) ++i_;
        if (i_ < text_.size() && text_[i_] != separator_ && text_[i_] != '\r' && text_[i_] != '\n') {
            const CsvPosition where = here(i_);
            errors.push_back({label_, where.line, where.column,
                              trf("text after the closing quote of a field; a quote inside a quoted field is "
                                  "written twice (\"\"), and the field ends at the separator \"{}\"",
                                  std::string(1, separator_))});
            return false;
        }
        row.fields.push_back(std::move(value));
        row.positions.push_back(opened);
        return true;
    }

    // Steps over one line break (CR LF, LF or CR) if there is one at the current place.
    void line_break() {
        if (i_ >= text_.size()) return;
        if (text_[i_] == '\r' && i_ + 1 < text_.size() && text_[i_ + 1] == '\n') ++i_;
        ++i_;
        ++line_;
        line_start_ = i_;
    }

    std::string_view text_;
    char separator_;
    std::string stops_;  // where an unquoted field ends
    const std::string& label_;
    std::size_t i_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
    std::size_t counted_to_ = 0;
    int counted_column_ = 1;
};

bool blank_row(const CsvRow& row) {
    return std::all_of(row.fields.begin(), row.fields.end(), [](const std::string& f) { return is_blank(f); });
}

}  // namespace

CsvReadResult read_survey_csv(const std::string& bytes, const std::string& label, const std::string& encoding,
                              char separator) {
    CsvReadResult result;
    if (bytes.size() > max_bytes) {
        result.errors.push_back(
            {label, 0, 0, trf("the file is too large ({} bytes; the limit is {} bytes)", bytes.size(), max_bytes)});
        return result;
    }
    const std::string name = encoding.empty() ? std::string("utf-8") : lowercase_ascii(encoding);
    if (std::find(std::begin(csv_encodings), std::end(csv_encodings), name) == std::end(csv_encodings)) {
        result.errors.push_back({label, 0, 0,
                                 trf("unknown encoding \"{}\": Assessa reads survey files in utf-8, windows-1257 "
                                     "(Baltic) or gb18030 (Chinese)",
                                     encoding)});
        return result;
    }
    if (separator != 0 && separator != ',' && separator != ';' && separator != '\t') {
        result.errors.push_back({label, 0, 0, trf("the separator must be \",\", \";\" or a tab, not \"{}\"",
                                                  std::string(1, separator))});
        return result;
    }
    const auto text = decoded(bytes, label, name, result.errors);
    if (!text) return result;
    if (const auto zero = text->find('\0'); zero != std::string::npos) {
        const auto [line, start] = line_of(*text, zero);
        result.errors.push_back({label, line, utf8_column(*text, start, zero),
                                 tr("the file holds a zero byte, which text never does; it may be UTF-16 text: "
                                    "save it as UTF-8")});
        return result;
    }

    CsvTable table;
    table.encoding = name;
    table.separator = separator ? separator : detected_separator(*text);
    RecordReader reader(*text, table.separator, label);
    bool have_header = false;
    while (!reader.at_end()) {
        auto row = reader.next(result.errors);
        if (!row) return result;
        if (blank_row(*row)) continue;
        if (!have_header) {
            for (const auto& field : row->fields) table.header.push_back(trimmed(field));
            have_header = true;
            continue;
        }
        if (row->fields.size() > table.header.size()) {
            const auto extra = std::find_if(row->fields.begin() + static_cast<std::ptrdiff_t>(table.header.size()),
                                            row->fields.end(), [](const std::string& f) { return !is_blank(f); });
            if (extra != row->fields.end()) {
                const CsvPosition where = row->positions[static_cast<std::size_t>(extra - row->fields.begin())];
                result.errors.push_back(
                    {label, where.line, where.column,
                     trf("the row has {} fields, but the header has {}; a field holding the separator \"{}\" "
                         "must be in double quotes",
                         row->fields.size(), table.header.size(), std::string(1, table.separator))});
                continue;
            }
            // Separators at the end of a row with nothing after them are harmless.
            row->fields.resize(table.header.size());
            row->positions.resize(table.header.size());
        }
        table.rows.push_back(std::move(*row));
    }
    if (!have_header) {
        result.errors.push_back(
            {label, 0, 0, tr("the file is empty: a survey file needs a header row, then one row per respondent")});
        return result;
    }
    if (result.errors.empty()) result.table = std::move(table);
    return result;
}

CsvReadResult read_survey_csv_file(const std::string& path, const std::string& encoding, char separator) {
    CsvReadResult result;
    if (auto bytes = read_bounded_file(path, max_bytes, tr("is a folder, not a file"), result.errors))
        return read_survey_csv(*bytes, path, encoding, separator);
    return result;
}

}  // namespace assessa
