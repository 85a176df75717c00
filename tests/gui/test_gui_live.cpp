// The live workshop session hosted by the desktop program: started from the Workshop menu, a
// device driven by the HTTP client joins and is approved in the session's window, its scores
// arrive on the consensus page, and the blind vote in the meeting view hides the votes until the
// reveal. From the demo and from an empty project; the session's window in projector mode names
// nobody.
#include "app/gui/consensus_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/meeting_view.hpp"
#include "app/gui/workshop/blind_vote_bar.hpp"
#include "app/gui/workshop/live_host.hpp"
#include "app/gui/workshop/live_start_dialog.hpp"
#include "app/gui/workshop/live_window.hpp"
#include "app/gui/workshop/workshop_actions.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"
#include "tests/gui/text_scan.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include <chrono>
#include <future>
#include <string>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;
using json = nlohmann::json;

namespace {

// A member's device: each request runs on a thread of its own while the GUI's event loop turns,
// as it would in the program (the server hands the work to the GUI thread).
struct Device {
    int port;
    std::string base;  // /s/SECRET/api/
    std::string token;

    struct Answer {
        int status = 0;
        json body;
    };
    Answer send(const std::string& method, const std::string& what, const json& body = {}) const {
        auto reply = std::async(std::launch::async, [&] {
            httplib::Client client("127.0.0.1", port);
            client.set_read_timeout(10, 0);
            httplib::Headers headers;
            if (!token.empty()) headers.emplace("X-Assessa-Token", token);
            const std::string path = base + what;
            auto res = method == "GET" ? client.Get(path, headers) : client.Post(path, headers, body.dump(), "application/json");
            Answer a;
            if (res) {
                a.status = res->status;
                a.body = json::parse(res->body, nullptr, false);
            } else {
                a.body = {{"error", httplib::to_string(res.error())}};
            }
            return a;
        });
        while (reply.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready) settle();
        Answer a = reply.get();
        settle();
        UNSCOPED_INFO(method << " " << what << ": " << a.status << " " << a.body.dump());
        return a;
    }
};

// Workshop ▸ Start live session…: the dialog, checked and answered with this computer's loopback
// address, then the session started on it at a port the system chooses (a fixed port could be
// taken on the test machine).
Device start_session(Window& w, const std::string& where) {
    WorkshopActions* workshop = w.frame->workshop();
    std::string address;
    workshop->run_start_dialog = [&](LiveStartDialog& dlg) {
        dlg.Show();
        settle();
        check_layout(&dlg, "start live session, " + where);
        auto* addresses = named<wxChoice>(&dlg, _("Network address:"));
        REQUIRE(addresses->GetCount() >= 1);
        choose(addresses, static_cast<int>(addresses->GetCount()) - 1);  // loopback comes last
        CHECK(named<wxSpinCtrl>(&dlg, _("Port:"))->GetValue() == dlg.port());
        address = dlg.address();
        dlg.Hide();
        return false;
    };
    workshop->choose_and_start();
    REQUIRE(address == "127.0.0.1");
    REQUIRE(workshop->start(address, 0));
    settle();
    REQUIRE(w.errors.empty());
    REQUIRE(w.frame->live());
    LiveWindow* window = workshop->window();
    REQUIRE(window);
    CHECK(window->IsShown());
    const std::string join = window->address_text()->GetLabel().utf8_string();
    const std::string prefix = "http://127.0.0.1:";
    REQUIRE(join.rfind(prefix, 0) == 0);
    const int port = std::stoi(join.substr(prefix.size()));
    return {port, join.substr(join.find("/s/")) + "api/", ""};
}

// The member's row of the consensus page's table: its texts, column by column.
std::vector<std::string> table_row(ConsensusPage* page, const wxString& member) {
    wxListView* table = page->member_table();
    for (long i = 0; i < table->GetItemCount(); ++i)
        if (table->GetItemText(i, 0) == member) {
            std::vector<std::string> cells;
            for (int c = 0; c < table->GetColumnCount(); ++c) cells.push_back(table->GetItemText(i, c).utf8_string());
            return cells;
        }
    FAIL("no row for " << member.utf8_string());
    return {};
}

// A device joins as `member`, the facilitator approves it in the session's window, and it scores
// 1.1; the consensus page shows the scores as they arrive.
void join_approve_and_score(Window& w, Device& device, const Member& member, const std::string& where) {
    const auto group = device.send("GET", "group");
    REQUIRE(group.status == 200);
    const auto joined = device.send("POST", "join", {{"member", member.id}, {"label", "Phone"}});
    REQUIRE(joined.status == 202);
    device.token = joined.body["token"].get<std::string>();
    // Waiting: the token does not write yet.
    CHECK(device.send("POST", "score", {{"edit", "w1"}, {"member", member.id}, {"node", "1.1"}, {"phase", "plan"}, {"value", 41}})
              .status == 401);

    LiveWindow* window = w.frame->workshop()->window();
    REQUIRE(window->approve_buttons().size() == 1);
    check_layout(window, "live session window, " + where);
    click(window->approve_buttons().front());
    settle();
    REQUIRE(window->approve_buttons().size() == 1);
    CHECK_FALSE(window->approve_buttons().front()->IsEnabled());

    w.select_node("1.1");
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    // The demo scores with the fine-tuned method (four phases), a new project with the classical
    // one (a single overall phase).
    const Panel* panel = w.frame->session().panel("1.1");
    REQUIRE(panel);
    const std::vector<int> values{41, 52, 33, 24};
    for (std::size_t i = 0; i < panel->phases.size(); ++i) {
        const std::string& phase = panel->phases[i].id;
        const auto r = device.send("POST", "score", {{"edit", "s-" + phase}, {"member", member.id}, {"node", "1.1"},
                                                     {"phase", phase}, {"value", values.at(i)}});
        CHECK(r.status == 200);
    }
    settle();
    const auto row = table_row(w.frame->consensus_page(), wxString::FromUTF8(member.name));
    REQUIRE(row.size() >= 1 + panel->phases.size());
    for (std::size_t i = 0; i < panel->phases.size(); ++i) CHECK(row[1 + i] == std::to_string(values.at(i)));
    // Another member's rating is refused, and nothing of it is written.
    const Id cycle = w.frame->session().cycle().id;
    for (const Member& other : w.frame->session().members())
        if (other.id != member.id) {
            const Rating before = w.frame->session().project().rating(cycle, other.id, "1.1");
            CHECK(device.send("POST", "score", {{"edit", "x1"}, {"member", other.id}, {"node", "1.1"}, {"phase", "plan"}, {"value", 99}})
                      .status == 403);
            CHECK(w.frame->session().project().rating(cycle, other.id, "1.1").scores == before.scores);
            break;
        }
}

// The blind vote in the meeting view: the vote arrives hidden, and shows after the reveal.
std::string blind_vote(Window& w, Device& device, const std::string& where) {
    w.frame->open_meeting();
    settle();
    MeetingView* view = w.frame->meeting_view();
    BlindVoteBar* bar = view->vote_bar();
    REQUIRE(bar);
    const std::string code = view->code();
    bar->open_vote();
    settle();
    bar = view->vote_bar();
    REQUIRE(bar);
    CHECK(bar->hides_scores());
    json scores = json::object();
    for (const Phase& phase : w.frame->session().panel(code)->phases) scores[phase.id] = 70;
    const auto voted = device.send("POST", "vote", {{"edit", "v1"}, {"node", code}, {"scores", scores}});
    CHECK(voted.status == 200);
    settle();
    bar = view->vote_bar();
    REQUIRE(bar);
    CHECK(bar->status()->GetLabel().Contains("1 of"));
    CHECK(view->statistics()->GetLabel() == _("The votes are hidden until the reveal."));
    check_layout(w.frame, "meeting view with a blind vote, " + where);
    // The round as a device sees it: a count, never a value.
    const auto round = device.send("GET", "round");
    CHECK(round.status == 200);
    CHECK(round.body["submitted"] == 1);
    CHECK(round.body["votes"].empty());
    bar->reveal();
    settle();
    bar = view->vote_bar();
    REQUIRE(bar);
    CHECK_FALSE(bar->hides_scores());
    CHECK(view->statistics()->GetLabel() != _("The votes are hidden until the reveal."));
    screenshot(w.frame, ("live-reveal-" + where).c_str());
    const auto revealed = device.send("GET", "round");
    CHECK(revealed.body["revealed"] == true);
    view->leave();
    settle();
    return code;
}

void stop_and_check_closed(Window& w, const Device& device) {
    LiveWindow* window = w.frame->workshop()->window();
    REQUIRE(window);
    w.frame->workshop()->stop();
    settle();
    CHECK_FALSE(w.frame->live());
    httplib::Client client("127.0.0.1", device.port);
    client.set_connection_timeout(1, 0);
    CHECK_FALSE(client.Get(device.base + "group"));  // nothing listens any more
}

}  // namespace

TEST_CASE("gui: a live session on the demo, a device approved, its scores and a blind vote", "[gui][live]") {
    DemoCopy demo;
    Window w;
    w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
    REQUIRE(w.frame->open_project(demo.path));
    Device device = start_session(w, "demo");
    screenshot(w.frame->workshop()->window(), "live-window");
    const Member member = w.frame->session().members().at(2);
    join_approve_and_score(w, device, member, "demo");
    const std::string voted = blind_vote(w, device, "demo");
    stop_and_check_closed(w, device);
    const Id cycle = w.frame->session().cycle().id;
    w.frame->close_project();
    // The file holds the device's work: its vote, and its scores of 1.1 unless the vote replaced them.
    auto p = Project::open(demo.path, Project::Mode::read_only);
    const Rating vote = p->rating(cycle, member.id, voted);
    CHECK(score(vote, "plan") == 70);
    CHECK(score(vote, "act") == 70);  // the demo scores each of the four phases
    if (voted != "1.1") {
        const Rating r = p->rating(cycle, member.id, "1.1");
        CHECK(score(r, "plan") == 41);
        CHECK(score(r, "act") == 24);
    }
    CHECK(w.errors.empty());
}

TEST_CASE("gui: a live session from an empty project", "[gui][live]") {
    const wxString dir = wxFileName::CreateTempFileName("assessa-live");
    wxRemoveFile(dir);
    wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    const std::string path = (dir + "/workshop.assessa").utf8_string();
    {
        Window w;
        w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
        WizardAnswers answers;
        answers.where = "live, empty";
        answers.screenshots = false;
        wxTEST_DIALOG(w.menu(wxID_NEW), FillWizard(answers), wxExpectModal<wxMessageDialog>(wxOK),
                      ChooseFile(wxString::FromUTF8(path)));
        REQUIRE(w.frame->has_project());
        Device device = start_session(w, "empty project");
        const Member member = w.frame->session().members().at(1);
        join_approve_and_score(w, device, member, "empty project");
        blind_vote(w, device, "empty project");
        stop_and_check_closed(w, device);
        CHECK(w.errors.empty());
    }
    wxFileName::Rmdir(dir, wxPATH_RMDIR_RECURSIVE);
}

TEST_CASE("gui: the live session's window names nobody in projector mode", "[gui][live][projector]") {
    UiLanguage language("lt");  // and its dialog and window are laid out in Lithuanian
    DemoCopy demo;
    Window w;
    w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
    REQUIRE(w.frame->open_project(demo.path));
    w.frame->set_projector_mode(true);
    settle();
    Device device = start_session(w, "projector");
    const std::vector<Member> members = w.frame->session().members();
    // A device whose label is another member's name: the label is shown without it.
    const auto joined = device.send("POST", "join", {{"member", members.at(0).id}, {"label", members.at(1).name + "'s phone"}});
    REQUIRE(joined.status == 202);
    settle();
    LiveWindow* window = w.frame->workshop()->window();
    REQUIRE(window);
    check_layout(window, "live session window in projector mode");
    screenshot(window, "live-window-projector");
    for (const wxString& text : visible_texts(window))
        for (const Member& m : members) CHECK_FALSE(text.Contains(wxString::FromUTF8(m.name)));
    stop_and_check_closed(w, device);
    w.frame->set_projector_mode(false);
}
