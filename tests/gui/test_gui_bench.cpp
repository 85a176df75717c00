// Benchlearning as a user does it: the cycle's result shared through the Reports menu (the file
// holds exactly what the dialog showed), a damaged set refused, a set of too few institutions
// shown as such, a network's set imported and compared on the Dashboard, laid out at 1024x768
// in Lithuanian and in projector mode, and the import undone; each step read back from the file.

#include "app/gui/bench_commands.hpp"
#include "app/gui/bench_share_dialog.hpp"
#include "app/gui/dashboard_page.hpp"
#include "app/gui/main_frame.hpp"
#include "exports/bench_file.hpp"
#include "model/bench_statistics.hpp"
#include "model/bench_submission.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/ffile.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

wxString shown_preview;  // what the share dialog showed, for comparing with the file written

class ShareAs : public wxExpectModalBase<BenchShareDialog, ShareAs> {
protected:
    int OnInvoked(BenchShareDialog* dlg) const override {
        dlg->Show();
        settle();
        check_layout(dlg, "share for comparison, lt");
        const auto social = std::find(all_institution_types.begin(), all_institution_types.end(),
                                      InstitutionType::social_services) - all_institution_types.begin();
        choose(dlg->type_choice(), static_cast<int>(social));
        choose(dlg->size_choice(), 0);
        dlg->region()->SetValue(wxString::FromUTF8("Utenos apskritis"));
        settle();
        shown_preview = dlg->preview()->GetValue();
        CHECK(shown_preview.Contains(wxString::FromUTF8("Utenos apskritis")));
        CHECK(shown_preview.Contains(wxString::FromUTF8(institution_type_label(InstitutionType::social_services))));
        screenshot(dlg, "bench-share-lt");
        return wxID_SAVE;
    }
};

wxString one_line(const wxStaticText* label) {
    wxString text = label->GetLabel();
    text.Replace("\n", " ");
    return text;
}

std::string file_text(const std::string& path) {
    wxFFile f(wxString::FromUTF8(path), "rb");
    wxString text;
    REQUIRE(f.ReadAll(&text, wxConvUTF8));
    return text.utf8_string();
}

std::size_t sets_in(const std::string& path) {
    return Project::open(path, Project::Mode::read_only)->bench_sets().size();
}

}  // namespace

TEST_CASE("gui: benchlearning: share the result, refuse a damaged set, import a network's and compare on the Dashboard",
          "[gui][bench]") {
    UiLanguage language("lt");
    DemoCopy demo;
    const std::string dir = demo.dir.utf8_string();
    // A network of six institutions spread around the demo's own result, one of three, and a
    // set cut short in the middle.
    const std::string network = dir + "/tinklas.assessa-benchset", small = dir + "/mazas.assessa-benchset",
                      damaged = dir + "/sugadintas.assessa-benchset";
    std::vector<std::string> names;
    BenchSet small_set;
    {
        auto p = Project::open(demo.path);
        for (const Member& m : p->members()) names.push_back(m.name);
        const BenchSubmission own = bench_submission_for(*p, p->cycles().back().id, {});
        BenchSet set{own.framework_id, own.framework_version, own.method_id, "2026-11-30T10:00:00Z", {}};
        for (int i = 0; i < 6; ++i) {
            BenchSubmission s = own;
            s.submission_id = std::string(31, 'a') + std::to_string(i);
            // The network lies above the demo on every third score, below it on the next, around it
            // on the others: the demo stands in every quarter somewhere.
            for (std::size_t k = 0; k < s.scores.size(); ++k) {
                const double offset = 10.0 * (static_cast<double>(k % 3) - 1.0);
                s.scores[k].score = std::clamp(s.scores[k].score - 12.0 + 5.0 * i - offset, 0.0, 100.0);
            }
            set.submissions.push_back(s);
        }
        write_bench_set_file(network, set);
        set.submissions.resize(3);
        write_bench_set_file(small, set);
        small_set = set;
        std::string text = bench_set_text(set);
        text.resize(text.size() / 2);
        wxFFile(wxString::FromUTF8(damaged), "wb").Write(text.data(), text.size());
    }

    Window w;
    w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
    REQUIRE(w.frame->open_project(demo.path));
    w.frame->show_page(MainFrame::dashboard_tab);
    settle();
    DashboardPage* dash = w.frame->dashboard_page();
    CHECK_FALSE(dash->bench_chart()->IsShown());
    CHECK(one_line(dash->bench_status()) ==
          _("No comparison set is imported. A CAF network coordinator merges institutions' shared results into a set; "
            "import it to see where this organisation stands."));

    // Share: the file holds exactly what the dialog showed, and no member's name.
    const std::string shared = dir + "/pateikimas.assessa-bench";
    wxTEST_DIALOG(w.menu(id_bench_share), ShareAs(), ChooseFile(wxString::FromUTF8(shared)));
    CHECK(w.errors.empty());
    const auto read = read_bench_submission_file(shared);
    REQUIRE(read.ok());
    CHECK(read.submission->profile.type == InstitutionType::social_services);
    CHECK(read.submission->profile.size == SizeBand::up_to_50);
    CHECK(read.submission->profile.region == "Utenos apskritis");
    const std::string written = file_text(shared);
    CHECK(shown_preview.utf8_string().find(written) != std::string::npos);
    for (const std::string& name : names) CHECK(written.find(name) == std::string::npos);

    // A damaged set: refused with the file named, nothing kept.
    wxTEST_DIALOG(w.menu(id_bench_import), ChooseFile(wxString::FromUTF8(damaged)));
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors[0].Contains(wxString::FromUTF8(damaged)));
    CHECK(sets_in(demo.path) == 0);

    // Three institutions: too few to compare, nothing drawn.
    wxTEST_DIALOG(w.menu(id_bench_import), ChooseFile(wxString::FromUTF8(small)));
    CHECK(sets_in(demo.path) == 1);
    CHECK_FALSE(dash->bench_chart()->IsShown());
    CHECK(one_line(dash->bench_status()) ==
          wxString::Format(_("%s: too few to compare anonymously (at least %zu are needed)."),
                           wxString::FromUTF8(bench_comparison_title(small_set)), bench_minimum_institutions));

    // Six: the criteria against the network, and the candidates for learning.
    wxTEST_DIALOG(w.menu(id_bench_import), ChooseFile(wxString::FromUTF8(network)));
    CHECK(w.errors.size() == 1);
    CHECK(sets_in(demo.path) == 2);
    CHECK(dash->bench_chart()->IsShown());
    CHECK(one_line(dash->bench_status()).Contains("tinklas.assessa-benchset"));
    for (BenchQuarter q : {BenchQuarter::lowest, BenchQuarter::second, BenchQuarter::highest})
        CHECK(dash->bench_chart()->GetToolTipText().Contains(wxString::FromUTF8(bench_quarter_label(q))));
    CHECK(dash->bench_candidates()->GetLabel().length() > 5);
    dash->Scroll(0, dash->GetVirtualSize().y);
    settle();
    check_layout(w.frame, "Dashboard compared with a network, 1024x768, lt");
    screenshot(w.frame, "bench-dashboard-lt");
    w.frame->set_projector_mode(true);
    settle();
    dash->Scroll(0, dash->GetVirtualSize().y);
    settle();
    check_layout(w.frame, "Dashboard compared with a network, projector mode, lt");
    screenshot(w.frame, "bench-dashboard-projector-lt");
    w.frame->set_projector_mode(false);
    settle();

    // Undo takes the last import back out of the file.
    w.menu(wxID_UNDO);
    CHECK(sets_in(demo.path) == 1);
    CHECK_FALSE(dash->bench_chart()->IsShown());
}

TEST_CASE("gui: benchlearning from a new project: nothing to share yet, and a set on another method is not compared",
          "[gui][bench]") {
    UiLanguage language("lt");
    DemoCopy demo;  // only for its folder and the network's set
    const std::string dir = demo.dir.utf8_string();
    const std::string path = dir + "/nauja.assessa", network = dir + "/tinklas.assessa-benchset";
    {
        auto p = Project::open(demo.path);
        const BenchSubmission own = bench_submission_for(*p, p->cycles().back().id, {});
        BenchSet set{own.framework_id, own.framework_version, own.method_id, "2026-11-30T10:00:00Z", {}};
        for (int i = 0; i < 5; ++i) {
            set.submissions.push_back(own);
            set.submissions.back().submission_id = std::string(31, 'b') + std::to_string(i);
        }
        write_bench_set_file(network, set);
        OrganisationProfile org;
        org.name = wxString::FromUTF8("Ąžuolyno seniūnija").utf8_string();
        org.language = "lt";
        Project::create(path, library(), {"caf-2020", "classical", "2027", org});
    }

    Window w;
    w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
    REQUIRE(w.frame->open_project(path));
    w.frame->show_page(MainFrame::dashboard_tab);
    settle();
    DashboardPage* dash = w.frame->dashboard_page();
    CHECK_FALSE(dash->bench_chart()->IsShown());
    check_layout(w.frame, "Dashboard of a new project, 1024x768, lt");

    // No consensus yet: sharing says so and writes nothing, not even the identifier.
    w.menu(id_bench_share);
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors[0] == wxString::Format(_("Cycle %s has no consensus score yet, so there is nothing to compare."), "2027"));

    // The demo network scores with another method: kept, but not compared with this cycle.
    wxTEST_DIALOG(w.menu(id_bench_import), ChooseFile(wxString::FromUTF8(network)));
    CHECK(w.errors.size() == 1);
    CHECK(sets_in(path) == 1);
    CHECK(one_line(dash->bench_status()) ==
          _("No imported comparison set is on this cycle's framework version and method."));
    CHECK_FALSE(dash->bench_chart()->IsShown());
    check_layout(w.frame, "Dashboard of a new project with a set on another method, 1024x768, lt");
}
