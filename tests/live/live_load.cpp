#include "tests/live/live_load.hpp"

#include <httplib.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>

namespace assessa::test {

using json = nlohmann::json;

std::vector<LoadEdit> load_edits(const Project& project, Id cycle_id, int device) {
    const Cycle cycle = project.cycle(cycle_id);
    const Framework& fw = *project.framework_of(cycle);
    std::vector<LoadEdit> out;
    int n = 0;
    for (std::size_t i : fw.assessable_nodes()) {
        const std::string& code = fw.nodes()[i].code;
        const Panel* panel = project.panel_for(cycle, code);
        if (!panel) continue;
        for (const auto& ph : panel->phases) {
            const int span = panel->scale_max - panel->scale_min + 1;
            const int value = panel->scale_min + (device * 37 + n * 11 + static_cast<int>(ph.id.size()) * 5) % span;
            out.push_back({fmt::format("d{}-{}", device, n++), code, ph.id, value, {}});
        }
        out.push_back({fmt::format("d{}-{}", device, n++), code, {}, 0,
                       fmt::format("Device {} notes on {}: evidence seen in the records", device, code)});
    }
    return out;
}

namespace {

struct Device {
    std::string base;
    int port;
    std::string token;
    Id member = 0;
    std::unique_ptr<httplib::Client> client;

    void connect() {
        client = std::make_unique<httplib::Client>("127.0.0.1", port);
        client->set_keep_alive(true);
        client->set_tcp_nodelay(true);  // as browsers do
        client->set_read_timeout(30, 0);
    }
};

}  // namespace

LoadResult run_load(LiveServer& server, LiveSession& session, int port, int devices, unsigned seed, int lose_every) {
    const std::vector<Member> group = session.group();
    if (static_cast<int>(group.size()) < devices) throw std::runtime_error("the group is smaller than the devices");
    const std::string base = fmt::format("/s/{}/api/", session.secret());
    LoadResult total;
    std::mutex total_mutex;
    std::atomic<int> failed{0};
    std::string error;
    // What each device enters, read from the project before the server's threads write to it.
    std::vector<std::vector<LoadEdit>> edits;
    {
        auto lock = server.lock();
        for (int d = 0; d < devices; ++d) edits.push_back(load_edits(session.project(), session.cycle_id(), d));
    }
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(devices));
    for (int d = 0; d < devices; ++d) {
        threads.emplace_back([&, d] {
          try {
            std::mt19937 random(seed + static_cast<unsigned>(d));
            LoadResult mine;
            Device dev{base, port, {}, group[static_cast<std::size_t>(d)].id, nullptr};
            dev.connect();
            // Every request until it is answered; a 429 or a dropped connection waits and retries.
            auto send = [&](const std::string& what, const json& body, bool timed) -> httplib::Result {
                for (;;) {
                    httplib::Headers h;
                    if (!dev.token.empty()) h.emplace("X-Assessa-Token", dev.token);
                    const auto start = std::chrono::steady_clock::now();
                    auto r = dev.client->Post((base + what).c_str(), h, body.dump(), "application/json");
                    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
                    if (r && timed) mine.round_trip_ms.push_back(ms);
                    if (r && r->status != 429) return r;
                    if (r) {
                        ++mine.refused;
                    } else {
                        ++mine.failed;
                        ++mine.reconnects;
                        dev.connect();
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(r ? 200 : 20));
                }
            };
            auto r = send("join", {{"member", dev.member}, {"label", fmt::format("Load {}", d)}}, false);
            if (r->status != 202) throw std::runtime_error(fmt::format("join refused: {}", r->body));
            dev.token = json::parse(r->body)["token"];
            // Waits for the host's approval.
            for (;;) {
                httplib::Headers h{{"X-Assessa-Token", dev.token}};
                auto me = dev.client->Get((base + "me").c_str(), h);
                if (me && me->status == 200 && json::parse(me->body)["approved"] == true) break;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
            for (const LoadEdit& e : edits[static_cast<std::size_t>(d)]) {
                json body = e.phase.empty()
                                ? json{{"edit", e.edit_id}, {"member", dev.member}, {"node", e.node}, {"kind", "afi"}, {"text", e.text}}
                                : json{{"edit", e.edit_id}, {"member", dev.member}, {"node", e.node}, {"phase", e.phase}, {"value", e.value}};
                const std::string what = e.phase.empty() ? "item" : "score";
                auto answer = send(what, body, true);
                if (answer->status != 200) throw std::runtime_error(fmt::format("{} refused: {}", what, answer->body));
                if (lose_every > 0 && random() % static_cast<unsigned>(lose_every) == 0) {
                    // The answer is lost on the way: the device drops the connection and sends again.
                    ++mine.resent;
                    ++mine.reconnects;
                    dev.connect();
                    auto again = send(what, body, true);
                    if (again->status != 200 || json::parse(again->body)["applied"] != false)
                        throw std::runtime_error(fmt::format("an edit sent again was applied twice: {}", again->body));
                }
                ++mine.acknowledged;
                if (lose_every > 0 && random() % static_cast<unsigned>(lose_every * 2) == 0) {
                    ++mine.reconnects;
                    dev.client->stop();
                    dev.connect();
                }
            }
            std::lock_guard g(total_mutex);
            total.round_trip_ms.insert(total.round_trip_ms.end(), mine.round_trip_ms.begin(), mine.round_trip_ms.end());
            total.acknowledged += mine.acknowledged;
            total.resent += mine.resent;
            total.reconnects += mine.reconnects;
            total.refused += mine.refused;
            total.failed += mine.failed;
          } catch (const std::exception& e) {
            std::lock_guard g(total_mutex);
            if (error.empty()) error = fmt::format("device {}: {}", d, e.what());
            ++failed;
          }
        });
    }
    // The host approves every device as it asks to join.
    std::size_t approved = 0;
    while (approved < static_cast<std::size_t>(devices) && failed == 0) {
        {
            auto lock = server.lock();
            approved = 0;
            for (const auto& dev : session.devices()) {
                if (!dev.approved) session.approve(dev.id);
                ++approved;
            }
        }
        server.notify();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (auto& t : threads) t.join();
    if (!error.empty()) throw std::runtime_error(error);
    return total;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::lround(p / 100.0 * static_cast<double>(values.size() - 1)));
    return values[std::min(index, values.size() - 1)];
}

}  // namespace assessa::test
