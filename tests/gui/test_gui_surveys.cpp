// Perception surveys as a user brings them in, from a new project: Edit ▸ Import survey
// responses…, a CSV of the form's export whose columns are found from the header, a broken file
// refused with its line, the survey then shown as evidence on 6.1 and in the consensus view, a
// weak item raised as an agreed area for improvement, and the import undone; each step read back
// from the file and laid out at 1024x768 in Lithuanian.

#include "app/gui/consensus_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/project_session.hpp"
#include "app/gui/subcriterion_page.hpp"
#include "app/gui/survey_commands.hpp"
#include "app/gui/survey_import_dialog.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"
#include "tests/support/surveys.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/ffile.h>
#include <wx/textctrl.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

// Responses to the citizens' questionnaire with its Lithuanian item texts as the header, after a
// timestamp column; `bad_row` (1-based, 0: none) has an answer off the scale in its third item.
std::string citizens_csv(const Questionnaire& q, int rows, int bad_row = 0) {
    std::string text = "Laikas";
    for (const auto& item : q.items) text.append(";\"").append(item.text.get("lt")).append("\"");
    if (q.importance == Questionnaire::Importance::asked)
        for (const auto& item : q.items) text.append(";\"Svarba: ").append(item.text.get("lt")).append("\"");
    text += "\n";
    for (int r = 1; r <= rows; ++r) {
        text += "2026-09-01";
        for (std::size_t i = 0; i < q.items.size(); ++i) {
            const int v = q.scale.min + (r * 3 + static_cast<int>(i) * (i % 3 == 0 ? 0 : 1)) % (q.scale.max - q.scale.min + 1);
            text.append(";").append(r == bad_row && i == 2 ? std::to_string(q.scale.max + 4) : std::to_string(v));
        }
        if (q.importance == Questionnaire::Importance::asked)
            for (std::size_t i = 0; i < q.items.size(); ++i) text.append(";").append(std::to_string(q.importance_scale->max));
        text += "\n";
    }
    return text;
}

void write(const std::string& path, const std::string& text) {
    wxFFile(wxString::FromUTF8(path), "wb").Write(text.data(), text.size());
}

std::size_t surveys_in(const std::string& path) { return Project::open(path, Project::Mode::read_only)->surveys().size(); }

std::string broken_csv, good_csv;
wxString broken_problems;
std::size_t mapped_columns = 0;

// The dialog as the user sees it: the broken file first (refused, with its line), then the good one.
class ImportSurvey : public wxExpectModalBase<SurveyImportDialog, ImportSurvey> {
protected:
    int OnInvoked(SurveyImportDialog* dlg) const override {
        dlg->Show();
        settle();
        CHECK_FALSE(dlg->import_button()->IsEnabled());
        dlg->set_file(broken_csv);
        settle();
        broken_problems = dlg->problems()->GetValue();
        CHECK_FALSE(dlg->import_button()->IsEnabled());
        dlg->set_file(good_csv);
        settle();
        CHECK(dlg->import_button()->IsEnabled());
        mapped_columns = dlg->survey() ? dlg->survey()->mapping.size() : 0;
        CHECK(dlg->column_choice(0)->GetSelection() == 0);  // the timestamp: not used
        check_layout(dlg, "import survey responses, 1024x768, lt");
        screenshot(dlg, "survey-import-lt");
        return wxID_OK;
    }
};

// "Which survey should be removed?": the first, the only one.
class ChooseFirstSurvey : public wxExpectModalBase<wxSingleChoiceDialog, ChooseFirstSurvey> {
protected:
    int OnInvoked(wxSingleChoiceDialog* dlg) const override {
        CHECK(dlg->GetSelection() == 0);
        return wxID_OK;
    }
};

}  // namespace

TEST_CASE("gui: surveys from a new project: import with the columns found, a broken file refused, evidence on 6.1, "
          "a weak item raised, undo",
          "[gui][survey]") {
    UiLanguage language("lt");
    DemoCopy demo;  // only for its folder
    const std::string dir = demo.dir.utf8_string();
    const std::string path = dir + "/nauja.assessa";
    const auto q = assessa::test::bundled_questionnaire("citizens-satisfaction");
    broken_csv = dir + "/sugadinta.csv";
    good_csv = dir + "/apklausa.csv";
    write(broken_csv, citizens_csv(*q, 12, 5));
    write(good_csv, citizens_csv(*q, 40));
    {
        OrganisationProfile org;
        org.name = wxString::FromUTF8("Ąžuolyno seniūnija").utf8_string();
        org.language = "lt";
        Project::create(path, library(), {"caf-2020", "classical", "2027", org});
    }

    Window w;
    w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
    REQUIRE(w.frame->open_project(path));
    settle();

    // Evidence appears only once there is a survey.
    w.select_node("6.1");
    settle();
    CHECK_FALSE(wxWindow::FindWindowByLabel(_("Evidence from surveys"), w.frame));

    wxTEST_DIALOG(w.menu(id_survey_import), ImportSurvey());
    CHECK(w.errors.empty());
    CHECK(broken_problems.Contains(wxString::FromUTF8(broken_csv + ":6")));  // the header is line 1
    CHECK(mapped_columns == q->items.size() * (q->importance == Questionnaire::Importance::asked ? 2 : 1));
    REQUIRE(surveys_in(path) == 1);

    // The page of 6.1 shows the survey's index and its weakest items, each with a button.
    settle();
    SubcriterionPage* page = w.frame->subcriterion_page();
    CHECK(w.frame->session().node() == "6.1");
    auto* raise = dynamic_cast<wxButton*>(wxWindow::FindWindowByLabel(_("Raise as area for improvement"), page));
    REQUIRE(raise);
    check_layout(w.frame, "6.1 with survey evidence, 1024x768, lt");
    screenshot(w.frame, "survey-evidence-lt");

    // In the consensus view, raising a weak item adds it to the agreed areas for improvement.
    w.frame->show_page(MainFrame::consensus_tab);
    settle();
    auto* consensus_raise =
        dynamic_cast<wxButton*>(wxWindow::FindWindowByLabel(_("Raise as area for improvement"), w.frame->consensus_page()));
    REQUIRE(consensus_raise);
    click(consensus_raise);
    settle();
    {
        auto p = Project::open(path, Project::Mode::read_only);
        const Consensus consensus = p->consensus(p->current_cycle().id, "6.1");
        const auto agreed = consensus.items_of(NoteKind::afi);
        REQUIRE(agreed.size() == 1);
        CHECK_THAT(agreed[0]->text, Catch::Contains("100"));
    }
    check_layout(w.frame, "consensus on 6.1 with survey evidence, 1024x768, lt");

    // Undo twice: the raised item, then the import.
    w.menu(wxID_UNDO);
    w.menu(wxID_UNDO);
    CHECK(surveys_in(path) == 0);
    w.menu(wxID_REDO);
    CHECK(surveys_in(path) == 1);

    // Removing asks which survey, and takes it out.
    wxTEST_DIALOG(w.menu(id_survey_remove), ChooseFirstSurvey());
    CHECK(surveys_in(path) == 0);
}
