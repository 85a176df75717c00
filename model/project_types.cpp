#include "model/project_types.hpp"

#include "i18n/translator.hpp"

namespace assessa {

std::string_view to_string(MemberRole r) {
    switch (r) {
        case MemberRole::facilitator: return "facilitator";
        case MemberRole::member: return "member";
        case MemberRole::sponsor: return "sponsor";
    }
    return "member";
}

std::optional<MemberRole> member_role_from_string(std::string_view s) {
    if (s == "facilitator") return MemberRole::facilitator;
    if (s == "member") return MemberRole::member;
    if (s == "sponsor") return MemberRole::sponsor;
    return std::nullopt;
}

const char* member_role_label(MemberRole r, const Translator& t) {
    switch (r) {
        case MemberRole::facilitator: return t.tr("Facilitator");
        case MemberRole::member: return t.tr("Member");
        case MemberRole::sponsor: return t.tr("Management sponsor");
    }
    return "";
}

std::string_view to_string(NoteKind k) {
    switch (k) {
        case NoteKind::strength: return "strength";
        case NoteKind::afi: return "afi";
        case NoteKind::idea: return "idea";
        case NoteKind::evidence: return "evidence";
    }
    return "strength";
}

std::optional<NoteKind> note_kind_from_string(std::string_view s) {
    if (s == "strength") return NoteKind::strength;
    if (s == "afi") return NoteKind::afi;
    if (s == "idea") return NoteKind::idea;
    if (s == "evidence") return NoteKind::evidence;
    return std::nullopt;
}

const char* note_kind_label(NoteKind k, const Translator& t) {
    switch (k) {
        case NoteKind::strength: return t.tr("Strength");
        case NoteKind::afi: return t.tr("Area for improvement");
        case NoteKind::idea: return t.tr("Improvement idea");
        case NoteKind::evidence: return t.tr("Evidence");
    }
    return "";
}

const char* note_kind_plural_label(NoteKind k, const Translator& t) {
    switch (k) {
        case NoteKind::strength: return t.tr("Strengths");
        case NoteKind::afi: return t.tr("Areas for improvement");
        case NoteKind::idea: return t.tr("Improvement ideas");
        case NoteKind::evidence: return t.tr("Evidence");
    }
    return "";
}

std::vector<const NoteItem*> Rating::items_of(NoteKind k) const {
    std::vector<const NoteItem*> r;
    for (const auto& i : items)
        if (i.kind == k) r.push_back(&i);
    return r;
}

std::vector<const ConsensusItem*> Consensus::items_of(NoteKind k) const {
    std::vector<const ConsensusItem*> r;
    for (const auto& i : items)
        if (i.kind == k) r.push_back(&i);
    return r;
}

}  // namespace assessa
