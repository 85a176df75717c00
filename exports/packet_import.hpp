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
};

struct PacketImportResult {
    std::optional<PacketImportReport> report;
    std::vector<Diagnostic> errors;  // FILE:LINE:COL: error: ...; the project is then unchanged
    bool ok() const { return report.has_value(); }
};

// Reads the packet, checks it against the project (its id, the cycle, the member, every node,
// phase and score) and, only when everything is right, makes the member's ratings and notes
// in that cycle equal to the packet's and records the import, in one transaction.
// The same packet again changes nothing; an older revision than one imported is refused.
// A packet belongs to one named cycle: with `expected_cycle` given (the cycle the user is
// working on), a packet of any other cycle is refused with a message naming both.
// Failures of the project file itself (ProjectError) are thrown, leaving it unchanged.
PacketImportResult import_packet(Project& project, const std::string& path, const std::string& expected_cycle = {});
PacketImportResult import_packet_text(Project& project, const std::string& label, std::string text,
                                      const std::string& expected_cycle = {});

// One line for people: what the import did ("a.assessa-packet: revision 4 from Ona ...").
std::string describe(const PacketImportReport& report);
// What changed, counted in the user's language ("2 scores set; 1 item added"); "no changes".
std::string describe_changes(const PacketChanges& changes);

}  // namespace assessa
