#include "app/live/live_api.hpp"

#include "i18n/translator.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace assessa {

namespace {

using json = nlohmann::json;

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
json body_of(const LiveRequest& req, std::initializer_list<const char*> fields) {
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

json applied(bool a) { return {{"applied", a}}; }

// The framework's texts a member needs, in the project's language.
json framework_json(const LiveSession& session) {
    const Project& p = session.project();
    const Cycle& c = session.cycle();
    const std::string lang = p.organisation().language;
    const Framework& fw = *p.framework_of(c);
    json criteria = json::array(), nodes = json::array(), panels = json::object();
    for (const auto& n : fw.nodes()) {
        if (n.depth == 0) criteria.push_back({{"code", n.code}, {"title", n.title.get(lang)}});
        const Panel* panel = p.panel_for(c, n.code);
        if (!n.assessable || !panel) continue;
        json examples = json::array();
        for (const auto& e : n.examples) examples.push_back({{"label", e.label}, {"text", e.text.get(lang)}});
        nodes.push_back({{"code", n.code}, {"title", n.title.get(lang)}, {"guidance", n.guidance.get(lang)},
                         {"examples", examples}, {"criterion", fw.top_ancestor(n).code}, {"panel", panel->id}});
        if (panels.contains(panel->id)) continue;
        json phases = json::array(), bands = json::array();
        for (const auto& ph : panel->phases)
            phases.push_back({{"id", ph.id}, {"title", ph.title.get(lang)}, {"description", ph.description.get(lang)}});
        for (const auto& b : panel->bands) {
            json by_phase = json::object();
            for (const auto& ph : panel->phases) by_phase[ph.id] = b.descriptor_for(ph.id).get(lang);
            bands.push_back({{"min", b.min}, {"max", b.max}, {"label", b.label.get(lang)}, {"descriptors", by_phase}});
        }
        panels[panel->id] = {{"min", panel->scale_min}, {"max", panel->scale_max}, {"phases", phases}, {"bands", bands}};
    }
    return {{"language", lang}, {"cycle", c.label}, {"criteria", criteria}, {"nodes", nodes}, {"panels", panels}};
}

json mine_json(const LiveSession& session, Id member_id) {
    json out = json::object();
    for (const auto& r : session.project().ratings(session.cycle_id())) {
        if (r.member_id != member_id) continue;
        json items = json::array();
        for (const auto& i : r.items) items.push_back({{"id", i.id}, {"kind", std::string(to_string(i.kind))}, {"text", i.text}});
        out[r.node_code] = {{"scores", r.scores}, {"no_opinion", r.no_opinion}, {"items", items}};
    }
    return {{"member", member_id}, {"ratings", out}};
}

LiveReply reply(int status, const json& body, bool changed = false) {
    return {status, body.dump(-1, ' ', false, json::error_handler_t::replace), changed, std::nullopt};
}

LiveReply answer(LiveSession& session, const LiveRequest& req) {
    const std::string& what = req.name;
    const bool get = req.method == "GET", post = req.method == "POST";
    if (get && what == "group") {
        json members = json::array();
        for (const auto& m : session.group()) members.push_back({{"id", m.id}, {"name", m.name}});
        return reply(200, {{"cycle", session.cycle_label()}, {"members", members}});
    }
    if (post && what == "join") {
        const json body = body_of(req, {"member", "label"});
        const auto joining = session.request_join(integer_field(body, "member"), text_field(body, "label"));
        LiveReply r = reply(202, {{"device", joining.device_id}, {"token", joining.token}}, true);
        r.joined_device = joining.device_id;
        return r;
    }
    if (get && what == "me") {
        const auto d = session.any_device_for(req.token);
        if (!d) throw LiveRefused(LiveRefusal::unauthorised, tr("this device is not (or no longer) approved in the session"));
        return reply(200, {{"device", d->id}, {"member", d->member_id}, {"approved", d->approved}});
    }
    if (get && what == "framework") {
        session.device_for(req.token);
        return reply(200, framework_json(session));
    }
    if (get && what == "mine") return reply(200, mine_json(session, session.device_for(req.token).member_id));
    if (get && what == "round") {
        const LiveDevice d = session.device_for(req.token);
        return {200, live_round_json(session, d.member_id), false, std::nullopt};
    }
    if (get && what == "progress") {
        session.device_for(req.token);
        return {200, live_progress_json(session), false, std::nullopt};
    }
    if (post && what == "score") {
        const json body = body_of(req, {"edit", "member", "node", "phase", "value"});
        std::optional<int> value;
        if (!body["value"].is_null()) value = score_value(body["value"], "value");
        return reply(200, applied(session.set_score(req.token, text_field(body, "edit"), integer_field(body, "member"),
                                                    text_field(body, "node"), text_field(body, "phase"), value)), true);
    }
    if (post && what == "no-opinion") {
        const json body = body_of(req, {"edit", "member", "node", "no_opinion"});
        if (!body["no_opinion"].is_boolean()) bad(trf("the field \"{}\" must be true or false", "no_opinion"));
        return reply(200, applied(session.set_no_opinion(req.token, text_field(body, "edit"), integer_field(body, "member"),
                                                         text_field(body, "node"), body["no_opinion"].get<bool>())), true);
    }
    if (post && what == "item") {
        const json body = body_of(req, {"edit", "member", "node", "kind", "text"});
        const auto kind = note_kind_from_string(text_field(body, "kind"));
        if (!kind) bad(trf("unknown kind of note \"{}\"", text_field(body, "kind")));
        return reply(200, applied(session.add_item(req.token, text_field(body, "edit"), integer_field(body, "member"),
                                                   text_field(body, "node"), *kind, text_field(body, "text"))), true);
    }
    if (post && what == "remove-item") {
        const json body = body_of(req, {"edit", "member", "node", "item"});
        return reply(200, applied(session.remove_item(req.token, text_field(body, "edit"), integer_field(body, "member"),
                                                      text_field(body, "node"), integer_field(body, "item"))), true);
    }
    if (post && what == "vote") {
        const json body = body_of(req, {"edit", "node", "scores"});
        if (!body["scores"].is_object()) bad(trf("the field \"{}\" must be an object", "scores"));
        PhaseScores scores;
        for (const auto& [phase, value] : body["scores"].items()) scores[phase] = score_value(value, phase);
        return reply(200, applied(session.vote(req.token, text_field(body, "edit"), text_field(body, "node"), scores)), true);
    }
    return reply(404, {{"error", tr("no such request")}});
}

}  // namespace

std::string live_round_json(const LiveSession& session, Id member_id) {
    const LiveRound r = session.round();
    json votes = json::array();
    for (const auto& v : r.votes) votes.push_back(v);
    return json{{"node", r.node_code},        {"round", r.round},       {"submitted", r.submitted},
                {"group", r.group_size},      {"revealed", r.revealed}, {"votes", votes},
                {"voted", session.has_voted(member_id)}}
        .dump();
}

std::string live_progress_json(const LiveSession& session) {
    json members = json::array();
    const auto progress = session.progress();
    for (const auto& m : session.group()) {
        const auto it = progress.find(m.id);
        if (it == progress.end()) continue;
        members.push_back({{"member", m.id}, {"name", m.name}, {"done", it->second.done}, {"total", it->second.total}});
    }
    return json{{"members", members}}.dump();
}

LiveReply answer_live_request(LiveSession& session, const LiveRequest& request) {
    try {
        return answer(session, request);
    } catch (const LiveRefused& e) {
        return reply(status_for(e.why()), {{"error", e.what()}});
    } catch (const json::exception& e) {
        return reply(400, {{"error", e.what()}});
    } catch (const InvalidEdit& e) {
        return reply(400, {{"error", e.what()}});
    }
}

}  // namespace assessa
