#include "model/meeting_record.hpp"

#include "model/project.hpp"

#include <algorithm>
#include <limits>

namespace assessa {

void record_discussion(Project& project, Id cycle_id, const std::string& node_code, int seconds) {
    MeetingItem item = project.meeting_item(cycle_id, node_code);
    const int limit = std::numeric_limits<int>::max() - item.seconds;
    item.seconds += std::clamp(seconds, 0, limit);
    item.rounds = std::max(item.rounds, 1);
    project.set_meeting_item(cycle_id, item);
}

void record_new_round(Project& project, Id cycle_id, const std::string& node_code) {
    MeetingItem item = project.meeting_item(cycle_id, node_code);
    item.rounds = std::max(item.rounds, 1) + 1;
    project.set_meeting_item(cycle_id, item);
}

MeetingTotals meeting_totals(const Project& project, Id cycle_id) {
    MeetingTotals t;
    for (const MeetingItem& item : project.meeting_record(cycle_id)) {
        if (item.rounds == 0 && item.seconds == 0) continue;
        ++t.items_discussed;
        t.total_seconds += item.seconds;
        if (item.rounds > 1) t.repeated.push_back(item);
    }
    return t;
}

}  // namespace assessa
