// Making packets from a project.

#include "exports/packet_export.hpp"

#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>

namespace fs = std::filesystem;

namespace assessa {

namespace {

// Lithuanian and other common Latin letters written plainly, for file names.
const std::pair<std::string_view, char> plain_letters[] = {
    {"ą", 'a'}, {"č", 'c'}, {"ę", 'e'}, {"ė", 'e'}, {"į", 'i'}, {"š", 's'}, {"ų", 'u'}, {"ū", 'u'}, {"ž", 'z'},
    {"Ą", 'a'}, {"Č", 'c'}, {"Ę", 'e'}, {"Ė", 'e'}, {"Į", 'i'}, {"Š", 's'}, {"Ų", 'u'}, {"Ū", 'u'}, {"Ž", 'z'},
    {"ä", 'a'}, {"ö", 'o'}, {"ü", 'u'}, {"õ", 'o'}, {"é", 'e'}, {"á", 'a'}, {"ó", 'o'}, {"í", 'i'}, {"ł", 'l'},
    {"ā", 'a'}, {"ē", 'e'}, {"ī", 'i'}, {"ģ", 'g'}, {"ķ", 'k'}, {"ļ", 'l'}, {"ņ", 'n'}, {"ß", 's'}};

// Lower-case ASCII letters and digits; every other run of characters becomes one '-'.
std::string plain(std::string_view text, std::size_t max_size) {
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < text.size();) {
        char c = 0;
        std::size_t len = 1;
        const auto u = static_cast<unsigned char>(text[i]);
        if (u < 0x80) {
            if (std::isalnum(u)) c = static_cast<char>(std::tolower(u));
        } else {
            len = u >= 0xf0 ? 4 : u >= 0xe0 ? 3 : 2;
            for (const auto& [letter, ascii] : plain_letters)
                if (text.substr(i, letter.size()) == letter) c = ascii;
        }
        i += len;
        if (!c) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out.push_back('-');
        gap = false;
        out.push_back(c);
        if (out.size() >= max_size) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::size_t node_rank(const Framework& fw, const std::string& code) {
    return fw.index_of(code).value_or(fw.nodes().size());
}

std::string everyone_name(const std::vector<Member>& members, Id id) {
    for (const auto& m : members)
        if (m.id == id) return m.name;
    return {};
}

}  // namespace

Packet make_packet(const Project& project, Id cycle_id, Id member_id) {
    const Cycle cycle = project.cycle(cycle_id);
    const auto everyone = project.members();
    if (std::none_of(everyone.begin(), everyone.end(), [&](const Member& m) { return m.id == member_id; }))
        throw InvalidEdit(trf("no group member with id {}", member_id));
    const auto members = project.cycle_members(cycle_id);
    const auto member = std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == member_id; });
    if (member == members.end())
        throw InvalidEdit(trf("{} is not in the group of cycle {}", everyone_name(everyone, member_id), cycle.label));
    const FrameworkPtr fw = project.framework_of(cycle);
    if (!fw) throw InvalidEdit(trf("the project holds no framework \"{}\"", cycle.framework_id));

    Packet p;
    auto& h = p.header;
    h.project_id = project.project_id();
    const auto org = project.organisation();
    h.organisation = org.name;
    h.language = org.language;
    h.cycle_label = cycle.label;
    h.framework_id = fw->id();
    h.framework_version = fw->version();
    h.method_id = cycle.method_id;
    h.member_id = member->id;
    h.member_name = member->name;
    h.member_role = member->role;
    h.revision = 1;
    for (const auto& r : project.packet_imports(cycle_id))
        if (r.member_id == member_id) h.revision = std::max(h.revision, r.revision + 1);
    h.written_at = now_utc();
    p.framework_xml = project.framework_xml(fw->id(), fw->version());

    for (auto& r : project.ratings(cycle_id)) {
        if (r.member_id != member_id || (r.scores.empty() && !r.no_opinion && r.items.empty())) continue;
        for (auto& item : r.items) item.id = 0;  // project ids mean nothing in the packet
        p.ratings.push_back(std::move(r));
    }
    std::stable_sort(p.ratings.begin(), p.ratings.end(), [&](const Rating& a, const Rating& b) {
        return node_rank(*fw, a.node_code) < node_rank(*fw, b.node_code);
    });
    return p;
}

namespace {

// Records the sending and writes the file; inside a batch, which rolls the sending back when
// the file cannot be written.
Packet record_and_write(Project& project, Id cycle_id, Id member_id, const std::string& path,
                        const SendOptions& options) {
    Packet packet = make_packet(project, cycle_id, member_id);
    const PacketSending s = project.record_packet_sending(cycle_id, member_id, new_packet_secret(), options.keep_earlier);
    packet.header.sending = s.number;
    packet.header.sent_at = s.sent_at;
    packet.secret = s.secret;
    write_packet_file(path, packet);
    return packet;
}

}  // namespace

Packet send_packet(Project& project, Id cycle_id, Id member_id, const std::string& path, const SendOptions& options) {
    Packet packet;
    project.batch([&] { packet = record_and_write(project, cycle_id, member_id, path, options); });
    return packet;
}

std::string packet_file_name(const Cycle& cycle, const Member& member) {
    std::string name = plain(cycle.label, 20);
    if (!name.empty()) name += '-';
    const std::string id = std::to_string(member.id);
    name += std::string(id.size() < 2 ? 2 - id.size() : 0, '0') + id;
    if (const std::string who = plain(member.name, 40); !who.empty()) name += "-" + who;
    return name + packet_extension;
}

std::vector<SentPacket> export_all_packets(Project& project, Id cycle_id, const std::string& directory,
                                           const SendOptions& options) {
    const Cycle cycle = project.cycle(cycle_id);
    std::vector<SentPacket> sent;
    for (const auto& m : project.cycle_members(cycle_id)) sent.push_back({m, platform::utf8_string(platform::utf8_path(directory) / platform::utf8_path(packet_file_name(cycle, m)))});
    if (sent.empty()) throw PacketError(directory, tr("the project has no group members to send packets to"));
    std::error_code ec;
    for (const auto& s : sent)
        if (fs::exists(platform::utf8_path(s.path), ec))
            throw PacketError(s.path, tr("the file already exists; nothing was written (choose an empty folder, so that "
                                         "no returned packet is overwritten)"));
    fs::create_directories(platform::utf8_path(directory), ec);
    if (ec) throw PacketError(directory, trf("cannot create the folder ({})", ec.message()));
    std::size_t written = 0;
    try {
        project.batch([&] {
            for (auto& s : sent) {
                s.sending = record_and_write(project, cycle_id, s.member.id, s.path, options).header.sending;
                ++written;
            }
        });
    } catch (...) {
        for (std::size_t i = 0; i < written; ++i) fs::remove(platform::utf8_path(sent[i].path), ec);  // their sendings were rolled back
        throw;
    }
    return sent;
}

Member find_member(const Project& project, const std::string& id_or_name) {
    const auto members = project.members();
    Id id = 0;
    const auto [end, ec] = std::from_chars(id_or_name.data(), id_or_name.data() + id_or_name.size(), id);
    if (ec == std::errc() && end == id_or_name.data() + id_or_name.size()) {
        for (const auto& m : members)
            if (m.id == id) return m;
        throw InvalidEdit(trf("no group member with id {}", id));
    }
    for (const auto& m : members)
        if (m.name == id_or_name) return m;
    auto lower = [](std::string s) {
        for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    std::vector<Member> found;
    for (const auto& m : members)
        if (lower(m.name) == lower(id_or_name)) found.push_back(m);
    if (found.size() == 1) return found.front();
    if (found.empty()) throw InvalidEdit(trf("no group member is called \"{}\"", id_or_name));
    throw InvalidEdit(trf("several group members are called \"{}\"; give the member's id", id_or_name));
}

}  // namespace assessa
