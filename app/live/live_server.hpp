#pragma once

// The live workshop's HTTP server: members' browsers reach the session rules (model/live_session)
// through it. It listens only between start() and stop(), and serves nothing from disk. The
// desktop program and `assessa-cli live` host it; it has no wx.
//
// Every address lies under /s/<session secret>/; anything else is 404. There the member page is
// served (from memory), and the requests under api/ (live_api). A device sends its token in the
// X-Assessa-Token header; only the event stream (api/events), which a browser's EventSource
// opens without headers, takes it as the query parameter `token`. See docs/live-workshop.md for
// the requests and the threat model.

#include "model/live_session.hpp"

#include <condition_variable>
#include <cstdint>
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
    // Requests a device (by its token) may send: `device_burst` at once, then
    // `device_per_second` on average; more are answered 429. Requests without a known token
    // count against the address they come from.
    double device_per_second = 20, device_burst = 200;
    double address_per_second = 10, address_burst = 100;
    // Connections served at the same time: each device's event stream holds one.
    std::size_t threads = 128;
    // HTTPS with a self-signed certificate made for this session (docs/live-workshop.md says
    // when to use it): members compare certificate_fingerprint() with what their browser shows.
    bool https = false;
    // Where the work of a request on the session runs. Unset: on the server's thread, under
    // the server's lock. The desktop program runs it on its GUI thread, where it edits the
    // project too, and needs no lock then; false means the host is stopping and the work was
    // not done (the request is answered 503).
    std::function<bool(const std::function<void()>& work)> run_request;
};

class RateLimit;

class LiveServer {
public:
    // The session (and the project it writes) is used only under lock(), or only on the host's
    // thread when it gives LiveServerOptions::run_request; a host that touches either while the
    // server runs takes the same lock, or works on that thread.
    LiveServer(LiveSession& session, LiveServerOptions options);
    ~LiveServer();
    LiveServer(const LiveServer&) = delete;
    LiveServer& operator=(const LiveServer&) = delete;

    // Binds and starts answering on a thread of its own; returns the port. Throws
    // std::runtime_error naming the address when it cannot listen.
    int start();
    void stop();  // returns once nothing listens any more
    bool running() const;

    std::string join_address() const;  // http://ADDRESS:PORT/s/SECRET/ (https:// with HTTPS)
    // The SHA-256 fingerprint of the session's certificate ("AB:CD:…"); empty without HTTPS.
    const std::string& certificate_fingerprint() const { return fingerprint_; }
    std::unique_lock<std::mutex> lock() { return std::unique_lock(mutex_); }

    // Called (under the lock, on a server thread) when a device asks to join.
    std::function<void(const LiveDevice&)> on_join;
    // Called after every change a device makes (a join, an accepted edit or vote, an
    // auto-reveal), where the request's work runs (a server thread with the lock held, or the
    // host's thread): it must not take lock() itself, and should only post a refresh to the
    // host's own thread (wxTheApp->CallAfter...).
    std::function<void()> on_change;
    // The host calls this after changing the session itself (approve, remove, open_item,
    // reveal, start_revote, close_item) so that the devices' event streams carry it at once.
    // It takes no lock; call it after releasing lock().
    void notify();

private:
    struct EventStream;
    void add_routes();
    void changed_by_device();  // under the lock
    // Runs `work` on the session where the host wants it (LiveServerOptions::run_request).
    bool with_session(const std::function<void()>& work);
    // One turn of a device's event stream: waits up to a second for a change, then writes
    // what changed; false ends the stream.
    bool stream_events(EventStream& stream, void* sink);

    LiveSession& session_;
    LiveServerOptions options_;
    std::unique_ptr<httplib::Server> http_;
    std::thread thread_;
    std::mutex mutex_;
    int port_ = 0;
    std::string fingerprint_;
    std::unique_ptr<RateLimit> device_limit_, address_limit_;

    // Event streams: every change counts up `changes_`; streams wait for it.
    std::mutex events_mutex_;
    std::condition_variable events_cv_;
    std::uint64_t changes_ = 0;
    bool stopping_ = false;
    int open_streams_ = 0;
};

}  // namespace assessa
