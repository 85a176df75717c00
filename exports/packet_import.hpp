#pragma once

// Bringing packets back: a member's returned packet replaces that member's ratings and notes
// in the cycle (CLI `packet import`, GUI "Import packets..." and dropped files).

#include "exports/packet_format.hpp"

#include <optional>
#include <string>
#include <vector>

namespace assessa {

// What an import changed in the member's part of the cycle.
struct PacketChanges {
    int scores_set = 0;      // a phase scored that had no score
    int scores_changed = 0;  // a different score
    int scores_removed = 0;  // a score taken back (also by "no opinion")
    int no_opinion_changed = 0;  // nodes where "no opinion" was set or withdrawn
    int items_added = 0;     // strengths, AFIs, ideas, evidence; an edited text counts as removed and added
    int items_removed = 0;
    bool any() const;
};

struct PacketImportReport {
    enum class Outcome { imported, replaced, already_imported };
    std::string file;  // as given
    PacketHeader header;
    Outcome outcome = Outcome::imported;
    std::int64_t replaced_revision = 0;  // for Outcome::replaced
    PacketChanges changes;
    bool unauthenticated = false;  // an older packet with no secret, accepted explicitly
};

struct PacketImportResult {
    std::optional<PacketImportReport> report;
    std::vector<Diagnostic> errors;  // FILE:LINE:COL: error: ...; the project is then unchanged
    // Refused only because the packet carries no secret (written before packets were
    // authenticated): importing it again with accept_unauthenticated takes it.
    bool unauthenticated = false;
    bool ok() const { return report.has_value(); }
};

struct PacketImportOptions {
    // Takes a packet with no secret (format version 1) after all; the import record notes it.
    bool accept_unauthenticated = false;
    // The cycle the user is working on; a packet of any other cycle is refused. Empty: the
    // packet's own cycle.
    std::string expected_cycle;
};

// Reads the packet, checks it against the project (its id, the cycle, the member, every node,
// phase and score) and, only when everything is right, makes the member's ratings and notes
// in that cycle equal to the packet's and records the import, in one transaction.
// The same packet again changes nothing; an older revision than one imported is refused.
// A packet belongs to one named cycle: with `options.expected_cycle` given, a packet of any
// other cycle is refused with a message naming both.
// Failures of the project file itself (ProjectError) are thrown, leaving it unchanged.
// The packet must verify under the secret of a valid sending to the member it names, in this
// project and cycle; otherwise it is refused ("this packet was not sent to ...").
PacketImportResult import_packet(Project& project, const std::string& path, const PacketImportOptions& options = {});
PacketImportResult import_packet_text(Project& project, const std::string& label, std::string text,
                                      const PacketImportOptions& options = {});

// One line for people: what the import did ("a.assessa-packet: revision 4 from Ona ...").
std::string describe(const PacketImportReport& report);
// Which sending an import came from, for the status lists: its number; "none (accepted
// without a secret)"; or "-" for an import made before packets carried secrets.
std::string packet_sending_label(const PacketImportRecord& record);
// What changed, counted in the user's language ("2 scores set; 1 item added"); "no changes".
std::string describe_changes(const PacketChanges& changes);

}  // namespace assessa
