// The Processes tab from a project without processes: a new card filled in field by field, its
// responsibility matrix set with the mouse and the keyboard, the map and the organisation-wide
// matrix, each view laid out at 1024x768 in Lithuanian, and every step read back from the file.

#include "app/gui/iso_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/organisation_matrix_view.hpp"
#include "app/gui/process_card_editor.hpp"
#include "app/gui/process_map.hpp"
#include "app/gui/process_matrix_editor.hpp"
#include "app/gui/process_page.hpp"
#include "app/gui/subcriterion_page.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/grid.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

// A school's project with its departments and group, and no process yet.
struct SchoolProject {
    wxString dir;
    std::string path;
    Id teaching = 0, admin = 0;
    SchoolProject() {
        dir = wxFileName::CreateTempFileName("assessa-processes");
        wxRemoveFile(dir);
        wxFileName::Mkdir(dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
        path = (dir + "/mokykla.assessa").utf8_string();
        OrganisationProfile org;
        org.name = "Ąžuolyno profesinio mokymo centras";
        org.language = "lt";
        auto p = Project::create(path, library(), {"caf-2020", "classical", "2027", org});
        teaching = p->add_department({0, "MOK", "Mokymo skyrius", ""});
        admin = p->add_department({0, "ADM", "Administracija", ""});
        p->add_member({0, "Daiva Stankevičienė", MemberRole::facilitator, admin, ""});
        p->add_member({0, "Mindaugas Paulauskas", MemberRole::member, teaching, ""});
    }
    ~SchoolProject() { wxFileName::Rmdir(dir, wxPATH_RMDIR_RECURSIVE); }
    SchoolProject(const SchoolProject&) = delete;
    SchoolProject& operator=(const SchoolProject&) = delete;
    std::unique_ptr<Project> reread() const { return Project::open(path, Project::Mode::read_only); }
};

void type(wxTextCtrl* field, const wxString& text) {
    field->SetValue(text);  // fires the text event, as typing does
    settle();
}

void tick(wxCheckListBox* list, const std::string& code_prefix) {
    for (unsigned i = 0; i < list->GetCount(); ++i) {
        wxString entry = list->GetString(i);
        if (entry.Trim(false).StartsWith(wxString::FromUTF8(code_prefix + "  "))) {
            list->Check(i);
            wxCommandEvent e(wxEVT_CHECKLISTBOX, list->GetId());
            e.SetInt(static_cast<int>(i));
            e.SetEventObject(list);
            list->ProcessWindowEvent(e);
            settle();
            return;
        }
    }
    FAIL("no clause " << code_prefix);
}

void type_cell(wxGrid* grid, int row, int col, const wxString& text) {
    grid->SetCellValue(row, col, text);
    wxGridEvent e(grid->GetId(), wxEVT_GRID_CELL_CHANGED, grid, row, col);
    grid->ProcessWindowEvent(e);
    settle();
}

int entry_containing(wxChoice* choice, const wxString& text) {
    for (unsigned i = 0; i < choice->GetCount(); ++i)
        if (choice->GetString(i).Contains(text)) return static_cast<int>(i);
    FAIL("no entry with " << text.utf8_string());
    return -1;
}

// The middle of a matrix cell on the screen.
wxPoint cell_on_screen(wxGrid* grid, int row, int col) {
    const wxRect cell = grid->CellToRect(row, col);
    const wxPoint at = grid->CalcScrolledPosition(cell.GetPosition()) + wxPoint(cell.width / 2, cell.height / 2);
    return grid->GetGridWindow()->ClientToScreen(at);
}

void mouse_click_at(const wxPoint& screen_point) {
    wxUIActionSimulator sim;
    sim.MouseMove(screen_point);
    settle();
    sim.MouseClick();
    for (int i = 0; i < 3; ++i) {
        wxMilliSleep(30);
        settle();
    }
}

void press(int key) {
    wxUIActionSimulator sim;
    sim.Char(key);
    for (int i = 0; i < 3; ++i) {
        wxMilliSleep(30);
        settle();
    }
}

Responsibility stored_cell(const SchoolProject& school, std::size_t row, std::size_t col) {
    const auto processes = school.reread()->processes();
    REQUIRE(processes.size() == 1);
    return processes[0].matrix.at(row, col);
}

}  // namespace

TEST_CASE("gui: a process from an empty register: the card, the matrix by mouse and keyboard, read back from the file",
          "[gui][processes]") {
    UiLanguage language("lt");
    SchoolProject school;
    Window w;
    w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
    REQUIRE(w.frame->open_project(school.path));
    settle();
    ProcessPage* page = w.frame->process_page();
    w.frame->pages()->SetSelection(static_cast<size_t>(w.frame->pages()->FindPage(page)));
    settle();
    check_layout(w.frame, "Processes tab, empty register, lt");
    CHECK_FALSE(page->card()->name_field()->IsEnabled());

    // A new card, filled in as the seed's card is.
    click(page->add_button());
    REQUIRE(page->chosen());
    REQUIRE(school.reread()->processes().size() == 1);
    CHECK(school.reread()->processes()[0].code == "P-01");
    ProcessCardEditor* card = page->card();
    type(card->name_field(), wxString::FromUTF8("Išorinė komunikacija"));
    choose(card->kind_choice(), 0);  // management
    choose(card->owner_choice(), entry_containing(card->owner_choice(), "Administracija"));
    type(card->text_field(3), wxString::FromUTF8("Informuoti visuomenę apie centro veiklą."));
    type(card->text_field(4), wxString::FromUTF8("Laiku pateikta ir teisinga informacija."));
    tick(card->clause_list(), "7.4");
    tick(card->clause_list(), "4.4");
    type(card->text_field(6), wxString::FromUTF8("Informacijos rengimas\n\n  Informacijos sklaida  \n"));
    type(card->text_field(7), wxString::FromUTF8("Komunikacijos planas"));
    type(card->text_field(8), wxString::FromUTF8("Pranešimų registras"));
    type(card->resource_field(ResourceKind::people), wxString::FromUTF8("Komunikacijos specialistas"));
    type(card->resource_field(ResourceKind::information), wxString::FromUTF8("Interneto svetainė"));
    type_cell(card->criteria_grid(), 0, 0, wxString::FromUTF8("Pranešimų skaičius"));
    type_cell(card->criteria_grid(), 0, 1, wxString::FromUTF8("vnt. per metus"));
    type_cell(card->criteria_grid(), 0, 2, "24");
    CHECK(card->criteria_grid()->GetNumberRows() == 2);  // the last row adds the next criterion
    type(card->text_field(11), wxString::FromUTF8("Viešojo informavimo įstatymas"));
    type(card->text_field(12), wxString::FromUTF8("Naujienlaiškis tėvams"));
    CHECK(card->dirty());
    CHECK(school.reread()->processes()[0].name == _("New process").utf8_string());  // nothing written yet
    screenshot(w.frame, "processes-card-lt");
    click(card->save_button());
    CHECK_FALSE(card->dirty());
    CHECK(w.errors.empty());
    {
        const Process p = school.reread()->processes().at(0);
        CHECK(p.name == "Išorinė komunikacija");
        CHECK(p.kind == ProcessKind::management);
        CHECK(p.owner_department_id == school.admin);
        CHECK_FALSE(p.owner_member_id);
        CHECK(p.purpose == "Informuoti visuomenę apie centro veiklą.");
        CHECK(p.customer_requirements == "Laiku pateikta ir teisinga informacija.");
        CHECK(p.iso_clauses == std::vector<std::string>{"4.4", "7.4"});
        CHECK(p.subprocesses == std::vector<std::string>{"Informacijos rengimas", "Informacijos sklaida"});
        CHECK(p.documents == std::vector<std::string>{"Komunikacijos planas"});
        CHECK(p.records == std::vector<std::string>{"Pranešimų registras"});
        REQUIRE(p.resources.size() == 2);
        CHECK(p.resources[0] == ProcessResource{ResourceKind::people, "Komunikacijos specialistas"});
        CHECK(p.resources[1] == ProcessResource{ResourceKind::information, "Interneto svetainė"});
        REQUIRE(p.criteria.size() == 1);
        CHECK(p.criteria[0] == ProcessCriterion{"Pranešimų skaičius", "vnt. per metus", "24"});
        CHECK(p.constraints == std::vector<std::string>{"Viešojo informavimo įstatymas"});
        CHECK(p.improvement_goals == std::vector<std::string>{"Naujienlaiškis tėvams"});
    }
    // The register groups it under management processes.
    const wxTreeItemId selected = page->register_tree()->GetSelection();
    REQUIRE(selected.IsOk());
    CHECK(page->register_tree()->GetItemText(selected).Contains(wxString::FromUTF8("P-01  Išorinė komunikacija")));
    CHECK(page->register_tree()->GetItemText(page->register_tree()->GetItemParent(selected)) ==
          wxString::FromUTF8(process_kind_label(ProcessKind::management)));

    // A card the store would refuse is not written; its problems are shown.
    type(card->name_field(), "");
    click(card->save_button());
    CHECK(card->problems_label()->IsShown());
    CHECK_FALSE(card->problems_label()->GetLabel().IsEmpty());
    CHECK(school.reread()->processes()[0].name == "Išorinė komunikacija");
    CHECK_FALSE(page->choose(std::nullopt));  // the register stays on the card with problems
    click(card->discard_button());
    CHECK(card->name_field()->GetValue() == wxString::FromUTF8("Išorinė komunikacija"));

    // The matrix: two departments and a role down, two stakeholders across.
    page->show_view(ProcessPage::matrix_view);
    settle();
    ProcessMatrixEditor* matrix = page->matrix();
    for (const char* department : {"Administracija", "Mokymo skyrius"}) {
        choose(matrix->department_choice(), entry_containing(matrix->department_choice(), wxString::FromUTF8(department)));
        click(matrix->add_department_button());
    }
    type(matrix->role_field(), "Direktorius");
    click(matrix->add_role_button());
    type(matrix->column_name_field(), wxString::FromUTF8("Tėvai"));
    type(matrix->column_purpose_field(), wxString::FromUTF8("Informuoti apie mokymą"));
    click(matrix->add_column_button());
    type(matrix->column_name_field(), wxString::FromUTF8("Socialiniai partneriai"));
    type(matrix->column_purpose_field(), wxString::FromUTF8("Bendradarbiauti"));
    click(matrix->add_column_button());
    wxGrid* grid = matrix->grid();
    REQUIRE(grid->GetNumberRows() == 3);
    REQUIRE(grid->GetNumberCols() == 2);
    CHECK(grid->GetRowLabelValue(2) == "Direktorius");
    {
        const Process p = school.reread()->processes().at(0);
        REQUIRE(p.matrix.rows.size() == 3);
        CHECK(p.matrix.rows[0].department_id == school.admin);
        CHECK(p.matrix.rows[2].role == "Direktorius");
        REQUIRE(p.matrix.columns.size() == 2);
        CHECK(p.matrix.columns[0] == MatrixColumn{"Tėvai", "Informuoti apie mokymą"});
        // The matrix changes leave the card as saved.
        CHECK(p.name == "Išorinė komunikacija");
        CHECK(p.improvement_goals == std::vector<std::string>{"Naujienlaiškis tėvams"});
    }
    check_layout(w.frame, "Processes tab, matrix, lt");
    CHECK(matrix->warnings_label()->GetLabel().Contains(wxString::FromUTF8("\u26a0")));  // no column has a V yet

    // The mouse: one click makes V, the next D, where the cell is drawn.
    mouse_click_at(cell_on_screen(grid, 0, 0));
    CHECK(stored_cell(school, 0, 0) == Responsibility::leads);
    mouse_click_at(cell_on_screen(grid, 0, 0));
    CHECK(stored_cell(school, 0, 0) == Responsibility::takes_part);
    mouse_click_at(cell_on_screen(grid, 2, 0));
    CHECK(stored_cell(school, 2, 0) == Responsibility::leads);
    CHECK(grid->GetCellValue(2, 0) == wxString::FromUTF8(responsibility_letter(Responsibility::leads)));

    // The keyboard: the arrow moves, V and D set, Space steps, Delete clears.
    mouse_click_at(cell_on_screen(grid, 1, 1));  // steps it to V and makes it the current cell
    CHECK(stored_cell(school, 1, 1) == Responsibility::leads);
    grid->SetFocus();
    settle();
    press(WXK_DELETE);
    CHECK(stored_cell(school, 1, 1) == Responsibility::none);
    press(WXK_UP);
    press('v');
    CHECK(stored_cell(school, 0, 1) == Responsibility::leads);
    press(WXK_DOWN);
    press('d');
    CHECK(stored_cell(school, 1, 1) == Responsibility::takes_part);
    press(WXK_DOWN);
    press(WXK_SPACE);
    CHECK(stored_cell(school, 2, 1) == Responsibility::leads);
    // Column 2 now has two V: the warning says so.
    CHECK(matrix->warnings_label()->GetLabel().Contains(wxString::FromUTF8("\u26a0")));
    press(WXK_SPACE);  // V -> D: one V left in each column
    CHECK(stored_cell(school, 2, 1) == Responsibility::takes_part);
    CHECK_FALSE(matrix->warnings_label()->GetLabel().Contains(wxString::FromUTF8("\u26a0")));
    screenshot(w.frame, "processes-matrix-lt");

    // Undo takes back the last cell.
    w.menu(wxID_UNDO);
    CHECK(stored_cell(school, 2, 1) == Responsibility::leads);
    CHECK(matrix->grid()->GetCellValue(2, 1) == wxString::FromUTF8(responsibility_letter(Responsibility::leads)));
    w.menu(wxID_REDO);
    CHECK(stored_cell(school, 2, 1) == Responsibility::takes_part);

    // The map: the process in the management band; a click on its box opens the card.
    page->show_view(ProcessPage::map_view);
    settle();
    check_layout(w.frame, "Processes tab, map, lt");
    const wxRect box = page->map()->box_rect(*page->chosen());
    REQUIRE_FALSE(box.IsEmpty());
    page->show_view(ProcessPage::organisation_view);
    settle();
    check_layout(w.frame, "Processes tab, all processes, lt");
    wxGrid* all = page->organisation()->grid();
    REQUIRE(all->GetNumberRows() == 3);
    REQUIRE(all->GetNumberCols() == 1);
    const auto all_process_cell = [all](const char* participant) {
        for (int r = 0; r < all->GetNumberRows(); ++r)
            if (all->GetRowLabelValue(r) == wxString::FromUTF8(participant)) return all->GetCellValue(r, 0);
        FAIL("no row " << participant);
        return wxString();
    };
    const wxString leads = wxString::FromUTF8(responsibility_letter(Responsibility::leads));
    CHECK(all_process_cell("Administracija") == leads);  // V in the second column
    CHECK(all_process_cell("Mokymo skyrius") == wxString::FromUTF8(responsibility_letter(Responsibility::takes_part)));
    CHECK(all_process_cell("Direktorius") == leads);
    page->show_view(ProcessPage::map_view);
    settle();
    mouse_click_at(page->map()->ClientToScreen(page->map()->CalcScrolledPosition(box.GetPosition()) + wxPoint(box.width / 2, box.height / 2)));
    CHECK(page->views()->GetSelection() == ProcessPage::card_view);
    screenshot(w.frame, "processes-map-lt");

    // The improvement goal raised as an agreed AFI at CAF 5.1.
    REQUIRE(card->goal_choice()->GetCount() == 1);
    choose(card->goal_choice(), 0);
    CHECK(card->raise_goal_button()->IsEnabled());
    click(card->raise_goal_button());
    wxString shown;
    for (const auto& e : w.errors) shown += e + "\n";
    INFO(shown.utf8_string());
    REQUIRE(w.errors.empty());
    {
        auto p = school.reread();
        const auto items = p->consensus(w.frame->session().cycle().id, "5.1").items;
        REQUIRE(items.size() == 1);
        CHECK(items[0].kind == NoteKind::afi);
        CHECK(items[0].text == "P-01 Išorinė komunikacija: Naujienlaiškis tėvams");
    }

    // CAF 5.1 shows the register; the ISO 9001 tab shows the process per clause and flags 8.x.
    w.frame->show_page(MainFrame::assessment_page);
    w.select_node("5.1");
    screenshot(w.frame, "processes-caf-5-1-lt");
    REQUIRE(w.frame->subcriterion_page()->process_register_label());
    CHECK(w.frame->subcriterion_page()->process_register_label()->GetLabel().Contains(wxString::FromUTF8("Išorinė komunikacija")));
    IsoPage* iso = w.frame->iso_page();
    w.frame->pages()->SetSelection(static_cast<size_t>(w.frame->pages()->FindPage(iso)));
    settle();
    CHECK(iso->cell("4.4", 4) == "P-01");
    CHECK(iso->cell("7.4", 4) == "P-01");
    CHECK(iso->cell("8.5", 4).Contains(_("No process covers it")));
    CHECK(iso->cell("9.1", 4).IsEmpty());
    REQUIRE(iso->select_clause("4.4"));
    settle();
    screenshot(w.frame, "processes-iso-lt");

    // Removing the process and undoing it brings the card back with its id.
    const Id id = *page->chosen();
    w.frame->show_processes();
    settle();
    click(page->remove_button());
    CHECK(school.reread()->processes().empty());
    w.menu(wxID_UNDO);
    settle();
    REQUIRE(school.reread()->processes().size() == 1);
    CHECK(school.reread()->processes()[0].id == id);
    CHECK(w.errors.empty());
}

TEST_CASE("gui: the Processes tab of the demo in every language, each view laid out at 1024x768", "[gui][processes][layout]") {
    for (const std::string& lang : layout_languages()) {
        UiLanguage language(lang);
        DemoCopy demo;
        Window w;
        w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
        REQUIRE(w.frame->open_project(demo.path));
        settle();
        w.frame->show_processes();
        settle();
        ProcessPage* page = w.frame->process_page();
        const auto processes = w.frame->session().project().processes();
        REQUIRE(processes.size() >= 6);
        REQUIRE(page->choose(processes[2].id));
        settle();
        for (ProcessPage::View v : {ProcessPage::card_view, ProcessPage::matrix_view, ProcessPage::map_view,
                                    ProcessPage::organisation_view}) {
            page->show_view(v);
            settle();
            check_layout(w.frame, "Processes tab, view " + std::to_string(v) + ", " + lang);
        }
        // Every process has a box on the map, none over another.
        for (std::size_t i = 0; i < processes.size(); ++i) {
            const wxRect a = page->map()->box_rect(processes[i].id);
            CHECK_FALSE(a.IsEmpty());
            for (std::size_t j = i + 1; j < processes.size(); ++j) CHECK_FALSE(a.Intersects(page->map()->box_rect(processes[j].id)));
        }
        if (lang == "lt") {
            page->show_view(ProcessPage::map_view);
            settle();
            screenshot(w.frame, "processes-demo-map-lt");
        }
    }
}
