#pragma once
// Turning members' items into agreed items: each as its own agreed item, or several merged
// into one whose text the facilitator has seen and reworded. Nothing is joined silently.
#include "model/edit_history.hpp"

#include <string>
#include <vector>

namespace assessa {

// A member's item chosen on the consensus page: its id and its text.
struct ChosenItem {
    Id id = 0;
    std::string text;
};

// The texts of the items to merge, each as its own sentence: trimmed, with a full stop added
// where a text does not already end a sentence ("." "!" "?" "…" or, after Chinese text, "。"),
// separated by a space (none after Chinese punctuation). The facilitator rewords the result.
std::string merge_proposal(const std::vector<std::string>& texts);

// "Agree each": one agreed item per chosen item, with its text and that item as its source.
// One edit: undo removes them all.
Edit edit_agree_each(Id cycle_id, const std::string& node_code, NoteKind kind, const std::vector<ChosenItem>& items);

// "Merge into one": one agreed item with the facilitator's `text`, keeping every chosen item as
// a source. The text must not be empty.
Edit edit_merge_into_one(Id cycle_id, const std::string& node_code, NoteKind kind, const std::string& text,
                         const std::vector<Id>& source_item_ids);

}  // namespace assessa
