#include "model/idea_collection.hpp"

#include "model/project.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

namespace assessa {

std::vector<DeclinedIdea> ideas_not_taken_up(const Project& project, Id cycle_id, const std::vector<DeclinedIdea>& listed) {
    std::set<std::pair<std::string, std::string>> known;  // node, text
    for (const DeclinedIdea& d : listed) known.insert({d.node_code, d.text});
    std::set<Id> answered;
    std::set<std::string> titles;
    for (const ImprovementAction& a : project.actions(cycle_id)) {
        answered.insert(a.afi_ids.begin(), a.afi_ids.end());
        titles.insert(a.title);
    }
    std::vector<DeclinedIdea> out;
    auto offer = [&](const std::string& node, const std::string& text) {
        if (text.empty() || titles.count(text) > 0 || !known.insert({node, text}).second) return;
        DeclinedIdea d;
        d.node_code = node;
        d.text = text;
        out.push_back(std::move(d));
    };
    std::set<Id> drawn;  // members' items an agreed item was drawn from
    const std::vector<Consensus> agreed = project.consensus_all(cycle_id);
    for (const Consensus& c : agreed)
        for (const ConsensusItem& item : c.items) {
            drawn.insert(item.source_item_ids.begin(), item.source_item_ids.end());
            if (item.kind == NoteKind::afi && answered.count(item.id) == 0) offer(c.node_code, item.text);
        }
    for (const Rating& r : project.ratings(cycle_id))
        for (const NoteItem* item : r.items_of(NoteKind::idea))
            if (drawn.count(item->id) == 0) offer(r.node_code, item->text);
    return out;
}

}  // namespace assessa
