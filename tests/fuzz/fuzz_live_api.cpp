// libFuzzer target: the live session's request bodies. An input is one request: its first byte
// chooses the request (and whether the device's own token, another approved device's, or none
// is sent); the rest is the body. answer_live_request (app/live/live_api) must answer every
// input with one of the statuses the API documents, and a refused request (4xx) must leave the
// project's ratings, meeting record and the session's round exactly as they were.
// ASSESSA_FUZZ_WRITE_SEEDS=DIR writes one valid body of each request as seeds.
#include "app/live/live_api.hpp"
#include "frameworks/framework_library.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace fs = std::filesystem;
using namespace assessa;

namespace {

constexpr const char* requests[][2] = {
    {"POST", "score"}, {"POST", "no-opinion"}, {"POST", "item"}, {"POST", "remove-item"}, {"POST", "vote"},
    {"POST", "join"},  {"GET", "me"},          {"GET", "round"}, {"GET", "mine"},         {"GET", "framework"},
    {"GET", "group"},  {"GET", "progress"},    {"POST", "nothing"}};
constexpr std::size_t request_count = sizeof(requests) / sizeof(requests[0]);

// A project on the small test framework with two members; Ona's and Jonas's devices approved,
// item 1.1 open for a blind vote. Made again every few hundred inputs so that notes do not pile up.
struct World {
    std::string path;
    std::unique_ptr<Project> project;
    std::unique_ptr<LiveSession> session;
    Id cycle = 0, ona = 0, jonas = 0;
    std::string ona_token, jonas_token;

    explicit World(const std::string& dir) : path(dir + "/live.assessa") {
        fs::remove(path);
        static const auto library = FrameworkLibrary::load({std::string(ASSESSA_TEST_DATA_DIR) + "/frameworks/good"});
        OrganisationProfile org;
        org.name = "Fuzz";
        project = Project::create(path, library, {"mini", "", "2026", org});
        cycle = project->current_cycle().id;
        Member m;
        m.name = "Ona";
        ona = project->add_member(m);
        m.name = "Jonas";
        jonas = project->add_member(m);
        auto n = std::make_shared<int>(0);
        session = std::make_unique<LiveSession>(*project, cycle, [n] {
            char hex[65];
            std::snprintf(hex, sizeof hex, "%064x", ++*n);
            return std::string(hex);
        });
        const auto a = session->request_join(ona, "Phone");
        session->approve(a.device_id);
        ona_token = a.token;
        const auto b = session->request_join(jonas, "Laptop");
        session->approve(b.device_id);
        jonas_token = b.token;
        project->add_item(cycle, ona, "1.1", NoteKind::afi, "Seed note");
        session->open_item("1.1");
    }
};

const std::string& work_dir() {
    static const std::string dir = [] {
        std::string d = (fs::temp_directory_path() / "assessa-fuzz-live-XXXXXX").string();
        if (!mkdtemp(d.data())) std::abort();
        return d;
    }();
    return dir;
}

void write_seeds(const std::string& out) {
    fs::create_directories(out);
    const char* bodies[] = {
        R"({"edit":"e1","member":1,"node":"1.1","phase":"overall","value":40})",
        R"({"edit":"e2","member":1,"node":"2.1","no_opinion":true})",
        R"({"edit":"e3","member":1,"node":"1.1","kind":"afi","text":"No written procedure"})",
        R"({"edit":"e4","member":1,"node":"1.1","item":1})",
        R"({"edit":"e5","node":"1.1","scores":{"overall":55}})",
        R"({"member":2,"label":"Phone"})"};
    for (std::size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); ++i)
        for (unsigned char token = 0; token < 2; ++token) {
            std::ofstream f(out + "/seed-" + std::to_string(i) + "-" + std::to_string(token), std::ios::binary);
            f << static_cast<char>(i * 3 + token) << bodies[i];
        }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (const char* out = std::getenv("ASSESSA_FUZZ_WRITE_SEEDS")) {
        write_seeds(out);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static int runs = 0;
    static std::unique_ptr<World> world;
    if (!world || ++runs % 400 == 0) {
        world.reset();
        world = std::make_unique<World>(work_dir());
    }
    if (size == 0) return 0;
    const unsigned choice = data[0];
    const auto& request = requests[(choice / 3) % request_count];
    const std::string token = choice % 3 == 0 ? world->ona_token : choice % 3 == 1 ? world->jonas_token : "";
    const std::string body(reinterpret_cast<const char*>(data + 1), size - 1);

    const auto ratings = world->project->ratings(world->cycle);
    const auto meeting = world->project->meeting_record(world->cycle);
    const auto round = world->session->round();
    const LiveReply reply = answer_live_request(*world->session, {request[0], request[1], token, body});
    switch (reply.status) {
        case 200: case 202: case 400: case 401: case 403: case 404: case 409: break;
        default: std::abort();
    }
    if (reply.body.empty() || reply.body.front() != '{') std::abort();
    if (reply.status >= 400) {
        if (world->project->ratings(world->cycle) != ratings) std::abort();
        if (world->project->meeting_record(world->cycle) != meeting) std::abort();
        const auto after = world->session->round();
        if (after.submitted != round.submitted || after.revealed != round.revealed) std::abort();
    }
    return 0;
}
