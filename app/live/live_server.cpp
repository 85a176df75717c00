#include "app/live/live_server.hpp"

#include "app/live/live_api.hpp"
#include "app/live/live_page.hpp"
#include "app/live/rate_limit.hpp"
#include "app/live/self_signed.hpp"
#include "i18n/translator.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <stdexcept>

namespace assessa {

namespace {

using json = nlohmann::json;
using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr const char* secret_part = "/s/([0-9a-f]{16,128})";

void reply(httplib::Response& res, int status, const json& body) {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json; charset=utf-8");
}

std::string token_of(const httplib::Request& req) { return req.get_header_value("X-Assessa-Token"); }

const char* content_type_of(std::string_view name) {
    if (name.ends_with(".html")) return "text/html; charset=utf-8";
    if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
    if (name.ends_with(".css")) return "text/css; charset=utf-8";
    return "application/octet-stream";
}

}  // namespace

// What one device's event stream has sent, to send only what changed.
struct LiveServer::EventStream {
    std::string token;
    bool started = false;
    std::uint64_t seen = 0;
    std::string device, round, progress;
    std::chrono::steady_clock::time_point last_write = std::chrono::steady_clock::now();
};

namespace {

std::unique_ptr<httplib::Server> new_server(const LiveServerOptions& options, std::string& fingerprint) {
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
    if (options.https) {
        const SelfSignedCertificate c = make_self_signed_certificate(options.address);
        auto server = std::make_unique<httplib::SSLServer>(static_cast<X509*>(c.certificate.get()),
                                                           static_cast<EVP_PKEY*>(c.key.get()));
        if (!server->is_valid()) throw std::runtime_error(tr("cannot start HTTPS with the session's certificate"));
        fingerprint = c.fingerprint;
        return server;
    }
#else
    if (options.https) make_self_signed_certificate(options.address);  // says why not
    fingerprint.clear();  // no TLS in this build, so no certificate
#endif
    return std::make_unique<httplib::Server>();
}

}  // namespace

LiveServer::LiveServer(LiveSession& session, LiveServerOptions options)
    : session_(session), options_(std::move(options)),
      device_limit_(std::make_unique<RateLimit>(options_.device_per_second, options_.device_burst)),
      address_limit_(std::make_unique<RateLimit>(options_.address_per_second, options_.address_burst)) {
    http_ = new_server(options_, fingerprint_);
    add_routes();
}

LiveServer::~LiveServer() { stop(); }

void LiveServer::notify() {
    {
        std::lock_guard guard(events_mutex_);
        ++changes_;
    }
    events_cv_.notify_all();
}

void LiveServer::changed_by_device() {
    if (on_change) on_change();
    notify();
}

void LiveServer::add_routes() {
    auto& http = *http_;
    http.set_payload_max_length(options_.max_body_bytes);
    http.set_keep_alive_timeout(2);
    http.set_keep_alive_max_count(1000);  // a device's requests reuse its connection
    // An answer's headers and body leave in separate writes: without this, Nagle's algorithm
    // holds the body until the device acknowledges the headers (tens of milliseconds).
    http.set_tcp_nodelay(true);
    const std::size_t threads = options_.threads;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.set_default_headers({{"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cache-Control", "no-store"}});
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) reply(res, res.status, {{"error", res.status == 413 ? tr("the request is too large") : tr("no such request")}});
    });

    // The session's secret and the request limits, checked under the lock before anything else:
    // false when the request was answered here.
    auto admitted = [this](const httplib::Request& req, httplib::Response& res, const std::string& token) {
        const auto device = token.empty() ? std::nullopt : session_.any_device_for(token);
        const bool allowed = device ? device_limit_->allow("device " + std::to_string(device->id))
                                    : address_limit_->allow(req.remote_addr);
        if (!allowed) {
            res.set_header("Retry-After", "1");
            reply(res, 429, {{"error", tr("too many requests from this device; wait a moment")}});
            return false;
        }
        if (!session_.secret_matches(req.matches[1].str())) {
            reply(res, 404, {{"error", tr("no such session")}});
            return false;
        }
        return true;
    };
    const std::string base = secret_part;

    // Server-Sent Events: registered before the other requests, which would take "events" too.
    http.Get(base + "/api/events", [this, admitted](const httplib::Request& req, httplib::Response& res) {
        auto stream = std::make_shared<EventStream>();
        stream->token = req.has_header("X-Assessa-Token") ? token_of(req) : req.get_param_value("token");
        bool may_listen = false;
        const bool run = with_session([&] {
            if (!admitted(req, res, stream->token)) return;
            if (!session_.any_device_for(stream->token))
                return reply(res, 401, {{"error", tr("this device is not (or no longer) approved in the session")}});
            may_listen = true;
        });
        if (!run) return reply(res, 503, {{"error", tr("the session is stopping")}});
        if (!may_listen) return;
        {
            std::lock_guard guard(events_mutex_);
            if (stopping_) return reply(res, 503, {{"error", tr("the session is stopping")}});
            ++open_streams_;
        }
        res.set_header("X-Accel-Buffering", "no");
        res.set_chunked_content_provider(
            "text/event-stream",
            [this, stream](std::size_t, httplib::DataSink& sink) { return stream_events(*stream, &sink); },
            [this](bool) {
                {
                    std::lock_guard guard(events_mutex_);
                    --open_streams_;
                }
                events_cv_.notify_all();
            });
    });

    auto api = [this, admitted](const char* method) {
        return [this, admitted, method](const httplib::Request& req, httplib::Response& res) {
            const bool run = with_session([&] {
                const std::string token = token_of(req);
                if (!admitted(req, res, token)) return;
                const LiveReply r = answer_live_request(session_, {method, req.matches[2].str(), token, req.body});
                res.status = r.status;
                res.set_content(r.body, "application/json; charset=utf-8");
                if (r.joined_device && on_join)
                    for (const auto& d : session_.devices())
                        if (d.id == *r.joined_device) on_join(d);
                if (r.changed && r.status < 300) changed_by_device();
            });
            if (!run) reply(res, 503, {{"error", tr("the session is stopping")}});
        };
    };
    http.Get(base + "/api/([a-z-]+)", api("GET"));
    http.Post(base + "/api/([a-z-]+)", api("POST"));

    // The member page, from memory: the join address itself is its index.
    http.Get(base + "/([a-z]*(?:\\.[a-z]+)?)", [this, admitted](const httplib::Request& req, httplib::Response& res) {
        bool allowed = false;
        if (!with_session([&] { allowed = admitted(req, res, {}); }))
            return reply(res, 503, {{"error", tr("the session is stopping")}});
        if (!allowed) return;
        std::string name = req.matches[2].str();
        if (name.empty()) name = "index.html";
        const LivePageFile* file = name.find('.') == std::string::npos ? nullptr : live_page_file(name);
        if (!file) return reply(res, 404, {{"error", tr("no such request")}});
        res.set_content(file->body.data(), file->body.size(), content_type_of(name));
    });
}

bool LiveServer::stream_events(EventStream& stream, void* sink_pointer) {
    auto& sink = *static_cast<httplib::DataSink*>(sink_pointer);
    const auto since_write = std::chrono::steady_clock::now() - stream.last_write;
    if (stream.started && since_write < milliseconds(200)) std::this_thread::sleep_for(milliseconds(200) - since_write);  // gather bursts
    std::uint64_t seen = 0;
    bool stopping = false;
    {
        std::unique_lock lock(events_mutex_);
        if (stream.started) events_cv_.wait_for(lock, seconds(1), [&] { return stopping_ || changes_ != stream.seen; });
        stopping = stopping_;
        seen = changes_;
    }
    auto last = [&](const char* event) {
        const std::string out = std::string("event: ") + event + "\ndata: {}\n\n";
        sink.write(out.data(), out.size());
        sink.done();
        return true;
    };
    if (stopping) return last("stopping");
    if (!sink.is_writable()) return false;

    std::string out;
    auto send_if_new = [&out](const char* event, std::string& sent, std::string now) {
        if (now == sent) return;
        out += "event: ";
        out += event;
        out += "\ndata: " + now + "\n\n";
        sent = std::move(now);
    };
    bool removed = false;
    const bool run = with_session([&] {
        const auto d = session_.any_device_for(stream.token);
        if (!d) {
            removed = true;
            return;
        }
        send_if_new("device", stream.device, json{{"approved", d->approved}, {"member", d->member_id}}.dump());
        if (d->approved) {
            send_if_new("round", stream.round, live_round_json(session_, d->member_id));
            if (stream.seen != seen || !stream.started) send_if_new("progress", stream.progress, live_progress_json(session_));
        }
    });
    if (!run) return last("stopping");
    if (removed) return last("removed");
    stream.started = true;
    stream.seen = seen;
    const auto now = std::chrono::steady_clock::now();
    if (out.empty() && now - stream.last_write > seconds(15)) out = ": still here\n\n";  // finds a vanished device
    if (out.empty()) return true;
    stream.last_write = now;
    return sink.write(out.data(), out.size());
}

bool LiveServer::with_session(const std::function<void()>& work) {
    if (options_.run_request) return options_.run_request(work);
    std::lock_guard guard(mutex_);
    work();
    return true;
}

int LiveServer::start() {
    if (running()) return port_;
    {
        std::lock_guard guard(events_mutex_);
        stopping_ = false;
    }
    port_ = options_.port == 0 ? http_->bind_to_any_port(options_.address)
                               : (http_->bind_to_port(options_.address, options_.port) ? options_.port : -1);
    if (port_ <= 0)
        throw std::runtime_error(trf("cannot listen on {} port {}: the address is not this computer's, or the port is taken",
                                     options_.address, options_.port));
    thread_ = std::thread([this] { http_->listen_after_bind(); });
    while (!http_->is_running()) std::this_thread::sleep_for(milliseconds(1));
    return port_;
}

void LiveServer::stop() {
    if (!thread_.joinable()) return;
    {
        // The event streams say "stopping" to their devices and end; then nothing listens.
        std::unique_lock lock(events_mutex_);
        stopping_ = true;
        events_cv_.notify_all();
        events_cv_.wait_for(lock, seconds(3), [this] { return open_streams_ == 0; });
    }
    http_->stop();
    thread_.join();
}

bool LiveServer::running() const { return thread_.joinable() && http_->is_running(); }

std::string LiveServer::join_address() const {
    const bool v6 = options_.address.find(':') != std::string::npos;
    return fmt::format("{}://{}{}{}:{}/s/{}/", options_.https ? "https" : "http", v6 ? "[" : "", options_.address, v6 ? "]" : "", port_, session_.secret());
}

}  // namespace assessa
