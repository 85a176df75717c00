#include "app/gui/approval_dialog.hpp"
#include "app/gui/date_entry.hpp"
#include "app/gui/iso_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/report_commands.hpp"
#include "app/gui/report_dialog.hpp"
#include "app/gui/wx_text.hpp"
#include "model/date_format.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

std::string file_start(const std::string& path, std::size_t n) {
    std::ifstream in(path, std::ios::binary);
    std::string s(n, '\0');
    in.read(s.data(), static_cast<std::streamsize>(n));
    s.resize(static_cast<std::size_t>(in.gcount()));
    return s;
}

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string pdf_text(const std::string& path) {
    std::string out;
    FILE* p = popen(("pdftotext -enc UTF-8 '" + path + "' - 2>/dev/null").c_str(), "r");
    REQUIRE(p);
    char buf[4096];
    while (std::size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
    return out;
}

// pdftotext breaks lines where the layout does: compare without white space.
std::string squeezed(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') out += c;
    return out;
}

void show_iso_tab(Window& w) {
    wxNotebook* pages = w.frame->pages();
    const int index = pages->FindPage(w.frame->iso_page());
    REQUIRE(index != wxNOT_FOUND);
    pages->SetSelection(static_cast<size_t>(index));
    settle();
}

}  // namespace

TEST_CASE("gui: both reports in each language are written from the report dialog", "[gui][reports]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    const std::string organisation = w.frame->session().project().organisation().name;
    REQUIRE(!organisation.empty());

    for (ReportKind kind : {ReportKind::assessment, ReportKind::plan}) {
        for (std::size_t i = 0; i < report_languages().size(); ++i) {
            const std::string lang = report_languages()[i];
            ReportDialog dlg(w.frame, w.frame->session(), kind);
            w.choose(dlg.language(), static_cast<int>(i));
            dlg.date()->set_iso("2027-03-05");
            const ReportChoice choice = dlg.choice();
            CAPTURE(lang, choice.path);
            CHECK(choice.options.language == lang);
            CHECK(choice.options.date == "2027-03-05");
            CHECK(choice.options.cycle_label == w.frame->session().cycle().label);
            // The suggested file sits beside the project and names the language.
            CHECK(wxFileName(wxString::FromUTF8(choice.path)).GetPath() == demo.dir);
            CHECK(choice.path.ends_with("-" + lang + ".pdf"));
            // One report goes through the progress dialog, as a user's would.
            const bool progress = kind == ReportKind::assessment && lang == "en";
            REQUIRE(generate_report(*w.frame, choice, progress));
            CHECK(w.errors.empty());
            CHECK(file_start(choice.path, 5) == "%PDF-");
            CHECK(squeezed(pdf_text(choice.path)).find(squeezed(organisation)) != std::string::npos);
            CHECK(w.frame->GetStatusBar()->GetStatusText(0).Contains(wxString::FromUTF8(choice.path)));
        }
    }
}

TEST_CASE("gui: a report that cannot be written names the file and leaves nothing behind", "[gui][reports]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    ReportDialog dlg(w.frame, w.frame->session(), ReportKind::assessment);
    ReportChoice choice = dlg.choice();

    SECTION("a folder that does not exist") {
        choice.path = utf8(demo.dir) + "/no-such-folder/report.pdf";
        CHECK_FALSE(generate_report(*w.frame, choice, false));
        REQUIRE(w.errors.size() == 1);
        CHECK(w.errors[0].Contains(wxString::FromUTF8(choice.path)));
        CHECK_FALSE(std::filesystem::exists(utf8(demo.dir) + "/no-such-folder"));
    }
    SECTION("a folder in the way of the file") {
        choice.path = utf8(demo.dir) + "/report.pdf";
        std::filesystem::create_directory(choice.path);
        std::ofstream(choice.path + "/keep.txt") << "kept";
        CHECK_FALSE(generate_report(*w.frame, choice, false));
        REQUIRE(w.errors.size() == 1);
        CHECK(w.errors[0].Contains(wxString::FromUTF8(choice.path)));
        CHECK(std::filesystem::is_directory(choice.path));
        CHECK(file_text(choice.path + "/keep.txt") == "kept");
        CHECK_FALSE(std::filesystem::exists(choice.path + ".partial"));
    }
    SECTION("no file chosen") {
        choice.path.clear();
        CHECK_FALSE(generate_report(*w.frame, choice, false));
        CHECK(w.errors.size() == 1);
    }
}

TEST_CASE("gui: the improvement actions are exported as XLSX, CSV and iCalendar", "[gui][reports]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    const Id cycle = w.frame->session().cycle().id;
    const std::string dir = utf8(demo.dir);

    REQUIRE(export_actions(*w.frame, cycle, dir + "/actions.xlsx"));
    CHECK(file_start(dir + "/actions.xlsx", 2) == "PK");  // a zip container
    REQUIRE(export_actions(*w.frame, cycle, dir + "/actions.CSV"));
    CHECK(file_text(dir + "/actions.CSV").find("A-01") != std::string::npos);
    REQUIRE(export_actions(*w.frame, cycle, dir + "/due.ics"));
    CHECK(file_start(dir + "/due.ics", 15) == "BEGIN:VCALENDAR");
    CHECK(w.errors.empty());

    CHECK_FALSE(export_actions(*w.frame, cycle, dir + "/actions.txt"));
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors[0].Contains(wxString::FromUTF8(dir + "/actions.txt")));
    CHECK_FALSE(std::filesystem::exists(dir + "/actions.txt"));
    CHECK_FALSE(export_actions(*w.frame, cycle, dir + "/missing/actions.csv"));
    REQUIRE(w.errors.size() == 2);
    CHECK(w.errors[1].Contains(wxString::FromUTF8(dir + "/missing/actions.csv")));
}

TEST_CASE("gui: report and plan approvals reach the project file", "[gui][reports]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    const Id cycle = w.frame->session().cycle().id;
    const std::string lang = Translator::current().language();
    const Cycle before = w.frame->session().project().cycle(cycle);  // the demo's report is approved already

    // The dialog's fields become the record.
    ApprovalDialog dlg(w.frame, "Approve", "Record the approval.", {});
    dlg.by()->SetValue("  Rasa Petrauskienė, Director ");
    dlg.on()->SetValue("5 Mar 2027");  // typed as English shows dates
    dlg.note()->SetValue("Order No. A-17");
    const ApprovalChoice report = dlg.choice();
    CHECK(report.by == "Rasa Petrauskienė, Director");
    CHECK(report.on == "2027-03-05");

    REQUIRE(approve_report(*w.frame, cycle, report));
    CHECK(w.frame->GetStatusBar()->GetStatusText(approval_status_field)
              .Contains(wxString::FromUTF8(format_iso_ui_date("2027-03-05", lang))));
    // Approval of the report is an edit like any other: undo takes it back, redo brings it again.
    w.menu(wxID_UNDO);
    CHECK(w.frame->session().project().cycle(cycle).approved_by == before.approved_by);
    CHECK(w.frame->session().project().cycle(cycle).approved_on == before.approved_on);
    CHECK(w.frame->session().project().cycle(cycle).approval_note == before.approval_note);
    CHECK(w.frame->GetStatusBar()->GetStatusText(approval_status_field)
              .Contains(wxString::FromUTF8(format_iso_ui_date(before.approved_on, lang))));
    w.menu(wxID_REDO);
    CHECK(w.frame->session().project().cycle(cycle).approved_by == report.by);

    // The plan's approval is final: it asks first, and a "no" records nothing.
    w.answer_yes = false;
    CHECK_FALSE(approve_plan(*w.frame, cycle, {"Council", "2027-03-12", "Decision 5"}));
    REQUIRE(w.questions.size() == 1);
    CHECK(w.frame->session().project().plan(cycle)->approved_by != "Council");
    w.answer_yes = true;
    REQUIRE(approve_plan(*w.frame, cycle, {"Council", "2027-03-12", "Decision 5"}));
    CHECK(w.questions.size() == 2);
    CHECK(w.errors.empty());
    CHECK(w.frame->GetStatusBar()->GetStatusText(approval_status_field)
              .Contains(wxString::FromUTF8(format_iso_ui_date("2027-03-12", lang))));

    // Refused: no name.
    CHECK_FALSE(approve_report(*w.frame, cycle, {"", "2027-03-05", ""}));
    CHECK(w.errors.size() == 1);

    w.frame->close_project();
    auto project = Project::open(demo.path);
    const Cycle c = project->cycle(cycle);
    CHECK(c.approved_by == "Rasa Petrauskienė, Director");
    CHECK(c.approved_on == "2027-03-05");
    CHECK(c.approval_note == "Order No. A-17");
    const auto plan = project->plan(cycle);
    REQUIRE(plan);
    CHECK(plan->approved);
    CHECK(plan->approved_by == "Council");
    CHECK(plan->approved_on == "2027-03-12");
    CHECK(plan->decision_note == "Decision 5");
}

TEST_CASE("gui: the ISO 9001 tab shows the clause tree, its gaps and what touches a clause", "[gui][reports][screenshots]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    show_iso_tab(w);
    IsoPage* iso = w.frame->iso_page();
    REQUIRE(iso->view());
    CHECK(iso->view()->clauses.size() == iso->view()->iso->nodes().size());

    CHECK(iso->cell("5.3", 0).StartsWith("5.3"));
    CHECK(iso->cell("5.3", 1).Contains("1.2"));
    CHECK(iso->cell("5.3", 3) == _("Covered"));
    // A gap says so in words, not only in colour.
    CHECK(iso->cell("5.2.1", 3).Contains(_("Gap: no coverage")));
    CHECK(iso->cell("8.7", 3).Contains(_("Weak coverage")));
    CHECK(iso->cell("8.7", 2) != "");
    // The tree has the top clauses as rows, with their sub-clauses under them.
    wxDataViewItemArray top;
    CHECK(iso->tree()->GetModel()->GetChildren(wxDataViewItem(), top) == 7);

    REQUIRE(iso->select_clause("5.3"));
    settle();
    REQUIRE(iso->nodes()->GetItemCount() == 1);
    CHECK(iso->nodes()->GetItemText(0).StartsWith("1.2"));
    CHECK(iso->actions()->GetItemCount() > 0);

    REQUIRE(iso->select_clause("7.5.2"));  // opens 7.5, whose sub-clauses nothing maps to
    CHECK(iso->nodes()->GetItemCount() == 0);
    w.frame->Move(0, 0);  // the whole window on the 1366x768 screen
    settle();
    check_layout(w.frame, "ISO 9001 tab");
    screenshot(w.frame, "iso-view");

    // Double-clicking a mapped node shows it in the workspace.
    REQUIRE(iso->select_clause("5.3"));
    wxListEvent activate(wxEVT_LIST_ITEM_ACTIVATED, iso->nodes()->GetId());
    activate.SetEventObject(iso->nodes());
    activate.m_itemIndex = 0;
    iso->nodes()->ProcessWindowEvent(activate);
    settle();
    CHECK(w.frame->session().node() == "1.2");
}

TEST_CASE("gui: report and approval dialogs", "[gui][reports][screenshots]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    {
        ReportDialog dlg(w.frame, w.frame->session(), ReportKind::assessment);
        dlg.Show();
        settle();
        CHECK(dlg.file()->GetPath().EndsWith(".pdf"));
        check_layout(&dlg, "report dialog");
        screenshot(&dlg, "report-dialog");
        dlg.Hide();
    }
    {
        ApprovalDialog dlg(w.frame, _("Approve the improvement plan of cycle 2026"),
                           _("Record management's approval of the improvement plan and its assignment of tasks to "
                             "departments. The approval is final for this version of the plan."),
                           {"Rasa Petrauskienė, Director", "2027-03-12", ""});
        dlg.Show();
        settle();
        check_layout(&dlg, "approval dialog");
        screenshot(&dlg, "approval-dialog");
        dlg.Hide();
    }
}
