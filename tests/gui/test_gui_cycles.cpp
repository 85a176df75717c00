// The next self-assessment started with its wizard, earlier cycles seen read-only and
// corrected through the explicit unlock, checked through the project file.
#include "app/gui/consensus_page.hpp"
#include "app/gui/cycle_banner.hpp"
#include "app/gui/dashboard_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/score_input.hpp"
#include "app/gui/wx_text.hpp"
#include "frameworks/data_paths.hpp"
#include "i18n/translator.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/translation.h>
#include <wx/wizard.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

void pick(wxCheckListBox* list, int index) {
    list->SetSelection(index);
    wxCommandEvent e(wxEVT_LISTBOX, list->GetId());
    e.SetEventObject(list);
    e.SetInt(index);
    list->ProcessWindowEvent(e);
    settle();
}

int menu_id(wxFrame* frame, const wxString& menu, const wxString& item) {
    const int id = frame->GetMenuBar()->FindMenuItem(menu, item);
    REQUIRE(id != wxNOT_FOUND);
    return id;
}

int chooser_index(CycleBanner* banner, const wxString& label) {
    for (unsigned i = 0; i < banner->chooser()->GetCount(); ++i)
        if (banner->chooser()->GetString(i).StartsWith(label)) return static_cast<int>(i);
    FAIL("no cycle " << label << " in the chooser");
    return -1;
}

// The wizard as a facilitator fills it: 2028, two members leave, one joins, a new role, two of
// the open actions carried on, blind assessment kept. `shots` names the screenshots. Every page
// passes the layout check. With `newer_version`, the library holds CAF 2020 version 2027: its
// page must come second, offer it and list exactly what changed; it is kept.
class NextCycleWizard : public wxExpectModalBase<wxWizard, NextCycleWizard> {
public:
    explicit NextCycleWizard(std::string shots = "", bool newer_version = false)
        : shots_(std::move(shots)), newer_version_(newer_version) {}

protected:
    int OnInvoked(wxWizard* wizard) const override {
        wizard->SetSize(wizard->GetBestSize());
        wizard->Show();
        settle();
        CHECK(wizard->GetSize().x <= layout_screen().x);
        CHECK(wizard->GetSize().y <= layout_screen().y);
        auto next = [wizard] { click(wizard->FindWindow(wxID_FORWARD)); };
        auto shot = [&](const char* page) {
            check_layout(wizard, std::string("next-cycle wizard page \"") + page + "\" " + shots_);
            if (!shots_.empty()) screenshot(wizard, (shots_ + "-" + page).c_str());
        };
        CHECK(named<wxTextCtrl>(wizard, _("Label of the new cycle:"))->GetValue() == "2028");
        named<wxTextCtrl>(wizard, _("Start date (YYYY-MM-DD):"))->SetValue("2028-10-02");
        shot("start");
        next();

        if (newer_version_) {
            auto* version = named<wxChoice>(wizard, _("Framework version:"));
            REQUIRE(version->GetCount() == 2);
            CHECK(version->GetString(0) == wxString::Format(_("%s (as in cycle %s)"), "2020", "2026"));
            CHECK(version->GetString(1) == wxString::Format(_("%s (newer)"), "2027"));
            CHECK(version->GetSelection() == 1);
            auto* changes = named<wxTextCtrl>(wizard, _("Changes in this version"));
            auto change_lines = [&] { return wxSplit(changes->GetValue(), '\n', '\0'); };
            REQUIRE(change_lines().size() == 3);
            CHECK(change_lines()[0] == u8(trf("Added: {}", "5.4 Run digital services that people can use on their own")));
            CHECK(change_lines()[1] == u8(trf("Removed: {}", "4.6 Manage facilities")));
            CHECK(change_lines()[2] ==
                  u8(trf("Renamed: {} {} \u2192 {}", "1.1",
                         "Provide direction for the organisation by developing its mission, vision and values",
                         "Give the organisation direction through its mission, vision and values")));
            shot("version");
            // Back to 2020 shows that nothing changes; then 2027 again.
            choose(version, 0);
            CHECK(changes->GetValue() == _("No node was added, removed or renamed."));
            choose(version, 1);
            CHECK(change_lines().size() == 3);
            next();
        } else {
            CHECK_FALSE(wizard->FindWindowByName(_("Framework version:")));
        }

        auto* stays = named<wxCheckListBox>(wizard, _("Members who stay"));
        REQUIRE(stays->GetCount() == 10);
        stays->Check(3, false);
        stays->Check(7, false);
        pick(stays, 5);
        choose(named<wxChoice>(wizard, _("Role of the chosen member:")), 0);  // facilitator
        named<wxTextCtrl>(wizard, _("New member:"))->SetValue(wxString::FromUTF8("Aistė Jonaitienė"));
        click(wizard->FindWindow(wxID_ADD));
        shot("group");
        next();

        auto* adopt = named<wxCheckListBox>(wizard, _("Open actions to carry on"));
        REQUIRE(adopt->GetCount() >= 3);
        for (unsigned i = 2; i < adopt->GetCount(); ++i) adopt->Check(i, false);
        shot("plan");
        next();
        CHECK_FALSE(named<wxCheckBox>(wizard, _("Members see the previous cycle's consensus"))->GetValue());
        shot("blind");
        next();  // Finish
        CHECK_FALSE(wizard->IsShown());
        return wxID_OK;
    }

private:
    std::string shots_;
    bool newer_version_ = false;
};


}  // namespace

TEST_CASE("gui: the next self-assessment, an earlier cycle read-only, corrected through the unlock",
          "[gui][cycles][screenshots]") {
    DemoCopy demo;
    Id y2024 = 0, y2028 = 0;
    {
        Window w;
        REQUIRE(w.frame->open_project(demo.path));
        CycleBanner* banner = w.frame->cycle_banner();
        CHECK(w.frame->session().cycle().label == "2026");
        CHECK_FALSE(banner->banner()->IsShown());

        const int next_id = menu_id(w.frame, _("&File"), _("Start the ne&xt self-assessment…"));
        wxTEST_DIALOG(w.menu(next_id), NextCycleWizard("next-cycle"));
        REQUIRE(w.errors.empty());
        CHECK(w.frame->session().cycle().label == "2028");
        y2028 = w.frame->session().cycle().id;
        CHECK(w.frame->session().members().size() == 9);
        CHECK_FALSE(banner->banner()->IsShown());
        CHECK(banner->chooser()->GetStringSelection().StartsWith("2028"));

        // 2024, the first self-assessment: read-only with a banner, and an edit is refused.
        choose(banner->chooser(), chooser_index(banner, "2024"));
        CHECK(w.frame->session().cycle().label == "2024");
        y2024 = w.frame->session().cycle().id;
        CHECK(banner->banner()->IsShown());
        CHECK(banner->banner_text()->GetLabel().Contains("2024"));
        w.select_node("2.1");
        w.frame->show_page(MainFrame::consensus_tab);
        settle();
        screenshot(w.frame, "cycle-read-only");
        const auto before = w.frame->session().project().consensus(y2024, "2.1").scores;
        ScoreInput* overall = w.frame->consensus_page()->score_input("overall");
        REQUIRE(overall);
        overall->field()->SetValue("47");
        settle();
        REQUIRE(w.errors.size() == 1);
        CHECK(w.errors[0].Contains("cycle 2024 is closed"));
        CHECK(w.frame->session().project().consensus(y2024, "2.1").scores == before);

        // "Correct this cycle…": asked what for, then the change is made and recorded.
        w.answer_text = "Score of 2.1 was typed wrongly";
        click(banner->correct_button());
        REQUIRE(w.questions.size() == 1);
        CHECK(w.questions[0].Contains("2024"));
        CHECK(banner->correct_button()->GetLabel() == _("Finish correcting"));
        screenshot(w.frame, "cycle-correcting");
        w.frame->consensus_page()->refresh();
        overall = w.frame->consensus_page()->score_input("overall");
        overall->field()->SetValue("46");
        settle();
        CHECK(w.errors.size() == 1);
        CHECK(w.frame->session().project().consensus(y2024, "2.1").scores.at("overall") == 46);
        click(banner->correct_button());  // finish: read-only again
        CHECK(banner->correct_button()->GetLabel() == _("Correct this cycle…"));
        w.frame->consensus_page()->refresh();
        w.frame->consensus_page()->score_input("overall")->field()->SetValue("48");
        settle();
        CHECK(w.errors.size() == 2);
        CHECK(w.frame->session().project().consensus(y2024, "2.1").scores.at("overall") == 46);

        // Back to the current cycle; the dashboard compares it with a chosen earlier one.
        choose(banner->chooser(), chooser_index(banner, "2028"));
        CHECK(w.frame->session().cycle().id == y2028);
        CHECK_FALSE(banner->banner()->IsShown());
        w.frame->show_page(MainFrame::dashboard_tab);
        settle();
        DashboardPage* dashboard = w.frame->dashboard_page();
        CHECK(dashboard->comparison()->GetStringSelection() == "2026");
        choose(dashboard->comparison(), dashboard->comparison()->FindString("2024"));
        CHECK(w.frame->session().comparison_cycle()->id == y2024);
    }
    auto p = Project::open(demo.path, Project::Mode::read_only);
    REQUIRE(p->cycles().size() == 3);
    CHECK(p->current_cycle().label == "2028");
    CHECK(p->current_cycle().started_on == "2028-10-02");
    CHECK(p->ratings(y2028).empty());
    CHECK(p->consensus_all(y2028).empty());
    const auto group = p->cycle_members(y2028);
    REQUIRE(group.size() == 9);
    CHECK(std::count_if(group.begin(), group.end(), [](const Member& m) { return m.name == "Aistė Jonaitienė"; }) == 1);
    const auto before = p->cycle_members(p->previous_cycle(y2028)->id);
    REQUIRE(before.size() == 10);
    // The member given a new role is facilitator from 2028 on and keeps their role in 2026.
    const auto in_2028 = std::find_if(group.begin(), group.end(), [&](const Member& m) { return m.id == before[5].id; });
    REQUIRE(in_2028 != group.end());
    CHECK(in_2028->role == MemberRole::facilitator);
    CHECK(before[5].role == MemberRole::member);
    const auto adopted = p->actions(y2028);
    REQUIRE(adopted.size() == 2);
    CHECK(adopted[0].adopted_from);
    CHECK(p->consensus(y2024, "2.1").scores.at("overall") == 46);
    const auto fixes = p->corrections(y2024);
    REQUIRE(fixes.size() == 1);
    CHECK(fixes[0].what.find("Score of 2.1 was typed wrongly") == 0);
    CHECK(fixes[0].corrected_on.size() == 10);
}

// The bundled frameworks and CAF 2020 version 2027 (tests/data/frameworks/newer: 1.1 renamed,
// 4.6 removed, 5.4 added), as when a user puts a newer version in the framework folder.
const FrameworkLibrary& library_with_newer() {
    static const FrameworkLibrary lib =
        FrameworkLibrary::load({bundled_frameworks_dir(), std::string(ASSESSA_TEST_DATA_DIR) + "/frameworks/newer"});
    return lib;
}

TEST_CASE("gui: the wizard moves to a newer framework version; every page and the read-only banner fit at 1024x768",
          "[gui][cycles][versions][screenshots]") {
    for (const std::string& lang : layout_languages()) {
        INFO("interface language " << lang);
        DemoCopy demo;
        UiLanguage ui(lang);
        Id y2028 = 0;
        {
            Window w(library_with_newer());
            w.frame->SetSize(layout_screen());
            settle();
            REQUIRE(w.frame->open_project(demo.path));
            const std::string suffix = "-1024-" + lang;
            const int next_id = menu_id(w.frame, _("&File"), _("Start the ne&xt self-assessment…"));
            wxTEST_DIALOG(w.menu(next_id), NextCycleWizard("next-cycle" + suffix, true));
            REQUIRE(w.errors.empty());
            y2028 = w.frame->session().cycle().id;
            CHECK(w.frame->session().cycle().framework_version == "2027");
            CHECK(w.frame->session().framework().find("5.4"));
            check_layout(w.frame, "main window after the wizard, " + lang);

            // The dashboard says what the comparison with 2026 leaves out.
            w.frame->show_page(MainFrame::dashboard_tab);
            settle();
            CHECK(w.frame->session().comparison()->left_out == 2);
            check_layout(w.frame, "dashboard comparing across versions, " + lang);
            screenshot(w.frame, ("dashboard-versions" + suffix).c_str());

            CycleBanner* banner = w.frame->cycle_banner();
            choose(banner->chooser(), chooser_index(banner, "2024"));
            REQUIRE(banner->banner()->IsShown());
            CHECK(w.frame->session().cycle().framework_version == "2020");
            CHECK(w.frame->session().framework().find("4.6"));
            const wxRect frame_rect = w.frame->GetClientRect();
            CHECK(banner->correct_button()->GetScreenRect().GetRight() <= w.frame->GetScreenRect().GetRight());
            CHECK(banner->banner_text()->GetSize().x <= frame_rect.width);
            check_layout(w.frame, "read-only banner of 2024, " + lang);
            check_layout(banner, "read-only banner itself, " + lang);
            screenshot(w.frame, ("cycle-read-only" + suffix).c_str());
        }
        auto p = Project::open(demo.path, Project::Mode::read_only);
        for (const auto& c : p->cycles()) CHECK(c.framework_version == (c.id == y2028 ? "2027" : "2020"));
    }
}
