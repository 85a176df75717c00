// The CAF ten steps in the desktop program: the Steps tab and the steps' editors, from an empty
// project; each step's record checked in the file as another program reads it, and again after
// the file is closed and opened.

#include "app/gui/action_editor.hpp"
#include "app/gui/communication_dialog.hpp"
#include "app/gui/date_entry.hpp"
#include "app/gui/decision_dialog.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/objectives_dialog.hpp"
#include "app/gui/pef_dialog.hpp"
#include "app/gui/plan_create_dialog.hpp"
#include "app/gui/plan_panel.hpp"
#include "app/gui/review_dialog.hpp"
#include "app/gui/step_record_panel.hpp"
#include "app/gui/steps_page.hpp"
#include "app/gui/training_dialog.hpp"
#include "model/progress_review.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"
#include "tests/gui/real_wheel.hpp"
#include "tests/gui/text_scan.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

struct WorkDir {
    wxString dir;
    WorkDir() {
        dir = wxFileName::CreateTempFileName("assessa-steps");
        wxRemoveFile(dir);
        wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    }
    ~WorkDir() { wxFileName::Rmdir(dir, wxPATH_RMDIR_RECURSIVE); }
    std::string file(const std::string& name) const { return (dir + "/" + wxString::FromUTF8(name)).utf8_string(); }
};

std::unique_ptr<Project> reread(const std::string& path) { return Project::open(path, Project::Mode::read_only); }

// An empty project: 3 departments, 4 members, nothing assessed, no plan.
void create_project(const std::string& path) {
    OrganisationProfile org;
    org.name = "Riverside District Office";
    org.language = "en";
    auto p = Project::create(path, library(), {"caf-2020", "classical", "2026", org});
    const Id adm = p->add_department({0, "ADM", "Administration", ""});
    const Id soc = p->add_department({0, "SOC", "Social services", ""});
    const Id it = p->add_department({0, "IT", "IT", ""});
    p->add_member({0, "Rasa Petrauskienė", MemberRole::facilitator, adm, ""});
    p->add_member({0, "Jonas Jonaitis", MemberRole::member, soc, ""});
    p->add_member({0, "Ona Kazlauskienė", MemberRole::member, it, ""});
    p->add_member({0, "Tomas Vaitkus", MemberRole::member, adm, ""});
}

void type(wxTextCtrl* field, const wxString& text) {
    field->SetValue(text);  // fires the text event, as typing does
    settle();
}

void check(wxCheckListBox* list, unsigned row) {
    list->Check(row);
    wxCommandEvent e(wxEVT_CHECKLISTBOX, list->GetId());
    e.SetEventObject(list);
    e.SetInt(static_cast<int>(row));
    list->ProcessWindowEvent(e);
    settle();
}

void select_row(wxListView* list, long row) {
    list->Select(row);
    settle();
}

StepsPage* show_steps(Window& w) {
    w.frame->show_steps();
    settle();
    StepsPage* page = w.frame->steps_page();
    REQUIRE(page->IsShownOnScreen());
    REQUIRE(page->overview().size() == 10);
    return page;
}

// The plan and one action, made through the Plan tab's own commands as a user does.
void make_plan_and_action(Window& w) {
    PlanPanel* plan = w.frame->plan_panel();
    plan->run_plan_dialog = [&](PlanCreateDialog& d) {
        type(d.starts(), "2027-01-01");
        type(d.approver(), "Director");
        return static_cast<int>(wxID_OK);
    };
    REQUIRE(plan->create_plan());
    plan->run_editor = [&](ActionEditor& e) {
        type(e.title(), "Survey the residents every year");
        w.choose(e.leader(), 1);
        type(e.starts(), "2027-02-01");
        type(e.due(), "2027-09-30");
        type(e.indicator(), "Residents satisfied");
        type(e.target(), ">= 80 %");
        type(e.risks(), "The survey budget is cut");
        type(e.check_method(), "Compare with the 2026 survey");
        type(e.check_on(), "2027-12-15");
        e.revalidate();
        INFO(e.messages()->GetLabel().utf8_string());
        return e.accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    plan->new_action();
}

}  // namespace

TEST_CASE("gui: steps 1, 2 and 4 and a progress review filled in from an empty project, kept in the file",
          "[gui][steps]") {
    WorkDir dir;
    const std::string path = dir.file("steps.assessa");
    create_project(path);
    Window w;
    REQUIRE(w.frame->open_project(path));
    const Id cycle = w.frame->session().cycle().id;
    const std::vector<Member> members = w.frame->session().members();
    StepsPage* page = show_steps(w);
    for (int step = 1; step <= 10; ++step) REQUIRE(page->open_button(step)->IsEnabled());

    // Step 1: the management decision, for two of the three departments.
    int dialogs = 0;
    page->run_dialog = [&](wxDialog& dialog) {
        ++dialogs;
        auto* d = dynamic_cast<DecisionDialog*>(&dialog);
        REQUIRE(d);
        type(d->decided_on(), "2026-09-01");
        type(d->decided_by(), "Director, order No. V-12");
        d->choose_scope(AssessmentScope::units);
        CHECK_FALSE(d->problems().empty());  // no department checked yet
        CHECK_FALSE(d->FindWindow(wxID_OK)->IsEnabled());
        check(d->departments(), 0);
        check(d->departments(), 2);
        type(d->objective(), "Find what to improve before the new strategy");
        type(d->leader(), "Head of Administration");
        type(d->resources(), "Two days of each member's time; an external trainer");
        type(d->record_panel()->responsible(), "Head of Administration");
        INFO(d->messages()->GetLabel().utf8_string());
        CHECK(d->problems().empty());
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(1));
    CHECK(dialogs == 1);
    CHECK(w.errors.empty());
    {
        const SelfAssessmentDecision d = reread(path)->cycle_steps(cycle).decision;
        CHECK(d.decided_on == "2026-09-01");
        CHECK(d.decided_by == "Director, order No. V-12");
        CHECK(d.scope == AssessmentScope::units);
        CHECK(d.unit_ids.size() == 2);
        CHECK(d.objective == "Find what to improve before the new strategy");
        CHECK(d.process_leader == "Head of Administration");
        CHECK(reread(path)->cycle_steps(cycle).step(1).responsible == "Head of Administration");
    }
    CHECK(page->badge(1)->GetLabel() != wxString::FromUTF8(step_status_label(StepStatus::not_started)));

    // Step 2: two entries of the communication plan, the second moved first; the step set in progress.
    page->run_dialog = [&](wxDialog& dialog) {
        ++dialogs;
        auto* d = dynamic_cast<CommunicationDialog*>(&dialog);
        REQUIRE(d);
        type(d->audience(), "All staff");
        type(d->message(), "Why we assess ourselves and who is in the group");
        type(d->channel(), "Staff meeting");
        type(d->planned(), "2026-09-10");
        type(d->responsible(), "Director");
        click(d->buttons().add);
        type(d->audience(), "Municipal council");
        type(d->message(), "The self-assessment has started");
        type(d->channel(), "Letter");
        type(d->planned(), "2026-09-15");
        type(d->done(), "2026-09-16");
        click(d->buttons().add);
        INFO(d->messages()->GetLabel().utf8_string());
        REQUIRE(d->entries().size() == 2);
        select_row(d->list(), 1);
        click(d->buttons().up);
        CHECK(d->entries()[0].audience == "Municipal council");
        // A changed entry is saved into its row.
        select_row(d->list(), 1);
        type(d->channel(), "Staff meeting and intranet");
        click(d->buttons().save);
        w.choose(d->record_panel()->status(), 2);  // in progress
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(2));
    CHECK(dialogs == 2);
    CHECK(w.errors.empty());
    {
        const CycleSteps s = reread(path)->cycle_steps(cycle);
        const auto entries = s.communication_of(CommunicationPlan::self_assessment);
        REQUIRE(entries.size() == 2);
        CHECK(entries[0].audience == "Municipal council");
        CHECK(entries[0].done_on == "2026-09-16");
        CHECK(entries[1].audience == "All staff");
        CHECK(entries[1].channel == "Staff meeting and intranet");
        CHECK(entries[1].responsible == "Director");
        CHECK(s.communication_of(CommunicationPlan::improvement_plan).empty());
        CHECK(s.step(2).status == StepStatus::in_progress);
    }
    CHECK(page->badge(2)->GetLabel() == wxString::FromUTF8(step_status_label(StepStatus::in_progress)));

    // Step 4: a training session attended by three members.
    page->run_dialog = [&](wxDialog& dialog) {
        ++dialogs;
        auto* d = dynamic_cast<TrainingDialog*>(&dialog);
        REQUIRE(d);
        REQUIRE(d->attendees()->GetCount() == 4);
        click(d->buttons().add);  // no date, no topic yet: nothing added
        CHECK(d->sessions().empty());
        type(d->date(), "2026-09-20");
        type(d->topic(), "The CAF model and how to score");
        type(d->trainer(), "External CAF trainer");
        for (unsigned i : {0u, 1u, 3u}) check(d->attendees(), i);
        click(d->buttons().add);
        REQUIRE(d->sessions().size() == 1);
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(4));
    CHECK(dialogs == 3);
    CHECK(w.errors.empty());
    {
        const auto trainings = reread(path)->cycle_steps(cycle).trainings;
        REQUIRE(trainings.size() == 1);
        CHECK(trainings[0].held_on == "2026-09-20");
        CHECK(trainings[0].topic == "The CAF model and how to score");
        CHECK(trainings[0].attendee_ids == std::vector<Id>{members[0].id, members[1].id, members[3].id});
    }

    // Step 9 without a plan: no review can be made yet.
    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<ReviewsDialog*>(&dialog);
        REQUIRE(d);
        CHECK_FALSE(d->new_button()->IsEnabled());
        return static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(9));

    // Step 9: the plan and an action first, then a review prefilled from the plan.
    make_plan_and_action(w);
    REQUIRE(w.frame->session().project().actions(cycle).size() == 1);
    show_steps(w);
    int reviews = 0;
    page->run_dialog = [&](wxDialog& dialog) {
        if (auto* list = dynamic_cast<ReviewsDialog*>(&dialog)) {
            REQUIRE(list->new_button()->IsEnabled());
            click(list->new_button());
            CHECK(list->reviews().size() == 1);
            CHECK(list->list()->GetItemCount() == 1);
            return list->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
        }
        auto* d = dynamic_cast<ReviewDialog*>(&dialog);
        REQUIRE(d);
        ++reviews;
        REQUIRE(d->grid()->GetNumberRows() == 1);
        CHECK(d->grid()->GetCellValue(0, ReviewDialog::col_code) == "A-01");
        CHECK(d->grid()->GetCellValue(0, ReviewDialog::col_target) == ">= 80 %");
        type(d->held_on(), "2027-03-31");
        type(d->reviewer(), "Management meeting");
        d->set_cell(0, ReviewDialog::col_status, wxString::FromUTF8(action_status_label(ActionStatus::in_progress)));
        d->set_cell(0, ReviewDialog::col_progress, "140");
        CHECK_FALSE(d->problems().empty());
        d->set_cell(0, ReviewDialog::col_progress, "40");
        d->set_cell(0, ReviewDialog::col_comment, "Questionnaire drafted");
        d->set_cell(0, ReviewDialog::col_value, "72 %");
        type(d->conclusions(), "On track; repeat the survey in the autumn");
        CHECK(d->problems().empty());
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(9));
    CHECK(reviews == 1);
    CHECK(w.errors.empty());
    {
        const auto found = reread(path)->progress_reviews(cycle);
        REQUIRE(found.size() == 1);
        CHECK(found[0].held_on == "2027-03-31");
        CHECK(found[0].reviewer == "Management meeting");
        CHECK(found[0].conclusions == "On track; repeat the survey in the autumn");
        REQUIRE(found[0].actions.size() == 1);
        CHECK(found[0].actions[0].status == ActionStatus::in_progress);
        CHECK(found[0].actions[0].progress == 40);
        CHECK(found[0].actions[0].comment == "Questionnaire drafted");
        CHECK(found[0].actions[0].value == "72 %");
        const auto action = reread(path)->actions(cycle).at(0);
        CHECK(action.risks == "The survey budget is cut");
        CHECK(action.check_on == "2027-12-15");
    }

    // Closed and opened again: everything is there, and the tiles say so.
    // (A new window: MainFrame cannot open a project again after close_project, see the report.)
    const CycleSteps before = w.frame->session().project().cycle_steps(cycle);
    w.frame->close_project();
    CHECK(w.errors.empty());
    Window again;
    REQUIRE(again.frame->open_project(path));
    page = show_steps(again);
    const CycleSteps after = again.frame->session().project().cycle_steps(cycle);
    CHECK(after == before);
    CHECK(after.decision.objective == "Find what to improve before the new strategy");
    CHECK(after.communication.size() == 2);
    CHECK(after.trainings.size() == 1);
    CHECK(again.frame->session().project().progress_reviews(cycle).size() == 1);
    CHECK(page->overview()[0].status != StepStatus::not_started);
    CHECK(page->overview()[3].status != StepStatus::not_started);
    CHECK(page->badge(2)->GetLabel() == wxString::FromUTF8(step_status_label(StepStatus::in_progress)));
    CHECK(again.errors.empty());
}

TEST_CASE("gui: OK keeps an entry typed into a step's form but not added, and a removed one stays removed",
          "[gui][steps]") {
    WorkDir dir;
    const std::string path = dir.file("pending.assessa");
    create_project(path);
    Window w;
    REQUIRE(w.frame->open_project(path));
    const Id cycle = w.frame->session().cycle().id;
    StepsPage* page = show_steps(w);
    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<CommunicationDialog*>(&dialog);
        REQUIRE(d);
        type(d->audience(), "All staff");
        type(d->channel(), "Intranet");
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(2));
    auto entries = reread(path)->cycle_steps(cycle).communication;
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].audience == "All staff");
    CHECK(entries[0].channel == "Intranet");

    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<CommunicationDialog*>(&dialog);
        REQUIRE(d);
        select_row(d->list(), 0);
        click(d->buttons().remove);
        CHECK(d->audience()->GetValue().empty());
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(2));
    CHECK(reread(path)->cycle_steps(cycle).communication.empty());

    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<TrainingDialog*>(&dialog);
        REQUIRE(d);
        type(d->date(), "2026-09-20");
        type(d->topic(), "The CAF model and scoring");
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(4));
    const auto trainings = reread(path)->cycle_steps(cycle).trainings;
    REQUIRE(trainings.size() == 1);
    CHECK(trainings[0].topic == "The CAF model and scoring");
}

TEST_CASE("gui: a step's edit is undone and redone from the Edit menu", "[gui][steps]") {
    WorkDir dir;
    const std::string path = dir.file("undo.assessa");
    create_project(path);
    Window w;
    REQUIRE(w.frame->open_project(path));
    const Id cycle = w.frame->session().cycle().id;
    StepsPage* page = show_steps(w);
    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<NextAssessmentDialog*>(&dialog);
        REQUIRE(d);
        type(d->date(), "2028-10-01");
        type(d->scope(), "The whole organisation");
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(10));
    CHECK(reread(path)->cycle_steps(cycle).next.planned_on == "2028-10-01");
    CHECK(page->overview()[9].status != StepStatus::not_started);
    w.menu(wxID_UNDO);
    CHECK(reread(path)->cycle_steps(cycle).next.empty());
    CHECK(page->overview()[9].status == StepStatus::not_started);
    w.menu(wxID_REDO);
    CHECK(reread(path)->cycle_steps(cycle).next.scope == "The whole organisation");

    // Steps 5 and 7 save their record and lead to the Assessment and Plan tabs.
    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<StepDialog*>(&dialog);
        REQUIRE(d);
        w.choose(d->record_panel()->status(), 2);  // in progress
        return id_step_save_and_go;
    };
    click(page->open_button(5));
    CHECK(w.frame->pages()->GetSelection() == MainFrame::assessment_page);
    CHECK(reread(path)->cycle_steps(cycle).step(5).status == StepStatus::in_progress);
    page = show_steps(w);
    click(page->open_button(7));
    CHECK(w.frame->pages()->GetCurrentPage() == w.frame->plan_panel());
    CHECK(reread(path)->cycle_steps(cycle).step(7).status == StepStatus::in_progress);
    page = show_steps(w);

    // Cancelled: nothing changes and nothing is added to the history.
    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<NextAssessmentDialog*>(&dialog);
        REQUIRE(d);
        type(d->scope(), "Only the IT department");
        return static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(10));
    CHECK(reread(path)->cycle_steps(cycle).next.scope == "The whole organisation");
    CHECK(w.errors.empty());
}

namespace {

// A project with something in every step's records (through the core), a plan with two actions
// and a progress review, so that the lists of the editors are not empty.
void create_filled_project(const std::string& path) {
    create_project(path);
    auto p = Project::open(path);
    const Id cycle = p->current_cycle().id;
    const auto members = p->members();
    ImprovementPlan plan;
    plan.cycle_id = cycle;
    plan.starts_on = "2027-01-01";
    plan.horizon_years = 2;
    plan.approved_by = "Director";
    p->create_plan(plan);
    ImprovementAction a;
    a.code = "A-01";
    a.title = "Survey the residents every year, with the results published on the website";
    a.starts_on = "2027-02-01";
    a.due_on = "2027-09-30";
    a.indicator = "Residents satisfied with the services";
    a.target = ">= 80 %";
    a.lead_department = p->find_department("SOC")->id;
    a.milestones = {{0, "Questionnaire ready", "2027-04-15", false}};
    p->add_action(cycle, a);
    a.code = "A-02";
    a.title = "Describe the key processes";
    a.indicator.clear();
    a.target.clear();
    p->add_action(cycle, a);

    CycleSteps s;
    s.decision.decided_on = "2026-09-01";
    s.decision.decided_by = "Director, order No. V-12";
    s.decision.objective = "Find what to improve before the new strategy";
    s.decision.process_leader = members[0].name;
    s.communication.push_back({0, CommunicationPlan::self_assessment, "All staff", "Why we assess ourselves",
                               "Staff meeting", "2026-09-10", members[0].name, "2026-09-10"});
    s.communication.push_back({0, CommunicationPlan::improvement_plan, "Residents", "What will change",
                               "Website", "2027-02-01", "Communication officer", ""});
    s.trainings.push_back({0, "2026-09-20", "The CAF model and how to score", "External CAF trainer",
                           {members[0].id, members[1].id}, ""});
    s.results = {"2026-12-10", "The full report on the intranet, the key results at the staff meeting"};
    s.objectives.push_back({0, "SO-1", "Services that residents trust", "From the municipal strategy 2026-2030"});
    s.declined_ideas.push_back({0, "2.1", "A mobile application for residents", "Too costly for now"});
    s.next = {"2028-10-01", "The whole organisation"};
    StepRecord r;
    r.step = 1;
    r.status = StepStatus::done;
    r.responsible = members[0].name;
    r.done_on = "2026-09-01";
    s.set_step(r);
    p->set_cycle_steps(cycle, s);
    p->add_progress_review(review_from_plan(*p, cycle, "2027-03-31", "Management meeting"));
}

// Each page of the notebooks in `dialog` checked in turn; a screenshot of the first when `shot`.
void check_dialog(wxDialog& dialog, const std::string& where, const std::string& shot = {}) {
    dialog.Show();
    settle();
    check_layout(&dialog, where);
    if (!shot.empty()) screenshot(&dialog, shot.c_str());
    for (wxWindow* child : dialog.GetChildren())
        if (auto* book = dynamic_cast<wxNotebook*>(child))
            for (std::size_t i = 1; i < book->GetPageCount(); ++i) {
                book->SetSelection(i);
                settle();
                check_layout(&dialog, where + ", page " + book->GetPageText(i).utf8_string());
            }
    dialog.Hide();
}

}  // namespace

TEST_CASE("gui: the Steps tab and every step's editor fit at 1024x768 in every language",
          "[gui][steps][layout][screenshots]") {
    WorkDir dir;
    const std::string empty_path = dir.file("empty.assessa");
    create_project(empty_path);
    const std::string path = dir.file("filled.assessa");
    create_filled_project(path);
    for (const std::string& lang : layout_languages()) {
        UiLanguage ui(lang);
        Window w;
        w.frame->SetSize(layout_screen());
        {
            Window empty;
            empty.frame->SetSize(layout_screen());
            REQUIRE(empty.frame->open_project(empty_path));
            show_steps(empty);
            check_layout(empty.frame, "Steps tab of an empty project, " + lang);
        }
        REQUIRE(w.frame->open_project(path));
        StepsPage* page = show_steps(w);
        check_layout(w.frame, "Steps tab, " + lang);
        screenshot(w.frame, ("steps-tab-" + lang).c_str());
        // The tiles scroll: the last one is reachable.
        page->Scroll(0, page->GetVirtualSize().y);
        settle();
        CHECK(page->tile(10)->IsShownOnScreen());
        check_layout(w.frame, "Steps tab scrolled to the end, " + lang);

        ProjectSession& s = w.frame->session();
        const CycleSteps steps = s.project().cycle_steps(s.cycle().id);
        {
            DecisionDialog d(w.frame, *w.frame, steps);
            check_dialog(d, "step 1 decision, " + lang, "step1-decision-" + lang);
            d.choose_scope(AssessmentScope::units);
            check_dialog(d, "step 1 decision with its message, " + lang);
        }
        for (CommunicationPlan plan : {CommunicationPlan::self_assessment, CommunicationPlan::improvement_plan}) {
            CommunicationDialog d(w.frame, *w.frame, plan, steps);
            select_row(d.list(), 0);
            check_dialog(d, "communication plan, " + lang,
                         plan == CommunicationPlan::self_assessment ? "step2-communication-" + lang : std::string());
        }
        {
            TrainingDialog d(w.frame, *w.frame, steps);
            select_row(d.list(), 0);
            check_dialog(d, "step 4 training, " + lang, "step4-training-" + lang);
        }
        {
            StepRecordDialog d(w.frame, *w.frame, 3, steps, "The group is kept in its own window.", "Group…", wxID_APPLY);
            check_dialog(d, "step 3 record, " + lang);
        }
        {
            ResultsDialog d(w.frame, *w.frame, steps, wxID_APPLY);
            check_dialog(d, "step 6 results, " + lang);
        }
        {
            ObjectivesDialog d(w.frame, *w.frame, steps, wxID_APPLY);
            check_dialog(d, "step 7 objectives and ideas, " + lang, "step7-objectives-" + lang);
        }
        {
            ReviewsDialog d(w.frame, *w.frame, steps, [](wxDialog&) { return static_cast<int>(wxID_CANCEL); });
            check_dialog(d, "step 9 reviews, " + lang, "step9-reviews-" + lang);
        }
        {
            ReviewDialog d(w.frame, *w.frame, review_from_plan(s.project(), s.cycle().id, "2027-06-30", "Director"), true);
            check_dialog(d, "progress review, " + lang);
            d.Show();
            settle();
            screenshot(&d, ("review-dialog-" + lang).c_str());
            d.Hide();
        }
        {
            NextAssessmentDialog d(w.frame, *w.frame, steps);
            check_dialog(d, "step 10 next self-assessment, " + lang);
        }
        {
            PefDialog d(w.frame, *w.frame);
            CHECK_FALSE(d.check().items.empty());
            check_dialog(d, "External Feedback self-check, " + lang);
            d.Show();
            settle();
            screenshot(&d, ("pef-self-check-" + lang).c_str());
            d.Hide();
        }
        {
            PlanViewData data = PlanViewData::load(s);
            ActionEditor e(w.frame, data, data.actions.at(0), false);
            REQUIRE(e.objectives()->GetCount() == 1);
            check_dialog(e, "action editor with its strategy page, " + lang);
            e.Show();  // on its last page, the strategy
            settle();
            screenshot(&e, ("action-editor-strategy-" + lang).c_str());
            e.Hide();
        }
        CHECK(w.errors.empty());
    }
}

TEST_CASE("gui: the steps' records in the file after the editors' round trip, and the action's objectives",
          "[gui][steps]") {
    WorkDir dir;
    const std::string path = dir.file("filled.assessa");
    create_filled_project(path);
    Window w;
    REQUIRE(w.frame->open_project(path));
    const Id cycle = w.frame->session().cycle().id;
    const CycleSteps before = w.frame->session().project().cycle_steps(cycle);
    StepsPage* page = show_steps(w);
    // OK without a change writes nothing, in every editor but step 9's list of reviews.
    const bool could_undo = w.frame->session().history().can_undo();
    for (int step : {1, 2, 4, 6, 7, 8, 10}) {
        page->run_dialog = [&](wxDialog& dialog) {
            auto* d = dynamic_cast<StepDialog*>(&dialog);
            REQUIRE(d);
            CHECK(d->step() == step);
            CHECK(d->steps() == before);
            return static_cast<int>(wxID_OK);
        };
        click(page->open_button(step));
    }
    CHECK(w.frame->session().history().can_undo() == could_undo);
    CHECK(reread(path)->cycle_steps(cycle) == before);

    // Step 7: "Collect ideas" finds the agreed AFI no action answers and a member's idea.
    ProjectSession& s = w.frame->session();
    s.project().add_consensus_item(cycle, "3.1", NoteKind::afi, "Staff are not asked about training needs", {});
    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<ObjectivesDialog*>(&dialog);
        REQUIRE(d);
        CHECK(d->collect_ideas() == 1);
        CHECK(d->collect_ideas() == 0);  // listed now
        REQUIRE(d->ideas().size() == 2);
        CHECK(d->ideas()[1].node_code == "3.1");
        select_row(d->idea_list(), 1);
        type(d->reason(), "Answered by the HR strategy");
        click(d->idea_buttons().save);
        return d->accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(7));
    const auto ideas = reread(path)->cycle_steps(cycle).declined_ideas;
    REQUIRE(ideas.size() == 2);
    CHECK(ideas[1].text == "Staff are not asked about training needs");
    CHECK(ideas[1].reason == "Answered by the HR strategy");

    // A new review counts the milestones due by its date again when the date changes.
    {
        ReviewDialog d(w.frame, *w.frame, review_from_plan(s.project(), cycle, "2027-03-31", "Director"), true);
        CHECK(d.review().actions.at(0).milestones == 0);
        type(d.held_on(), "2027-06-30");
        CHECK(d.review().held_on == "2027-06-30");
        CHECK(d.review().actions.at(0).milestones == 1);
        CHECK(d.review().actions.at(0).milestones_done == 0);
        CHECK(review_standing(d.review().actions.at(0), "2027-06-30") == ReviewStanding::late);
    }

    // The action editor links an action to the cycle's objective.
    PlanPanel* plan = w.frame->plan_panel();
    plan->refresh();
    plan->run_editor = [&](ActionEditor& e) {
        REQUIRE(e.objectives()->GetCount() == 1);
        check(e.objectives(), 0);
        type(e.resources(), "The survey budget of 2 000 EUR");
        CHECK(e.action().objective_ids.size() == 1);
        INFO(e.messages()->GetLabel().utf8_string());
        CHECK(e.problems().empty());
        return e.accept() ? static_cast<int>(wxID_OK) : static_cast<int>(wxID_CANCEL);
    };
    plan->edit_action(plan->data().actions.at(0).id);
    INFO((w.errors.empty() ? std::string() : w.errors[0].utf8_string()));
    const auto action = reread(path)->actions(cycle).at(0);
    REQUIRE(action.objective_ids.size() == 1);
    CHECK(action.objective_ids[0] == reread(path)->cycle_steps(cycle).objectives.at(0).id);
    CHECK(action.resources == "The survey budget of 2 000 EUR");
    CHECK(w.errors.empty());
}

TEST_CASE("gui: the External Feedback self-check from the Steps tab writes the evidence pack and the progress report",
          "[gui][steps]") {
    WorkDir dir;
    const std::string path = dir.file("filled.assessa");
    create_filled_project(path);
    Window w;
    REQUIRE(w.frame->open_project(path));
    StepsPage* page = show_steps(w);
    int shown = 0;
    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<PefDialog*>(&dialog);
        REQUIRE(d);
        ++shown;
        const PefCheck& c = d->check();
        REQUIRE_FALSE(c.items.empty());
        CHECK(d->items()->GetItemCount() == static_cast<int>(c.items.size()));
        // The first item is shown with its reason and evidence.
        CHECK(d->reason()->GetLabel().Contains(wxString::FromUTF8(pef_judgement_label(c.items[0].judgement))));
        CHECK(d->evidence()->GetItemCount() == static_cast<int>(c.items[0].evidence.size()));
        const wxString pack = wxString::FromUTF8(dir.file("pack.pdf"));
        const wxString progress = wxString::FromUTF8(dir.file("progress.pdf"));
        d->choose_path = [&](const wxString&, const wxString&) { return wxString(); };  // cancelled
        CHECK_FALSE(d->write_pack());
        d->choose_path = [&](const wxString&, const wxString&) { return pack; };
        CHECK(d->write_pack());
        INFO(d->result()->GetLabel().utf8_string());
        CHECK(wxFileName::GetSize(pack) > 1000);
        REQUIRE(d->progress_button()->IsEnabled());
        d->choose_path = [&](const wxString&, const wxString&) { return progress; };
        CHECK(d->write_progress());
        CHECK(wxFileName::GetSize(progress) > 1000);
        // A folder that does not exist: the message names the file, nothing is written.
        const wxString nowhere = wxString::FromUTF8(dir.file("missing/pack.pdf"));
        d->choose_path = [&](const wxString&, const wxString&) { return nowhere; };
        CHECK_FALSE(d->write_pack());
        CHECK(d->result()->GetLabel().Contains("pack.pdf"));
        return static_cast<int>(wxID_CLOSE);
    };
    click(page->pef_button());
    CHECK(shown == 1);
    CHECK(w.errors.empty());
}

TEST_CASE("gui: the Steps tab and its editors show no member's name in projector mode", "[gui][steps][anonymity]") {
    WorkDir dir;
    const std::string path = dir.file("filled.assessa");
    create_filled_project(path);
    Window w;
    REQUIRE(w.frame->open_project(path));
    w.frame->set_projector_mode(true);
    settle();
    StepsPage* page = show_steps(w);
    const auto members = w.frame->session().members();
    auto no_names = [&](wxWindow* root, const std::string& where) {
        for (const wxString& text : visible_texts(root, true))
            for (const Member& m : members) {
                INFO(where << ": " << text.utf8_string());
                CHECK_FALSE(text.Contains(wxString::FromUTF8(m.name)));
            }
    };
    no_names(page, "Steps tab");
    w.frame->SetSize(layout_screen());
    settle();
    check_layout(w.frame, "Steps tab in projector mode");
    screenshot(w.frame, "steps-tab-projector");
    for (int step : {1, 2, 4}) {
        page->run_dialog = [&](wxDialog& d) {
            d.Show();
            settle();
            no_names(&d, "step " + std::to_string(step));
            if (auto* t = dynamic_cast<TrainingDialog*>(&d)) {
                select_row(t->list(), 0);
                no_names(&d, "step 4 with its session chosen");
            }
            if (auto* c = dynamic_cast<CommunicationDialog*>(&d)) {
                select_row(c->list(), 0);
                no_names(&d, "step 2 with its entry chosen");
            }
            d.Hide();
            return static_cast<int>(wxID_OK);  // what was shown anonymised is not written back
        };
        click(page->open_button(step));
    }
    const CycleSteps s = reread(path)->cycle_steps(w.frame->session().cycle().id);
    CHECK(s.decision.process_leader == members[0].name);
    CHECK(s.step(1).responsible == members[0].name);
    CHECK(s.communication.at(0).responsible == members[0].name);
    w.frame->set_projector_mode(false);
    CHECK(w.errors.empty());
}

TEST_CASE("gui: the mouse wheel over a step editor's choices changes nothing until clicked", "[gui][steps][wheel]") {
    WorkDir dir;
    const std::string path = dir.file("filled.assessa");
    create_filled_project(path);
    Window w;
    REQUIRE(w.frame->open_project(path));
    StepsPage* page = show_steps(w);
    int shown = 0;
    page->run_dialog = [&](wxDialog& dialog) {
        auto* d = dynamic_cast<StepDialog*>(&dialog);
        REQUIRE(d);
        ++shown;
        d->Show();
        settle();
        d->record_panel()->notes()->SetFocus();
        settle();
        wxChoice* status = d->record_panel()->status();
        const int before = status->GetSelection();
        REQUIRE(turn_wheel(status, 1));
        REQUIRE(turn_wheel(status, 1));
        CHECK(status->GetSelection() == before);
        d->Hide();
        return static_cast<int>(wxID_CANCEL);
    };
    click(page->open_button(1));
    click(page->open_button(4));
    CHECK(shown == 2);
    // Over the tiles, the wheel scrolls the page.
    page->Scroll(0, 0);
    settle();
    REQUIRE(turn_wheel(page->badge(2), 2));
    int x = 0, y = 0;
    page->GetViewStart(&x, &y);
    CHECK(y > 0);
}
