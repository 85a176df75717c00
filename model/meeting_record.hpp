#pragma once

#include "model/project_types.hpp"

#include <string>
#include <vector>

namespace assessa {

class Project;

// The consensus meeting as a record. An item counts as discussed once the meeting has shown it;
// its first showing is its first rating round.
void record_discussion(Project& project, Id cycle_id, const std::string& node_code, int seconds);
// The group rates the item again after discussing it: one more round.
void record_new_round(Project& project, Id cycle_id, const std::string& node_code);

struct MeetingTotals {
    int items_discussed = 0;
    long long total_seconds = 0;
    std::vector<MeetingItem> repeated;  // items rated in more than one round, in code order
};
MeetingTotals meeting_totals(const Project& project, Id cycle_id);

}  // namespace assessa
