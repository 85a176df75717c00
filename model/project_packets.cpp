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
                        "scores_set, scores_changed, scores_removed, no_opinion_changed, items_added, items_removed, "
                        "sending, unauthenticated FROM packet_import WHERE cycle_id = ? ORDER BY id");
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
        r.sending = q.getColumn(15).getInt64();
        r.unauthenticated = q.getColumn(16).getInt() != 0;
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
                            "items_added, items_removed, sending, unauthenticated) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
        q.bind(15, r.sending);
        q.bind(16, r.unauthenticated ? 1 : 0);
        q.exec();
    });
}

std::vector<PacketSending> Project::packet_sendings(Id cycle_id) const {
    SQLite::Statement q(*impl_->db, "SELECT id, cycle_id, member_id, number, secret, sent_at, valid FROM packet_sending "
                                    "WHERE cycle_id = ? ORDER BY id");
    q.bind(1, cycle_id);
    std::vector<PacketSending> sendings;
    while (q.executeStep()) {
        PacketSending s;
        s.id = q.getColumn(0).getInt64();
        s.cycle_id = q.getColumn(1).getInt64();
        s.member_id = q.getColumn(2).getInt64();
        s.number = q.getColumn(3).getInt64();
        s.secret = q.getColumn(4).getString();
        s.sent_at = q.getColumn(5).getString();
        s.valid = q.getColumn(6).getInt() != 0;
        sendings.push_back(std::move(s));
    }
    return sendings;
}

PacketSending Project::record_packet_sending(Id cycle_id, Id member_id, const std::string& secret, bool keep_earlier) {
    impl_->load_cycle(cycle_id);
    impl_->check_member(member_id);
    PacketSending s;
    s.cycle_id = cycle_id;
    s.member_id = member_id;
    s.secret = secret;
    s.sent_at = now_utc();
    impl_->write([&] {
        SQLite::Statement last(*impl_->db, "SELECT COALESCE(MAX(number), 0) FROM packet_sending WHERE cycle_id = ? AND "
                                           "member_id = ?");
        last.bind(1, cycle_id);
        last.bind(2, member_id);
        last.executeStep();
        s.number = last.getColumn(0).getInt64() + 1;
        if (!keep_earlier) {
            SQLite::Statement revoke(*impl_->db, "UPDATE packet_sending SET valid = 0 WHERE cycle_id = ? AND member_id = ?");
            revoke.bind(1, cycle_id);
            revoke.bind(2, member_id);
            revoke.exec();
        }
        SQLite::Statement q(*impl_->db, "INSERT INTO packet_sending (cycle_id, member_id, number, secret, sent_at, valid) "
                                        "VALUES (?, ?, ?, ?, ?, 1)");
        q.bind(1, cycle_id);
        q.bind(2, member_id);
        q.bind(3, s.number);
        q.bind(4, secret);
        q.bind(5, s.sent_at);
        q.exec();
        s.id = impl_->db->getLastInsertRowid();
    });
    return s;
}

}  // namespace assessa
