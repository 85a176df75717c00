// Benchlearning files (docs/benchlearning.md, exports/schema/bench.xsd): XML in the namespace
// urn:assessa:bench:1, then the checksum line (exports/checksum_line.hpp).

#include "exports/bench_file.hpp"

#include "exports/checksum_line.hpp"
#include "exports/file_output.hpp"
#include "frameworks/bounded_file.hpp"
#include "frameworks/xml_reader.hpp"
#include "model/calendar_date.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace assessa {

namespace {

constexpr int min_year = 2000;
constexpr int max_year = 2100;
constexpr int max_members = 10000;
constexpr std::size_t max_text = 200;  // region and cycle label, in bytes
constexpr std::size_t id_size = 32;

void set_attr(pugi::xml_node el, const char* name, const std::string& value) {
    el.append_attribute(name).set_value(value.c_str());
}

// The shortest text that reads back as the same number.
std::string number_text(double value) {
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : std::string("0");
}

void append_submission(pugi::xml_node parent, const char* name, const BenchSubmission& s) {
    auto el = parent.append_child(name);
    if (std::string_view(name) == "assessa-bench") {
        set_attr(el, "xmlns", bench_namespace);
        set_attr(el, "version", bench_format_version);
    }
    set_attr(el, "id", s.submission_id);
    set_attr(el, "written-at", s.written_at);
    auto inst = el.append_child("institution");
    set_attr(inst, "type", std::string(to_string(s.profile.type)));
    set_attr(inst, "size", std::string(to_string(s.profile.size)));
    if (!s.profile.region.empty()) set_attr(inst, "region", s.profile.region);
    auto cycle = el.append_child("cycle");
    set_attr(cycle, "framework", s.framework_id);
    set_attr(cycle, "framework-version", s.framework_version);
    set_attr(cycle, "method", s.method_id);
    set_attr(cycle, "label", s.cycle_label);
    set_attr(cycle, "year", std::to_string(s.year));
    set_attr(cycle, "members", std::to_string(s.members));
    set_attr(cycle, "consensus-complete", s.consensus_complete ? "true" : "false");
    for (const auto& score : s.scores) {
        auto sc = el.append_child("score");
        set_attr(sc, "level", std::string(to_string(score.level)));
        if (score.level != BenchLevel::overall) set_attr(sc, "code", score.code);
        set_attr(sc, "value", number_text(score.score));
    }
}

std::string finished(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    std::string text = out.str();
    if (text.empty() || text.back() != '\n') text.push_back('\n');
    append_checksum_line(text);
    return text;
}

pugi::xml_document new_document() {
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    return doc;
}

// ---- Reading --------------------------------------------------------------------------------

enum class Kind { submission, set };


bool is_submission_id(std::string_view s) {
    return s.size() == id_size &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// "2026-11-23T09:41:00Z", as now_utc() writes it.
bool is_utc_time(std::string_view s) {
    if (s.size() != 20 || !is_iso_date(s.substr(0, 10)) || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return false;
    auto two = [&](std::size_t at, int max) {
        if (!std::isdigit(static_cast<unsigned char>(s[at])) || !std::isdigit(static_cast<unsigned char>(s[at + 1])))
            return false;
        return (s[at] - '0') * 10 + (s[at + 1] - '0') <= max;
    };
    return two(11, 23) && two(14, 59) && two(17, 59);
}

// The content before the checksum line, or the problem as a diagnostic.
std::optional<std::size_t> verify(const std::string& label, const std::string& text, Kind kind,
                                  std::vector<Diagnostic>& errors) {
    auto problem = [&](std::string message) {
        errors.push_back({label, 0, 0, std::move(message)});
        return std::nullopt;
    };
    if (text.size() > bench_max_bytes)
        return problem(trf("the file is too large ({} bytes; the limit is {} bytes)", text.size(), bench_max_bytes));
    if (text.empty()) return problem(tr("the file is empty, not an Assessa comparison file"));
    const std::string head = text.substr(0, 1024);
    const bool is_set = head.find("<assessa-benchset") != std::string::npos;
    const bool is_submission = !is_set && head.find("<assessa-bench") != std::string::npos;
    if (kind == Kind::submission && is_set)
        return problem(tr("this is a comparison set (.assessa-benchset), not a single institution's submission"));
    if (kind == Kind::set && is_submission)
        return problem(tr("this is a single institution's submission (.assessa-bench), not a comparison set"));
    if (kind == Kind::submission && !is_submission)
        return problem(tr("not an Assessa comparison submission (it does not start with <assessa-bench>)"));
    if (kind == Kind::set && !is_set)
        return problem(tr("not an Assessa comparison set (it does not start with <assessa-benchset>)"));
    const ChecksumCheck check = check_checksum_line(text);
    switch (check.problem) {
        case ChecksumProblem::none: return check.content;
        case ChecksumProblem::missing:
            return problem(tr("the file is incomplete: it ends before its checksum line (the file was cut short)"));
        case ChecksumProblem::damaged: return problem(tr("the file's checksum line is damaged"));
        case ChecksumProblem::trailing_data: return problem(tr("the file has more data after its checksum line"));
        case ChecksumProblem::mismatch:
            return problem(tr("the file's content does not match its checksum: it was changed or damaged after it was "
                              "written"));
    }
    return std::nullopt;
}

class BenchParser {
public:
    explicit BenchParser(XmlReader& xml) : xml_(xml) {}

    std::optional<BenchSubmission> submission() {
        if (!xml_.parse() || !xml_.expect_root("assessa-bench", bench_namespace)) return std::nullopt;
        auto root = xml_.root();
        xml_.allow_attributes(root, {"version", "id", "written-at"});
        check_version(root);
        BenchSubmission s = read_submission(root);
        if (xml_.failed()) return std::nullopt;
        return s;
    }

    std::optional<BenchSet> set() {
        if (!xml_.parse() || !xml_.expect_root("assessa-benchset", bench_namespace)) return std::nullopt;
        auto root = xml_.root();
        xml_.allow_attributes(root, {"version", "framework", "framework-version", "method", "merged-at"});
        xml_.allow_children(root, {"submission"});
        check_version(root);
        BenchSet set;
        set.framework_id = identifier(root, "framework");
        set.framework_version = text(root, "framework-version", true);
        set.method_id = identifier(root, "method");
        set.merged_at = time(root, "merged-at");
        std::map<std::string, int> lines;
        for (auto el : root.children("submission")) {
            xml_.allow_attributes(el, {"id", "written-at"});
            BenchSubmission s = read_submission(el);
            if (!s.submission_id.empty()) {
                auto [it, fresh] = lines.emplace(s.submission_id, xml_.line_of(el));
                if (!fresh)
                    xml_.error(el, trf("a second submission with the identifier {} (the first is on line {}); a set "
                                       "keeps only the newest",
                                       s.submission_id, it->second));
            }
            if (!s.framework_id.empty() && (s.framework_id != set.framework_id ||
                                            s.framework_version != set.framework_version ||
                                            s.method_id != set.method_id))
                xml_.error(el, trf("the submission is on {} {} with method {}, but the set is on {} {} with method {}",
                                   s.framework_id, s.framework_version, s.method_id, set.framework_id,
                                   set.framework_version, set.method_id));
            set.submissions.push_back(std::move(s));
        }
        if (xml_.failed()) return std::nullopt;
        return set;
    }

private:
    XmlReader& xml_;

    void check_version(pugi::xml_node root) {
        if (auto v = xml_.required(root, "version"); v && *v != bench_format_version)
            xml_.error(root, trf("the file is in format version {}; this program reads version {}", *v,
                                 bench_format_version));
    }

    std::string text(pugi::xml_node el, const char* attr, bool required) {
        std::string value = required ? xml_.required(el, attr).value_or("") : el.attribute(attr).value();
        if (value.size() > max_text) {
            xml_.error(el, trf("'{}' of <{}> is longer than {} bytes", attr, el.name(), max_text));
            return {};
        }
        return value;
    }

    std::string identifier(pugi::xml_node el, const char* attr) {
        auto value = xml_.required(el, attr);
        if (!value) return {};
        if (!is_identifier(*value)) {
            xml_.error(el, trf("'{}' of <{}> must be an identifier (lower-case letters, digits, '-', '.', '_'), not "
                               "\"{}\"",
                               attr, el.name(), *value));
            return {};
        }
        return *value;
    }

    std::string time(pugi::xml_node el, const char* attr) {
        auto value = xml_.required(el, attr);
        if (!value) return {};
        if (!is_utc_time(*value)) {
            xml_.error(el, trf("'{}' of <{}> must be a UTC time like 2026-11-23T09:41:00Z, not \"{}\"", attr,
                               el.name(), *value));
            return {};
        }
        return *value;
    }

    int whole(pugi::xml_node el, const char* attr, int min, int max) {
        auto value = xml_.integer(el, attr, true);
        if (!value) return 0;
        if (*value < min || *value > max) {
            xml_.error(el, trf("'{}' of <{}> must be from {} to {}, not {}", attr, el.name(), min, max, *value));
            return 0;
        }
        return *value;
    }

    // The one `name` child of `parent`; reported when missing or repeated.
    pugi::xml_node single(pugi::xml_node parent, const char* name) {
        auto first = parent.child(name);
        if (!first) xml_.error(parent, trf("<{}> needs a <{}> element", parent.name(), name));
        for (auto el = first.next_sibling(name); el; el = el.next_sibling(name))
            xml_.error(el, trf("a second <{}> in <{}> (the first is on line {})", name, parent.name(),
                               xml_.line_of(first)));
        return first;
    }

    BenchSubmission read_submission(pugi::xml_node root) {
        xml_.allow_children(root, {"institution", "cycle", "score"});
        BenchSubmission s;
        if (auto id = xml_.required(root, "id")) {
            if (is_submission_id(*id)) s.submission_id = *id;
            else xml_.error(root, trf("'id' of <{}> must be {} lower-case hexadecimal digits, not \"{}\"", root.name(),
                                      id_size, *id));
        }
        s.written_at = time(root, "written-at");
        if (auto el = single(root, "institution")) {
            xml_.allow_attributes(el, {"type", "size", "region"});
            xml_.allow_children(el, {});
            if (auto type = xml_.required(el, "type")) {
                if (auto t = institution_type_from_string(*type)) s.profile.type = *t;
                else xml_.error(el, trf("unknown institution type \"{}\"", *type));
            }
            if (auto size = xml_.required(el, "size")) {
                if (auto b = size_band_from_string(*size)) s.profile.size = *b;
                else xml_.error(el, trf("unknown size band \"{}\" (use 1-50, 51-250, 251-1000 or 1001+)", *size));
            }
            s.profile.region = text(el, "region", false);
        }
        if (auto el = single(root, "cycle")) {
            xml_.allow_attributes(el, {"framework", "framework-version", "method", "label", "year", "members",
                                       "consensus-complete"});
            xml_.allow_children(el, {});
            s.framework_id = identifier(el, "framework");
            s.framework_version = text(el, "framework-version", true);
            s.method_id = identifier(el, "method");
            s.cycle_label = text(el, "label", true);
            s.year = whole(el, "year", min_year, max_year);
            s.members = whole(el, "members", 0, max_members);
            const std::string complete = xml_.required(el, "consensus-complete").value_or("false");
            if (complete != "true" && complete != "false")
                xml_.error(el, trf("'consensus-complete' of <cycle> must be true or false, not \"{}\"", complete));
            s.consensus_complete = complete == "true";
        }
        std::map<std::pair<BenchLevel, std::string>, int> seen;
        for (auto el : root.children("score")) {
            if (auto score = read_score(el)) {
                auto [it, fresh] = seen.emplace(std::pair(score->level, score->code), xml_.line_of(el));
                if (!fresh) {
                    if (score->code.empty())
                        xml_.error(el, trf("a second overall score (the first is on line {})", it->second));
                    else
                        xml_.error(el, trf("a second score for {} (the first is on line {})", score->code, it->second));
                    continue;
                }
                s.scores.push_back(std::move(*score));
            }
        }
        return s;
    }

    std::optional<BenchScore> read_score(pugi::xml_node el) {
        xml_.allow_attributes(el, {"level", "code", "value"});
        xml_.allow_children(el, {});
        BenchScore score;
        const auto level = xml_.required(el, "level");
        if (!level) return std::nullopt;
        if (auto l = bench_level_from_string(*level)) score.level = *l;
        else {
            xml_.error(el, trf("unknown score level \"{}\" (use node, group or overall)", *level));
            return std::nullopt;
        }
        const auto code = el.attribute("code");
        if (score.level == BenchLevel::overall) {
            if (code) {
                xml_.error(el, tr("the overall score has no 'code'"));
                return std::nullopt;
            }
        } else {
            const auto c = xml_.required(el, "code");
            if (!c) return std::nullopt;
            if (score.level == BenchLevel::node && !is_node_code(*c)) {
                xml_.error(el, trf("\"{}\" is not a node code (like 1 or 1.2)", *c));
                return std::nullopt;
            }
            if (score.level == BenchLevel::group && !is_identifier(*c)) {
                xml_.error(el, trf("\"{}\" is not a group id (like enablers)", *c));
                return std::nullopt;
            }
            score.code = *c;
        }
        const auto value = xml_.required(el, "value");
        if (!value) return std::nullopt;
        const char* end = value->data() + value->size();
        const auto [p, ec] = std::from_chars(value->data(), end, score.score);
        if (ec != std::errc() || p != end || !std::isfinite(score.score) || score.score < 0 || score.score > 100) {
            xml_.error(el, trf("a score must be a number from 0 to 100, not \"{}\"", *value));
            return std::nullopt;
        }
        return score;
    }
};

std::vector<Diagnostic> sorted(std::vector<Diagnostic> errors) {
    std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return errors;
}


}  // namespace

std::string bench_submission_text(const BenchSubmission& submission) {
    auto doc = new_document();
    append_submission(doc, "assessa-bench", submission);
    return finished(doc);
}

std::string bench_set_text(const BenchSet& set) {
    auto doc = new_document();
    auto root = doc.append_child("assessa-benchset");
    set_attr(root, "xmlns", bench_namespace);
    set_attr(root, "version", bench_format_version);
    set_attr(root, "framework", set.framework_id);
    set_attr(root, "framework-version", set.framework_version);
    set_attr(root, "method", set.method_id);
    set_attr(root, "merged-at", set.merged_at);
    for (const auto& s : set.submissions) append_submission(root, "submission", s);
    return finished(doc);
}

void write_bench_submission_file(const std::string& path, const BenchSubmission& submission) {
    write_file_atomically(path, bench_submission_text(submission));
}

void write_bench_set_file(const std::string& path, const BenchSet& set) {
    write_file_atomically(path, bench_set_text(set));
}

BenchSubmissionRead read_bench_submission_text(const std::string& label, const std::string& text) {
    BenchSubmissionRead result;
    if (!verify(label, text, Kind::submission, result.errors)) return result;
    XmlReader xml(label, text);
    result.submission = BenchParser(xml).submission();
    if (!result.submission) result.errors = sorted(xml.errors());
    return result;
}

BenchSetRead read_bench_set_text(const std::string& label, const std::string& text) {
    BenchSetRead result;
    if (!verify(label, text, Kind::set, result.errors)) return result;
    XmlReader xml(label, text);
    result.set = BenchParser(xml).set();
    if (!result.set) result.errors = sorted(xml.errors());
    return result;
}

namespace {

std::optional<std::string> read_limited(const std::string& path, std::vector<Diagnostic>& errors) {
    return read_bounded_file(path, bench_max_bytes, tr("is a folder, not an Assessa comparison file"), errors);
}

}  // namespace

BenchSubmissionRead read_bench_submission_file(const std::string& path) {
    BenchSubmissionRead result;
    if (auto text = read_limited(path, result.errors)) return read_bench_submission_text(path, *text);
    return result;
}

BenchSetRead read_bench_set_file(const std::string& path) {
    BenchSetRead result;
    if (auto text = read_limited(path, result.errors)) return read_bench_set_text(path, *text);
    return result;
}

}  // namespace assessa
