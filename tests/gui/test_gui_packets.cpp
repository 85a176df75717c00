// Individual assessment packets in the desktop program: the facilitator sends them from the
// main window, a member assesses in the packet workspace and finishes, the facilitator imports
// the returned packet (and refuses a damaged one); checked through the project file.
#include "app/gui/main_frame.hpp"
#include "app/gui/packet_actions.hpp"
#include "app/gui/packet_dialogs.hpp"
#include "app/gui/packet_frame.hpp"
#include "app/gui/packet_page.hpp"
#include "app/gui/wx_text.hpp"
#include "exports/packet_import.hpp"
#include "exports/packet_workspace.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/dnd.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <fstream>
#include <iterator>
#include <sstream>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

// The facilitator's packet actions with their dialogs recorded (and captured) instead of shown
// modally.
struct Recorder {
    std::vector<wxString> titles;
    std::vector<wxString> errors;
    const char* capture = nullptr;  // the next dialog's screenshot name
    std::vector<std::vector<wxString>> status_rows;
    std::vector<wxString> questions;
    bool answer = false;  // to the next question

    explicit Recorder(PacketActions& a) {
        a.present = [this](wxDialog& d) {
            titles.push_back(d.GetTitle());
            if (auto* list = dynamic_cast<wxListView*>(wxWindow::FindWindowByName(_("Packet status"), &d))) {
                for (long r = 0; r < list->GetItemCount(); ++r) {
                    std::vector<wxString> row;
                    for (int c = 0; c < list->GetColumnCount(); ++c) row.push_back(list->GetItemText(r, c));
                    status_rows.push_back(row);
                }
            }
            d.Show();
            settle();
            check_layout(&d, d.GetTitle().utf8_string());
            if (capture) screenshot(&d, capture);
            capture = nullptr;
            d.Hide();
        };
        a.error = [this](const wxString& m) { errors.push_back(m); };
        a.confirm = [this](const wxString& q) {
            questions.push_back(q);
            return answer;
        };
    }
};

// A member's packet workspace at the size of a small projector screen, dialogs recorded.
struct MemberWindow {
    PacketFrame* frame = nullptr;
    std::vector<wxString> errors;
    wxString return_path;
    explicit MemberWindow(const std::string& packet) {
        frame = open_packet_frame(packet, [this](const wxString& m) { errors.push_back(m); });
        REQUIRE(frame);
        frame->set_prompts({[this](const wxString& m) { errors.push_back(m); },
                            [this](const wxString&) { return return_path; }, [](const wxString&) { return true; }});
        frame->SetSize(0, 0, 1366, 768);
        settle();
    }
    ~MemberWindow() {
        frame->Destroy();
        settle();
    }
    MemberWindow(const MemberWindow&) = delete;
    MemberWindow& operator=(const MemberWindow&) = delete;

    void select(const std::string& code) {
        const wxTreeItemId item = frame->item(code);
        REQUIRE(item.IsOk());
        frame->tree()->SelectItem(item);
        settle();
        REQUIRE(frame->page()->node() == code);
    }
    // Under Xvfb the window under the pointer has the focus: a window without it is drawn
    // greyed ("backdrop"), as no user would see it while working in it.
    void activate() {
        wxUIActionSimulator sim;
        sim.MouseMove(frame->GetScreenPosition() + wxPoint(5, 5));
        settle();
        sim.MouseMove(frame->GetScreenPosition() + frame->GetSize() / 2);
        settle();
    }
    void click(wxButton* b) {
        wxCommandEvent e(wxEVT_BUTTON, b->GetId());
        e.SetEventObject(b);
        b->ProcessWindowEvent(e);
        settle();
    }
};

void type_and_enter(wxTextCtrl* field, const wxString& text) {
    field->SetValue(text);
    wxCommandEvent e(wxEVT_TEXT_ENTER, field->GetId());
    e.SetEventObject(field);
    e.SetString(text);
    field->ProcessWindowEvent(e);
    settle();
}

bool has_item(const Rating& r, NoteKind kind, const std::string& text) {
    for (const NoteItem* it : r.items_of(kind))
        if (it->text == text) return true;
    return false;
}

}  // namespace

TEST_CASE("gui: packets are sent, assessed and finished by a member, and imported back", "[gui][packets][screenshots]") {
    DemoCopy demo;
    const std::string folder = utf8(demo.dir + "/packets");
    const std::string returned = utf8(demo.dir + "/returned.assessa-packet");
    Id cycle = 0, member = 0;
    std::vector<SentPacket> sent;
    {
        Window w;
        REQUIRE(w.frame->open_project(demo.path));
        cycle = w.frame->session().cycle().id;
        Recorder rec(*w.frame->packets());
        sent = w.frame->packets()->send_to(folder);
        REQUIRE(sent.size() == w.frame->session().members().size());
        REQUIRE(rec.titles.size() == 1);
        for (const auto& s : sent) CHECK(wxFileName::FileExists(u8(s.path)));
        // A second sending into the same folder would overwrite returned packets: refused.
        CHECK(w.frame->packets()->send_to(folder).empty());
        REQUIRE(rec.errors.size() == 1);
        member = sent[2].member.id;
    }

    {
        MemberWindow m(sent[2].path);
        PacketWorkspace& ws = m.frame->workspace();
        CHECK(ws.header().member_id == member);
        CHECK(m.frame->page()->node() == "1.1");  // the first subcriterion is shown at once
        CHECK(m.frame->tree()->GetSelection() == m.frame->item("1.1"));
        m.select("2.1");
        PacketPage* page = m.frame->page();
        REQUIRE(page->score_input("plan"));
        page->score_input("plan")->field()->SetValue("64");  // typing fires the text event
        settle();
        CHECK(score(ws.rating("2.1"), "plan") == 64);
        type_and_enter(page->note_list(NoteKind::strength)->entry(), "Budget hearings are open to residents.");
        CHECK(has_item(ws.rating("2.1"), NoteKind::strength, "Budget hearings are open to residents."));
        CHECK(page->note_list(NoteKind::strength)->rows().back().text == "Budget hearings are open to residents.");

        // "No opinion" on another node, shown in its tree label; the progress follows the packet.
        m.select("4.3");
        m.frame->page()->no_opinion_box()->SetValue(true);
        wxCommandEvent tick(wxEVT_CHECKBOX, m.frame->page()->no_opinion_box()->GetId());
        tick.SetEventObject(m.frame->page()->no_opinion_box());
        tick.SetInt(1);
        m.frame->page()->no_opinion_box()->ProcessWindowEvent(tick);
        settle();
        CHECK(ws.rating("4.3").no_opinion);
        CHECK(m.frame->tree()->GetItemText(m.frame->item("4.3")).Contains(_("no opinion")));
        const auto progress = ws.progress();
        CHECK(m.frame->progress_text()->GetLabel() ==
              wxString::Format(_("%zu of %zu subcriteria completed"), progress.completed, progress.total));
        m.select("2.1");
        m.activate();
        check_layout(m.frame, "member's packet window");
        screenshot(m.frame, "packet-member");

        // Finish and return: a copy where the member chose; from then on edits are refused.
        m.return_path = u8(returned);
        m.click(m.frame->finish_button());
        CHECK(m.errors.empty());
        CHECK(ws.finished());
        REQUIRE(wxFileName::FileExists(u8(returned)));
        m.frame->page()->score_input("plan")->field()->SetValue("10");
        settle();
        CHECK(m.errors.size() == 1);  // shown, not thrown
        CHECK(score(ws.rating("2.1"), "plan") == 64);
        CHECK(m.frame->page()->score_input("plan")->value() == 64);

        // Reopen for a correction, and finish again to the same place.
        m.click(m.frame->reopen_button());
        CHECK_FALSE(ws.finished());
        m.frame->page()->score_input("act")->field()->SetValue("58");
        settle();
        CHECK(score(ws.rating("2.1"), "act") == 58);
        m.click(m.frame->finish_button());
        CHECK(ws.finished());
        CHECK(m.errors.size() == 1);
    }

    // A damaged copy of another member's packet comes back too.
    const std::string tampered = utf8(demo.dir + "/tampered.assessa-packet");
    std::string text = read_file(sent[3].path);
    const auto at = text.find("<rating");
    REQUIRE(at != std::string::npos);
    text.insert(at, "<!-- changed -->");
    write_file(tampered, text);
    std::vector<Rating> other_before;
    {
        auto p = Project::open(demo.path);
        for (const Rating& r : p->ratings(cycle))
            if (r.member_id == sent[3].member.id) other_before.push_back(r);
    }

    {
        Window w;
        REQUIRE(w.frame->open_project(demo.path));
        Recorder rec(*w.frame->packets());
        rec.capture = "packet-import";
        const auto lines = w.frame->packets()->import_files({returned, tampered});
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].ok);
        CHECK(lines[0].changed);
        CHECK(wxString::FromUTF8(lines[0].text).Contains(wxString::FromUTF8(sent[2].member.name)));
        CHECK_FALSE(lines[1].ok);
        REQUIRE(lines[1].errors.size() == 1);
        CHECK(lines[1].errors[0].find("does not match its checksum") != std::string::npos);
        CHECK(rec.titles.size() == 1);
        // The workspace shows the imported score at once.
        w.select_node("2.1");
        CHECK(score(w.frame->session().project().rating(cycle, member, "2.1"), "plan") == 64);

        // The same packet again changes nothing.
        const auto again = w.frame->packets()->import_files({returned});
        REQUIRE(again.size() == 1);
        CHECK(again[0].ok);
        CHECK_FALSE(again[0].changed);

        rec.capture = "packet-status";
        w.frame->packets()->show_status();
        REQUIRE(rec.status_rows.size() == sent.size());
        CHECK(rec.status_rows[2][0] == wxString::FromUTF8(sent[2].member.name));
        CHECK(rec.status_rows[2][1] == _("returned, finished"));
        CHECK(rec.status_rows[2][2].StartsWith(wxString::Format(_("sending %lld, %s"), 1LL, "")));
        CHECK(rec.status_rows[2][3] == "1");  // the import came from sending 1
        CHECK(rec.status_rows[3][1] == _("not returned yet"));
    }

    auto p = Project::open(demo.path);
    const Rating r = p->rating(cycle, member, "2.1");
    CHECK(score(r, "plan") == 64);
    CHECK(score(r, "act") == 58);
    CHECK(has_item(r, NoteKind::strength, "Budget hearings are open to residents."));
    CHECK(p->rating(cycle, member, "4.3").no_opinion);
    std::vector<Rating> other_after;
    for (const Rating& x : p->ratings(cycle))
        if (x.member_id == sent[3].member.id) other_after.push_back(x);
    CHECK(other_after == other_before);
    const auto imports = p->packet_imports(cycle);
    REQUIRE(imports.size() == 1);
    CHECK(imports[0].member_id == member);
    CHECK(imports[0].finished);
}

TEST_CASE("gui: a tampered packet dropped on the window is refused and the project is unchanged", "[gui][packets]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    const Id cycle = w.frame->session().cycle().id;
    const Member member = w.frame->session().members().front();
    const std::string path = utf8(demo.dir + "/one.assessa-packet");
    send_packet(w.frame->session().project(), cycle, member.id, path);
    std::string text = read_file(path);
    const auto at = text.find("value=\"");
    REQUIRE(at != std::string::npos);
    text[at + 7] = text[at + 7] == '1' ? '2' : '1';  // a score changed by hand
    write_file(path, text);
    const auto before = w.frame->session().project().ratings(cycle);

    Recorder rec(*w.frame->packets());
    auto* target = dynamic_cast<wxFileDropTarget*>(w.frame->GetDropTarget());
    REQUIRE(target);
    wxArrayString files;
    files.Add(u8(path));
    CHECK(target->OnDropFiles(10, 10, files));
    settle();
    REQUIRE(rec.titles.size() == 1);  // the summary, with the refusal
    CHECK(rec.errors.empty());
    CHECK(w.frame->session().project().ratings(cycle) == before);
    CHECK(w.frame->session().project().packet_imports(cycle).empty());
}

TEST_CASE("gui: File > Open of a packet opens the member's workspace; a damaged one is explained", "[gui][packets]") {
    DemoCopy demo;
    Window w;
    std::string path = utf8(demo.dir + "/member.assessa-packet");
    {
        auto p = Project::open(demo.path);
        send_packet(*p, p->cycles().back().id, p->members()[1].id, path);
    }
    auto packet_frames = [] {
        std::vector<PacketFrame*> out;
        for (wxWindow* t : wxTopLevelWindows)
            if (auto* f = dynamic_cast<PacketFrame*>(t); f && !f->IsBeingDeleted()) out.push_back(f);
        return out;
    };
    REQUIRE(w.frame->open_project(path));
    settle();
    auto frames = packet_frames();
    REQUIRE(frames.size() == 1);
    CHECK_FALSE(w.frame->has_project());
    CHECK(frames[0]->workspace().path() == path);
    frames[0]->Destroy();
    settle();

    const std::string damaged = utf8(demo.dir + "/damaged.assessa-packet");
    const std::string text = read_file(path);
    write_file(damaged, text.substr(0, text.size() / 2));
    CHECK_FALSE(w.frame->open_project(damaged));
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors[0].Contains("cut short"));
    CHECK(packet_frames().empty());
}

TEST_CASE("gui: sending again can keep earlier packets valid; a packet without a secret is accepted only when "
          "confirmed", "[gui][packets][screenshots]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    Project& project = w.frame->session().project();
    const Id cycle = w.frame->session().cycle().id;
    const Member member = w.frame->session().members().at(1);
    Recorder rec(*w.frame->packets());

    // The first sending: the box is off, and there is nothing earlier to keep.
    const std::string first = utf8(demo.dir + "/first.assessa-packet");
    send_packet(project, cycle, member.id, first);
    {
        SendPacketsDialog dlg(w.frame, true);
        auto* keep = dynamic_cast<wxCheckBox*>(wxWindow::FindWindowByLabel(_("Packets sent before stay valid"), &dlg.dialog()));
        REQUIRE(keep);
        CHECK(keep->IsEnabled());
        CHECK_FALSE(keep->GetValue());
        CHECK_FALSE(dlg.options().keep_earlier);
        dlg.set_folder(utf8(demo.dir));
        keep->SetValue(true);  // as a click does
        wxCommandEvent tick(wxEVT_CHECKBOX, keep->GetId());
        tick.SetEventObject(keep);
        tick.SetInt(1);
        keep->ProcessWindowEvent(tick);
        dlg.dialog().Show();
        settle();
        screenshot(&dlg.dialog(), "packet-send");
        dlg.dialog().Hide();
        CHECK(dlg.options().keep_earlier);
        CHECK(dlg.folder() == utf8(demo.dir));
        const auto sent = w.frame->packets()->send_to(utf8(demo.dir + "/again"), dlg.options());
        REQUIRE_FALSE(sent.empty());
    }
    // Kept valid: the member's first packet still comes in.
    PacketWorkspace::open(first)->set_score("1.1", "plan", 5);
    const auto kept = w.frame->packets()->import_files({first});
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].ok);
    CHECK(score(project.rating(cycle, member.id, "1.1"), "plan") == 5);

    // A packet in the format from before secrets, for another member.
    const Member other = w.frame->session().members().at(2);
    const std::string old = utf8(demo.dir + "/old.assessa-packet");
    {
        Packet packet = make_packet(project, cycle, other.id);
        packet.ratings.at(0).scores["plan"] = 3;
        write_packet_file(old, packet);
    }
    const auto before = project.ratings(cycle);
    rec.answer = false;
    const auto refused = w.frame->packets()->import_files({old});
    REQUIRE(refused.size() == 1);
    CHECK_FALSE(refused[0].ok);
    REQUIRE(rec.questions.size() == 1);
    CHECK(rec.questions[0].Contains("old.assessa-packet"));
    REQUIRE(refused[0].errors.size() == 1);
    CHECK(refused[0].errors[0].find("send " + other.name + " a new packet") != std::string::npos);
    CHECK(project.ratings(cycle) == before);

    rec.answer = true;
    const auto accepted = w.frame->packets()->import_files({old});
    REQUIRE(accepted.size() == 1);
    CHECK(accepted[0].ok);
    CHECK(accepted[0].unauthenticated);
    CHECK(rec.questions.size() == 2);
    CHECK(score(project.rating(cycle, other.id, "1.1"), "plan") == 3);

    rec.status_rows.clear();
    w.frame->packets()->show_status();
    REQUIRE(rec.status_rows.size() == w.frame->session().members().size());
    CHECK(rec.status_rows[1][3] == "1");
    CHECK(rec.status_rows[2][3] == wxString::FromUTF8(packet_sending_label(project.packet_imports(cycle).back())));
    CHECK(project.packet_imports(cycle).back().unauthenticated);
}
