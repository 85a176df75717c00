#pragma once

// Simulated devices of a live session for the load test and the benchmark: each joins, is
// approved, and scores every subcriterion with a note over HTTP, while connections drop and
// edits whose answer was lost are sent again.

#include "app/live/live_server.hpp"

#include <string>
#include <vector>

namespace assessa::test {

struct LoadEdit {
    std::string edit_id;
    std::string node;
    std::string phase;  // empty: a note
    int value = 0;
    std::string text;
};

struct LoadResult {
    std::vector<double> round_trip_ms;  // every answered request
    std::size_t acknowledged = 0;       // edits answered 200
    std::size_t resent = 0;             // edits sent again after a lost answer
    std::size_t reconnects = 0;
    std::size_t refused = 0;            // answered 429, sent again
    std::size_t failed = 0;             // no answer (the connection failed), sent again
};

// What device `device` (0-based) enters for the member it plays: deterministic, so that the
// same data can be entered directly.
std::vector<LoadEdit> load_edits(const Project& project, Id cycle_id, int device);

// Runs `devices` simulated devices against a running server, one thread each, playing the
// first `devices` members of the session's group; the host approves them. `lose_every`: about
// one answer in that many is treated as lost (the edit is sent again on a new connection).
LoadResult run_load(LiveServer& server, LiveSession& session, int port, int devices, unsigned seed, int lose_every);

double percentile(std::vector<double> values, double p);

}  // namespace assessa::test
