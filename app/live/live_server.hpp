#pragma once

// The live workshop's HTTP server: members' browsers reach the session rules (model/live_session)
// through it. It listens only between start() and stop(), and serves nothing from disk. The
// desktop program and `assessa-cli live` host it; it has no wx.
//
// Every address lies under /s/<session secret>/; anything else is 404. A device sends its token
// in the X-Assessa-Token header. See docs/live-workshop.md for the requests and the threat model.

#include "model/live_session.hpp"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

namespace assessa {

struct LiveServerOptions {
    std::string address = "127.0.0.1";
    int port = 0;                       // 0: any free port
    std::size_t max_body_bytes = 16 * 1024;
};

class LiveServer {
public:
    // The session (and the project it writes) is used only under lock(); a host that touches
    // either while the server runs takes the same lock.
    LiveServer(LiveSession& session, LiveServerOptions options);
    ~LiveServer();
    LiveServer(const LiveServer&) = delete;
    LiveServer& operator=(const LiveServer&) = delete;

    // Binds and starts answering on a thread of its own; returns the port. Throws
    // std::runtime_error naming the address when it cannot listen.
    int start();
    void stop();  // returns once nothing listens any more
    bool running() const;

    std::string join_address() const;  // http://ADDRESS:PORT/s/SECRET/
    std::unique_lock<std::mutex> lock() { return std::unique_lock(mutex_); }

    // Called (under the lock, on a server thread) when a device asks to join.
    std::function<void(const LiveDevice&)> on_join;

private:
    void add_routes();

    LiveSession& session_;
    LiveServerOptions options_;
    std::unique_ptr<httplib::Server> http_;
    std::thread thread_;
    std::mutex mutex_;
    int port_ = 0;
};

}  // namespace assessa
