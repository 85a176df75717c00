// The store's part of the consensus meeting: its record per node and the members' anonymous numbers.
#include "model/project_impl.hpp"

namespace assessa {

std::map<Id, int> Project::member_numbers(Id cycle_id) const {
    std::map<Id, int> out;
    SQLite::Statement q(*impl_->db, "SELECT member_id, number FROM member_number WHERE cycle_id = ?");
    q.bind(1, cycle_id);
    while (q.executeStep()) out[q.getColumn(0).getInt64()] = q.getColumn(1).getInt();
    return out;
}

void Project::set_member_numbers(Id cycle_id, const std::map<Id, int>& numbers) {
    impl_->load_cycle(cycle_id);
    impl_->write([&] {
        SQLite::Statement del(*impl_->db, "DELETE FROM member_number WHERE cycle_id = ?");
        del.bind(1, cycle_id);
        del.exec();
        SQLite::Statement ins(*impl_->db, "INSERT INTO member_number (cycle_id, member_id, number) VALUES (?, ?, ?)");
        for (const auto& [member, number] : numbers) {
            ins.bind(1, cycle_id);
            ins.bind(2, member);
            ins.bind(3, number);
            ins.exec();
            ins.reset();
        }
    });
}

std::vector<MeetingItem> Project::meeting_record(Id cycle_id) const {
    std::vector<MeetingItem> out;
    SQLite::Statement q(*impl_->db,
                        "SELECT node_code, seconds, rounds FROM meeting_item WHERE cycle_id = ? ORDER BY node_code");
    q.bind(1, cycle_id);
    while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt(), q.getColumn(2).getInt()});
    return out;
}

MeetingItem Project::meeting_item(Id cycle_id, const std::string& node_code) const {
    SQLite::Statement q(*impl_->db, "SELECT seconds, rounds FROM meeting_item WHERE cycle_id = ? AND node_code = ?");
    q.bind(1, cycle_id);
    q.bind(2, node_code);
    if (!q.executeStep()) return {node_code, 0, 0};
    return {node_code, q.getColumn(0).getInt(), q.getColumn(1).getInt()};
}

void Project::set_meeting_item(Id cycle_id, const MeetingItem& item) {
    impl_->checked_panel(cycle_id, item.node_code);
    if (item.seconds < 0 || item.rounds < 0)
        throw InvalidEdit(trf("the meeting time and rounds of {} cannot be negative", item.node_code));
    impl_->write([&] {
        if (item.seconds == 0 && item.rounds == 0) {
            SQLite::Statement del(*impl_->db, "DELETE FROM meeting_item WHERE cycle_id = ? AND node_code = ?");
            del.bind(1, cycle_id);
            del.bind(2, item.node_code);
            del.exec();
            return;
        }
        SQLite::Statement q(*impl_->db,
                            "INSERT INTO meeting_item (cycle_id, node_code, seconds, rounds) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (cycle_id, node_code) DO UPDATE SET seconds = excluded.seconds, "
                            "rounds = excluded.rounds");
        q.bind(1, cycle_id);
        q.bind(2, item.node_code);
        q.bind(3, item.seconds);
        q.bind(4, item.rounds);
        q.exec();
    });
}

}  // namespace assessa
