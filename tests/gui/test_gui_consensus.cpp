// Agreeing members' items on the consensus page: each as its own agreed item, or merged into
// one that the facilitator rewords in the merge editor first. Checked through the project file.
#include "app/gui/consensus_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/merge_editor.hpp"
#include "app/gui/wx_text.hpp"
#include "model/consensus_edits.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/gui/layout_check.hpp"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include <algorithm>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

void click(wxButton* button) {
    REQUIRE(button);
    REQUIRE(button->IsEnabled());
    wxCommandEvent e(wxEVT_BUTTON, button->GetId());
    e.SetEventObject(button);
    button->ProcessWindowEvent(e);
    settle();
}

// Selects the first `n` members' items not yet agreed and returns their ids and texts.
std::vector<ChosenItem> select_unused(ConsensusPage* page, const Project& project, Id cycle, const std::string& node,
                                      NoteKind kind, std::size_t n) {
    wxListView* picks = page->member_items(kind);
    for (long i = 0; i < picks->GetItemCount(); ++i) picks->Select(i, false);
    std::vector<ChosenItem> all;
    for (const Member& m : project.members()) {
        const Rating r = project.rating(cycle, m.id, node);
        for (const NoteItem* it : r.items_of(kind)) all.push_back({it->id, it->text});
    }
    REQUIRE(static_cast<std::size_t>(picks->GetItemCount()) == all.size());
    std::vector<ChosenItem> chosen;
    for (long i = 0; i < picks->GetItemCount() && chosen.size() < n; ++i)
        if (!picks->GetItemText(i).StartsWith(wxString::FromUTF8("✓"))) {
            picks->Select(i);
            chosen.push_back(all[static_cast<std::size_t>(i)]);
        }
    REQUIRE(chosen.size() == n);
    return chosen;
}

const ConsensusItem* find_item(const Consensus& c, const std::string& text) {
    for (const auto& item : c.items)
        if (item.text == text) return &item;
    return nullptr;
}

}  // namespace

TEST_CASE("gui: agree each and merge into one make the agreed items the facilitator saw", "[gui][consensus][screenshots]") {
    for (const std::string& lang : {std::string("en"), std::string("lt")}) {
        UiLanguage language(lang);
        DemoCopy demo;
        const std::string node = "1.1";
        std::vector<ChosenItem> merged, each;
        Id cycle_id = 0;
        const std::string reworded = "Values and the vision are not reviewed with the staff.";
        {
            Window w;
            w.frame->SetSize(wxRect(wxPoint(0, 0), layout_screen()));
            REQUIRE(w.frame->open_project(demo.path));
            w.select_node(node);
            w.frame->show_page(MainFrame::consensus_tab);
            settle();
            ConsensusPage* page = w.frame->consensus_page();
            const Project& project = w.frame->session().project();
            const Id cycle = w.frame->session().cycle().id;
            cycle_id = cycle;
            const std::size_t agreed_before = project.consensus(cycle, node).items.size();

            // The two pairs of buttons stand at the same height.
            const auto strengths = page->agree_buttons(NoteKind::strength);
            const auto afis = page->agree_buttons(NoteKind::afi);
            CHECK(strengths.first->GetScreenPosition().y == afis.first->GetScreenPosition().y);
            CHECK(strengths.second->GetScreenPosition().y == afis.second->GetScreenPosition().y);

            merged = select_unused(page, project, cycle, node, NoteKind::afi, 2);
            bool editor_shown = false;
            page->run_merge_editor = [&](MergeEditor& e) {
                editor_shown = true;
                // Each text is its own sentence in the proposal, nothing run together.
                CHECK(utf8(e.text()->GetValue()) == merge_proposal({merged[0].text, merged[1].text}));
                CHECK(e.text()->GetValue().Contains(u8(merged[1].text)));
                e.Show();
                settle();
                check_layout(&e, "merge editor, " + lang);
                if (lang == "en") screenshot(&e, "merge-editor");
                else screenshot(&e, "merge-editor-lt");
                e.text()->SetValue(u8(reworded));
                e.Hide();
                return static_cast<int>(wxID_OK);
            };
            click(page->agree_buttons(NoteKind::afi).second);
            REQUIRE(editor_shown);
            check_layout(w.frame, "consensus tab after merging, " + lang);

            // Cancelling the editor joins nothing.
            select_unused(page, project, cycle, node, NoteKind::afi, 2);
            page->run_merge_editor = [](MergeEditor&) { return static_cast<int>(wxID_CANCEL); };
            click(page->agree_buttons(NoteKind::afi).second);
            CHECK(project.consensus(cycle, node).items.size() == agreed_before + 1);

            each = select_unused(page, project, cycle, node, NoteKind::strength, 2);
            click(page->agree_buttons(NoteKind::strength).first);
            CHECK(project.consensus(cycle, node).items.size() == agreed_before + 3);
            // Undo takes both away at once, redo brings both back.
            w.menu(wxID_UNDO);
            CHECK(project.consensus(cycle, node).items.size() == agreed_before + 1);
            w.menu(wxID_REDO);
            CHECK(project.consensus(cycle, node).items.size() == agreed_before + 3);
            CHECK(w.errors.empty());
        }
        auto p = Project::open(demo.path);
        const Consensus c = p->consensus(cycle_id, node);
        const ConsensusItem* m = find_item(c, reworded);
        REQUIRE(m);
        CHECK(m->kind == NoteKind::afi);
        std::vector<Id> sources{merged[0].id, merged[1].id};
        std::sort(sources.begin(), sources.end());  // the store lists sources by id
        CHECK(m->source_item_ids == sources);
        for (const ChosenItem& e : each) {
            const ConsensusItem* agreed = find_item(c, e.text);
            REQUIRE(agreed);
            CHECK(agreed->kind == NoteKind::strength);
            CHECK(agreed->source_item_ids == std::vector<Id>{e.id});
        }
    }
}
