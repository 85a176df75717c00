#pragma once

// The live session's requests apart from the network: a request under /s/<secret>/api/ as
// method, name, token and body, answered with a status and a JSON body. The HTTP server
// (live_server) passes requests here; the fuzz target calls it directly.

#include "model/live_session.hpp"

#include <optional>
#include <string>

namespace assessa {

struct LiveRequest {
    std::string method;  // "GET" or "POST"
    std::string name;    // what follows api/: "group", "score", ...
    std::string token;   // the device's token ("" when none was sent)
    std::string body;
};

struct LiveReply {
    int status = 200;
    std::string body;                     // JSON
    bool changed = false;                 // the session or the project changed
    std::optional<int> joined_device;     // a device asked to join
};

// Answers one request; the caller holds the session's lock. A refused request (4xx) changed
// nothing.
LiveReply answer_live_request(LiveSession& session, const LiveRequest& request);

// The round as devices see it (the votes only after the reveal), and the group's progress.
std::string live_round_json(const LiveSession& session, Id member_id);
std::string live_progress_json(const LiveSession& session);

}  // namespace assessa
