#pragma once

// The member's side of a packet: open it, assess (scores, "no opinion", notes) with the same
// functions and checks as a project, every edit written to the packet file before the
// function returns, then finish it and hand it back.

#include "exports/packet_format.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

class PacketWorkspace {
public:
    // Opens a packet, checking it whole: checksum, structure, and every rating against the
    // framework it carries. Throws PacketError with every problem as FILE:LINE:COL.
    static std::unique_ptr<PacketWorkspace> open(const std::string& path);

    const std::string& path() const { return path_; }
    const PacketHeader& header() const { return packet_.header; }  // member, cycle, revision, state
    const Framework& framework() const { return *framework_; }    // titles, guidance, examples, panels
    // The panel the member scores a node with; nullptr if the node is not assessed.
    const Panel* panel_for(std::string_view node_code) const;
    bool finished() const { return packet_.header.finished; }

    Rating rating(const std::string& node_code) const;  // empty if nothing entered
    std::vector<Rating> ratings() const;  // nodes with anything entered, in framework order

    // Assessable nodes, and how many of them the member has completed: every phase scored,
    // or "no opinion".
    struct Progress {
        std::size_t completed = 0;
        std::size_t total = 0;
    };
    Progress progress() const;
    // What "Finish" warns about, in framework order: nodes with nothing scored ("open") and nodes
    // with some phases scored but not all ("half-scored"). "No opinion" counts as done.
    struct Unfinished {
        std::vector<std::string> open;
        std::vector<std::string> half_scored;
        bool empty() const { return open.empty() && half_scored.empty(); }
    };
    Unfinished unfinished() const;
    // The name a returned copy is offered under: "ona-2026.assessa-packet" gives
    // "ona-2026-returned.assessa-packet", so that it never replaces the working file.
    static std::string returned_name(const std::string& file_name);

    // Edits, as Project's. Each is written to the file (a new revision) before it returns.
    // InvalidEdit: refused (bad node, phase, score or text; the packet is finished). PacketError:
    // the file could not be written, or another program changed it since. Either way nothing
    // changed, neither here nor in the file.
    void set_score(const std::string& node_code, const std::string& phase, std::optional<int> value);
    void set_no_opinion(const std::string& node_code, bool no_opinion);
    Id add_item(const std::string& node_code, NoteKind kind, const std::string& text);
    void update_item(Id item_id, const std::string& text);
    void remove_item(Id item_id);
    void move_item(Id item_id, int new_index);  // index among the items of its kind

    // "Finish and return packet": marks the packet finished (edits are refused from then on)
    // and writes it. reopen() makes it editable again, for a correction before it is returned.
    void finish();
    void reopen();
    // Writes the packet as it is to another place (a USB stick, a mail attachment folder);
    // the workspace stays on its own file.
    void save_copy(const std::string& path) const;

private:
    PacketWorkspace() = default;

    std::string path_;
    Packet packet_;
    FrameworkPtr framework_;
    Id next_item_ = 1;
    // The file as we last read or wrote it, to notice another program writing it meanwhile.
    std::uintmax_t file_size_ = 0;
    std::filesystem::file_time_type file_time_{};

    const Panel& checked_panel(const std::string& node_code) const;
    void require_open() const;
    // Writes `next` as the next revision and makes it the workspace's packet.
    void commit(Packet next);
    void remember_file();
};

}  // namespace assessa
