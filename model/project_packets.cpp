// The store's part of individual assessment packets: the framework text they carry and the
// record of packets imported.

#include "model/project_impl.hpp"

namespace assessa {

std::string Project::framework_xml(std::string_view framework_id) const {
    SQLite::Statement q(*impl_->db, "SELECT xml FROM framework_snapshot WHERE id = ? AND kind = 'framework'");
    q.bind(1, std::string(framework_id));
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::vector<PacketImportRecord> Project::packet_imports(Id cycle_id) const {
    SQLite::Statement q(*impl_->db,
                        "SELECT id, cycle_id, member_id, revision, checksum, written_at, finished, imported_at, file_name, "
                        "scores_set, scores_changed, scores_removed, no_opinion_changed, items_added, items_removed "
                        "FROM packet_import WHERE cycle_id = ? ORDER BY id");
    q.bind(1, cycle_id);
    std::vector<PacketImportRecord> records;
    while (q.executeStep()) {
        PacketImportRecord r;
        r.id = q.getColumn(0).getInt64();
        r.cycle_id = q.getColumn(1).getInt64();
        r.member_id = q.getColumn(2).getInt64();
        r.revision = q.getColumn(3).getInt64();
        r.checksum = q.getColumn(4).getString();
        r.written_at = q.getColumn(5).getString();
        r.finished = q.getColumn(6).getInt() != 0;
        r.imported_at = q.getColumn(7).getString();
        r.file_name = q.getColumn(8).getString();
        r.scores_set = q.getColumn(9).getInt();
        r.scores_changed = q.getColumn(10).getInt();
        r.scores_removed = q.getColumn(11).getInt();
        r.no_opinion_changed = q.getColumn(12).getInt();
        r.items_added = q.getColumn(13).getInt();
        r.items_removed = q.getColumn(14).getInt();
        records.push_back(std::move(r));
    }
    return records;
}

void Project::record_packet_import(const PacketImportRecord& r) {
    impl_->load_cycle(r.cycle_id);
    impl_->check_member(r.member_id);
    impl_->write([&] {
        SQLite::Statement q(*impl_->db,
                            "INSERT INTO packet_import (cycle_id, member_id, revision, checksum, written_at, finished, "
                            "imported_at, file_name, scores_set, scores_changed, scores_removed, no_opinion_changed, "
                            "items_added, items_removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, r.cycle_id);
        q.bind(2, r.member_id);
        q.bind(3, r.revision);
        q.bind(4, r.checksum);
        q.bind(5, r.written_at);
        q.bind(6, r.finished ? 1 : 0);
        q.bind(7, now_utc());
        q.bind(8, r.file_name);
        q.bind(9, r.scores_set);
        q.bind(10, r.scores_changed);
        q.bind(11, r.scores_removed);
        q.bind(12, r.no_opinion_changed);
        q.bind(13, r.items_added);
        q.bind(14, r.items_removed);
        q.exec();
    });
}

}  // namespace assessa
