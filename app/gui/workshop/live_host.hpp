#pragma once

// The live workshop session hosted by the desktop program: the session rules and their HTTP
// server, with every device's request carried out on the program's GUI thread, where the
// facilitator's own edits of the project happen too. Nothing else touches the project from
// another thread, so the program needs no lock around its own edits.

#include "app/live/live_server.hpp"
#include "model/live_session.hpp"

#include <atomic>
#include <functional>
#include <memory>

namespace assessa::gui {

class LiveHost {
public:
    LiveHost(Project& project, Id cycle_id, LiveServerOptions options);
    ~LiveHost();
    LiveHost(const LiveHost&) = delete;
    LiveHost& operator=(const LiveHost&) = delete;

    // Starts listening; throws std::runtime_error naming the address when it cannot.
    int start();
    // Stops listening: requests still waiting for the GUI thread are answered 503, and nothing
    // listens once it returns. Call on the GUI thread.
    void stop();
    bool running() const { return server_ && server_->running(); }

    LiveSession& session() { return session_; }
    // True while the blind vote on `code` collects votes not yet revealed: the program shows
    // nobody's score of that item until the reveal.
    bool hides_votes_on(const std::string& code) const;
    std::string join_address() const { return server_->join_address(); }
    // After the facilitator acts on the session (approve, remove, open, reveal...): devices and
    // the program's views hear of it.
    void facilitator_acted();

    // Called on the GUI thread, after the event at hand, when a device did something and after
    // facilitator_acted().
    std::function<void()> on_change;

private:
    void changed_later();

    LiveSession session_;
    std::shared_ptr<std::atomic<bool>> stopping_;
    std::shared_ptr<LiveHost*> self_;  // cleared when the host goes: for work queued before
    std::unique_ptr<LiveServer> server_;
};

}  // namespace assessa::gui
