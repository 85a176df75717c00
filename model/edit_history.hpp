#pragma once

#include "model/project.hpp"

#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

// Undoing the removal of an item adds it again, and the store gives it a new id. Edits keep
// the id an item had when they were made; ItemIds tells its id now.
class ItemIds {
public:
    Id now(Id id) const;
    void renamed(Id from, Id to);

private:
    std::map<Id, Id> now_;
};

// One user edit and its inverse, both applied through Project functions.
struct Edit {
    std::string label;      // what the edit does, translated: "Change score"
    std::string node_code;  // where it happened, so a view can show the place after undo
    std::optional<Id> member_id;  // the member whose assessment changed; none for the consensus
    // Edits with the same non-empty key that follow each other (typing in one field, clicking
    // a spin button) are undone as one.
    std::string merge_key;
    std::function<void(Project&, ItemIds&)> apply;
    std::function<void(Project&, ItemIds&)> revert;
};

// The undo and redo stacks of an open project. Every edit runs as one transaction; an edit
// that throws leaves the project and both stacks as they were.
class EditHistory {
public:
    explicit EditHistory(Project& project, std::size_t limit = 1000);

    void perform(Edit edit);
    bool can_undo() const { return !done_.empty(); }
    bool can_redo() const { return !undone_.empty(); }
    const Edit* next_undo() const { return done_.empty() ? nullptr : &done_.back(); }
    const Edit* next_redo() const { return undone_.empty() ? nullptr : &undone_.back(); }
    // Undoes or redoes the newest edit and returns a copy of it. If the store refuses (the
    // data changed under it), the edit is dropped from the history and the error rethrown.
    Edit undo();
    Edit redo();
    // Ends merging into the newest edit (the field lost focus, another field was chosen).
    void seal() { sealed_ = true; }
    void clear();
    ItemIds& ids() { return ids_; }

private:
    Project& project_;
    std::size_t limit_;
    std::deque<Edit> done_;
    std::vector<Edit> undone_;
    ItemIds ids_;
    bool sealed_ = true;
};

// Edits for the assessment functions of Project. Those that need the present state (to undo
// it) read it from `project` when they are made.
Edit edit_score(const Project& project, Id cycle_id, Id member_id, const std::string& node_code,
                const std::string& phase, std::optional<int> value);
Edit edit_no_opinion(const Project& project, Id cycle_id, Id member_id, const std::string& node_code,
                     bool no_opinion);
Edit edit_add_item(Id cycle_id, Id member_id, const std::string& node_code, NoteKind kind, const std::string& text);
Edit edit_update_item(const Project& project, Id cycle_id, Id member_id, const std::string& node_code, Id item_id,
                      const std::string& text);
Edit edit_remove_item(const Project& project, Id cycle_id, Id member_id, const std::string& node_code, Id item_id);
Edit edit_move_item(const Project& project, Id cycle_id, Id member_id, const std::string& node_code, Id item_id,
                    int new_index);

Edit edit_consensus_score(const Project& project, Id cycle_id, const std::string& node_code,
                          const std::string& phase, std::optional<int> value);
Edit edit_add_consensus_item(Id cycle_id, const std::string& node_code, NoteKind kind, const std::string& text,
                             const std::vector<Id>& source_item_ids);
Edit edit_update_consensus_item(const Project& project, Id cycle_id, const std::string& node_code, Id item_id,
                                const std::string& text);
Edit edit_remove_consensus_item(const Project& project, Id cycle_id, const std::string& node_code, Id item_id);
Edit edit_move_consensus_item(const Project& project, Id cycle_id, const std::string& node_code, Id item_id,
                              int new_index);
Edit edit_justification(const Project& project, Id cycle_id, const std::string& node_code, const std::string& text);
Edit edit_dissent(const Project& project, Id cycle_id, const std::string& node_code, const std::string& text);

}  // namespace assessa
