#include "model/consensus_edits.hpp"

#include "i18n/translator.hpp"

#include <memory>
#include <string_view>

namespace assessa {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string trimmed(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

bool ends_with(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The last character is a CJK ideograph or CJK punctuation (three UTF-8 bytes from U+3000).
bool ends_in_chinese(const std::string& s) {
    if (s.size() < 3) return false;
    const auto lead = static_cast<unsigned char>(s[s.size() - 3]);
    const auto next = static_cast<unsigned char>(s[s.size() - 2]);
    const unsigned code = ((lead & 0x0Fu) << 12) | ((next & 0x3Fu) << 6) | (static_cast<unsigned char>(s.back()) & 0x3Fu);
    return (lead & 0xF0u) == 0xE0u && ((code >= 0x3000 && code <= 0x303F) || (code >= 0x4E00 && code <= 0x9FFF) ||
                                       (code >= 0xFF00 && code <= 0xFFEF));
}

bool ends_sentence(const std::string& s) {
    for (std::string_view end : {".", "!", "?", "…", "。", "！", "？", ".)", ".\"", ".”", "!”", "?”", ".»"})
        if (ends_with(s, end)) return true;
    return false;
}

}  // namespace

std::string merge_proposal(const std::vector<std::string>& texts) {
    std::string out;
    for (const std::string& raw : texts) {
        std::string t = trimmed(raw);
        if (t.empty()) continue;
        const bool chinese = ends_in_chinese(t);
        if (!ends_sentence(t)) t += chinese ? "。" : ".";
        if (!out.empty() && !ends_in_chinese(out)) out += ' ';
        out += t;
    }
    return out;
}

Edit edit_agree_each(Id cycle_id, const std::string& node_code, NoteKind kind, const std::vector<ChosenItem>& items) {
    Edit e;
    e.label = tr("Agree each item");
    e.node_code = node_code;
    // The ids the agreed items were first given, so that undo and redo keep naming them.
    auto first_ids = std::make_shared<std::vector<Id>>();
    e.apply = [=](Project& p, ItemIds& ids) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Id id = p.add_consensus_item(cycle_id, node_code, kind, items[i].text, {ids.now(items[i].id)});
            if (first_ids->size() <= i) first_ids->push_back(id);
            else ids.renamed((*first_ids)[i], id);
        }
    };
    e.revert = [=](Project& p, ItemIds& ids) {
        for (auto it = first_ids->rbegin(); it != first_ids->rend(); ++it) p.remove_consensus_item(ids.now(*it));
    };
    return e;
}

Edit edit_merge_into_one(Id cycle_id, const std::string& node_code, NoteKind kind, const std::string& text,
                         const std::vector<Id>& source_item_ids) {
    Edit e = edit_add_consensus_item(cycle_id, node_code, kind, trimmed(text), source_item_ids);
    e.label = tr("Merge into one agreed item");
    return e;
}

}  // namespace assessa
