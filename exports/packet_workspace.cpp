#include "exports/packet_workspace.hpp"

#include "frameworks/framework_loader.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>

namespace fs = std::filesystem;

namespace assessa {

namespace {

bool is_empty(const Rating& r) { return r.scores.empty() && !r.no_opinion && r.items.empty(); }

std::size_t node_rank(const Framework& fw, const std::string& code) {
    return fw.index_of(code).value_or(fw.nodes().size());
}

// The rating of `node` in `ratings`, added (in framework order) when there is none.
Rating& rating_of(std::vector<Rating>& ratings, const Framework& fw, Id member, const std::string& node) {
    auto it = std::find_if(ratings.begin(), ratings.end(), [&](const Rating& r) { return r.node_code == node; });
    if (it != ratings.end()) return *it;
    Rating r;
    r.member_id = member;
    r.node_code = node;
    auto at = std::find_if(ratings.begin(), ratings.end(),
                           [&](const Rating& x) { return node_rank(fw, x.node_code) > node_rank(fw, node); });
    return *ratings.insert(at, std::move(r));
}

// The rating holding item `id`, and the item's place in it.
std::pair<Rating*, std::size_t> find_item(std::vector<Rating>& ratings, Id id) {
    for (auto& r : ratings)
        for (std::size_t i = 0; i < r.items.size(); ++i)
            if (r.items[i].id == id) return {&r, i};
    throw InvalidEdit(trf("no item with id {}", id));
}

const std::string& require_text(const std::string& text) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw InvalidEdit(tr("the text is empty"));
    return text;
}

}  // namespace

std::unique_ptr<PacketWorkspace> PacketWorkspace::open(const std::string& path) {
    // First the packet on its own, for the framework it carries; then again, with every rating
    // checked against that framework.
    PacketRead first = read_packet_file(path);
    if (!first.ok()) throw PacketError(first.errors);
    auto loaded = load_framework_text(path + "#framework", first.packet->framework_xml);
    if (!loaded.ok()) throw PacketError(loaded.errors);
    const FrameworkPtr fw = loaded.value;
    PacketRead read = read_packet_file(path, [&](const PacketHeader& h) {
        PacketCheck check;
        if (fw->id() != h.framework_id)
            check.problems.emplace_back(PacketPart::cycle, trf("the packet names framework \"{}\" but carries framework "
                                                               "\"{}\"",
                                                               h.framework_id, fw->id()));
        else if (!fw->find_method(h.method_id))
            check.problems.emplace_back(PacketPart::cycle,
                                        trf("framework \"{}\" has no scoring method \"{}\"", fw->id(), h.method_id));
        else
            check = {fw, h.method_id, {}};
        return check;
    });
    if (!read.ok()) throw PacketError(read.errors);

    std::unique_ptr<PacketWorkspace> w(new PacketWorkspace());
    w->path_ = path;
    w->packet_ = std::move(*read.packet);
    w->framework_ = fw;
    for (const auto& r : w->packet_.ratings)
        for (const auto& item : r.items) w->next_item_ = std::max(w->next_item_, item.id + 1);
    std::erase_if(w->packet_.ratings, [](const Rating& r) { return is_empty(r); });
    std::stable_sort(w->packet_.ratings.begin(), w->packet_.ratings.end(), [&](const Rating& a, const Rating& b) {
        return node_rank(*fw, a.node_code) < node_rank(*fw, b.node_code);
    });
    w->remember_file();
    return w;
}

const Panel* PacketWorkspace::panel_for(std::string_view node_code) const {
    const Node* n = framework_->find(node_code);
    return n ? framework_->panel_for(*n, packet_.header.method_id) : nullptr;
}

Rating PacketWorkspace::rating(const std::string& node_code) const {
    for (const auto& r : packet_.ratings)
        if (r.node_code == node_code) return r;
    Rating r;
    r.member_id = packet_.header.member_id;
    r.node_code = node_code;
    return r;
}

std::vector<Rating> PacketWorkspace::ratings() const { return packet_.ratings; }

PacketWorkspace::Progress PacketWorkspace::progress() const {
    Progress p;
    for (auto index : framework_->assessable_nodes()) {
        const Node& n = framework_->nodes()[index];
        const Panel* panel = framework_->panel_for(n, packet_.header.method_id);
        if (!panel) continue;
        ++p.total;
        const Rating r = rating(n.code);
        const bool all_phases = std::all_of(panel->phases.begin(), panel->phases.end(),
                                            [&](const Phase& ph) { return r.scores.count(ph.id) > 0; });
        if (r.no_opinion || all_phases) ++p.completed;
    }
    return p;
}

PacketWorkspace::Unfinished PacketWorkspace::unfinished() const {
    Unfinished u;
    for (auto index : framework_->assessable_nodes()) {
        const Node& n = framework_->nodes()[index];
        const Panel* panel = framework_->panel_for(n, packet_.header.method_id);
        if (!panel) continue;
        const Rating r = rating(n.code);
        if (r.no_opinion) continue;
        const auto scored = static_cast<std::size_t>(std::count_if(
            panel->phases.begin(), panel->phases.end(), [&](const Phase& ph) { return r.scores.count(ph.id) > 0; }));
        if (scored == 0) u.open.push_back(n.code);
        else if (scored < panel->phases.size()) u.half_scored.push_back(n.code);
    }
    return u;
}

std::string PacketWorkspace::returned_name(const std::string& file_name) {
    const std::size_t slash = file_name.find_last_of("/\\");
    const std::size_t dot = file_name.rfind('.');
    const bool has_ext = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
    std::string stem = has_ext ? file_name.substr(0, dot) : file_name;
    const std::string ext = has_ext ? file_name.substr(dot) : std::string();
    const std::string mark = "-returned";
    if (stem.size() < mark.size() || stem.compare(stem.size() - mark.size(), mark.size(), mark) != 0) stem += mark;
    return stem + ext;
}

const Panel& PacketWorkspace::checked_panel(const std::string& node_code) const {
    const Node* n = framework_->find(node_code);
    if (!n) throw InvalidEdit(trf("framework \"{}\" has no node \"{}\"", framework_->id(), node_code));
    const Panel* p = framework_->panel_for(*n, packet_.header.method_id);
    if (!p) throw InvalidEdit(trf("node {} is not assessed in framework \"{}\"", node_code, framework_->id()));
    return *p;
}

void PacketWorkspace::require_open() const {
    if (finished()) throw InvalidEdit(tr("the packet is finished; reopen it to change it"));
}

void PacketWorkspace::set_score(const std::string& node_code, const std::string& phase, std::optional<int> value) {
    require_open();
    const Panel& panel = checked_panel(node_code);
    if (!panel.find_phase(phase))
        throw InvalidEdit(trf("node {} is scored with panel \"{}\", which has no phase \"{}\"", node_code, panel.id, phase));
    if (value && !panel.in_scale(*value))
        throw InvalidEdit(trf("score {} for node {} is outside the scale {}-{}", *value, node_code, panel.scale_min,
                              panel.scale_max));
    Packet next = packet_;
    Rating& r = rating_of(next.ratings, *framework_, next.header.member_id, node_code);
    if (value) {
        r.scores[phase] = *value;
        r.no_opinion = false;  // a score given withdraws a "no opinion"
    } else {
        r.scores.erase(phase);
    }
    commit(std::move(next));
}

void PacketWorkspace::set_no_opinion(const std::string& node_code, bool no_opinion) {
    require_open();
    checked_panel(node_code);
    Packet next = packet_;
    Rating& r = rating_of(next.ratings, *framework_, next.header.member_id, node_code);
    r.no_opinion = no_opinion;
    if (no_opinion) r.scores.clear();  // "no opinion" and scores exclude each other
    commit(std::move(next));
}

Id PacketWorkspace::add_item(const std::string& node_code, NoteKind kind, const std::string& text) {
    require_open();
    checked_panel(node_code);
    require_text(text);
    Packet next = packet_;
    Rating& r = rating_of(next.ratings, *framework_, next.header.member_id, node_code);
    const Id id = next_item_;
    // After the last item of its kind: the items stay grouped by kind.
    auto at = std::find_if(r.items.begin(), r.items.end(), [&](const NoteItem& i) { return i.kind > kind; });
    r.items.insert(at, NoteItem{id, kind, text});
    commit(std::move(next));
    ++next_item_;
    return id;
}

void PacketWorkspace::update_item(Id item_id, const std::string& text) {
    require_open();
    require_text(text);
    Packet next = packet_;
    auto [r, i] = find_item(next.ratings, item_id);
    r->items[i].text = text;
    commit(std::move(next));
}

void PacketWorkspace::remove_item(Id item_id) {
    require_open();
    Packet next = packet_;
    auto [r, i] = find_item(next.ratings, item_id);
    r->items.erase(r->items.begin() + static_cast<std::ptrdiff_t>(i));
    commit(std::move(next));
}

void PacketWorkspace::move_item(Id item_id, int new_index) {
    require_open();
    Packet next = packet_;
    auto [r, i] = find_item(next.ratings, item_id);
    const NoteKind kind = r->items[i].kind;
    std::vector<NoteItem> same, others;
    for (const auto& item : r->items) (item.kind == kind ? same : others).push_back(item);
    if (new_index < 0 || new_index >= static_cast<int>(same.size()))
        throw InvalidEdit(trf("position {} is outside the list (0-{})", new_index, same.size() - 1));
    auto it = std::find_if(same.begin(), same.end(), [&](const NoteItem& x) { return x.id == item_id; });
    NoteItem moved = *it;
    same.erase(it);
    same.insert(same.begin() + new_index, moved);
    r->items = std::move(others);
    auto at = std::find_if(r->items.begin(), r->items.end(), [&](const NoteItem& x) { return x.kind > kind; });
    r->items.insert(at, same.begin(), same.end());
    commit(std::move(next));
}

void PacketWorkspace::finish() {
    require_open();
    Packet next = packet_;
    next.header.finished = true;
    next.header.finished_at = now_utc();
    commit(std::move(next));
}

void PacketWorkspace::reopen() {
    if (!finished()) return;
    Packet next = packet_;
    next.header.finished = false;
    next.header.finished_at.clear();
    commit(std::move(next));
}

void PacketWorkspace::save_copy(const std::string& path) const { write_packet_file(path, packet_); }

void PacketWorkspace::commit(Packet next) {
    std::error_code ec;
    if (fs::file_size(platform::utf8_path(path_), ec) != file_size_ || fs::last_write_time(platform::utf8_path(path_), ec) != file_time_ || ec)
        throw PacketError(path_, tr("the packet was changed or removed by another program since it was opened; open it "
                                    "again"));
    std::erase_if(next.ratings, [](const Rating& r) { return is_empty(r); });
    next.header.revision = packet_.header.revision + 1;
    next.header.written_at = now_utc();
    write_packet_file(path_, next);
    packet_ = std::move(next);
    remember_file();
}

void PacketWorkspace::remember_file() {
    std::error_code ec;
    file_size_ = fs::file_size(platform::utf8_path(path_), ec);
    file_time_ = fs::last_write_time(platform::utf8_path(path_), ec);
}

}  // namespace assessa
