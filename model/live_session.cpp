#include "model/live_session.hpp"

#include "i18n/translator.hpp"

#include <algorithm>

namespace assessa {

namespace {

// Compares in time that does not depend on where the two differ (tokens and secrets).
bool same_secret(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// Letters and digits that cannot be mistaken for one another when read off a projector.
constexpr std::string_view join_alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

std::string join_code_from(const std::string& hex) {
    if (hex.size() < 12) throw std::runtime_error("the random generator gave too few bytes for a join code");
    std::string code;
    for (std::size_t i = 0; i < 6; ++i) {
        const unsigned value = static_cast<unsigned>(std::stoul(hex.substr(i * 2, 2), nullptr, 16));
        code += join_alphabet[value % join_alphabet.size()];
    }
    return code;
}

[[noreturn]] void refuse(LiveRefusal why, const std::string& message) { throw LiveRefused(why, message); }

}  // namespace

LiveSession::LiveSession(Project& project, Id cycle_id, std::function<std::string()> new_secret)
    : LiveSession(project, cycle_id, std::move(new_secret), LiveStart::fresh) {}

LiveSession::LiveSession(Project& project, Id cycle_id, std::function<std::string()> new_secret, LiveStart start)
    : project_(project), cycle_id_(cycle_id), cycle_(project.cycle(cycle_id)), new_secret_(std::move(new_secret)) {
    for (const auto& m : project_.cycle_members(cycle_id)) group_.insert(m.id);
    const auto kept = start == LiveStart::resume ? project_.live_session(cycle_id) : std::nullopt;
    if (kept) {
        resume_kept(*kept);
        return;
    }
    secret_ = new_secret_();
    join_code_ = join_code_from(new_secret_());
    project_.start_live_session(cycle_id_, secret_, join_code_);
}

void LiveSession::resume_kept(const LiveSessionRecord& kept) {
    secret_ = kept.secret;
    join_code_ = kept.join_code;
    for (const auto& d : kept.devices) {
        if (!group_.count(d.member_id)) continue;  // left the group since: the device stays out
        devices_.push_back({d.device_id, d.member_id, d.label, true});
        tokens_[d.device_id] = d.token;
    }
    for (const auto& d : kept.devices) next_device_id_ = std::max(next_device_id_, d.device_id + 1);
    for (const auto& e : kept.edits) applied_.insert(e);
    resumed_ = true;
}

void LiveSession::end() { project_.end_live_session(cycle_id_); }

bool LiveSession::secret_matches(std::string_view secret) const { return same_secret(secret, secret_); }

LiveSession::Joining LiveSession::request_join(Id member_id, const std::string& label) {
    if (!group_.count(member_id)) refuse(LiveRefusal::not_found, trf("member {} is not in the group of cycle {}", member_id, cycle_.label));
    if (label.size() > 100) refuse(LiveRefusal::bad_request, tr("the device's name is too long"));
    devices_.push_back({next_device_id_++, member_id, label, false});
    Joining j{devices_.back().id, new_secret_()};
    tokens_[j.device_id] = j.token;
    return j;
}

void LiveSession::approve(int device_id) {
    auto d = std::find_if(devices_.begin(), devices_.end(), [&](const LiveDevice& x) { return x.id == device_id; });
    if (d == devices_.end()) refuse(LiveRefusal::not_found, trf("no device {} in the session", device_id));
    if (d->approved) return;
    project_.keep_live_device(cycle_id_, {d->id, d->member_id, d->label, tokens_.at(d->id)});
    d->approved = true;
}

void LiveSession::remove(int device_id) {
    const auto before = devices_.size();
    std::erase_if(devices_, [&](const LiveDevice& x) { return x.id == device_id; });
    if (devices_.size() == before) refuse(LiveRefusal::not_found, trf("no device {} in the session", device_id));
    tokens_.erase(device_id);
    project_.forget_live_device(cycle_id_, device_id);
}

std::vector<LiveDevice> LiveSession::devices() const { return devices_; }

std::optional<LiveDevice> LiveSession::any_device_for(std::string_view token) const {
    for (const auto& [id, t] : tokens_)
        if (same_secret(token, t))
            for (const auto& d : devices_)
                if (d.id == id) return d;
    return std::nullopt;
}

LiveDevice LiveSession::device_for(std::string_view token) const {
    auto d = any_device_for(token);
    if (!d || !d->approved) refuse(LiveRefusal::unauthorised, tr("this device is not (or no longer) approved in the session"));
    return *d;
}

LiveDevice& LiveSession::approved_device(std::string_view token) {
    const int id = device_for(token).id;
    return *std::find_if(devices_.begin(), devices_.end(), [&](const LiveDevice& x) { return x.id == id; });
}

void LiveSession::check_own(const LiveDevice& d, Id member_id) const {
    if (d.member_id != member_id) refuse(LiveRefusal::forbidden, tr("a device may write only its own member's ratings"));
}

void LiveSession::check_node(const std::string& node_code) const {
    if (!project_.panel_for(cycle_, node_code))
        refuse(LiveRefusal::not_found, trf("no subcriterion {} to rate in cycle {}", node_code, cycle_.label));
}

bool LiveSession::first_time(const LiveDevice& d, const std::string& edit_id) {
    if (edit_id.empty() || edit_id.size() > 64) refuse(LiveRefusal::bad_request, tr("every change needs an id of 1 to 64 characters"));
    return !applied_.count({d.id, edit_id});
}

bool LiveSession::apply_own(std::string_view token, const std::string& edit_id, Id member_id, const std::string& node_code,
                            const std::function<void()>& edit) {
    const LiveDevice& d = approved_device(token);
    check_own(d, member_id);
    check_node(node_code);
    if (!first_time(d, edit_id)) return false;
    try {
        project_.batch([&] {
            edit();
            project_.record_live_edit(cycle_id_, d.id, edit_id);
        });
    } catch (const InvalidEdit& e) {
        refuse(LiveRefusal::bad_request, e.what());
    }
    applied_.insert({d.id, edit_id});
    return true;
}

void LiveSession::mark_applied(const LiveDevice& d, const std::string& edit_id) {
    project_.record_live_edit(cycle_id_, d.id, edit_id);
    applied_.insert({d.id, edit_id});
}

bool LiveSession::set_score(std::string_view token, const std::string& edit_id, Id member_id,
                            const std::string& node_code, const std::string& phase, std::optional<int> value) {
    return apply_own(token, edit_id, member_id, node_code,
                     [&] { project_.set_score(cycle_id_, member_id, node_code, phase, value); });
}

bool LiveSession::set_no_opinion(std::string_view token, const std::string& edit_id, Id member_id,
                                 const std::string& node_code, bool no_opinion) {
    return apply_own(token, edit_id, member_id, node_code,
                     [&] { project_.set_no_opinion(cycle_id_, member_id, node_code, no_opinion); });
}

bool LiveSession::add_item(std::string_view token, const std::string& edit_id, Id member_id,
                           const std::string& node_code, NoteKind kind, const std::string& text) {
    return apply_own(token, edit_id, member_id, node_code, [&] {
        if (text.size() > max_text_bytes) refuse(LiveRefusal::bad_request, trf("a note may hold at most {} bytes", max_text_bytes));
        project_.add_item(cycle_id_, member_id, node_code, kind, text);
    });
}

bool LiveSession::remove_item(std::string_view token, const std::string& edit_id, Id member_id,
                              const std::string& node_code, Id item_id) {
    return apply_own(token, edit_id, member_id, node_code, [&] {
        const Rating r = project_.rating(cycle_id_, member_id, node_code);
        if (std::none_of(r.items.begin(), r.items.end(), [&](const NoteItem& i) { return i.id == item_id; }))
            refuse(LiveRefusal::not_found, trf("no note {} of this member on {}", item_id, node_code));
        project_.remove_item(item_id);
    });
}

std::map<Id, LiveProgress> LiveSession::progress() const {
    const Framework& fw = *project_.framework_of(cycle_);
    std::size_t total = 0;
    for (std::size_t i : fw.assessable_nodes())
        if (project_.panel_for(cycle_, fw.nodes()[i].code)) ++total;
    std::map<Id, LiveProgress> out;
    for (Id m : group_) out[m] = {0, total};
    for (const auto& r : project_.ratings(cycle_id_)) {
        auto it = out.find(r.member_id);
        const Panel* panel = project_.panel_for(cycle_, r.node_code);
        if (it == out.end() || !panel) continue;
        const bool complete = std::all_of(panel->phases.begin(), panel->phases.end(),
                                          [&](const Phase& p) { return r.scores.count(p.id) != 0; });
        if (r.no_opinion || complete) ++it->second.done;
    }
    return out;
}

void LiveSession::open_item(const std::string& node_code) {
    check_node(node_code);
    open_node_ = node_code;
    round_number_ = 1;
    revealed_ = false;
    votes_.clear();
}

void LiveSession::record_round(int rounds) {
    MeetingItem item = project_.meeting_item(cycle_id_, open_node_);
    if (item.rounds >= rounds) return;
    item.rounds = rounds;
    project_.set_meeting_item(cycle_id_, item);
}

void LiveSession::reveal() {
    if (open_node_.empty()) refuse(LiveRefusal::conflict, tr("no item is open for rating"));
    if (revealed_) return;
    revealed_ = true;
    record_round(round_number_);
}

void LiveSession::start_revote() {
    if (open_node_.empty()) refuse(LiveRefusal::conflict, tr("no item is open for rating"));
    if (!revealed_) refuse(LiveRefusal::conflict, tr("reveal the votes of this round before starting another"));
    ++round_number_;
    revealed_ = false;
    votes_.clear();
}

void LiveSession::close_item() {
    open_node_.clear();
    round_number_ = 0;
    revealed_ = false;
    votes_.clear();
}

bool LiveSession::vote(std::string_view token, const std::string& edit_id, const std::string& node_code,
                       const PhaseScores& scores) {
    const LiveDevice& d = approved_device(token);
    if (open_node_.empty() || node_code != open_node_)
        refuse(LiveRefusal::conflict, trf("subcriterion {} is not open for rating", node_code));
    if (revealed_) refuse(LiveRefusal::conflict, tr("the votes of this round are already revealed"));
    if (!first_time(d, edit_id)) return false;
    const Panel& panel = *project_.panel_for(cycle_, node_code);
    if (scores.size() != panel.phases.size())
        refuse(LiveRefusal::bad_request, trnf("a vote gives a score for the {} phase", "a vote gives a score for each of the {} phases",
                                              panel.phases.size(), panel.phases.size()));
    for (const auto& [phase, value] : scores) {
        if (!panel.find_phase(phase)) refuse(LiveRefusal::bad_request, trf("no phase \"{}\" here", phase));
        if (!panel.in_scale(value))
            refuse(LiveRefusal::bad_request, trf("a score lies between {} and {}, not {}", panel.scale_min, panel.scale_max, value));
    }
    project_.batch([&] {
        for (const auto& [phase, value] : scores) project_.set_score(cycle_id_, d.member_id, node_code, phase, value);
        mark_applied(d, edit_id);
    });
    votes_[d.member_id] = scores;
    if (auto_reveal && votes_.size() == group_.size()) reveal();
    return true;
}

LiveRound LiveSession::round() const {
    LiveRound r;
    r.node_code = open_node_;
    r.round = round_number_;
    r.submitted = votes_.size();
    r.group_size = group_.size();
    r.revealed = revealed_;
    if (revealed_) {
        for (const auto& entry : votes_) r.votes.push_back(entry.second);
        std::sort(r.votes.begin(), r.votes.end());  // by value: the member order would name them
    }
    return r;
}

}  // namespace assessa
