// Writing and reading packet files: XML content, a line with its HMAC-SHA256 under the
// sending's secret, then a line with the SHA-256 of everything before it.

#include "exports/packet_format.hpp"

#include "exports/checksum_line.hpp"

#include "frameworks/bounded_file.hpp"
#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"

#include "model/platform/platform.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <ctime>
#include <cstring>
#include <map>
#include <sstream>

namespace assessa {

namespace {

constexpr std::string_view mac_start = "<?assessa-mac hmac-sha256=\"";
constexpr std::string_view mac_end = "\"?>\n";
constexpr std::size_t sha256_hex_size = 64;

std::string joined(const std::vector<Diagnostic>& problems) {
    std::string text = to_string(problems);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

// Element text exactly as written (line breaks and surrounding spaces kept).
std::string exact_text(pugi::xml_node el) {
    std::string text;
    for (auto c : el.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) text += c.value();
    return text;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool is_hex(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// pugixml writes a carriage return in text as it is, and XML readers turn it into a line
// feed; escaped, it survives. Indentation never holds one.
// Written in chunks: a packet is rewritten on every edit, and most hold no carriage return.
std::string with_escaped_carriage_returns(std::string xml) {
    std::size_t cr = xml.find('\r');
    if (cr == std::string::npos) return xml;
    std::string out;
    out.reserve(xml.size() + 64);
    std::size_t from = 0;
    for (; cr != std::string::npos; from = cr + 1, cr = xml.find('\r', from)) {
        out.append(xml, from, cr - from);
        out += "&#13;";
    }
    out.append(xml, from, std::string::npos);
    return out;
}

void set_attr(pugi::xml_node el, const char* name, const std::string& value) {
    el.append_attribute(name).set_value(value.c_str());
}

std::string packet_body(const Packet& p) {
    const auto& h = p.header;
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    auto root = doc.append_child("assessa-packet");
    set_attr(root, "xmlns", packet_namespace);
    const bool authenticated = !p.secret.empty();
    set_attr(root, "version", authenticated ? packet_version : packet_version_unauthenticated);
    set_attr(root, "revision", std::to_string(h.revision));
    set_attr(root, "written-at", h.written_at);
    set_attr(root, "state", h.finished ? "finished" : "open");
    if (h.finished && !h.finished_at.empty()) set_attr(root, "finished-at", h.finished_at);

    auto project = root.append_child("project");
    set_attr(project, "id", h.project_id);
    set_attr(project, "organisation", h.organisation);
    set_attr(project, "language", h.language);
    auto cycle = root.append_child("cycle");
    set_attr(cycle, "label", h.cycle_label);
    set_attr(cycle, "framework", h.framework_id);
    if (!h.framework_version.empty()) set_attr(cycle, "framework-version", h.framework_version);
    set_attr(cycle, "method", h.method_id);
    auto member = root.append_child("member");
    set_attr(member, "id", std::to_string(h.member_id));
    set_attr(member, "name", h.member_name);
    set_attr(member, "role", std::string(to_string(h.member_role)));
    if (authenticated) {
        auto sending = root.append_child("sending");
        set_attr(sending, "number", std::to_string(h.sending));
        if (!h.sent_at.empty()) set_attr(sending, "sent-at", h.sent_at);
        set_attr(sending, "secret", p.secret);
    }

    for (const auto& r : p.ratings) {
        if (r.scores.empty() && !r.no_opinion && r.items.empty()) continue;
        auto el = root.append_child("rating");
        set_attr(el, "node", r.node_code);
        if (r.no_opinion) set_attr(el, "no-opinion", "true");
        for (const auto& [phase, value] : r.scores) {
            auto s = el.append_child("score");
            set_attr(s, "phase", phase);
            set_attr(s, "value", std::to_string(value));
        }
        for (const auto& item : r.items) {
            auto i = el.append_child("item");
            set_attr(i, "kind", std::string(to_string(item.kind)));
            i.append_child(pugi::node_pcdata).set_value(item.text.c_str());
        }
    }
    root.append_child("framework-snapshot").append_child(pugi::node_pcdata).set_value(p.framework_xml.c_str());

    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    std::string body = with_escaped_carriage_returns(out.str());
    if (body.empty() || body.back() != '\n') body.push_back('\n');
    return body;
}

// ---- Reading --------------------------------------------------------------------------------

// Finds the checksum line at the end of `text` and verifies it; the length of the content it
// covers, or a problem.
std::optional<std::size_t> verify_checksum(const std::string& label, const std::string& text,
                                           std::vector<Diagnostic>& errors, std::string& checksum) {
    auto problem = [&](std::string message) {
        errors.push_back({label, 0, 0, std::move(message)});
        return std::nullopt;
    };
    if (text.empty()) return problem(tr("the file is empty, not an Assessa packet"));
    if (text.substr(0, 1024).find("<assessa-packet") == std::string::npos)
        return problem(tr("not an Assessa packet (it does not start with <assessa-packet>)"));
    const ChecksumCheck check = check_checksum_line(text);
    checksum = check.checksum;
    switch (check.problem) {
        case ChecksumProblem::none: return check.content;
        case ChecksumProblem::missing:
            return problem(tr("the packet is incomplete: it ends before its checksum line (the file was cut short)"));
        case ChecksumProblem::damaged: return problem(tr("the packet's checksum line is damaged"));
        case ChecksumProblem::trailing_data: return problem(tr("the packet has more data after its checksum line"));
        case ChecksumProblem::mismatch:
            return problem(tr("the packet's content does not match its checksum: it was changed or damaged after it was "
                              "written"));
    }
    return std::nullopt;
}

class PacketParser {
public:
    PacketParser(XmlReader& xml, const PacketChecker& checker, bool has_mac)
        : xml_(xml), checker_(checker), has_mac_(has_mac) {}

    std::optional<Packet> run() {
        if (xml_.parse() && xml_.expect_root("assessa-packet", packet_namespace) && read_root_attributes()) read_root();
        if (xml_.failed()) return std::nullopt;
        return std::move(packet_);
    }

private:
    XmlReader& xml_;
    const PacketChecker& checker_;
    bool has_mac_ = false;
    bool authenticated_ = false;  // format version 2
    Packet packet_;
    std::map<PacketPart, pugi::xml_node> parts_;
    Id next_item_ = 1;

    bool read_root_attributes() {
        auto root = xml_.root();
        xml_.allow_attributes(root, {"version", "revision", "written-at", "state", "finished-at"});
        auto version = xml_.required(root, "version");
        if (!version) return false;
        if (*version != packet_version && *version != packet_version_unauthenticated) {
            xml_.error(root, trf("the packet is in format version {}; this program reads versions {} and {}", *version,
                                 packet_version_unauthenticated, packet_version));
            return false;
        }
        authenticated_ = *version == packet_version;
        if (authenticated_ && !has_mac_)
            xml_.error(root, tr("the packet has no MAC line (<?assessa-mac ...?>) before its checksum line, which "
                                "format version 2 needs"));
        if (!authenticated_ && has_mac_)
            xml_.error(root, tr("the packet has a MAC line, which format version 1 does not have"));
        auto& h = packet_.header;
        if (auto revision = xml_.required(root, "revision")) {
            const auto [p, ec] = std::from_chars(revision->data(), revision->data() + revision->size(), h.revision);
            if (ec != std::errc() || p != revision->data() + revision->size() || h.revision < 1)
                xml_.error(root, trf("'revision' must be a whole number from 1, not \"{}\"", *revision));
        }
        h.written_at = xml_.required(root, "written-at").value_or("");
        const std::string state = root.attribute("state").as_string("open");
        if (state != "open" && state != "finished")
            xml_.error(root, trf("'state' must be open or finished, not \"{}\"", state));
        h.finished = state == "finished";
        h.finished_at = root.attribute("finished-at").value();
        return true;
    }

    // The one `name` child of the root; reported when missing or repeated.
    pugi::xml_node single(const char* name) {
        auto root = xml_.root();
        auto first = root.child(name);
        if (!first) xml_.error(root, trf("<assessa-packet> needs a <{}> element", name));
        for (auto el = first.next_sibling(name); el; el = el.next_sibling(name))
            xml_.error(el, trf("a second <{}> in <assessa-packet> (the first is on line {})", name, xml_.line_of(first)));
        return first;
    }

    void read_root() {
        auto root = xml_.root();
        xml_.allow_children(root, {"project", "cycle", "member", "sending", "rating", "framework-snapshot"});
        auto& h = packet_.header;
        if (auto el = single("project")) {
            parts_[PacketPart::project] = el;
            xml_.allow_attributes(el, {"id", "organisation", "language"});
            xml_.allow_children(el, {});
            h.project_id = xml_.required(el, "id").value_or("");
            h.organisation = el.attribute("organisation").value();
            h.language = el.attribute("language").as_string("en");
        }
        if (auto el = single("cycle")) {
            parts_[PacketPart::cycle] = el;
            xml_.allow_attributes(el, {"label", "framework", "framework-version", "method"});
            xml_.allow_children(el, {});
            h.cycle_label = xml_.required(el, "label").value_or("");
            h.framework_id = xml_.required(el, "framework").value_or("");
            h.framework_version = el.attribute("framework-version").value();
            h.method_id = xml_.required(el, "method").value_or("");
        }
        if (auto el = single("member")) {
            parts_[PacketPart::member] = el;
            xml_.allow_attributes(el, {"id", "name", "role"});
            xml_.allow_children(el, {});
            if (auto id = xml_.integer(el, "id", true)) {
                if (*id < 1) xml_.error(el, trf("'id' of <member> must be a whole number from 1, not \"{}\"", *id));
                h.member_id = *id;
            }
            h.member_name = xml_.required(el, "name").value_or("");
            if (auto role = el.attribute("role")) {
                if (auto r = member_role_from_string(role.value())) h.member_role = *r;
                else xml_.error(el, trf("unknown role \"{}\" (use facilitator, member or sponsor)", role.value()));
            }
        }
        if (authenticated_) {
            if (auto el = single("sending")) read_sending(el);
        } else if (auto el = root.child("sending")) {
            xml_.error(el, tr("<sending> belongs to format version 2; this packet says version 1"));
        }
        if (auto el = single("framework-snapshot")) {
            xml_.allow_attributes(el, {});
            xml_.allow_text_only(el);
            packet_.framework_xml = exact_text(el);
            if (blank(packet_.framework_xml)) xml_.error(el, tr("<framework-snapshot> holds no framework"));
        }

        // The header must be sound before it can be checked against anything.
        PacketCheck check;
        if (!xml_.failed() && checker_) {
            check = checker_(h);
            for (const auto& [part, message] : check.problems) xml_.error(parts_[part], message);
        }
        std::map<std::string, pugi::xml_node> rated;
        for (auto el : root.children("rating")) read_rating(el, check, rated);
    }

    void read_sending(pugi::xml_node el) {
        auto& h = packet_.header;
        xml_.allow_attributes(el, {"number", "sent-at", "secret"});
        xml_.allow_children(el, {});
        if (auto number = xml_.integer(el, "number", true)) {
            if (*number < 1) xml_.error(el, trf("'number' of <sending> must be a whole number from 1, not \"{}\"", *number));
            h.sending = *number;
        }
        h.sent_at = el.attribute("sent-at").value();
        if (auto secret = xml_.required(el, "secret")) {
            if (is_packet_secret(*secret)) packet_.secret = *secret;
            else xml_.error(el, trf("'secret' of <sending> must be {} lower-case hexadecimal digits", 2 * packet_secret_bytes));
        }
    }

    const Panel* panel_of(pugi::xml_node el, const PacketCheck& check, const std::string& node_code) {
        if (!check.framework) return nullptr;
        const Framework& fw = *check.framework;
        const Node* node = fw.find(node_code);
        if (!node) {
            xml_.error(el, trf("framework \"{}\" has no node \"{}\"", fw.id(), node_code));
            return nullptr;
        }
        const Panel* panel = fw.panel_for(*node, check.method_id);
        if (!panel) xml_.error(el, trf("node {} is not assessed in framework \"{}\"", node_code, fw.id()));
        return panel;
    }

    void read_rating(pugi::xml_node el, const PacketCheck& check, std::map<std::string, pugi::xml_node>& rated) {
        xml_.allow_attributes(el, {"node", "no-opinion"});
        xml_.allow_children(el, {"score", "item"});
        Rating r;
        r.member_id = packet_.header.member_id;
        const Panel* panel = nullptr;
        if (auto node = xml_.required(el, "node")) {
            r.node_code = *node;
            auto [it, inserted] = rated.emplace(*node, el);
            if (!inserted)
                xml_.error(el, trf("a second rating of node {} (the first is on line {})", *node, xml_.line_of(it->second)));
            panel = panel_of(el, check, *node);
        }
        r.no_opinion = xml_.boolean(el, "no-opinion", false).value_or(false);
        if (r.no_opinion && el.child("score")) xml_.error(el, tr("a rating with no-opinion=\"true\" cannot hold scores"));
        std::map<std::string, pugi::xml_node> phases;
        for (auto s : el.children("score")) {
            xml_.allow_attributes(s, {"phase", "value"});
            xml_.allow_children(s, {});
            auto phase = xml_.required(s, "phase");
            auto value = xml_.integer(s, "value", true);
            if (!phase) continue;
            if (auto [it, inserted] = phases.emplace(*phase, s); !inserted) {
                xml_.error(s, trf("phase \"{}\" is given twice (first on line {})", *phase, xml_.line_of(it->second)));
                continue;
            }
            if (panel && !panel->find_phase(*phase)) {
                xml_.error(s, trf("node {} is scored with panel \"{}\", which has no phase \"{}\"", r.node_code, panel->id,
                                  *phase));
                continue;
            }
            if (!value) continue;
            if (panel && !panel->in_scale(*value)) {
                xml_.error(s, trf("score {} for node {} is outside the scale {}-{}", *value, r.node_code,
                                  panel->scale_min, panel->scale_max));
                continue;
            }
            r.scores[*phase] = *value;
        }
        for (auto i : el.children("item")) {
            xml_.allow_attributes(i, {"kind"});
            xml_.allow_text_only(i);
            NoteItem item;
            item.id = next_item_++;
            if (auto kind = xml_.required(i, "kind")) {
                if (auto k = note_kind_from_string(*kind)) item.kind = *k;
                else xml_.error(i, trf("unknown item kind \"{}\" (use strength, afi, idea or evidence)", *kind));
            }
            item.text = exact_text(i);
            if (blank(item.text)) xml_.error(i, tr("<item> holds no text"));
            r.items.push_back(std::move(item));
        }
        std::stable_sort(r.items.begin(), r.items.end(), [](const NoteItem& a, const NoteItem& b) { return a.kind < b.kind; });
        packet_.ratings.push_back(std::move(r));
    }
};

}  // namespace

PacketError::PacketError(std::vector<Diagnostic> problems)
    : std::runtime_error(joined(problems)), problems_(std::move(problems)) {}

PacketError::PacketError(const std::string& file, const std::string& message)
    : PacketError(std::vector<Diagnostic>{{file, 0, 0, message}}) {}

std::string packet_text(const Packet& packet) {
    std::string text = packet_body(packet);
    if (!packet.secret.empty()) {
        const auto& h = packet.header;
        const std::string mac =
            packet_mac(packet.secret, {h.project_id, h.cycle_label, h.member_id, h.sending}, text);
        text += mac_start;
        text += mac;
        text += mac_end;
    }
    append_checksum_line(text);
    return text;
}

void write_packet_file(const std::string& path, const Packet& packet) {
    const std::string text = packet_text(packet);
    if (const auto problem = platform::write_file_durably(path, text))
        throw PacketError(path, trf("cannot write the packet ({}: {})", problem->step, problem->reason));
}

PacketRead read_packet_text(const std::string& label, std::string text, const PacketChecker& checker) {
    PacketRead result;
    if (text.size() > packet_max_bytes) {
        result.errors.push_back({label, 0, 0, trf("the packet is too large ({} bytes; the limit is {} bytes)",
                                                  text.size(), packet_max_bytes)});
        return result;
    }
    const auto content = verify_checksum(label, text, result.errors, result.checksum);
    if (!content) return result;
    // The MAC line, if any, is the last line the checksum covers.
    std::size_t xml_size = *content;
    const std::size_t mac_line = mac_start.size() + sha256_hex_size + mac_end.size();
    if (xml_size >= mac_line + 1 && text[xml_size - mac_line - 1] == '\n' &&
        text.compare(xml_size - mac_line, mac_start.size(), mac_start) == 0 &&
        text.compare(xml_size - mac_end.size(), mac_end.size(), mac_end) == 0) {
        const std::string mac = text.substr(xml_size - mac_line + mac_start.size(), sha256_hex_size);
        if (is_hex(mac)) {
            result.mac = mac;
            xml_size -= mac_line;
        }
    }
    result.content = text.substr(0, xml_size);
    XmlReader xml(label, std::move(text));
    result.packet = PacketParser(xml, checker, !result.mac.empty()).run();
    if (!result.packet) {
        result.errors = xml.errors();
        std::stable_sort(result.errors.begin(), result.errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
    }
    return result;
}

bool verify_packet_mac(const PacketRead& read, std::string_view secret, const PacketMacBinding& binding) {
    if (!read.ok() || read.mac.empty() || !is_packet_secret(secret)) return false;
    return same_mac(packet_mac(secret, binding, read.content), read.mac);
}

PacketRead read_packet_file(const std::string& path, const PacketChecker& checker) {
    PacketRead result;
    if (auto text = read_bounded_file(path, packet_max_bytes, tr("is a folder, not an Assessa packet"), result.errors))
        return read_packet_text(path, std::move(*text), checker);
    return result;
}

}  // namespace assessa
