// The layout check itself (it must find what is broken, and only that), and every tab and dialog
// of the main window run through it in each interface language at 1024x768.
#include "app/gui/action_editor.hpp"
#include "app/gui/approval_dialog.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/node_tree.hpp"
#include "app/gui/plan_ids.hpp"
#include "app/gui/plan_panel.hpp"
#include "app/gui/report_dialog.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/testing.h>

#include <algorithm>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

bool any_names(const std::vector<std::string>& problems, const std::string& name, const std::string& what) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) {
        return p.find("'" + name + "'") != std::string::npos && p.find(what) != std::string::npos;
    });
}

int menu_id(wxFrame* frame, const wxString& menu, const wxString& item) {
    const int id = frame->GetMenuBar()->FindMenuItem(menu, item);
    REQUIRE(id != wxNOT_FOUND);
    return id;
}

// Checks every page of each notebook in a dialog, then cancels or closes it.
class CheckDialog : public wxExpectModalBase<wxDialog, CheckDialog> {
public:
    explicit CheckDialog(std::string where) : where_(std::move(where)) {}

protected:
    int OnInvoked(wxDialog* dlg) const override {
        dlg->Show();
        settle();
        check_layout(dlg, where_);
        for (wxWindow* child : dlg->GetChildren())
            if (auto* book = dynamic_cast<wxNotebook*>(child))
                for (std::size_t i = 1; i < book->GetPageCount(); ++i) {
                    book->SetSelection(i);
                    settle();
                    check_layout(dlg, where_ + ", page " + book->GetPageText(i).utf8_string());
                }
        dlg->Hide();
        return wxID_CANCEL;
    }

private:
    std::string where_;
};

void check_dialog(wxDialog& dlg, const std::string& where) {
    dlg.Show();
    settle();
    check_layout(&dlg, where);
    dlg.Hide();
}

}  // namespace

TEST_CASE("gui: the layout check names a control that is cut, overlapped or outside its parent", "[gui][layout]") {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "layout", wxPoint(0, 0), wxSize(400, 300));
    auto* panel = new wxPanel(frame);
    auto* cut = new wxStaticText(panel, wxID_ANY, "A label far longer than the room it was given", wxPoint(10, 10));
    cut->SetName("cut label");
    auto* first = new wxButton(panel, wxID_ANY, "First", wxPoint(10, 60));
    first->SetName("first button");
    auto* second = new wxButton(panel, wxID_ANY, "Second", wxPoint(30, 70));
    second->SetName("second button");
    auto* outside = new wxCheckBox(panel, wxID_ANY, "Outside", wxPoint(350, 250));
    outside->SetName("outside box");
    frame->Show();
    settle();
    cut->SetSize(40, cut->GetBestSize().y);
    settle();

    const auto problems = layout_problems(frame);
    CHECK(any_names(problems, "cut label", "cuts its text"));
    CHECK(any_names(problems, "first button", "overlap"));
    CHECK(any_names(problems, "second button", "overlap"));
    CHECK(any_names(problems, "outside box", "outside its parent"));
    CHECK(problems.size() == 3);  // the overlap is one problem naming both buttons

    // The same controls in a sizer: nothing to report.
    auto* box = new wxBoxSizer(wxVERTICAL);
    for (wxWindow* w : {static_cast<wxWindow*>(cut), static_cast<wxWindow*>(first), static_cast<wxWindow*>(second),
                        static_cast<wxWindow*>(outside)}) {
        w->SetMinSize(w->GetBestSize());
        box->Add(w, 0, wxALL, 4);
    }
    panel->SetSizer(box);
    panel->Layout();
    settle();
    const auto none = layout_problems(frame);
    for (const auto& p : none) FAIL_CHECK("a sound layout reported: " << p);
    CHECK(none.empty());
    frame->Destroy();
    settle();
}

TEST_CASE("gui: every tab and dialog of the main window is laid out at 1024x768 in each language", "[gui][layout][!mayfail]") {
    for (const std::string& lang : layout_languages()) {
        UiLanguage language(lang);
        DemoCopy demo;
        Window w;
        w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
        settle();
        check_layout(w.frame, "welcome page, " + lang);
        REQUIRE(w.frame->open_project(demo.path));
        settle();
        w.select_node("1.2");
        wxNotebook* pages = w.frame->pages();
        for (std::size_t i = 0; i < pages->GetPageCount(); ++i) {
            pages->SetSelection(i);
            settle();
            check_layout(w.frame, pages->GetPageText(i).utf8_string() + " tab, " + lang);
        }
        for (int view : {id_plan_show_matrix, id_plan_show_timeline, id_plan_show_departments, id_plan_show_table}) {
            w.menu(view);
            check_layout(w.frame, "plan view " + std::to_string(view - id_plan_show_table) + ", " + lang);
        }
        // The agenda beside the pages.
        if (auto* left = dynamic_cast<wxNotebook*>(w.frame->tree()->GetParent())) {
            left->SetSelection(1);
            settle();
            check_layout(w.frame, "agenda, " + lang);
            left->SetSelection(0);
            settle();
        }

        {
            ReportDialog dlg(w.frame, w.frame->session(), ReportKind::assessment);
            check_dialog(dlg, "report dialog, " + lang);
        }
        {
            ReportDialog dlg(w.frame, w.frame->session(), ReportKind::plan);
            check_dialog(dlg, "plan report dialog, " + lang);
        }
        {
            ApprovalDialog dlg(w.frame, _("Approve the improvement plan of cycle 2026"),
                               _("Record management's approval of the improvement plan and its assignment of tasks "
                                 "to departments. The approval is final for this version of the plan."),
                               {"Rasa Petrauskienė, Director", "2027-03-12", ""});
            check_dialog(dlg, "approval dialog, " + lang);
        }
        PlanPanel* plan = w.frame->plan_panel();
        plan->run_editor = [&lang](ActionEditor& e) {
            e.Show();
            settle();
            check_layout(&e, "action editor, " + lang);
            for (wxWindow* child : e.GetChildren())
                if (auto* book = dynamic_cast<wxNotebook*>(child))
                    for (std::size_t i = 1; i < book->GetPageCount(); ++i) {
                        book->SetSelection(i);
                        settle();
                        check_layout(&e, "action editor, page " + book->GetPageText(i).utf8_string() + ", " + lang);
                    }
            e.Hide();
            return static_cast<int>(wxID_CANCEL);
        };
        plan->edit_action(plan->data().actions.at(1).id);
        wxTEST_DIALOG(w.menu(menu_id(w.frame, _("&Edit"), _("&Group and organisation…\tCtrl+G"))),
                      CheckDialog("group dialog, " + lang));
        wxTEST_DIALOG(w.menu(wxID_PREFERENCES), CheckDialog("preferences, " + lang));
        CHECK(w.errors.empty());
    }
}
