#include "app/gui/workshop/live_host.hpp"

#include "exports/packet_secret.hpp"

#include <wx/app.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace assessa::gui {

namespace {

// One request's work handed from a server thread to the GUI thread. The server thread waits
// for it; when the host stops first, it gives the work up, and the GUI thread, finding it given
// up, leaves it undone (the request it belonged to is already answered 503).
struct Handoff {
    std::mutex mutex;
    std::condition_variable done_signal;
    bool done = false;
    bool abandoned = false;
};

bool run_on_gui_thread(const std::shared_ptr<std::atomic<bool>>& stopping, const std::function<void()>& work) {
    auto handoff = std::make_shared<Handoff>();
    wxTheApp->CallAfter([handoff, &work] {
        std::lock_guard guard(handoff->mutex);
        if (handoff->abandoned) return;
        work();
        handoff->done = true;
        handoff->done_signal.notify_all();
    });
    std::unique_lock wait(handoff->mutex);
    while (!handoff->done) {
        if (stopping->load()) {
            handoff->abandoned = true;
            return false;
        }
        handoff->done_signal.wait_for(wait, std::chrono::milliseconds(50));
    }
    return true;
}

}  // namespace

LiveHost::LiveHost(Project& project, Id cycle_id, LiveServerOptions options)
    // The session kept in the project is taken back: after a restart of the program the join
    // address stays the same and approved devices carry on with their tokens.
    : session_(project, cycle_id, [] { return new_packet_secret(); }, LiveStart::resume),
      stopping_(std::make_shared<std::atomic<bool>>(false)),
      self_(std::make_shared<LiveHost*>(this)) {
    options.run_request = [stopping = stopping_](const std::function<void()>& work) {
        return run_on_gui_thread(stopping, work);
    };
    server_ = std::make_unique<LiveServer>(session_, options);
    server_->on_change = [this] { changed_later(); };
}

LiveHost::~LiveHost() {
    *self_ = nullptr;
    stop();
}

int LiveHost::start() {
    stopping_->store(false);
    return server_->start();
}

void LiveHost::stop() {
    if (!server_) return;
    stopping_->store(true);
    server_->stop();
}

bool LiveHost::hides_votes_on(const std::string& code) const {
    const LiveRound r = session_.round();
    return running() && r.node_code == code && !r.revealed;
}

void LiveHost::facilitator_acted() {
    server_->notify();
    changed_later();
}

// Always after the current event: a request's work, or the button whose click led here, finishes
// before the views are rebuilt.
void LiveHost::changed_later() {
    wxTheApp->CallAfter([self = self_] {
        if (*self && (*self)->on_change) (*self)->on_change();
    });
}

}  // namespace assessa::gui
