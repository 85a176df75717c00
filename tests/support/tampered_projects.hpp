#pragma once

// Project files changed as a hostile sender could change them, for the tests of opening
// untrusted files (core, CLI, GUI and the bad-input corpus share them).

#include <string>
#include <vector>

namespace assessa::test {

struct Tampering {
    std::string name;    // also the file name stem of the bad-input corpus: pr-tampered-NAME.assessa
    std::string sql;     // run on the copy with a plain SQLite connection
    std::string reason;  // the clause of the refusal message that names what was found
};

// A trigger of each kind, a view, an extra table, an extra column, a changed column type, an
// index on an unexpected column and a table whose CREATE statement was altered.
const std::vector<Tampering>& schema_tamperings();
const Tampering& schema_tampering(const std::string& name);

// Runs `t.sql` on the file with an ordinary (not defensive) connection, as the sqlite3 shell would.
void tamper(const std::string& path, const std::string& sql);

// The whole message Project::open gives for a tampered file, when the organisation and cycle
// tables are intact (as in every tampering above) and name the demo's organisation and cycle.
std::string tampered_message(const std::string& path, const std::string& reason, const std::string& organisation,
                             const std::string& cycle);

}  // namespace assessa::test
