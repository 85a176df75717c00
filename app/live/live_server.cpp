#include "app/live/live_server.hpp"

#include "i18n/translator.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <stdexcept>

namespace assessa {

namespace {

using json = nlohmann::json;

constexpr const char* secret_part = "/s/([0-9a-f]{16,128})";

int status_for(LiveRefusal why) {
    switch (why) {
        case LiveRefusal::bad_request: return 400;
        case LiveRefusal::unauthorised: return 401;
        case LiveRefusal::forbidden: return 403;
        case LiveRefusal::not_found: return 404;
        case LiveRefusal::conflict: return 409;
    }
    return 400;
}

[[noreturn]] void bad(const std::string& message) { throw LiveRefused(LiveRefusal::bad_request, message); }

// The request body: a JSON object with exactly these fields, each present.
json body_of(const httplib::Request& req, std::initializer_list<const char*> fields) {
    json body = json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) bad(tr("the request body is not a JSON object"));
    for (const auto& item : body.items()) {
        const std::string& key = item.key();
        if (std::find_if(fields.begin(), fields.end(), [&key](const char* f) { return key == f; }) == fields.end())
            bad(trf("unknown field \"{}\"", key));
    }
    for (const char* f : fields)
        if (!body.contains(f)) bad(trf("the field \"{}\" is missing", f));
    return body;
}

std::string text_field(const json& body, const char* name) {
    if (!body[name].is_string()) bad(trf("the field \"{}\" must be text", name));
    return body[name].get<std::string>();
}

std::int64_t integer_field(const json& body, const char* name) {
    if (!body[name].is_number_integer()) bad(trf("the field \"{}\" must be a whole number", name));
    return body[name].get<std::int64_t>();
}

int score_value(const json& value, const std::string& name) {
    if (!value.is_number_integer()) bad(trf("the field \"{}\" must be a whole number", name));
    const auto v = value.get<std::int64_t>();
    if (v < -1000000 || v > 1000000) bad(trf("the field \"{}\" is out of range", name));
    return static_cast<int>(v);
}

json round_json(const LiveRound& r) {
    json votes = json::array();
    for (const auto& v : r.votes) votes.push_back(v);
    return {{"node", r.node_code}, {"round", r.round},         {"submitted", r.submitted},
            {"group", r.group_size}, {"revealed", r.revealed}, {"votes", votes}};
}

void reply(httplib::Response& res, int status, const json& body) {
    res.status = status;
    res.set_content(body.dump(), "application/json; charset=utf-8");
}

}  // namespace

LiveServer::LiveServer(LiveSession& session, LiveServerOptions options)
    : session_(session), options_(std::move(options)), http_(std::make_unique<httplib::Server>()) {
    add_routes();
}

LiveServer::~LiveServer() { stop(); }

void LiveServer::add_routes() {
    auto& http = *http_;
    http.set_payload_max_length(options_.max_body_bytes);
    http.set_default_headers({{"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cache-Control", "no-store"}});
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) reply(res, res.status, {{"error", res.status == 413 ? tr("the request is too large") : tr("no such request")}});
    });

    // Every request: the session's secret, then the session rules under the lock.
    auto route = [this](auto handler) {
        return [this, handler](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard guard(mutex_);
            if (!session_.secret_matches(req.matches[1].str())) return reply(res, 404, {{"error", tr("no such session")}});
            try {
                handler(req, res);
            } catch (const LiveRefused& e) {
                reply(res, status_for(e.why()), {{"error", e.what()}});
            } catch (const json::exception& e) {
                reply(res, 400, {{"error", e.what()}});
            } catch (const InvalidEdit& e) {
                reply(res, 400, {{"error", e.what()}});
            }
        };
    };
    auto token_of = [](const httplib::Request& req) { return req.get_header_value("X-Assessa-Token"); };
    const std::string base = secret_part;

    http.Get(base + "/api/group", route([this](const httplib::Request&, httplib::Response& res) {
        json members = json::array();
        for (const auto& m : session_.group()) members.push_back({{"id", m.id}, {"name", m.name}});
        reply(res, 200, {{"cycle", session_.cycle_label()}, {"members", members}});
    }));
    http.Post(base + "/api/join", route([this](const httplib::Request& req, httplib::Response& res) {
        const json body = body_of(req, {"member", "label"});
        const auto joining = session_.request_join(integer_field(body, "member"), text_field(body, "label"));
        if (on_join)
            for (const auto& d : session_.devices())
                if (d.id == joining.device_id) on_join(d);
        reply(res, 202, {{"device", joining.device_id}, {"token", joining.token}});
    }));
    http.Get(base + "/api/me", route([this, token_of](const httplib::Request& req, httplib::Response& res) {
        const auto d = session_.any_device_for(token_of(req));
        if (!d) throw LiveRefused(LiveRefusal::unauthorised, tr("this device is not (or no longer) approved in the session"));
        reply(res, 200, {{"device", d->id}, {"member", d->member_id}, {"approved", d->approved}});
    }));
    http.Post(base + "/api/score", route([this, token_of](const httplib::Request& req, httplib::Response& res) {
        const json body = body_of(req, {"edit", "member", "node", "phase", "value"});
        std::optional<int> value;
        if (!body["value"].is_null()) value = score_value(body["value"], "value");
        const bool applied = session_.set_score(token_of(req), text_field(body, "edit"), integer_field(body, "member"),
                                                text_field(body, "node"), text_field(body, "phase"), value);
        reply(res, 200, {{"applied", applied}});
    }));
    http.Post(base + "/api/no-opinion", route([this, token_of](const httplib::Request& req, httplib::Response& res) {
        const json body = body_of(req, {"edit", "member", "node", "no_opinion"});
        if (!body["no_opinion"].is_boolean()) bad(trf("the field \"{}\" must be true or false", "no_opinion"));
        const bool applied = session_.set_no_opinion(token_of(req), text_field(body, "edit"), integer_field(body, "member"),
                                                     text_field(body, "node"), body["no_opinion"].get<bool>());
        reply(res, 200, {{"applied", applied}});
    }));
    http.Post(base + "/api/item", route([this, token_of](const httplib::Request& req, httplib::Response& res) {
        const json body = body_of(req, {"edit", "member", "node", "kind", "text"});
        const auto kind = note_kind_from_string(text_field(body, "kind"));
        if (!kind) bad(trf("unknown kind of note \"{}\"", text_field(body, "kind")));
        const bool applied = session_.add_item(token_of(req), text_field(body, "edit"), integer_field(body, "member"),
                                               text_field(body, "node"), *kind, text_field(body, "text"));
        reply(res, 200, {{"applied", applied}});
    }));
    http.Get(base + "/api/round", route([this, token_of](const httplib::Request& req, httplib::Response& res) {
        session_.device_for(token_of(req));
        reply(res, 200, round_json(session_.round()));
    }));
    http.Post(base + "/api/vote", route([this, token_of](const httplib::Request& req, httplib::Response& res) {
        const json body = body_of(req, {"edit", "node", "scores"});
        if (!body["scores"].is_object()) bad(trf("the field \"{}\" must be an object", "scores"));
        PhaseScores scores;
        for (const auto& [phase, value] : body["scores"].items()) scores[phase] = score_value(value, phase);
        const bool applied = session_.vote(token_of(req), text_field(body, "edit"), text_field(body, "node"), scores);
        reply(res, 200, {{"applied", applied}});
    }));
}

int LiveServer::start() {
    if (running()) return port_;
    port_ = options_.port == 0 ? http_->bind_to_any_port(options_.address)
                               : (http_->bind_to_port(options_.address, options_.port) ? options_.port : -1);
    if (port_ <= 0)
        throw std::runtime_error(trf("cannot listen on {} port {}: the address is not this computer's, or the port is taken",
                                     options_.address, options_.port));
    thread_ = std::thread([this] { http_->listen_after_bind(); });
    while (!http_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return port_;
}

void LiveServer::stop() {
    if (!thread_.joinable()) return;
    http_->stop();
    thread_.join();
}

bool LiveServer::running() const { return thread_.joinable() && http_->is_running(); }

std::string LiveServer::join_address() const {
    const bool v6 = options_.address.find(':') != std::string::npos;
    return fmt::format("http://{}{}{}:{}/s/{}/", v6 ? "[" : "", options_.address, v6 ? "]" : "", port_, session_.secret());
}

}  // namespace assessa
