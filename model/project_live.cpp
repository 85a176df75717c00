// The store's part of the live workshop: the session kept per cycle so that a restart resumes it.
#include "model/project_impl.hpp"

namespace assessa {

std::optional<LiveSessionRecord> Project::live_session(Id cycle_id) const {
    SQLite::Statement q(*impl_->db, "SELECT secret, join_code FROM live_session WHERE cycle_id = ?");
    q.bind(1, cycle_id);
    if (!q.executeStep()) return std::nullopt;
    LiveSessionRecord r;
    r.secret = q.getColumn(0).getString();
    r.join_code = q.getColumn(1).getString();
    SQLite::Statement d(*impl_->db,
                        "SELECT device_id, member_id, label, token FROM live_device WHERE cycle_id = ? ORDER BY device_id");
    d.bind(1, cycle_id);
    while (d.executeStep())
        r.devices.push_back({d.getColumn(0).getInt(), d.getColumn(1).getInt64(), d.getColumn(2).getString(),
                             d.getColumn(3).getString()});
    SQLite::Statement e(*impl_->db, "SELECT device_id, edit_id FROM live_edit WHERE cycle_id = ? ORDER BY device_id, edit_id");
    e.bind(1, cycle_id);
    while (e.executeStep()) r.edits.emplace_back(e.getColumn(0).getInt(), e.getColumn(1).getString());
    return r;
}

void Project::start_live_session(Id cycle_id, const std::string& secret, const std::string& join_code) {
    impl_->load_cycle(cycle_id);
    if (secret.empty() || join_code.empty()) throw InvalidEdit(tr("a live session needs a secret and a join code"));
    impl_->write([&] {
        SQLite::Statement del(*impl_->db, "DELETE FROM live_session WHERE cycle_id = ?");
        del.bind(1, cycle_id);
        del.exec();
        SQLite::Statement ins(*impl_->db, "INSERT INTO live_session (cycle_id, secret, join_code) VALUES (?, ?, ?)");
        ins.bind(1, cycle_id);
        ins.bind(2, secret);
        ins.bind(3, join_code);
        ins.exec();
    });
}

void Project::end_live_session(Id cycle_id) {
    impl_->write([&] {
        SQLite::Statement del(*impl_->db, "DELETE FROM live_session WHERE cycle_id = ?");
        del.bind(1, cycle_id);
        del.exec();
    });
}

void Project::keep_live_device(Id cycle_id, const LiveDeviceRecord& device) {
    impl_->check_member(device.member_id);
    if (device.device_id <= 0 || device.token.empty()) throw InvalidEdit(tr("a kept device needs an id and a token"));
    impl_->write([&] {
        SQLite::Statement q(*impl_->db, "SELECT 1 FROM live_session WHERE cycle_id = ?");
        q.bind(1, cycle_id);
        if (!q.executeStep()) throw InvalidEdit(tr("no live session is kept for this cycle"));
        SQLite::Statement ins(*impl_->db,
                              "INSERT INTO live_device (cycle_id, device_id, member_id, label, token) VALUES (?, ?, ?, ?, ?) "
                              "ON CONFLICT (cycle_id, device_id) DO UPDATE SET member_id = excluded.member_id, "
                              "label = excluded.label, token = excluded.token");
        ins.bind(1, cycle_id);
        ins.bind(2, device.device_id);
        ins.bind(3, device.member_id);
        ins.bind(4, device.label);
        ins.bind(5, device.token);
        ins.exec();
    });
}

void Project::forget_live_device(Id cycle_id, int device_id) {
    impl_->write([&] {
        SQLite::Statement edits(*impl_->db, "DELETE FROM live_edit WHERE cycle_id = ? AND device_id = ?");
        edits.bind(1, cycle_id);
        edits.bind(2, device_id);
        edits.exec();
        SQLite::Statement del(*impl_->db, "DELETE FROM live_device WHERE cycle_id = ? AND device_id = ?");
        del.bind(1, cycle_id);
        del.bind(2, device_id);
        del.exec();
    });
}

void Project::record_live_edit(Id cycle_id, int device_id, const std::string& edit_id) {
    impl_->write([&] {
        SQLite::Statement ins(*impl_->db, "INSERT OR IGNORE INTO live_edit (cycle_id, device_id, edit_id) "
                                          "SELECT cycle_id, device_id, ? FROM live_device WHERE cycle_id = ? AND device_id = ?");
        ins.bind(1, edit_id);
        ins.bind(2, cycle_id);
        ins.bind(3, device_id);
        ins.exec();
    });
}

}  // namespace assessa
