#pragma once

// The rules of a live workshop session (issue "Live workshop"), apart from any network: which
// devices may take part, whose ratings each may write, and the blind rating rounds of the
// consensus meeting. The HTTP server, the desktop program and the tests all go through this.
//
// Who may write what: a device asks to join as one member of the cycle's group and can do
// nothing until the facilitator approves it; approval gives it a token. With the token it may
// write that member's own ratings and notes and nothing else. The consensus stays the
// facilitator's, entered in the program.

#include "model/project.hpp"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

// Why a device's request is refused; the server answers with the matching HTTP status.
enum class LiveRefusal {
    bad_request,   // malformed or out of range (400)
    unauthorised,  // no token, an unknown one, or a device not (or no longer) approved (401)
    forbidden,     // another member's data, or the facilitator's (403)
    not_found,     // no such device, node or open item (404)
    conflict,      // not possible in the session's state, e.g. a vote when no item is open (409)
};

class LiveRefused : public std::runtime_error {
public:
    LiveRefused(LiveRefusal why, const std::string& message) : std::runtime_error(message), why_(why) {}
    LiveRefusal why() const { return why_; }

private:
    LiveRefusal why_;
};

struct LiveDevice {
    int id = 0;
    Id member_id = 0;
    std::string label;  // what the device says it is ("Phone"), for the facilitator's list
    bool approved = false;
};

// The blind round of the item open for rating, as anyone may see it: before the reveal it holds
// how many have voted, never a value.
struct LiveRound {
    std::string node_code;  // empty: no item is open
    int round = 0;          // 1 for the first vote on the item
    std::size_t submitted = 0;
    std::size_t group_size = 0;
    bool revealed = false;
    std::vector<PhaseScores> votes;  // after the reveal only, in an order that names nobody
};

// How far a member is with the individual assessment: subcriteria with every phase scored, or
// marked "no opinion", out of those of the cycle.
struct LiveProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    bool operator==(const LiveProgress&) const = default;
};

// Whether a session starts anew or resumes the one kept in the project (after a restart).
enum class LiveStart { fresh, resume };

class LiveSession {
public:
    // `new_secret` makes the session secret and the device tokens (hex from the operating
    // system's cryptographic random generator in the program; the tests pass their own).
    // The session is kept in the project (secret, join code, approved devices and their applied
    // edit ids). A fresh session replaces the one kept; resuming takes the kept one back, so the
    // join address stays the same and approved devices carry on with their tokens (fresh when
    // none is kept).
    LiveSession(Project& project, Id cycle_id, std::function<std::string()> new_secret);
    LiveSession(Project& project, Id cycle_id, std::function<std::string()> new_secret, LiveStart start);
    bool resumed() const { return resumed_; }
    // Forgets the session kept in the project: its tokens will not work in a later session.
    void end();

    Id cycle_id() const { return cycle_id_; }
    // The random part of the join address; a request without it is not part of the session.
    const std::string& secret() const { return secret_; }
    // Six characters to type or read out instead of scanning the QR code.
    const std::string& join_code() const { return join_code_; }
    bool secret_matches(std::string_view secret) const;
    std::string cycle_label() const { return cycle_.label; }
    std::vector<Member> group() const { return project_.cycle_members(cycle_id_); }

    // ---- Devices ----
    struct Joining {
        int device_id = 0;
        std::string token;  // given to that device only; it works once the device is approved
    };
    // A device asks to join as a member of the cycle's group; it waits for approval.
    Joining request_join(Id member_id, const std::string& label);
    void approve(int device_id);
    void remove(int device_id);  // its token stops working at once
    std::vector<LiveDevice> devices() const;
    // The approved device holding `token`; refused as unauthorised otherwise.
    LiveDevice device_for(std::string_view token) const;
    // The device holding `token`, approved or still waiting.
    std::optional<LiveDevice> any_device_for(std::string_view token) const;

    // ---- A member's own ratings ----
    // Each edit carries an id made by the device; an edit sent again with the same id is applied
    // once (returns false the second time). `member_id` is whose rating the request names: a
    // device may name only its own member (forbidden otherwise).
    bool set_score(std::string_view token, const std::string& edit_id, Id member_id, const std::string& node_code,
                   const std::string& phase, std::optional<int> value);
    bool set_no_opinion(std::string_view token, const std::string& edit_id, Id member_id,
                        const std::string& node_code, bool no_opinion);
    bool add_item(std::string_view token, const std::string& edit_id, Id member_id, const std::string& node_code,
                  NoteKind kind, const std::string& text);
    // Removes one of the member's own notes on the node (not found when it is not theirs).
    bool remove_item(std::string_view token, const std::string& edit_id, Id member_id, const std::string& node_code,
                     Id item_id);
    // Each member of the group's progress with the individual assessment.
    std::map<Id, LiveProgress> progress() const;

    // ---- Blind rating in the consensus meeting (the facilitator's controls) ----
    void open_item(const std::string& node_code);  // a new item starts at round 1
    void reveal();
    void start_revote();  // the next round; earlier votes stay in the project as ratings
    void close_item();
    bool auto_reveal = false;  // reveal as soon as every member of the group has voted

    // A member's vote: their phase scores for the open item, written as their rating.
    bool vote(std::string_view token, const std::string& edit_id, const std::string& node_code, const PhaseScores& scores);
    LiveRound round() const;
    bool has_voted(Id member_id) const { return votes_.count(member_id) != 0; }  // in this round
    const Project& project() const { return project_; }
    const Cycle& cycle() const { return cycle_; }

    // Longest text a device may send (a note), in bytes.
    static constexpr std::size_t max_text_bytes = 4000;

private:
    LiveDevice& approved_device(std::string_view token);
    void check_own(const LiveDevice& d, Id member_id) const;
    void check_node(const std::string& node_code) const;
    bool first_time(const LiveDevice& d, const std::string& edit_id);
    // Marks an edit applied, in the project too (inside the edit's transaction).
    void mark_applied(const LiveDevice& d, const std::string& edit_id);
    void resume_kept(const LiveSessionRecord& kept);
    // A device's edit of its own member's rating: checked, applied once, refused as bad input
    // when the core refuses it.
    bool apply_own(std::string_view token, const std::string& edit_id, Id member_id, const std::string& node_code,
                   const std::function<void()>& edit);
    void record_round(int rounds);

    Project& project_;
    Id cycle_id_;
    Cycle cycle_;
    std::function<std::string()> new_secret_;
    std::string secret_, join_code_;
    std::set<Id> group_;
    std::vector<LiveDevice> devices_;
    std::map<int, std::string> tokens_;             // device id -> token
    std::set<std::pair<int, std::string>> applied_;  // (device id, edit id)
    int next_device_id_ = 1;
    bool resumed_ = false;

    std::string open_node_;
    int round_number_ = 0;
    bool revealed_ = false;
    std::map<Id, PhaseScores> votes_;  // this round, by member
};

}  // namespace assessa
