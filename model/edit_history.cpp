#include "model/edit_history.hpp"

#include <memory>

namespace assessa {

Id ItemIds::now(Id id) const {
    auto it = now_.find(id);
    return it == now_.end() ? id : it->second;
}

void ItemIds::renamed(Id from, Id to) {
    if (from == to) return;
    for (auto& [was, is] : now_)
        if (is == from) is = to;
    now_[from] = to;
    now_.erase(to);  // `to` names this item from now on, whatever it named before
}

EditHistory::EditHistory(Project& project, std::size_t limit) : project_(project), limit_(limit) {}

void EditHistory::perform(Edit edit) {
    project_.batch([&] { edit.apply(project_, ids_); });
    undone_.clear();
    if (!sealed_ && !done_.empty() && !edit.merge_key.empty() && done_.back().merge_key == edit.merge_key) {
        // One entry for the whole run: undo goes back to the state before its first edit.
        edit.revert = std::move(done_.back().revert);
        done_.back() = std::move(edit);
    } else {
        done_.push_back(std::move(edit));
        if (done_.size() > limit_) done_.pop_front();
    }
    sealed_ = done_.back().merge_key.empty();
}

Edit EditHistory::undo() {
    if (done_.empty()) return {};
    sealed_ = true;
    Edit e = std::move(done_.back());
    done_.pop_back();
    project_.batch([&] { e.revert(project_, ids_); });  // on throw the edit is dropped
    undone_.push_back(e);
    return e;
}

Edit EditHistory::redo() {
    if (undone_.empty()) return {};
    sealed_ = true;
    Edit e = std::move(undone_.back());
    undone_.pop_back();
    project_.batch([&] { e.apply(project_, ids_); });
    done_.push_back(e);
    return e;
}

void EditHistory::clear() {
    done_.clear();
    undone_.clear();
    sealed_ = true;
}

namespace {

struct ItemPlace {
    NoteKind kind = NoteKind::strength;
    std::string text;
    int index = 0;  // among the items of its kind
};

ItemPlace find_item(const std::vector<NoteItem>& items, Id id) {
    for (const auto& it : items)
        if (it.id == id) {
            ItemPlace p{it.kind, it.text, 0};
            for (const auto& other : items) {
                if (other.id == id) break;
                if (other.kind == it.kind) ++p.index;
            }
            return p;
        }
    throw InvalidEdit(trf("no item with id {}", id));
}

struct ConsensusPlace {
    ConsensusItem item;
    int index = 0;
};

ConsensusPlace find_consensus_item(const Consensus& c, Id id) {
    for (const auto& it : c.items)
        if (it.id == id) {
            ConsensusPlace p{it, 0};
            for (const auto& other : c.items) {
                if (other.id == id) break;
                if (other.kind == it.kind) ++p.index;
            }
            return p;
        }
    throw InvalidEdit(trf("no item with id {}", id));
}

std::optional<int> score_of(const PhaseScores& s, const std::string& phase) {
    auto it = s.find(phase);
    return it == s.end() ? std::nullopt : std::optional<int>(it->second);
}

Edit member_edit(const char* label, Id member_id, const std::string& node_code) {
    Edit e;
    e.label = tr(label);
    e.node_code = node_code;
    e.member_id = member_id;
    return e;
}

Edit consensus_edit(const char* label, const std::string& node_code) {
    Edit e;
    e.label = tr(label);
    e.node_code = node_code;
    return e;
}

}  // namespace

Edit edit_score(const Project& project, Id cycle_id, Id member_id, const std::string& node_code,
                const std::string& phase, std::optional<int> value) {
    const std::optional<int> before = score_of(project.rating(cycle_id, member_id, node_code).scores, phase);
    Edit e = member_edit(N_("Change score"), member_id, node_code);
    e.merge_key = "score " + std::to_string(cycle_id) + ' ' + std::to_string(member_id) + ' ' + node_code + ' ' + phase;
    e.apply = [=](Project& p, ItemIds&) { p.set_score(cycle_id, member_id, node_code, phase, value); };
    e.revert = [=](Project& p, ItemIds&) { p.set_score(cycle_id, member_id, node_code, phase, before); };
    return e;
}

Edit edit_no_opinion(const Project& project, Id cycle_id, Id member_id, const std::string& node_code,
                     bool no_opinion) {
    const Rating before = project.rating(cycle_id, member_id, node_code);
    Edit e = member_edit(N_("Change \"no opinion\""), member_id, node_code);
    e.apply = [=](Project& p, ItemIds&) { p.set_no_opinion(cycle_id, member_id, node_code, no_opinion); };
    // Setting "no opinion" may clear the scores: put them back as well.
    e.revert = [=](Project& p, ItemIds&) {
        p.set_no_opinion(cycle_id, member_id, node_code, before.no_opinion);
        for (const auto& [phase, score] : before.scores) p.set_score(cycle_id, member_id, node_code, phase, score);
    };
    return e;
}

Edit edit_add_item(Id cycle_id, Id member_id, const std::string& node_code, NoteKind kind, const std::string& text) {
    Edit e = member_edit(N_("Add item"), member_id, node_code);
    auto first_id = std::make_shared<Id>(0);
    e.apply = [=](Project& p, ItemIds& ids) {
        const Id id = p.add_item(cycle_id, member_id, node_code, kind, text);
        if (*first_id == 0) *first_id = id;
        else ids.renamed(*first_id, id);
    };
    e.revert = [=](Project& p, ItemIds& ids) { p.remove_item(ids.now(*first_id)); };
    return e;
}

Edit edit_update_item(const Project& project, Id cycle_id, Id member_id, const std::string& node_code, Id item_id,
                      const std::string& text) {
    const ItemPlace before = find_item(project.rating(cycle_id, member_id, node_code).items, item_id);
    Edit e = member_edit(N_("Edit item"), member_id, node_code);
    e.apply = [=](Project& p, ItemIds& ids) { p.update_item(ids.now(item_id), text); };
    e.revert = [=](Project& p, ItemIds& ids) { p.update_item(ids.now(item_id), before.text); };
    return e;
}

Edit edit_remove_item(const Project& project, Id cycle_id, Id member_id, const std::string& node_code, Id item_id) {
    const ItemPlace before = find_item(project.rating(cycle_id, member_id, node_code).items, item_id);
    Edit e = member_edit(N_("Delete item"), member_id, node_code);
    e.apply = [=](Project& p, ItemIds& ids) { p.remove_item(ids.now(item_id)); };
    e.revert = [=](Project& p, ItemIds& ids) {
        const Id id = p.add_item(cycle_id, member_id, node_code, before.kind, before.text);
        p.move_item(id, before.index);
        ids.renamed(ids.now(item_id), id);
    };
    return e;
}

Edit edit_move_item(const Project& project, Id cycle_id, Id member_id, const std::string& node_code, Id item_id,
                    int new_index) {
    const ItemPlace before = find_item(project.rating(cycle_id, member_id, node_code).items, item_id);
    Edit e = member_edit(N_("Move item"), member_id, node_code);
    e.apply = [=](Project& p, ItemIds& ids) { p.move_item(ids.now(item_id), new_index); };
    e.revert = [=](Project& p, ItemIds& ids) { p.move_item(ids.now(item_id), before.index); };
    return e;
}

Edit edit_consensus_score(const Project& project, Id cycle_id, const std::string& node_code,
                          const std::string& phase, std::optional<int> value) {
    const std::optional<int> before = score_of(project.consensus(cycle_id, node_code).scores, phase);
    Edit e = consensus_edit(N_("Change consensus score"), node_code);
    e.merge_key = "consensus score " + std::to_string(cycle_id) + ' ' + node_code + ' ' + phase;
    e.apply = [=](Project& p, ItemIds&) { p.set_consensus_score(cycle_id, node_code, phase, value); };
    e.revert = [=](Project& p, ItemIds&) { p.set_consensus_score(cycle_id, node_code, phase, before); };
    return e;
}

Edit edit_add_consensus_item(Id cycle_id, const std::string& node_code, NoteKind kind, const std::string& text,
                             const std::vector<Id>& source_item_ids) {
    Edit e = consensus_edit(N_("Add agreed item"), node_code);
    auto first_id = std::make_shared<Id>(0);
    e.apply = [=](Project& p, ItemIds& ids) {
        std::vector<Id> sources;
        sources.reserve(source_item_ids.size());
        for (Id s : source_item_ids) sources.push_back(ids.now(s));
        const Id id = p.add_consensus_item(cycle_id, node_code, kind, text, sources);
        if (*first_id == 0) *first_id = id;
        else ids.renamed(*first_id, id);
    };
    e.revert = [=](Project& p, ItemIds& ids) { p.remove_consensus_item(ids.now(*first_id)); };
    return e;
}

Edit edit_update_consensus_item(const Project& project, Id cycle_id, const std::string& node_code, Id item_id,
                                const std::string& text) {
    const ConsensusPlace before = find_consensus_item(project.consensus(cycle_id, node_code), item_id);
    Edit e = consensus_edit(N_("Edit agreed item"), node_code);
    e.apply = [=](Project& p, ItemIds& ids) { p.update_consensus_item(ids.now(item_id), text); };
    e.revert = [=](Project& p, ItemIds& ids) { p.update_consensus_item(ids.now(item_id), before.item.text); };
    return e;
}

Edit edit_remove_consensus_item(const Project& project, Id cycle_id, const std::string& node_code, Id item_id) {
    const ConsensusPlace before = find_consensus_item(project.consensus(cycle_id, node_code), item_id);
    Edit e = consensus_edit(N_("Delete agreed item"), node_code);
    e.apply = [=](Project& p, ItemIds& ids) { p.remove_consensus_item(ids.now(item_id)); };
    e.revert = [=](Project& p, ItemIds& ids) {
        std::vector<Id> sources;
        for (Id s : before.item.source_item_ids) sources.push_back(ids.now(s));
        const Id id = p.add_consensus_item(cycle_id, node_code, before.item.kind, before.item.text, sources);
        p.move_consensus_item(id, before.index);
        ids.renamed(ids.now(item_id), id);
    };
    return e;
}

Edit edit_move_consensus_item(const Project& project, Id cycle_id, const std::string& node_code, Id item_id,
                              int new_index) {
    const ConsensusPlace before = find_consensus_item(project.consensus(cycle_id, node_code), item_id);
    Edit e = consensus_edit(N_("Move agreed item"), node_code);
    e.apply = [=](Project& p, ItemIds& ids) { p.move_consensus_item(ids.now(item_id), new_index); };
    e.revert = [=](Project& p, ItemIds& ids) { p.move_consensus_item(ids.now(item_id), before.index); };
    return e;
}

Edit edit_justification(const Project& project, Id cycle_id, const std::string& node_code, const std::string& text) {
    const std::string before = project.consensus(cycle_id, node_code).justification;
    Edit e = consensus_edit(N_("Edit justification"), node_code);
    e.merge_key = "justification " + std::to_string(cycle_id) + ' ' + node_code;
    e.apply = [=](Project& p, ItemIds&) { p.set_justification(cycle_id, node_code, text); };
    e.revert = [=](Project& p, ItemIds&) { p.set_justification(cycle_id, node_code, before); };
    return e;
}

Edit edit_dissent(const Project& project, Id cycle_id, const std::string& node_code, const std::string& text) {
    const std::string before = project.consensus(cycle_id, node_code).dissent;
    Edit e = consensus_edit(N_("Edit dissent note"), node_code);
    e.merge_key = "dissent " + std::to_string(cycle_id) + ' ' + node_code;
    e.apply = [=](Project& p, ItemIds&) { p.set_dissent(cycle_id, node_code, text); };
    e.revert = [=](Project& p, ItemIds&) { p.set_dissent(cycle_id, node_code, before); };
    return e;
}

}  // namespace assessa
