#include <catch2/catch.hpp>

#include "app/live/live_server.hpp"
#include "exports/exchange_format.hpp"
#include "tests/support/predictable_secrets.hpp"
#include "tests/support/project_fixture.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <fmt/format.h>
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
#include <openssl/ssl.h>
#include <openssl/x509.h>
#endif

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace assessa;
using namespace assessa::test;
using json = nlohmann::json;

namespace {

// A session on a small project, served on a free loopback port, with an HTTP client.
struct LiveApi : ProjectFixture {
    Id ona = add_member("Ona");
    Id jonas = add_member("Jonas");
    LiveSession session{*project, cycle, predictable_secrets()};
    LiveServer server{session, {}};
    int port = server.start();
    httplib::Client client{"127.0.0.1", port};
    std::string base = "/s/" + session.secret() + "/api/";

    httplib::Result post(const std::string& what, const json& body, const std::string& token = "") {
        return post_text(what, body.dump(), token);
    }
    httplib::Result post_text(const std::string& what, const std::string& body, const std::string& token = "") {
        httplib::Headers h;
        if (!token.empty()) h.emplace("X-Assessa-Token", token);
        return client.Post((base + what).c_str(), h, body, "application/json");
    }
    httplib::Result get(const std::string& what, const std::string& token = "") {
        httplib::Headers h;
        if (!token.empty()) h.emplace("X-Assessa-Token", token);
        return client.Get((base + what).c_str(), h);
    }
    // Joins as a member; approves the device as the facilitator does in the program.
    std::string joined(Id member) {
        auto r = post("join", {{"member", member}, {"label", "Phone"}});
        REQUIRE(r);
        REQUIRE(r->status == 202);
        const json j = json::parse(r->body);
        auto lock = server.lock();
        session.approve(j["device"].get<int>());
        return j["token"].get<std::string>();
    }
    std::string exported() {
        auto lock = server.lock();
        return export_exchange_text(*project);
    }
};

}  // namespace

TEST_CASE("Live API: join, approval, and a member's own edits land under that member", "[live][api]") {
    LiveApi f;
    auto group = f.get("group");
    REQUIRE(group);
    CHECK(group->status == 200);
    CHECK(group->get_header_value("Content-Security-Policy").find("default-src 'self'") != std::string::npos);
    CHECK(json::parse(group->body)["members"].size() == f.project->cycle_members(f.cycle).size());

    auto join = f.post("join", {{"member", f.ona}, {"label", "Ona's phone"}});
    REQUIRE(join);
    REQUIRE(join->status == 202);
    const std::string token = json::parse(join->body)["token"];
    CHECK(json::parse(f.get("me", token)->body)["approved"] == false);
    const json score = {{"edit", "e1"}, {"member", f.ona}, {"node", "1.1"}, {"phase", "overall"}, {"value", 40}};
    CHECK(f.post("score", score, token)->status == 401);

    {
        auto lock = f.server.lock();
        f.session.approve(json::parse(join->body)["device"].get<int>());
    }
    CHECK(json::parse(f.get("me", token)->body)["approved"] == true);
    auto r = f.post("score", score, token);
    CHECK(r->status == 200);
    CHECK(json::parse(r->body)["applied"] == true);
    CHECK(json::parse(f.post("score", score, token)->body)["applied"] == false);
    CHECK(f.post("item", {{"edit", "e2"}, {"member", f.ona}, {"node", "1.1"}, {"kind", "afi"}, {"text", "No procedure"}}, token)
              ->status == 200);
    CHECK(f.post("no-opinion", {{"edit", "e3"}, {"member", f.ona}, {"node", "2.1"}, {"no_opinion", true}}, token)->status ==
          200);
    auto lock = f.server.lock();
    const Rating ona = f.project->rating(f.cycle, f.ona, "1.1");
    CHECK(ona.scores.at("overall") == 40);
    CHECK(ona.items.size() == 1);
    CHECK(f.project->rating(f.cycle, f.ona, "2.1").no_opinion);
    CHECK(f.project->rating(f.cycle, f.jonas, "1.1").scores.empty());
}

TEST_CASE("Live API: refused requests get a 4xx and leave the project unchanged", "[live][api][bad]") {
    LiveApi f;
    const std::string ona = f.joined(f.ona);
    const std::string before = f.exported();
    const json own = {{"edit", "e1"}, {"member", f.ona}, {"node", "1.1"}, {"phase", "overall"}, {"value", 40}};
    json other = own;
    other["member"] = f.jonas;

    CHECK(f.post("score", own)->status == 401);                      // no token
    CHECK(f.post("score", own, std::string(64, 'f'))->status == 401);  // a wrong one
    CHECK(f.post("score", other, ona)->status == 403);               // another member's rating
    CHECK(f.post_text("score", std::string(20000, ' '), ona)->status == 413);
    CHECK(f.post_text("score", "{\"edit\": \"e1\", ", ona)->status == 400);
    CHECK(f.post_text("score", "[1, 2]", ona)->status == 400);
    json extra = own;
    extra["admin"] = true;
    CHECK(f.post("score", extra, ona)->status == 400);
    json wrong_type = own;
    wrong_type["value"] = "40";
    CHECK(f.post("score", wrong_type, ona)->status == 400);
    json out_of_range = own;
    out_of_range["value"] = 101;
    CHECK(f.post("score", out_of_range, ona)->status == 400);
    json huge = own;
    huge["value"] = 1e300;
    CHECK(f.post("score", huge, ona)->status == 400);
    CHECK(f.post("vote", {{"edit", "v1"}, {"node", "1.1"}, {"scores", {{"overall", 40}}}}, ona)->status == 409);
    CHECK(f.post("join", {{"member", 9999}, {"label", "Phone"}})->status == 404);

    // A wrong session secret, or an address outside the session, is not found.
    CHECK(f.client.Get(("/s/" + std::string(64, '0') + "/api/group").c_str())->status == 404);
    CHECK(f.client.Get("/etc/passwd")->status == 404);
    CHECK(f.client.Get(("/s/" + f.session.secret() + "/../../etc/passwd").c_str())->status == 404);
    CHECK(f.exported() == before);
}

TEST_CASE("Live API: blind votes leak no value before the reveal, and a re-vote is a new round", "[live][api][blind]") {
    LiveApi f;
    const std::string ona = f.joined(f.ona);
    const std::string jonas = f.joined(f.jonas);
    {
        auto lock = f.server.lock();
        f.session.open_item("1.1");
    }
    CHECK(f.post("vote", {{"edit", "v1"}, {"node", "1.1"}, {"scores", {{"overall", 35}}}}, ona)->status == 200);
    CHECK(f.post("vote", {{"edit", "v2"}, {"node", "1.1"}, {"scores", {{"overall", 75}}}}, jonas)->status == 200);
    const auto blind = f.get("round", ona);
    REQUIRE(blind->status == 200);
    const json status = json::parse(blind->body);
    CHECK(status["submitted"] == 2);
    CHECK(status["revealed"] == false);
    CHECK(status["votes"].empty());
    CHECK(blind->body.find("35") == std::string::npos);
    CHECK(blind->body.find("75") == std::string::npos);
    CHECK(f.get("round")->status == 401);

    {
        auto lock = f.server.lock();
        f.session.reveal();
    }
    const json shown = json::parse(f.get("round", jonas)->body);
    CHECK(shown["revealed"] == true);
    CHECK(shown["votes"] == json::array({{{"overall", 35}}, {{"overall", 75}}}));
    {
        auto lock = f.server.lock();
        f.session.start_revote();
    }
    CHECK(json::parse(f.get("round", ona)->body)["round"] == 2);
    CHECK(json::parse(f.get("round", ona)->body)["votes"].empty());
}

TEST_CASE("Live API: nothing listens once the session is stopped", "[live][api]") {
    LiveApi f;
    CHECK(f.get("group")->status == 200);
    CHECK(f.server.join_address() == "http://127.0.0.1:" + std::to_string(f.port) + "/s/" + f.session.secret() + "/");
    f.server.stop();
    CHECK_FALSE(f.server.running());
    httplib::Client after("127.0.0.1", f.port);
    CHECK_FALSE(after.Get(f.base.c_str() + std::string("group")));
}

namespace {

// A device's event stream, read on a thread of its own into a text that tests wait on.
struct EventReader {
    httplib::Client client;
    std::string text;
    std::mutex mutex;
    std::condition_variable cv;
    bool ended = false;
    std::thread thread;

    EventReader(int port, const std::string& path) : client("127.0.0.1", port) {
        client.set_read_timeout(30, 0);
        thread = std::thread([this, path] {
            client.Get(path.c_str(), [this](const char* data, std::size_t n) {
                std::lock_guard g(mutex);
                text.append(data, n);
                cv.notify_all();
                return true;
            });
            std::lock_guard g(mutex);
            ended = true;
            cv.notify_all();
        });
    }
    ~EventReader() {
        client.stop();
        thread.join();
    }
    // Waits (at most 20 s, far beyond the second an event may take) until the stream holds `what`.
    bool saw(const std::string& what) {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, std::chrono::seconds(20), [&] { return text.find(what) != std::string::npos; });
    }
    bool ends() {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, std::chrono::seconds(20), [&] { return ended; });
    }
    std::string seen() {
        std::lock_guard g(mutex);
        return text;
    }
};

}  // namespace

TEST_CASE("Live API: the event stream tells a device its approval, the blind round, the reveal and its removal",
          "[live][api][events]") {
    LiveApi f;
    int changes = 0;
    f.server.on_change = [&] { ++changes; };
    auto join = f.post("join", {{"member", f.ona}, {"label", "Phone"}});
    REQUIRE(join->status == 202);
    CHECK(changes == 1);
    const std::string token = json::parse(join->body)["token"];
    const int device = json::parse(join->body)["device"];
    CHECK(f.get("events?token=" + std::string(64, '0'))->status == 401);

    EventReader events(f.port, f.base + "events?token=" + token);
    REQUIRE(events.saw("\"approved\":false"));
    {
        auto lock = f.server.lock();
        f.session.approve(device);
    }
    f.server.notify();
    REQUIRE(events.saw("\"approved\":true"));
    REQUIRE(events.saw("event: progress"));
    const std::string jonas = f.joined(f.jonas);
    {
        auto lock = f.server.lock();
        f.session.open_item("1.1");
    }
    f.server.notify();
    REQUIRE(events.saw("\"node\":\"1.1\""));
    CHECK(f.post("vote", {{"edit", "v1"}, {"node", "1.1"}, {"scores", {{"overall", 35}}}}, jonas)->status == 200);
    CHECK(changes >= 3);
    REQUIRE(events.saw("\"submitted\":1"));
    CHECK(events.seen().find("35") == std::string::npos);  // no value before the reveal
    {
        auto lock = f.server.lock();
        f.session.reveal();
    }
    f.server.notify();
    REQUIRE(events.saw("{\"overall\":35}"));
    {
        auto lock = f.server.lock();
        f.session.remove(device);
    }
    f.server.notify();
    REQUIRE(events.saw("event: removed"));
    CHECK(events.ends());
}

TEST_CASE("Live API: stopping the server ends every event stream with a word to the device", "[live][api][events]") {
    LiveApi f;
    const std::string ona = f.joined(f.ona);
    EventReader first(f.port, f.base + "events?token=" + ona);
    EventReader second(f.port, f.base + "events");  // without a token: refused
    REQUIRE(first.saw("event: round"));
    REQUIRE(second.ends());
    CHECK(second.seen().find("event:") == std::string::npos);
    f.server.stop();
    CHECK(first.saw("event: stopping"));
    CHECK(first.ends());
    CHECK_FALSE(f.server.running());
}

TEST_CASE("Live API: the member page is served from memory under the session's address only", "[live][api][page]") {
    LiveApi f;
    const std::string root = "/s/" + f.session.secret() + "/";
    auto page = f.client.Get(root.c_str());
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type").find("text/html") == 0);
    CHECK(page->get_header_value("Content-Security-Policy").find("default-src 'self'") != std::string::npos);
    CHECK(page->body.find("app.js") != std::string::npos);
    CHECK(page->body.find("http") == std::string::npos);  // nothing from elsewhere
    for (const char* file : {"app.js", "app.css", "strings.js"}) {
        auto r = f.client.Get((root + file).c_str());
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(r->body.find("https://") == std::string::npos);
    }
    CHECK(f.client.Get((root + "strings.js").c_str())->body.find("Tiesioginis įsivertinimas") != std::string::npos);
    CHECK(f.client.Get((root + "missing.js").c_str())->status == 404);
    CHECK(f.client.Get((root + "index").c_str())->status == 404);
    CHECK(f.client.Get(("/s/" + std::string(64, '0') + "/").c_str())->status == 404);
}

TEST_CASE("Live API: what a member's page reads, and removing one's own note", "[live][api]") {
    LiveApi f;
    const std::string ona = f.joined(f.ona);
    CHECK(f.get("framework")->status == 401);
    const json fw = json::parse(f.get("framework", ona)->body);
    CHECK(fw["language"] == "lt");
    REQUIRE(fw["nodes"].size() == 2);
    CHECK(fw["nodes"][0]["code"] == "1.1");
    const std::string panel = fw["nodes"][0]["panel"];
    CHECK(fw["panels"][panel]["bands"].size() > 1);
    CHECK(f.post("item", {{"edit", "i1"}, {"member", f.ona}, {"node", "1.1"}, {"kind", "idea"}, {"text", "Survey"}}, ona)->status ==
          200);
    const json mine = json::parse(f.get("mine", ona)->body);
    REQUIRE(mine["ratings"]["1.1"]["items"].size() == 1);
    const Id item = mine["ratings"]["1.1"]["items"][0]["id"];
    CHECK(f.post("remove-item", {{"edit", "r1"}, {"member", f.ona}, {"node", "1.1"}, {"item", item + 1000}}, ona)->status == 404);
    CHECK(f.post("remove-item", {{"edit", "r2"}, {"member", f.ona}, {"node", "1.1"}, {"item", item}}, ona)->status == 200);
    CHECK(json::parse(f.get("mine", ona)->body)["ratings"]["1.1"]["items"].empty());
    const json progress = json::parse(f.get("progress", ona)->body);
    CHECK(progress["members"].size() == 2);
}

TEST_CASE("Live API: a device over its request limit gets 429 and nothing is written", "[live][api][limits]") {
    ProjectFixture p;
    const Id ona = p.add_member("Ona");
    LiveSession session{*p.project, p.cycle, predictable_secrets()};
    LiveServerOptions options;
    options.device_burst = 3;
    options.device_per_second = 0.001;
    options.address_burst = 4;
    options.address_per_second = 0.001;
    LiveServer server{session, options};
    const int port = server.start();
    httplib::Client client{"127.0.0.1", port};
    const std::string base = "/s/" + session.secret() + "/api/";
    auto join = client.Post((base + "join").c_str(), json{{"member", ona}, {"label", "Phone"}}.dump(), "application/json");
    REQUIRE(join->status == 202);
    const std::string token = json::parse(join->body)["token"];
    {
        auto lock = server.lock();
        session.approve(json::parse(join->body)["device"].get<int>());
    }
    httplib::Headers h{{"X-Assessa-Token", token}};
    auto score = [&](const std::string& edit, int value) {
        return client.Post((base + "score").c_str(), h,
                           json{{"edit", edit}, {"member", ona}, {"node", "1.1"}, {"phase", "overall"}, {"value", value}}.dump(),
                           "application/json")
            ->status;
    };
    CHECK(score("e1", 10) == 200);
    CHECK(score("e2", 20) == 200);
    CHECK(score("e3", 30) == 200);
    CHECK(score("e4", 40) == 429);
    CHECK(p.project->rating(p.cycle, ona, "1.1").scores.at("overall") == 30);
    // Requests without a token count against the address: the join and these.
    CHECK(client.Get((base + "group").c_str())->status == 200);
    CHECK(client.Get((base + "group").c_str())->status == 200);
    CHECK(client.Get((base + "group").c_str())->status == 200);
    CHECK(client.Get((base + "group").c_str())->status == 429);
}

#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
namespace {

// The SHA-256 fingerprint of the certificate a TLS server on this port presents, as a browser
// shows it.
std::string presented_fingerprint(int port) {
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
    std::unique_ptr<BIO, decltype(&BIO_free_all)> bio(BIO_new_ssl_connect(ctx.get()), BIO_free_all);
    const std::string where = "127.0.0.1:" + std::to_string(port);
    BIO_set_conn_hostname(bio.get(), where.c_str());
    if (BIO_do_handshake(bio.get()) != 1) return "no handshake";
    SSL* ssl = nullptr;
    BIO_get_ssl(bio.get(), &ssl);
    std::unique_ptr<X509, decltype(&X509_free)> peer(SSL_get1_peer_certificate(ssl), X509_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!peer || X509_digest(peer.get(), EVP_sha256(), digest, &n) != 1) return "no certificate";
    std::string out;
    for (unsigned int i = 0; i < n; ++i) out += fmt::format("{}{:02X}", i ? ":" : "", digest[i]);
    return out;
}

}  // namespace

TEST_CASE("Live API: HTTPS with a certificate made for the session, and its fingerprint", "[live][api][https]") {
    ProjectFixture p;
    p.add_member("Ona");
    LiveSession session{*p.project, p.cycle, predictable_secrets()};
    LiveServerOptions options;
    options.https = true;
    LiveServer server{session, options};
    const int port = server.start();
    const std::string fingerprint = server.certificate_fingerprint();
    CHECK(fingerprint.size() == 32 * 3 - 1);
    CHECK(fingerprint.find_first_not_of("0123456789ABCDEF:") == std::string::npos);
    CHECK(server.join_address().rfind("https://127.0.0.1:", 0) == 0);
    const std::string path = "/s/" + session.secret() + "/api/group";

    httplib::SSLClient tls("127.0.0.1", port);
    tls.enable_server_certificate_verification(false);  // self-signed: the fingerprint is the check
    auto r = tls.Get(path.c_str());
    REQUIRE(r);
    CHECK(r->status == 200);
    // The certificate the server presents is the one whose fingerprint it shows.
    CHECK(presented_fingerprint(port) == fingerprint);
    httplib::Client plain("127.0.0.1", port);
    plain.set_read_timeout(5, 0);
    auto refused = plain.Get(path.c_str());
    CHECK((!refused || refused->status != 200));

    LiveServer other{session, options};
    CHECK(other.certificate_fingerprint() != fingerprint);  // a new certificate per session
}
#else
TEST_CASE("Live API: a build without TLS refuses HTTPS and says why", "[live][api][https]") {
    ProjectFixture p;
    LiveSession session{*p.project, p.cycle, predictable_secrets()};
    LiveServerOptions options;
    options.https = true;
    CHECK_THROWS_WITH((LiveServer{session, options}), Catch::Contains("built without TLS"));
}
#endif
