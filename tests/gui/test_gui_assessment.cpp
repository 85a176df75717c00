// The assessment tab and the agenda as a member and the facilitator come back to them: the
// subcriterion score shown again, the member chooser in sight, the agenda with titles.
#include "app/gui/consensus_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/node_tree.hpp"
#include "app/gui/subcriterion_page.hpp"
#include "app/gui/wx_text.hpp"
#include "model/scoring.hpp"
#include "model/number_format.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

TEST_CASE("gui: coming back to a subcriterion shows its score again", "[gui][assessment]") {
    for (const std::string& lang : {std::string("en"), std::string("lt")}) {
        UiLanguage language(lang);
        DemoCopy demo;
        Window w;
        w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
        REQUIRE(w.frame->open_project(demo.path));
        SubcriterionPage* page = w.frame->subcriterion_page();
        w.select_node("1.1");
        w.choose(page->member_choice(), 1);
        const Project& project = w.frame->session().project();
        const Id cycle = w.frame->session().cycle().id;
        const Id member = *w.frame->session().chosen_member();
        // Every phase of the member's rating gets a score, typed as a user does.
        const Panel* panel = w.frame->session().panel("1.1");
        REQUIRE(panel);
        for (const Phase& ph : panel->phases) {
            page->score_input(ph.id)->field()->SetValue("60");
            settle();
        }
        const auto expected = node_score(*panel, project.rating(cycle, member, "1.1").scores);
        REQUIRE(expected);
        const wxString value = wxString::FromUTF8(format_score(*expected, lang));  // "60,0" in Lithuanian
        CHECK(page->node_score_label()->GetLabel().Contains(value));

        w.select_node("1.2");
        w.select_node("1.1");
        wxStaticText* label = page->node_score_label();
        INFO(label->GetLabel().utf8_string());
        CHECK(label->GetLabel().Contains(value));
        CHECK(label->GetSize().x >= label->GetBestSize().x);
        check_layout(w.frame, "assessment tab after coming back, " + lang);

        // The member chooser stays in sight when the page is scrolled to its end.
        wxWindow* body = page->score_input(panel->phases.front().id)->GetParent();
        while (body && !dynamic_cast<wxScrolledWindow*>(body)) body = body->GetParent();
        REQUIRE(body);
        dynamic_cast<wxScrolledWindow*>(body)->Scroll(0, 10000);
        settle();
        const wxRect chooser = page->member_choice()->GetScreenRect();
        CHECK(page->GetScreenRect().Contains(chooser));
        CHECK_FALSE(body->GetScreenRect().Intersects(chooser));
    }
}

TEST_CASE("gui: the agenda names each subcriterion by code and title", "[gui][assessment]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    auto* left = dynamic_cast<wxNotebook*>(w.frame->tree()->GetParent());
    REQUIRE(left);
    AgendaPanel* agenda = nullptr;
    for (std::size_t i = 0; i < left->GetPageCount(); ++i)
        if (auto* a = dynamic_cast<AgendaPanel*>(left->GetPage(i))) {
            agenda = a;
            left->SetSelection(i);  // the user opens the Agenda tab
            settle();
        }
    REQUIRE(agenda);
    wxListView* list = agenda->list();
    REQUIRE(list->GetItemCount() > 0);
    const std::string lang = w.frame->session().language();
    for (long i = 0; i < list->GetItemCount(); ++i) {
        const Node* node = w.frame->session().framework().find(utf8(list->GetItemText(i, 0)));
        REQUIRE(node);
        CHECK(list->GetItemText(i, 4) == u8(node->title.get(lang)));
    }
}
