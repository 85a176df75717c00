// Importing a returned packet: checked whole against the project first, then applied as the
// differences from what the project holds, so that unchanged notes keep their identity (and
// any consensus item drawn from them keeps its source).

#include "exports/packet_import.hpp"

#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace assessa {

namespace {

// The header's checks against the project.
PacketCheck check_against(const Project& project, const PacketHeader& h, const std::string& expected_cycle) {
    PacketCheck check;
    auto problem = [&](PacketPart part, std::string message) { check.problems.emplace_back(part, std::move(message)); };
    if (h.project_id != project.project_id()) {
        problem(PacketPart::project, trf("the packet belongs to another project (\"{}\", project id {}), not to this one "
                                         "(project id {})",
                                         h.organisation, h.project_id, project.project_id()));
        return check;  // nothing else in it can be meant for this project
    }
    if (!expected_cycle.empty() && h.cycle_label != expected_cycle) {
        problem(PacketPart::cycle, trf("the packet belongs to cycle \"{}\", not to cycle \"{}\" that is being imported into",
                                       h.cycle_label, expected_cycle));
        return check;
    }
    const auto cycles = project.cycles();
    const auto cycle = std::find_if(cycles.begin(), cycles.end(), [&](const Cycle& c) { return c.label == h.cycle_label; });
    if (cycle == cycles.end()) {
        problem(PacketPart::cycle, trf("the project has no cycle \"{}\"", h.cycle_label));
    } else if (cycle->framework_id != h.framework_id || cycle->method_id != h.method_id) {
        problem(PacketPart::cycle, trf("cycle \"{}\" in the project uses framework \"{}\" with method \"{}\"; the packet "
                                       "gives framework \"{}\" with method \"{}\"",
                                       cycle->label, cycle->framework_id, cycle->method_id, h.framework_id, h.method_id));
    } else if (!h.framework_version.empty() && cycle->framework_version != h.framework_version) {
        problem(PacketPart::cycle, trf("cycle \"{}\" in the project uses version {} of framework \"{}\"; the packet "
                                       "gives version {}",
                                       cycle->label, cycle->framework_version, cycle->framework_id, h.framework_version));
    } else {
        check.framework = project.framework_of(*cycle);
        check.method_id = cycle->method_id;
    }
    const auto members = project.members();
    const auto member = std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == h.member_id; });
    if (member == members.end())
        problem(PacketPart::member, trf("the packet is for group member {} \"{}\", who is not in the project's group",
                                        h.member_id, h.member_name));
    else if (member->name != h.member_name)
        problem(PacketPart::member, trf("the packet is for group member {} \"{}\", but member {} of the project is \"{}\"",
                                        h.member_id, h.member_name, member->id, member->name));
    return check;
}

bool is_empty(const Rating& r) { return r.scores.empty() && !r.no_opinion && r.items.empty(); }

class PacketApplier {
public:
    PacketApplier(Project& project, Id cycle_id, const Packet& packet)
        : p_(project), cycle_(cycle_id), member_(packet.header.member_id), packet_(packet) {}

    PacketChanges run() {
        std::map<std::string, Rating> before, after;
        for (auto& r : p_.ratings(cycle_))
            if (r.member_id == member_ && !is_empty(r)) before.emplace(r.node_code, std::move(r));
        for (const auto& r : packet_.ratings)
            if (!is_empty(r)) after.emplace(r.node_code, r);
        std::set<std::string> nodes;
        for (const auto& [node, r] : before) nodes.insert(node);
        for (const auto& [node, r] : after) nodes.insert(node);
        for (const auto& node : nodes) {
            Rating old = before.count(node) ? before.at(node) : Rating{};
            const Rating neu = after.count(node) ? after.at(node) : Rating{};
            apply_opinion_and_scores(node, old, neu);
            for (NoteKind kind : all_note_kinds) apply_items(node, kind, old, neu);
        }
        return changes_;
    }

private:
    Project& p_;
    Id cycle_, member_;
    const Packet& packet_;
    PacketChanges changes_;

    void apply_opinion_and_scores(const std::string& node, Rating& old, const Rating& neu) {
        if (neu.no_opinion != old.no_opinion) {
            p_.set_no_opinion(cycle_, member_, node, neu.no_opinion);
            ++changes_.no_opinion_changed;
            if (neu.no_opinion) {  // which takes every score back
                changes_.scores_removed += static_cast<int>(old.scores.size());
                old.scores.clear();
            }
        }
        std::set<std::string> phases;
        for (const auto& [phase, v] : old.scores) phases.insert(phase);
        for (const auto& [phase, v] : neu.scores) phases.insert(phase);
        for (const auto& phase : phases) {
            const auto o = old.scores.find(phase);
            const auto n = neu.scores.find(phase);
            if (n == neu.scores.end()) {
                p_.set_score(cycle_, member_, node, phase, std::nullopt);
                ++changes_.scores_removed;
            } else if (o == old.scores.end() || o->second != n->second) {
                p_.set_score(cycle_, member_, node, phase, n->second);
                ++(o == old.scores.end() ? changes_.scores_set : changes_.scores_changed);
            }
        }
    }

    // Keeps the notes whose text is unchanged, removes the others, adds the new ones, and puts
    // them in the packet's order.
    void apply_items(const std::string& node, NoteKind kind, const Rating& old, const Rating& neu) {
        std::vector<const NoteItem*> have, want;
        for (const auto& i : old.items)
            if (i.kind == kind) have.push_back(&i);
        for (const auto& i : neu.items)
            if (i.kind == kind) want.push_back(&i);
        if (std::equal(have.begin(), have.end(), want.begin(), want.end(),
                       [](const NoteItem* a, const NoteItem* b) { return a->text == b->text; }))
            return;
        std::vector<bool> kept(have.size(), false);
        std::vector<Id> order(want.size(), 0);
        for (std::size_t w = 0; w < want.size(); ++w)
            for (std::size_t h = 0; h < have.size(); ++h)
                if (!kept[h] && have[h]->text == want[w]->text) {
                    kept[h] = true;
                    order[w] = have[h]->id;
                    break;
                }
        for (std::size_t h = 0; h < have.size(); ++h)
            if (!kept[h]) {
                p_.remove_item(have[h]->id);
                ++changes_.items_removed;
            }
        for (std::size_t w = 0; w < want.size(); ++w)
            if (order[w] == 0) {
                order[w] = p_.add_item(cycle_, member_, node, kind, want[w]->text);
                ++changes_.items_added;
            }
        for (std::size_t w = 0; w < order.size(); ++w) p_.move_item(order[w], static_cast<int>(w));
    }
};

// Whether the packet was sent to the member it names, from this project and cycle, and not
// changed since: its MAC verifies under the secret of that member's sending. An error, or none.
std::optional<std::string> authentication_problem(const Project& project, const Cycle& cycle, const PacketRead& read,
                                                  const PacketImportOptions& options, bool& unauthenticated) {
    const auto& h = read.packet->header;
    std::string member_name = h.member_name;
    for (const auto& m : project.members())
        if (m.id == h.member_id) member_name = m.name;
    if (read.packet->secret.empty()) {
        if (options.accept_unauthenticated) return std::nullopt;
        unauthenticated = true;
        return trf("this packet was written before packets were protected with a secret, so nothing shows that it "
                   "comes from {}; send {} a new packet (assessa-cli packet export --member, or \"Send packets...\") "
                   "and import the one returned, or, if you are sure of it, accept this packet explicitly "
                   "(--accept-unauthenticated, or confirm in the dialog); nothing was imported",
                   member_name, member_name);
    }
    std::optional<PacketSending> sending;
    std::optional<PacketSending> newest;
    for (auto& s : project.packet_sendings(cycle.id)) {
        if (s.member_id != h.member_id) continue;
        if (s.number == h.sending) sending = s;
        if (!newest || s.number > newest->number) newest = s;
    }
    const PacketMacBinding binding{project.project_id(), cycle.label, h.member_id, h.sending};
    if (!sending || !verify_packet_mac(read, sending->secret, binding))
        return trf("this packet was not sent to {}, or was changed after it was sent; nothing was imported", member_name);
    if (!sending->valid)
        return trf("this packet comes from sending {} to {}, which was replaced by sending {} on {}; import the packet "
                   "of the latest sending, or send again keeping earlier packets valid; nothing was imported",
                   sending->number, member_name, newest->number, newest->sent_at);
    return std::nullopt;
}

PacketImportResult import_read(Project& project, const std::string& label, PacketRead read,
                               const PacketImportOptions& options) {
    PacketImportResult result;
    if (!read.ok()) {
        result.errors = std::move(read.errors);
        return result;
    }
    const Packet& packet = *read.packet;
    const auto& h = packet.header;
    std::optional<Cycle> cycle;
    for (const auto& c : project.cycles())
        if (c.label == h.cycle_label) cycle = c;
    if (!cycle) {  // the checker reported it; never reached
        result.errors.push_back({label, 0, 0, trf("the project has no cycle \"{}\"", h.cycle_label)});
        return result;
    }
    const Id cycle_id = cycle->id;
    if (auto problem = authentication_problem(project, *cycle, read, options, result.unauthenticated)) {
        result.errors.push_back({label, 0, 0, *problem});
        return result;
    }

    std::optional<PacketImportRecord> last;
    for (auto& r : project.packet_imports(cycle_id))
        if (r.member_id == h.member_id && (!last || r.revision >= last->revision)) last = std::move(r);

    PacketImportReport report;
    report.file = label;
    report.header = h;
    report.unauthenticated = packet.secret.empty();
    if (last && h.revision < last->revision) {
        result.errors.push_back({label, 0, 0, trf("the packet is revision {}, older than revision {} from the same member "
                                                  "imported on {}; nothing was imported",
                                                  h.revision, last->revision, last->imported_at)});
        return result;
    }
    if (last && h.revision == last->revision) {
        if (read.checksum != last->checksum) {
            result.errors.push_back({label, 0, 0, trf("revision {} from this member was imported on {} with different "
                                                      "content; a packet that replaces it needs a higher revision",
                                                      h.revision, last->imported_at)});
            return result;
        }
        report.outcome = PacketImportReport::Outcome::already_imported;
        result.report = std::move(report);
        return result;
    }
    if (project.read_only()) {
        result.errors.push_back({label, 0, 0, trf("the project {} is open read-only; nothing was imported", project.path())});
        return result;
    }
    try {
        project.batch([&] {
            report.changes = PacketApplier(project, cycle_id, packet).run();
            PacketImportRecord record;
            record.cycle_id = cycle_id;
            record.member_id = h.member_id;
            record.revision = h.revision;
            record.checksum = read.checksum;
            record.written_at = h.written_at;
            record.finished = h.finished;
            record.file_name = platform::utf8_string(platform::utf8_path(label).filename());
            const auto& c = report.changes;
            record.scores_set = c.scores_set;
            record.scores_changed = c.scores_changed;
            record.scores_removed = c.scores_removed;
            record.no_opinion_changed = c.no_opinion_changed;
            record.items_added = c.items_added;
            record.items_removed = c.items_removed;
            record.sending = h.sending;
            record.unauthenticated = report.unauthenticated;
            project.record_packet_import(record);
        });
    } catch (const InvalidEdit& e) {
        // Only a check the reader lacks gets here; the batch has been rolled back.
        result.errors.push_back({label, 0, 0, trf("nothing was imported: {}", e.what())});
        return result;
    }
    if (last) {
        report.outcome = PacketImportReport::Outcome::replaced;
        report.replaced_revision = last->revision;
    }
    result.report = std::move(report);
    return result;
}

PacketChecker checker_for(const Project& project, const std::string& expected_cycle) {
    return [&project, expected_cycle](const PacketHeader& h) { return check_against(project, h, expected_cycle); };
}

}  // namespace

bool PacketChanges::any() const {
    return scores_set || scores_changed || scores_removed || no_opinion_changed || items_added || items_removed;
}

PacketImportResult import_packet(Project& project, const std::string& path, const PacketImportOptions& options) {
    return import_read(project, path, read_packet_file(path, checker_for(project, options.expected_cycle)), options);
}

PacketImportResult import_packet_text(Project& project, const std::string& label, std::string text,
                                      const PacketImportOptions& options) {
    return import_read(project, label, read_packet_text(label, std::move(text), checker_for(project, options.expected_cycle)), options);
}

std::string describe_changes(const PacketChanges& c) {
    if (!c.any()) return tr("no changes");
    std::vector<std::string> parts;
    auto count = [&parts](int n, std::string text) {
        if (n > 0) parts.push_back(std::move(text));
    };
    auto u = [](int n) { return static_cast<unsigned long>(n); };
    count(c.scores_set, trnf("{} score set", "{} scores set", u(c.scores_set), c.scores_set));
    count(c.scores_changed, trnf("{} score changed", "{} scores changed", u(c.scores_changed), c.scores_changed));
    count(c.scores_removed, trnf("{} score removed", "{} scores removed", u(c.scores_removed), c.scores_removed));
    count(c.no_opinion_changed, trnf("\"no opinion\" changed on {} subcriterion",
                                     "\"no opinion\" changed on {} subcriteria", u(c.no_opinion_changed),
                                     c.no_opinion_changed));
    count(c.items_added, trnf("{} note added", "{} notes added", u(c.items_added), c.items_added));
    count(c.items_removed, trnf("{} note removed", "{} notes removed", u(c.items_removed), c.items_removed));
    std::string text;
    for (const auto& part : parts) {
        text = text.empty() ? part : trf("{}; {}", text, part);
    }
    return text;
}

std::string packet_sending_label(const PacketImportRecord& r) {
    if (r.unauthenticated) return tr("none (accepted without a secret)");
    return r.sending > 0 ? std::to_string(r.sending) : std::string("-");
}

std::string describe(const PacketImportReport& r) {
    const auto& h = r.header;
    if (r.outcome == PacketImportReport::Outcome::already_imported)
        return trf("{}: revision {} from {} was imported before; nothing changed", r.file, h.revision, h.member_name);
    std::string what = describe_changes(r.changes);
    if (r.unauthenticated) what = trf("{} (accepted without a secret)", what);
    const std::string state = h.finished ? tr("finished") : tr("not finished yet");
    if (r.outcome == PacketImportReport::Outcome::replaced)
        return trf("{}: revision {} from {} ({}) replaces revision {}: {}", r.file, h.revision, h.member_name, state,
                   r.replaced_revision, what);
    return trf("{}: imported revision {} from {} ({}): {}", r.file, h.revision, h.member_name, state, what);
}

}  // namespace assessa
