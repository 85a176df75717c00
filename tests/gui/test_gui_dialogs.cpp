// The new-project wizard and the group dialog, driven as a user fills them in (their modal
// loops replaced by wx's testing hook), checked through the project file they write.
#include "app/gui/main_frame.hpp"
#include "app/gui/wx_text.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/wizard.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

int menu_id(wxFrame* frame, const wxString& menu, const wxString& item) {
    const int id = frame->GetMenuBar()->FindMenuItem(menu, item);
    REQUIRE(id != wxNOT_FOUND);
    return id;
}

// Fills in every page of the wizard, as a user does: each page is checked for its layout the
// first time it is shown, and "Next" and "Finish" are clicked with the mouse where they are drawn.
class FillWizard : public wxExpectModalBase<wxWizard, FillWizard> {
public:
    explicit FillWizard(std::string where = "en") : where_(std::move(where)) {}

protected:
    int OnInvoked(wxWizard* wizard) const override {
        wizard->Show();
        wizard->Raise();
        settle();
        // The whole wizard fits on the smallest screen we support.
        CHECK(wizard->GetSize().x <= layout_screen().x);
        CHECK(wizard->GetSize().y <= layout_screen().y);
        int page_number = 0;
        auto check_page = [&] {
            ++page_number;
            check_layout(wizard, "new-project wizard page " + std::to_string(page_number) + ", " + where_);
            // The page leaves the row of buttons free.
            const wxRect page = wizard->GetCurrentPage()->GetScreenRect();
            for (int id : {wxID_BACKWARD, wxID_FORWARD, wxID_CANCEL})
                if (wxWindow* b = wizard->FindWindow(id); b && b->IsShown())
                    CHECK_FALSE(page.Intersects(b->GetScreenRect()));
        };
        auto next = [wizard] {
            wxWindow* button = wizard->FindWindow(wxID_FORWARD);
            REQUIRE(button);
            wxUIActionSimulator sim;
            sim.MouseMove(button->GetScreenRect().GetPosition() + button->GetSize() / 2);
            settle();
            sim.MouseClick();
            settle();
        };
        wxWizardPage* first = wizard->GetCurrentPage();
        check_page();
        next();  // no name yet: a message, and the page stays
        CHECK(wizard->GetCurrentPage() == first);

        named<wxTextCtrl>(wizard, _("Organisation name:"))->SetValue(wxString::FromUTF8("Vėjupio viešoji biblioteka"));
        named<wxTextCtrl>(wizard, _("Type (e.g. municipal administration):"))->SetValue("public library");
        named<wxTextCtrl>(wizard, _("Label of this self-assessment:"))->SetValue("2027");
        if (where_ == "en") screenshot(wizard, "wizard");
        if (where_ == "lt") screenshot(wizard, "wizard-lt");
        next();
        CHECK(wizard->GetCurrentPage() == first->GetNext());
        check_page();
        if (where_ == "en") screenshot(wizard, "wizard-framework");
        next();  // the framework as chosen (the first)
        check_page();
        auto* methods = named<wxRadioBox>(wizard, _("Method"));
        // The methods of the framework chosen (the first that has any), in its order.
        int classical = -1;
        for (const auto& fw : library().frameworks())
            if (!fw->methods().empty()) {
                for (std::size_t i = 0; i < fw->methods().size(); ++i)
                    if (fw->methods()[i].id == "classical") classical = static_cast<int>(i);
                break;
            }
        REQUIRE(classical >= 0);
        REQUIRE(static_cast<unsigned>(classical) < methods->GetCount());
        methods->SetSelection(classical);
        if (where_ == "en") screenshot(wizard, "wizard-method");
        next();
        check_page();
        named<wxTextCtrl>(wizard, _("Departments"))->SetValue("FIN Finance and Budget Department\nREAD Reading rooms\n");
        if (where_ == "en") screenshot(wizard, "wizard-departments");
        next();
        check_page();
        named<wxTextCtrl>(wizard, _("Self-assessment group"))
            ->SetValue(wxString::FromUTF8("Rūta Petrauskienė, FIN\nJonas Jonaitis, READ\nAgnė Kairė\n"));
        if (where_ == "en") screenshot(wizard, "wizard-group");
        next();  // "Finish"
        CHECK_FALSE(wizard->IsShown());
        return wxID_OK;
    }

private:
    std::string where_;
};

// The group dialog: a department and a member added through their forms, the organisation
// renamed, shown for a screenshot, closed.
class EditGroup : public wxExpectModalBase<wxDialog, EditGroup> {
protected:
    int OnInvoked(wxDialog* dlg) const override {
        dlg->Show();
        settle();
        check_layout(dlg, "group dialog");
        auto* book = dynamic_cast<wxNotebook*>(dlg->GetChildren().front());
        REQUIRE(book);
        named<wxTextCtrl>(dlg, _("Organisation name:"))->SetValue("Renamed Municipality Administration");
        click(book->GetPage(1)->FindWindow(wxID_ADD));  // a department: the next expectation
        click(book->GetPage(2)->FindWindow(wxID_ADD));  // a member: the one after
        book->SetSelection(2);
        settle();
        check_layout(dlg, "group dialog, members");
        screenshot(dlg, "group");
        click(dlg->FindWindow(wxID_CLOSE));
        CHECK_FALSE(dlg->IsShown());
        return wxID_CLOSE;
    }
};

class DepartmentForm : public wxExpectModalBase<wxDialog, DepartmentForm> {
protected:
    int OnInvoked(wxDialog* dlg) const override {
        named<wxTextCtrl>(dlg, _("Department code:"))->SetValue("IT");
        named<wxTextCtrl>(dlg, _("Department name:"))->SetValue("Information Technology Unit");
        named<wxTextCtrl>(dlg, _("Head of department:"))->SetValue("Tomas Rimkus");
        return wxID_OK;
    }
};

class MemberForm : public wxExpectModalBase<wxDialog, MemberForm> {
protected:
    int OnInvoked(wxDialog* dlg) const override {
        named<wxTextCtrl>(dlg, _("Member name:"))->SetValue(wxString::FromUTF8("Ona Petraitienė"));
        choose(named<wxChoice>(dlg, _("Role:")), 1);  // member
        auto* dep = named<wxChoice>(dlg, _("Department:"));
        choose(dep, static_cast<int>(dep->GetCount()) - 1);  // the department just added
        named<wxTextCtrl>(dlg, _("Contact:"))->SetValue("ona@example.lt");
        dlg->Show();
        settle();
        check_layout(dlg, "member form");
        screenshot(dlg, "group-member");
        dlg->Hide();
        return wxID_OK;
    }
};

}  // namespace

TEST_CASE("gui: the new-project wizard writes the organisation, departments and members typed", "[gui][dialogs][screenshots]") {
    struct Run {
        std::string lang;
        wxSize frame;
    };
    for (const Run& run : {Run{"en", layout_screen()}, Run{"en", wxSize(1600, 1000)}, Run{"lt", layout_screen()},
                           Run{"lt", wxSize(1600, 1000)}, Run{"zh", layout_screen()}, Run{"zh", wxSize(1600, 1000)}}) {
        const std::string where = run.lang + " " + std::to_string(run.frame.x) + "x" + std::to_string(run.frame.y);
        INFO(where);
        UiLanguage language(run.lang);
        DemoCopy demo;  // for its temporary directory
        const wxString path = demo.dir + "/library.assessa";
        {
            Window w;
            w.frame->SetSize(wxRect(wxPoint(0, 0), run.frame));
            settle();
            wxTEST_DIALOG(w.menu(wxID_NEW), FillWizard(run.frame == layout_screen() ? run.lang : where),
                          wxExpectModal<wxMessageDialog>(wxOK), wxExpectModal<wxFileDialog>(path));
            REQUIRE(w.errors.empty());
            REQUIRE(w.frame->has_project());
            CHECK(w.frame->session().project().path() == utf8(path));
        }
        auto p = Project::open(utf8(path));
        CHECK(p->organisation().name == "Vėjupio viešoji biblioteka");
        CHECK(p->organisation().type == "public library");
        REQUIRE(p->cycles().size() == 1);
        CHECK(p->cycles()[0].label == "2027");
        CHECK(p->cycles()[0].method_id == "classical");
        const auto deps = p->departments();
        REQUIRE(deps.size() == 2);
        CHECK(deps[0].code == "FIN");
        CHECK(deps[0].name == "Finance and Budget Department");
        CHECK(deps[1].code == "READ");
        const auto members = p->members();
        REQUIRE(members.size() == 3);
        CHECK(members[0].name == "Rūta Petrauskienė");
        CHECK(members[0].role == MemberRole::facilitator);
        CHECK(members[0].department_id == deps[0].id);
        CHECK(members[1].name == "Jonas Jonaitis");
        CHECK(members[1].department_id == deps[1].id);
        CHECK(members[2].role == MemberRole::member);
        CHECK_FALSE(members[2].department_id);
    }
}

TEST_CASE("gui: the group dialog adds a department and a member to the project file", "[gui][dialogs][screenshots]") {
    DemoCopy demo;
    std::size_t members_before = 0;
    {
        Window w;
        REQUIRE(w.frame->open_project(demo.path));
        members_before = w.frame->session().project().members().size();
        const int id = menu_id(w.frame, _("&Edit"), _("&Group and organisation…"));
        wxTEST_DIALOG(w.menu(id), EditGroup(), DepartmentForm(), MemberForm());
        REQUIRE(w.errors.empty());
        // The workspace knows the new member at once.
        CHECK(w.frame->session().members().size() == members_before + 1);
    }
    auto p = Project::open(demo.path);
    CHECK(p->organisation().name == "Renamed Municipality Administration");
    const auto dep = p->find_department("IT");
    REQUIRE(dep);
    CHECK(dep->name == "Information Technology Unit");
    CHECK(dep->head == "Tomas Rimkus");
    const auto members = p->members();
    REQUIRE(members.size() == members_before + 1);
    const Member& ona = members.back();
    CHECK(ona.name == "Ona Petraitienė");
    CHECK(ona.role == MemberRole::member);
    CHECK(ona.department_id == dep->id);
    CHECK(ona.contact == "ona@example.lt");
}
