#pragma once

#include "i18n/translator.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

using Id = std::int64_t;

struct OrganisationProfile {
    std::string name;
    std::string type;     // "Municipal administration", "Public library", ...
    std::string address;
    std::string size;     // free text: "180 employees"
    std::string period;   // period assessed: "2024–2026"
    std::string language = "en";  // language of the project and its reports: en, lt, zh

    bool operator==(const OrganisationProfile&) const = default;
};

struct Department {
    Id id = 0;
    std::string code;  // short code used in plans and matrices: "IT", "FIN"
    std::string name;
    std::string head;

    bool operator==(const Department&) const = default;
};

enum class MemberRole { facilitator, member, sponsor };
std::string_view to_string(MemberRole r);
std::optional<MemberRole> member_role_from_string(std::string_view s);
const char* member_role_label(MemberRole r, const Translator& t = Translator::current());  // translated

struct Member {
    Id id = 0;
    std::string name;
    MemberRole role = MemberRole::member;
    std::optional<Id> department_id;
    std::string contact;

    bool operator==(const Member&) const = default;
};

// What the consensus meeting spent on one node: seconds of discussion and rating rounds.
struct MeetingItem {
    std::string node_code;
    int seconds = 0;
    int rounds = 0;

    bool operator==(const MeetingItem&) const = default;
};

// A live workshop session kept in the project (model/live_session), so that a restarted program
// resumes it: the same join address, and the approved devices with their tokens and the ids of
// the edits each has had applied.
struct LiveDeviceRecord {
    int device_id = 0;
    Id member_id = 0;
    std::string label;
    std::string token;

    bool operator==(const LiveDeviceRecord&) const = default;
};

struct LiveSessionRecord {
    std::string secret;
    std::string join_code;
    std::vector<LiveDeviceRecord> devices;                // approved devices, by device id
    std::vector<std::pair<int, std::string>> edits;       // (device id, edit id) applied

    bool operator==(const LiveSessionRecord&) const = default;
};

// One self-assessment round (e.g. "2026") on one framework with one scoring method.
struct Cycle {
    Id id = 0;
    std::string label;
    std::string framework_id;
    std::string framework_version;  // the version the cycle was started with; it keeps it
    std::string method_id;
    std::string started_on;  // ISO date, may be empty
    std::string approved_by;  // management approval of the report; empty while a draft
    std::string approved_on;
    std::string approval_note;
    // The group sees the previous cycle's consensus while assessing (off: blind, as CAF advises).
    bool members_see_previous_consensus = false;

    bool approved() const { return !approved_on.empty(); }
    bool operator==(const Cycle&) const = default;
};

// A change made to a cycle after it was closed (a later cycle exists), once the user unlocked it.
struct CycleCorrection {
    Id id = 0;
    std::string corrected_on;  // ISO date
    std::string corrected_by;
    std::string what;          // what was corrected, in the user's words

    bool operator==(const CycleCorrection&) const = default;
};

enum class NoteKind { strength, afi, idea, evidence };
std::string_view to_string(NoteKind k);
std::optional<NoteKind> note_kind_from_string(std::string_view s);
const char* note_kind_label(NoteKind k, const Translator& t = Translator::current());         // translated, singular
const char* note_kind_plural_label(NoteKind k, const Translator& t = Translator::current());  // translated heading: "Strengths"
inline constexpr NoteKind all_note_kinds[] = {NoteKind::strength, NoteKind::afi, NoteKind::idea, NoteKind::evidence};

// A strength, area for improvement, idea or evidence reference written by a member.
struct NoteItem {
    Id id = 0;
    NoteKind kind = NoteKind::strength;
    std::string text;

    bool operator==(const NoteItem&) const = default;
};

// Phase id -> score. A phase that is absent has no score (yet).
using PhaseScores = std::map<std::string, int>;

// One member's assessment of one node in one cycle.
struct Rating {
    Id member_id = 0;
    std::string node_code;
    PhaseScores scores;
    bool no_opinion = false;      // the member explicitly declines to score this node
    std::vector<NoteItem> items;  // in the member's order, all kinds mixed

    std::vector<const NoteItem*> items_of(NoteKind k) const;
    bool operator==(const Rating&) const = default;
};

// An agreed strength or area for improvement, with the member items it was drawn from.
struct ConsensusItem {
    Id id = 0;
    NoteKind kind = NoteKind::strength;
    std::string text;
    std::vector<Id> source_item_ids;  // empty when newly written in the meeting

    bool operator==(const ConsensusItem&) const = default;
};

// The group's agreed view of one node in one cycle.
struct Consensus {
    std::string node_code;
    PhaseScores scores;
    std::vector<ConsensusItem> items;  // in agreed order, kinds mixed
    std::string justification;
    std::string dissent;

    std::vector<const ConsensusItem*> items_of(NoteKind k) const;
    bool operator==(const Consensus&) const = default;
};

}  // namespace assessa
