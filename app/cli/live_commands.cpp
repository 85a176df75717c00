#include "app/cli/commands.hpp"
#include "app/live/live_server.hpp"
#include "exports/packet_secret.hpp"
#include "i18n/translator.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <algorithm>
#include <cctype>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

namespace assessa::cli {

namespace {

std::atomic<bool> stop_requested{false};
extern "C" void request_stop(int) { stop_requested = true; }

bool is_loopback(const std::string& address) {
    return address == "::1" || address == "localhost" || address.rfind("127.", 0) == 0;
}

struct LiveOptions {
    std::string file, cycle, address = "127.0.0.1";
    int port = 8080;
    bool approve_all = false;
    bool new_session = false;
    bool https = false;
};

// One facilitator's command typed in the terminal: "N" or "approve N", "remove N", "open CODE",
// "reveal", "revote", "close". Returns what to print.
std::string facilitator_command(LiveSession& session, const std::string& line) {
    std::istringstream in(line);
    std::string word, arg;
    in >> word >> arg;
    if (!word.empty() && std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c); })) {
        arg = word;
        word = "approve";
    }
    if (word == "approve") {
        session.approve(std::stoi(arg));
        return trf("Device {} approved", arg);
    }
    if (word == "remove") {
        session.remove(std::stoi(arg));
        return trf("Device {} removed", arg);
    }
    if (word == "open") {
        session.open_item(arg);
        return trf("Subcriterion {} is open for rating", arg);
    }
    if (word == "reveal") {
        session.reveal();
        const LiveRound r = session.round();
        return trf("Votes on {} revealed: {} of {}", r.node_code, r.submitted, r.group_size);
    }
    if (word == "revote") {
        session.start_revote();
        return trf("Round {} of {} started", session.round().round, session.round().node_code);
    }
    if (word == "close") {
        session.close_item();
        return tr("No subcriterion is open for rating");
    }
    throw std::invalid_argument(tr("unknown command; use a device number, approve N, remove N, open CODE, reveal, revote or close"));
}

void run_live(Context& ctx, const LiveOptions& o) {
    if (o.approve_all && !is_loopback(o.address))
        return ctx.fail(trf("--approve-all is allowed only on this computer's own address (127.0.0.1), not on {}", o.address), 2);
    auto p = open_project(ctx, o.file, Project::Mode::read_write);
    if (!p) return;
    auto cycle = select_cycle(ctx, *p, o.file, o.cycle);
    if (!cycle) return;
    // The session secret and device tokens come from the same random source as packet secrets.
    LiveSession session(*p, cycle->id, [] { return new_packet_secret(); },
                        o.new_session ? LiveStart::fresh : LiveStart::resume);
    LiveServerOptions options;
    options.address = o.address;
    options.port = o.port;
    options.https = o.https;
    std::unique_ptr<LiveServer> made;
    try {
        made = std::make_unique<LiveServer>(session, options);
    } catch (const std::exception& e) {
        return ctx.fail(trf("{}: {}", o.file, e.what()));
    }
    LiveServer& server = *made;
    server.on_join = [&](const LiveDevice& d) {
        std::string name;
        for (const auto& m : session.group())
            if (m.id == d.member_id) name = m.name;
        if (o.approve_all) {
            session.approve(d.id);
            ctx.out << trf("Device {} ({}) joined as {}", d.id, d.label, name) << std::endl;
        } else {
            ctx.out << trf("Device {} ({}) asks to join as {}: type {} and Enter to approve it", d.id, d.label, name, d.id)
                    << std::endl;
        }
    };
    try {
        server.start();
    } catch (const std::exception& e) {
        return ctx.fail(trf("{}: {}", o.file, e.what()));
    }
    ctx.out << trf("Live session on cycle {} of {}", cycle->label, o.file) << "\n"
            << trf("Join address: {}", server.join_address()) << "\n"
            << trf("Join code: {}", session.join_code()) << "\n";
    if (o.https) ctx.out << trf("Certificate fingerprint (SHA-256): {}", server.certificate_fingerprint()) << "\n";
    if (session.resumed())
        ctx.out << trnf("Resumed the session kept in the file: {} device approved", "Resumed the session kept in the file: {} devices approved",
                        session.devices().size(), session.devices().size())
                << "\n";
    ctx.out
            << tr("Stop with Ctrl+C.") << std::endl;

    stop_requested = false;
    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    // The facilitator's commands. Blocks on the terminal; left behind when the session stops
    // (the program ends then).
    std::thread([&server, &session, &ctx] {
        std::string line;
        while (!stop_requested && std::getline(std::cin, line)) {
            if (stop_requested) break;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            std::string said;
            try {
                auto lock = server.lock();
                said = facilitator_command(session, line);
            } catch (const std::exception& e) {
                said = trf("Not done: {}", e.what());
            }
            server.notify();
            ctx.out << said << std::endl;
        }
    }).detach();
    while (!stop_requested) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    server.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ctx.out << tr("Live session stopped; every acknowledged change is in the project file.") << std::endl;
}

}  // namespace

void add_live_commands(CLI::App& app, Context& ctx) {
    auto o = std::make_shared<LiveOptions>();
    auto* live = app.add_subcommand("live", tr("Run a live workshop session: members score from their own devices"));
    live->add_option("FILE", o->file, tr("The project file"))->required();
    live->add_option("--cycle", o->cycle, tr("The cycle to assess (default: the newest)"));
    live->add_option("--address", o->address, tr("The network address to listen on (default: 127.0.0.1, this computer only)"));
    live->add_option("--port", o->port, tr("The port to listen on (default: 8080)"))->check(CLI::Range(1, 65535));
    live->add_flag("--new-session", o->new_session,
                   tr("Start a new session with a new address, instead of resuming the one kept in the file"));
    live->add_flag("--https", o->https,
                   tr("Serve HTTPS with a certificate made for this session (browsers warn; compare its fingerprint)"));
    live->add_flag("--approve-all", o->approve_all, tr("Approve every device that joins (only on 127.0.0.1, for scripts)"));
    live->callback([&ctx, o] { run_live(ctx, *o); });
}

}  // namespace assessa::cli
