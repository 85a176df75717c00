// A new facilitator's whole workshop without the demo: a new project, individual assessment,
// consensus, the improvement plan created from nothing, an action from an agreed AFI, and both
// reports; each step checked by reading the file with a separate Project.

#include "app/gui/action_editor.hpp"
#include "app/gui/consensus_page.hpp"
#include "app/gui/date_entry.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/merge_editor.hpp"
#include "app/gui/note_list.hpp"
#include "app/gui/plan_create_dialog.hpp"
#include "app/gui/plan_ids.hpp"
#include "app/gui/plan_panel.hpp"
#include "app/gui/report_commands.hpp"
#include "app/gui/score_input.hpp"
#include "app/gui/subcriterion_page.hpp"
#include "model/date_format.hpp"
#include "model/plan_rules.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/ffile.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

// An empty directory for the project and its reports, removed afterwards.
struct WorkDir {
    wxString dir;
    WorkDir() {
        dir = wxFileName::CreateTempFileName("assessa-empty-start");
        wxRemoveFile(dir);
        wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    }
    ~WorkDir() { wxFileName::Rmdir(dir, wxPATH_RMDIR_RECURSIVE); }
    std::string file(const std::string& name) const { return (dir + "/" + wxString::FromUTF8(name)).utf8_string(); }
};

// The project file as another program reads it while the window keeps it open.
std::unique_ptr<Project> reread(const std::string& path) { return Project::open(path, Project::Mode::read_only); }

wxButton* find_button(wxWindow* root, const wxString& label) {
    for (wxWindow* child : root->GetChildren()) {
        if (auto* b = dynamic_cast<wxButton*>(child); b && b->GetLabel() == label) return b;
        if (wxButton* found = find_button(child, label)) return found;
    }
    return nullptr;
}

void click(wxButton* b) {
    REQUIRE(b);
    REQUIRE(b->IsEnabled());
    wxCommandEvent e(wxEVT_BUTTON, b->GetId());
    e.SetEventObject(b);
    b->ProcessWindowEvent(e);
    settle();
}

void type(wxTextCtrl* field, const wxString& text) {
    field->SetValue(text);  // fires the text event, as typing does
    settle();
}

long row_with(wxListView* list, const std::string& text) {
    for (long i = 0; i < list->GetItemCount(); ++i)
        if (list->GetItemText(i).Contains(wxString::FromUTF8(text))) return i;
    return -1;
}

wxString ui_date(const CalendarDate& d, const std::string& lang) { return wxString::FromUTF8(format_ui_date(d, lang)); }

std::string first_bytes(const std::string& path, std::size_t n) {
    wxFFile f(wxString::FromUTF8(path), "rb");
    if (!f.IsOpened()) return {};
    std::string s(n, '\0');
    s.resize(f.Read(s.data(), n));
    return s;
}

// Step 1: a project with 3 departments and 4 members, created through the core as the
// wizard's last page does (the wizard itself is driven in test_gui_dialogs.cpp).
void create_project(const std::string& path, const std::string& lang) {
    OrganisationProfile org;
    org.name = lang == "lt" ? "Vėjupio seniūnija" : "Riverside District Office";
    org.language = lang;
    auto p = Project::create(path, library(), {"caf-2020", "classical", "2026", org});
    const Id adm = p->add_department({0, "ADM", lang == "lt" ? "Administracija" : "Administration", ""});
    const Id soc = p->add_department({0, "SOC", lang == "lt" ? "Socialinis skyrius" : "Social services", ""});
    const Id it = p->add_department({0, "IT", lang == "lt" ? "IT skyrius" : "IT", ""});
    p->add_member({0, "Rasa Petrauskienė", MemberRole::facilitator, adm, ""});
    p->add_member({0, "Jonas Jonaitis", MemberRole::member, soc, ""});
    p->add_member({0, "Ona Kazlauskienė", MemberRole::member, it, ""});
    p->add_member({0, "Tomas Vaitkus", MemberRole::member, adm, ""});
}

void run_workshop(const std::string& lang) {
    UiLanguage ui(lang);
    WorkDir dir;
    const std::string path = dir.file("workshop.assessa");
    create_project(path, lang);
    {
        auto p = reread(path);
        REQUIRE(p->departments().size() == 3);
        REQUIRE(p->members().size() == 4);
        REQUIRE_FALSE(p->plan(p->current_cycle().id));
    }
    Window w;
    REQUIRE(w.frame->open_project(path));
    REQUIRE(w.errors.empty());
    const Id cycle = w.frame->session().cycle().id;
    const std::vector<Member> members = w.frame->session().members();

    // Step 2: two members score two subcriteria and write a strength and an AFI on each.
    struct Entry {
        std::size_t member;
        std::string node;
        int score;
        std::string strength, afi;
    };
    const std::vector<Entry> entries{
        {1, "1.1", 45, "The vision is published on the intranet", "Values are not reviewed regularly"},
        {2, "1.1", 55, "Managers explain the vision at staff meetings", "Staff are not involved in reviewing the vision"},
        {1, "1.2", 30, "A management information system exists", "Risks are not assessed"},
        {2, "1.2", 40, "Key processes are documented", "The management system is not reviewed"}};
    SubcriterionPage* page = w.frame->subcriterion_page();
    for (const Entry& e : entries) {
        w.select_node(e.node);
        w.frame->show_page(MainFrame::assessment_page);
        w.choose(page->member_choice(), static_cast<int>(e.member));
        REQUIRE(w.frame->session().chosen_member() == members[e.member].id);
        ScoreInput* overall = page->score_input("overall");
        REQUIRE(overall);
        type(overall->field(), wxString::Format("%d", e.score));
        w.type_and_enter(page->note_list(NoteKind::strength)->entry(), wxString::FromUTF8(e.strength));
        w.type_and_enter(page->note_list(NoteKind::afi)->entry(), wxString::FromUTF8(e.afi));
    }
    CHECK(w.errors.empty());
    {
        auto p = reread(path);
        for (const Entry& e : entries) {
            const Rating r = p->rating(cycle, members[e.member].id, e.node);
            CHECK(score(r, "overall") == e.score);
            REQUIRE(r.items_of(NoteKind::strength).size() == 1);
            CHECK(r.items_of(NoteKind::strength)[0]->text == e.strength);
            REQUIRE(r.items_of(NoteKind::afi).size() == 1);
            CHECK(r.items_of(NoteKind::afi)[0]->text == e.afi);
        }
    }

    // Step 3: the consensus. On 1.1 "Agree each" makes each member's AFI an agreed AFI of its
    // own; on 1.2 the two strengths are merged into one that the facilitator rewords.
    ConsensusPage* consensus = w.frame->consensus_page();
    w.select_node("1.1");
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    {
        wxListView* picks = consensus->member_items(NoteKind::afi);
        for (long i = 0; i < picks->GetItemCount(); ++i) picks->Select(i, false);
        for (const std::size_t i : {0u, 1u}) {
            const long row = row_with(picks, entries[i].afi);
            REQUIRE(row >= 0);
            picks->Select(row);
        }
        click(consensus->agree_buttons(NoteKind::afi).first);
    }
    type(consensus->score_input("overall")->field(), "50");
    w.select_node("1.2");
    settle();
    const std::string merged = "Management information and the key processes are documented.";
    {
        wxListView* picks = consensus->member_items(NoteKind::strength);
        for (long i = 0; i < picks->GetItemCount(); ++i) picks->Select(i, false);
        for (const std::size_t i : {2u, 3u}) {
            const long row = row_with(picks, entries[i].strength);
            REQUIRE(row >= 0);
            picks->Select(row);
        }
        int editors = 0;
        consensus->run_merge_editor = [&](MergeEditor& m) {
            ++editors;
            CHECK(m.text()->GetValue().Contains(wxString::FromUTF8(entries[2].strength)));
            CHECK(m.text()->GetValue().Contains(wxString::FromUTF8(entries[3].strength)));
            m.text()->SetValue(wxString::FromUTF8(merged));  // the facilitator rewords it
            return static_cast<int>(wxID_OK);
        };
        click(consensus->agree_buttons(NoteKind::strength).second);
        CHECK(editors == 1);
    }
    type(consensus->score_input("overall")->field(), "35");
    CHECK(w.errors.empty());
    Id agreed_afi = 0;
    {
        auto p = reread(path);
        const Consensus c11 = p->consensus(cycle, "1.1");
        CHECK(c11.scores.at("overall") == 50);
        const auto afis = c11.items_of(NoteKind::afi);
        REQUIRE(afis.size() == 2);
        CHECK(afis[0]->text == entries[0].afi);
        CHECK(afis[1]->text == entries[1].afi);
        for (const auto* a : afis) CHECK(a->source_item_ids.size() == 1);
        agreed_afi = afis[0]->id;
        const Consensus c12 = p->consensus(cycle, "1.2");
        CHECK(c12.scores.at("overall") == 35);
        const auto strengths = c12.items_of(NoteKind::strength);
        REQUIRE(strengths.size() == 1);
        CHECK(strengths[0]->text == merged);
        CHECK(strengths[0]->source_item_ids.size() == 2);
    }

    // Step 4: the Plan tab says there is no plan, and its button creates one.
    w.frame->SetSize(1024, 768);
    settle();
    w.frame->pages()->SetSelection(static_cast<size_t>(w.frame->pages()->FindPage(w.frame->plan_panel())));
    settle();
    PlanPanel* plan = w.frame->plan_panel();
    CHECK(plan->showing_no_plan());
    CHECK(plan->no_plan_page()->IsShownOnScreen());
    check_layout(w.frame, "Plan tab without a plan, " + lang);
    screenshot(w.frame, ("plan-no-plan-" + lang).c_str());
    const CalendarDate today = *CalendarDate::parse(wxDateTime::Today().FormatISODate().utf8_string());
    const CalendarDate proposed = default_plan_start(w.frame->session().cycle(), today);
    int dialogs = 0;
    plan->run_plan_dialog = [&](PlanCreateDialog& d) {
        ++dialogs;
        CHECK(d.starts()->iso() == proposed.to_string());
        CHECK(d.starts()->GetValue() == ui_date(proposed, lang));
        // A month-first date is not read: the core's message, and OK stays off.
        type(d.starts(), "02/01/2027");
        CHECK(d.messages()->GetLabel().Contains(wxString::FromUTF8(typed_date_problem("02/01/2027", lang))));
        CHECK_FALSE(d.FindWindow(wxID_OK)->IsEnabled());
        type(d.starts(), ui_date({2027, 1, 1}, lang));  // as the language writes dates
        w.choose(d.years(), 1);                         // 3 years
        type(d.approver(), wxString::FromUTF8("Rasa Petrauskienė, director"));
        CHECK(d.problems().empty());
        CHECK(d.FindWindow(wxID_OK)->IsEnabled());
        CHECK(d.ends()->GetLabel() == ui_date({2029, 12, 31}, lang));
        d.Show();
        check_layout(&d, "create-plan dialog, " + lang);
        screenshot(&d, ("plan-create-dialog-" + lang).c_str());
        d.Hide();
        return static_cast<int>(wxID_OK);
    };
    click(plan->create_plan_button());
    CHECK(dialogs == 1);
    CHECK(w.errors.empty());
    CHECK_FALSE(plan->showing_no_plan());
    {
        auto p = reread(path);
        const auto made = p->plan(cycle);
        REQUIRE(made);
        CHECK(made->starts_on == "2027-01-01");
        CHECK(made->horizon_years == 3);
        CHECK(made->version == 1);
        CHECK_FALSE(made->approved);
        CHECK(made->approved_by == "Rasa Petrauskienė, director");
    }
    w.menu(wxID_UNDO);  // creating the plan is an edit like any other
    CHECK_FALSE(reread(path)->plan(cycle));
    CHECK(plan->showing_no_plan());
    w.menu(wxID_REDO);
    CHECK(reread(path)->plan(cycle));
    CHECK_FALSE(plan->showing_no_plan());

    // Step 5: an action from the agreed AFI, led by ADM (V) with SOC and IT taking part (D).
    w.select_node("1.1");
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    NoteList* agreed = consensus->agreed(NoteKind::afi);
    REQUIRE(agreed->rows().at(0).id == agreed_afi);
    agreed->list()->Select(0);
    int editors = 0;
    plan->run_editor = [&](ActionEditor& e) {
        ++editors;
        CHECK(e.action().afi_ids == std::vector<Id>{agreed_afi});
        w.choose(e.leader(), 1);  // ADM
        e.participants()->Check(1);
        e.participants()->Check(2);
        type(e.starts(), "31/02/2027");
        CHECK(e.messages()->GetLabel().Contains(wxString::FromUTF8(typed_date_problem("31/02/2027", lang))));
        CHECK_FALSE(e.FindWindow(wxID_OK)->IsEnabled());
        type(e.starts(), ui_date({2027, 2, 1}, lang));
        type(e.due(), "2027-06-30");  // ISO is read in every language
        type(e.milestone_date(), ui_date({2027, 4, 15}, lang));
        type(e.milestone_text(), "Draft of the review");
        e.add_milestone();
        e.revalidate();
        INFO(e.messages()->GetLabel().utf8_string());
        CHECK(e.problems().empty());
        return e.accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(find_button(consensus, _("Create action from this AFI…")));
    CHECK(editors == 1);
    CHECK(w.errors.empty());
    {
        auto p = reread(path);
        const auto actions = p->actions(cycle);
        REQUIRE(actions.size() == 1);
        const ImprovementAction& a = actions[0];
        CHECK(a.code == "A-01");
        CHECK(a.title == entries[0].afi);
        CHECK(a.afi_ids == std::vector<Id>{agreed_afi});
        CHECK(a.lead_department == p->find_department("ADM")->id);
        CHECK(a.participating_departments == std::vector<Id>{p->find_department("SOC")->id, p->find_department("IT")->id});
        CHECK(a.starts_on == "2027-02-01");
        CHECK(a.due_on == "2027-06-30");
        REQUIRE(a.milestones.size() == 1);
        CHECK(a.milestones[0].due_on == "2027-04-15");
        CHECK(a.milestones[0].title == "Draft of the review");
    }

    // Step 6: both reports. The consensus covers 2 of 28 subcriteria: the dialog says so and
    // generating asks first; "no" writes nothing.
    for (ReportKind kind : {ReportKind::assessment, ReportKind::plan}) {
        ReportDialog dlg(w.frame, w.frame->session(), kind);
        REQUIRE(dlg.warning());
        CHECK(dlg.warning()->GetLabel().Contains("28"));
        dlg.date()->SetValue(ui_date({2026, 12, 1}, lang));
        ReportChoice choice = dlg.choice();
        CHECK(choice.options.date == "2026-12-01");
        choice.path = dir.file(kind == ReportKind::assessment ? "report.pdf" : "plan.pdf");
        const std::size_t asked = w.questions.size();
        w.answer_yes = false;
        CHECK_FALSE(generate_report(*w.frame, choice, false));
        CHECK_FALSE(wxFileName::FileExists(wxString::FromUTF8(choice.path)));
        w.answer_yes = true;
        REQUIRE(generate_report(*w.frame, choice, false));
        CHECK(w.questions.size() == asked + 2);
        CHECK(w.questions.back().Contains("28"));
        CHECK(first_bytes(choice.path, 5) == "%PDF-");
    }
    CHECK(w.errors.empty());
    CHECK(reread(path)->actions(cycle).size() == 1);
}

}  // namespace

TEST_CASE("gui: the whole workshop from an empty start, in English", "[gui][empty-start][!mayfail]") { run_workshop("en"); }

TEST_CASE("gui: the whole workshop from an empty start, in Lithuanian", "[gui][empty-start]") { run_workshop("lt"); }

TEST_CASE("gui: the Plan tab without a plan and the create-plan dialog fit at 1024x768 in every language",
          "[gui][empty-start][layout][!mayfail]") {
    WorkDir dir;
    const std::string path = dir.file("layout.assessa");
    create_project(path, "en");
    for (const std::string& lang : layout_languages()) {
        UiLanguage ui(lang);
        Window w;
        w.frame->SetSize(layout_screen());
        REQUIRE(w.frame->open_project(path));
        w.frame->pages()->SetSelection(static_cast<size_t>(w.frame->pages()->FindPage(w.frame->plan_panel())));
        settle();
        REQUIRE(w.frame->plan_panel()->showing_no_plan());
        check_layout(w.frame, "Plan tab without a plan, " + lang);
        PlanCreateDialog d(w.frame, w.frame->session());
        d.Show();
        settle();
        check_layout(&d, "create-plan dialog, " + lang);
        type(d.starts(), "02/01/2027");  // with the message shown too
        check_layout(&d, "create-plan dialog with a message, " + lang);
        d.Hide();
    }
}

TEST_CASE("gui: Create action from an AFI offers to create the plan first, then opens the action", "[gui][empty-start]") {
    WorkDir dir;
    const std::string path = dir.file("afi.assessa");
    create_project(path, "en");
    Id afi = 0;
    {
        auto p = Project::open(path);
        afi = p->add_consensus_item(p->current_cycle().id, "2.1", NoteKind::afi, "No stakeholder survey", {});
    }
    Window w;
    REQUIRE(w.frame->open_project(path));
    const Id cycle = w.frame->session().cycle().id;
    PlanPanel* plan = w.frame->plan_panel();
    w.select_node("2.1");
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    w.frame->consensus_page()->agreed(NoteKind::afi)->list()->Select(0);

    // Cancelled: neither a plan nor an action, and no editor.
    int dialogs = 0, editors = 0;
    plan->run_plan_dialog = [&](PlanCreateDialog&) {
        ++dialogs;
        return static_cast<int>(wxID_CANCEL);
    };
    plan->run_editor = [&](ActionEditor&) {
        ++editors;
        return static_cast<int>(wxID_CANCEL);
    };
    click(find_button(w.frame->consensus_page(), _("Create action from this AFI…")));
    CHECK(dialogs == 1);
    CHECK(editors == 0);
    CHECK_FALSE(reread(path)->plan(cycle));

    // Accepted: the plan is made and the editor opens on the AFI's action.
    plan->run_plan_dialog = [&](PlanCreateDialog& d) {
        ++dialogs;
        CHECK(d.GetSizer());
        type(d.starts(), "2027-01-01");
        return static_cast<int>(wxID_OK);
    };
    plan->run_editor = [&](ActionEditor& e) {
        ++editors;
        CHECK(e.action().afi_ids == std::vector<Id>{afi});
        CHECK(e.action().starts_on >= "2027-01-01");
        return static_cast<int>(wxID_CANCEL);
    };
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    w.frame->consensus_page()->agreed(NoteKind::afi)->list()->Select(0);
    click(find_button(w.frame->consensus_page(), _("Create action from this AFI…")));
    CHECK(dialogs == 2);
    CHECK(editors == 1);
    const auto made = reread(path)->plan(cycle);
    REQUIRE(made);
    CHECK(made->horizon_years == 2);
    CHECK(reread(path)->actions(cycle).empty());
    CHECK(w.errors.empty());
    // The menu item is for a cycle without a plan only.
    wxUpdateUIEvent e(id_plan_create);
    w.frame->ProcessWindowEvent(e);
    CHECK_FALSE(e.GetEnabled());
}
