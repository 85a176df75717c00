#include "app/gui/consensus_page.hpp"
#include "app/gui/scrolled_fit.hpp"
#include "app/gui/workshop/live_host.hpp"
#include "app/gui/afi_action_button.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/merge_editor.hpp"
#include "app/gui/survey_evidence_box.hpp"
#include "app/gui/ui_number.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>
#include <wx/statbox.h>
#include <wx/settings.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>

#include <set>

#include <map>

namespace assessa::gui {

namespace {

wxString fmt1(double v) { return ui_score(v); }

std::vector<int> band_starts(const Panel& p) {
    std::vector<int> out;
    for (const auto& b : p.bands) out.push_back(b.min);
    return out;
}

}  // namespace

ConsensusPage::ConsensusPage(wxWindow* parent, WorkspaceHost& host)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      host_(host), typing_(this) {
    SetScrollRate(0, FromDIP(12));
    fit_inside_before_layout(this);
    run_merge_editor = [](MergeEditor& e) { return e.ShowModal(); };
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { save_texts(); }, typing_.GetId());
}

ScoreInput* ConsensusPage::score_input(const std::string& phase) {
    for (auto* s : scores_)
        if (s->phase_id() == phase) return s;
    return nullptr;
}

void ConsensusPage::refresh() {
    if (typing_.IsRunning()) {
        typing_.Stop();
        save_texts();
    }
    ProjectSession& s = host_.session();
    const Node* node = s.framework().find(s.node());
    const Panel* panel = node ? s.panel(node->code) : nullptr;
    Freeze();
    DestroyChildren();
    picks_.clear();
    agreed_.clear();
    agree_buttons_.clear();
    scores_.clear();
    justification_ = dissent_ = nullptr;
    shown_node_ = s.node();
    auto* page = new wxBoxSizer(wxVERTICAL);
    if (!node || !panel) {
        page->Add(new wxStaticText(this, wxID_ANY, _("Choose a subcriterion in the tree or the agenda.")), 0,
                  wxALL, FromDIP(12));
        SetSizer(page);
        Thaw();
        return;
    }
    const std::string& lang = s.language();
    const bool read_only = !s.access().editable();  // read-only files, and earlier cycles until corrected
    title_ = make_heading(this, wxString::Format(_("Consensus on %s"), u8(node->code + "  " + node->title.get(lang))),
                          1.3f, std::max(FromDIP(400), GetClientSize().x - FromDIP(30)));
    page->Add(title_, 0, wxALL, FromDIP(8));

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    table_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 200)),
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    table_->SetMinSize(FromDIP(wxSize(200, 200)));  // its best width follows its columns: not a minimum
    table_->AppendColumn(_("Member"), wxLIST_FORMAT_LEFT, FromDIP(200));
    for (const Phase& ph : panel->phases)
        table_->AppendColumn(u8(ph.title.get(lang)), wxLIST_FORMAT_RIGHT, FromDIP(70));
    if (panel->phases.size() > 1) table_->AppendColumn(_("Score"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    top->Add(table_, 1, wxEXPAND | wxRIGHT, FromDIP(8));

    auto* right = new wxBoxSizer(wxVERTICAL);
    spread_ = new wxStaticText(this, wxID_ANY, "");
    right->Add(spread_, 0, wxBOTTOM, FromDIP(4));
    chart_ = new StripChart(this);
    right->Add(chart_, 1, wxEXPAND);
    auto* legend = new wxStaticText(this, wxID_ANY, "");
    legend->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    // The chart's column is half the page: the legend wraps to it, whatever the font size
    // (and between Chinese characters, where Wrap finds no space).
    set_wrapped(legend, _("Dots: members' scores. Black tick: mean. Diamond: consensus."),
                std::max(FromDIP(150), (GetClientSize().x - FromDIP(40)) / 2));
    fit_label(legend);
    right->Add(legend, 0, wxTOP, FromDIP(2));
    top->Add(right, 1, wxEXPAND);
    page->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

    auto* scores = new wxStaticBoxSizer(wxVERTICAL, this, _("Consensus scores"));
    for (const Phase& phase : panel->phases) {
        const std::string id = phase.id;
        auto* input = new ScoreInput(scores->GetStaticBox(), *panel, phase, lang, [this, id](std::optional<int> v) {
            ProjectSession& ss = host_.session();
            host_.perform(edit_consensus_score(ss.project(), ss.cycle().id, ss.node(), id, v));
            CallAfter([this] { fill_members(); });
        });
        input->set_read_only(read_only);
        scores_.push_back(input);
        scores->Add(input, 0, wxEXPAND | wxALL, FromDIP(3));
    }
    page->Add(scores, 0, wxEXPAND | wxALL, FromDIP(8));
    auto raise = [this](const SurveyEvidence& e, const std::string& item_id) {
        ProjectSession& ss = host_.session();
        host_.perform(edit_raise_survey_afi(e, ss.cycle().id, item_id, Translator::for_language(ss.language())));
        CallAfter([this] { refresh(); });
    };
    if (wxSizer* evidence = make_survey_evidence_box(this, host_, node->code,
                                                      std::max(FromDIP(400), GetClientSize().x - FromDIP(30)), read_only,
                                                      raise))
        page->Add(evidence, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

    // Strengths on the left, AFIs on the right, row by row so that both columns line up; where
    // the page is narrow for its font (a projector) the AFIs come below the strengths instead.
    const bool side_by_side = GetClientSize().x >= 70 * GetCharWidth();
    auto* columns = new wxFlexGridSizer(side_by_side ? 2 : 1, FromDIP(wxSize(10, 4)));
    columns->AddGrowableCol(0, 1);
    if (side_by_side) columns->AddGrowableCol(1, 1);
    const NoteKind kinds[] = {NoteKind::strength, NoteKind::afi};
    struct Cell {
        wxWindow* window = nullptr;
        wxSizer* sizer = nullptr;
        int proportion = 0;
        int flags = 0;
        int border = 0;
    };
    std::map<NoteKind, std::vector<Cell>> cells;
    for (NoteKind kind : kinds)
        cells[kind].push_back({make_heading(this, kind == NoteKind::strength ? _("Members' strengths")
                                                                            : _("Members' areas for improvement")),
                               nullptr, 0, 0, 0});
    for (NoteKind kind : kinds) {
        auto* picks = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)),
                                     wxLC_REPORT | wxLC_NO_HEADER);
        picks->AppendColumn("");
        picks->SetMinSize(FromDIP(wxSize(150, 150)));  // both columns share the width equally
        picks->Bind(wxEVT_SIZE, [picks](wxSizeEvent& e) {
            picks->SetColumnWidth(0, std::max(50, picks->GetClientSize().x - 4));
            e.Skip();
        });
        picks->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this, kind](wxListEvent&) { agree_each(kind); });
        picks_[kind] = picks;
        cells[kind].push_back({picks, nullptr, 1, wxEXPAND, 0});
    }
    for (NoteKind kind : kinds) {
        auto* buttons = new wxWrapSizer(wxHORIZONTAL);
        auto* each = new wxButton(this, wxID_ANY, _("Agree each ↓"));
        each->SetToolTip(_("Each selected line becomes an agreed line of its own, linked to it."));
        each->Enable(!read_only);
        each->Bind(wxEVT_BUTTON, [this, kind](wxCommandEvent&) { agree_each(kind); });
        buttons->Add(each, 0, wxRIGHT | wxBOTTOM, FromDIP(4));
        auto* merge = new wxButton(this, wxID_ANY, _("Merge into one…"));
        merge->SetToolTip(_("The selected lines become one agreed line, linked to all of them; you reword it first."));
        merge->Enable(!read_only);
        merge->Bind(wxEVT_BUTTON, [this, kind](wxCommandEvent&) { merge_selected(kind); });
        buttons->Add(merge, 0, wxBOTTOM, FromDIP(4));
        agree_buttons_[kind] = {each, merge};
        cells[kind].push_back({nullptr, buttons, 0, wxEXPAND | wxTOP, FromDIP(2)});
    }
    for (NoteKind kind : kinds) {
        NoteList::Handlers h;
        h.add = [this, kind](const std::string& text) {
            ProjectSession& ss = host_.session();
            host_.perform(edit_add_consensus_item(ss.cycle().id, ss.node(), kind, text, {}));
            CallAfter([this] { reload_values(); });
        };
        h.update = [this](Id id, const std::string& text) {
            ProjectSession& ss = host_.session();
            host_.perform(edit_update_consensus_item(ss.project(), ss.cycle().id, ss.node(), id, text));
            CallAfter([this] { reload_values(); });
        };
        h.remove = [this](Id id) {
            ProjectSession& ss = host_.session();
            host_.perform(edit_remove_consensus_item(ss.project(), ss.cycle().id, ss.node(), id));
            CallAfter([this] { reload_values(); });
        };
        h.move = [this](Id id, int index) {
            ProjectSession& ss = host_.session();
            host_.perform(edit_move_consensus_item(ss.project(), ss.cycle().id, ss.node(), id, index));
            CallAfter([this] { reload_values(); });
        };
        auto* agreed = new NoteList(this, kind == NoteKind::strength ? _("Agreed strengths")
                                                                     : _("Agreed areas for improvement"),
                                    h);
        agreed->set_read_only(read_only);
        agreed_[kind] = agreed;
        cells[kind].push_back({agreed, nullptr, 1, wxEXPAND, 0});
    }
    cells[NoteKind::strength].push_back({});  // nothing beside the AFI's action button
    cells[NoteKind::afi].push_back(
        {make_afi_action_button(this, agreed_.at(NoteKind::afi), host_, read_only), nullptr, 0, wxTOP, FromDIP(4)});
    auto add = [&](const Cell& c) {
        if (c.window) columns->Add(c.window, c.proportion, c.flags, c.border);
        else if (c.sizer) columns->Add(c.sizer, c.proportion, c.flags, c.border);
        else if (side_by_side) columns->AddSpacer(0);
    };
    const std::size_t rows = cells[NoteKind::strength].size();
    if (side_by_side) {
        for (std::size_t r = 0; r < rows; ++r)
            for (NoteKind kind : kinds) add(cells[kind][r]);
    } else {
        for (NoteKind kind : kinds)
            for (const Cell& c : cells[kind]) add(c);
    }
    page->Add(columns, 0, wxEXPAND | wxALL, FromDIP(8));

    auto add_text = [&](const wxString& label, wxTextCtrl*& ctrl) {
        auto* heading = make_heading(this, label, 1.0f, std::max(FromDIP(200), GetClientSize().x - FromDIP(30)));
        page->Add(heading, 0, wxLEFT | wxRIGHT, FromDIP(8));
        ctrl = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 60)), wxTE_MULTILINE);
        ctrl->SetName(label);
        ctrl->SetEditable(!read_only);
        ctrl->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typing_.StartOnce(600); });
        ctrl->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
            if (typing_.IsRunning()) {
                typing_.Stop();
                save_texts();
            }
            host_.session().history().seal();
            e.Skip();
        });
        page->Add(ctrl, 0, wxEXPAND | wxALL, FromDIP(8));
    };
    add_text(_("Justification of the consensus score"), justification_);
    add_text(_("Dissent (a member's view the group did not adopt)"), dissent_);

    SetSizer(page);
    reload_values();
    FitInside();
    Layout();
    Thaw();
}

void ConsensusPage::fill_members() {
    ProjectSession& s = host_.session();
    const Panel* panel = s.panel(s.node());
    if (!panel || !table_) return;
    table_->DeleteAllItems();
    const bool anonymous = host_.projector_mode();
    std::vector<double> node_scores;
    long row = 0;
    std::map<Id, wxString> names;
    const std::vector<Member> members = members_listed(s, anonymous);
    const bool votes_hidden = host_.live() && host_.live()->hides_votes_on(s.node());
    for (const Member& m : members) {
        const wxString name = member_label(s, m, anonymous);
        names[m.id] = name;
        const Rating r = s.project().rating(s.cycle().id, m.id, s.node());
        table_->InsertItem(row, name);
        int col = 1;
        for (const Phase& ph : panel->phases) {
            auto it = r.scores.find(ph.id);
            table_->SetItem(row, col++, votes_hidden ? wxString::FromUTF8("•")
                                        : r.no_opinion ? _("no opinion")
                                        : it == r.scores.end() ? wxString("–")
                                                               : wxString::Format("%d", it->second));
        }
        const auto total = votes_hidden ? std::nullopt : node_score(*panel, r.scores);
        if (total) node_scores.push_back(*total);
        if (panel->phases.size() > 1) table_->SetItem(row, col, total ? fmt1(*total) : wxString("–"));
        ++row;
    }
    const Consensus c = s.project().consensus(s.cycle().id, s.node());
    const auto agreed = node_score(*panel, c.scores);
    table_->InsertItem(row, _("Consensus"));
    table_->SetItemFont(row, table_->GetFont().Bold());
    int col = 1;
    for (const Phase& ph : panel->phases) {
        auto it = c.scores.find(ph.id);
        table_->SetItem(row, col++, it == c.scores.end() ? wxString("–") : wxString::Format("%d", it->second));
    }
    if (panel->phases.size() > 1) table_->SetItem(row, col, agreed ? fmt1(*agreed) : wxString("–"));

    spread_->SetMinSize(wxSize(FromDIP(380), -1));
    if (auto sp = spread_of(node_scores))
        spread_->SetLabel(wxString::Format(_("%zu scores: mean %s, median %s, min %s, max %s, range %s, SD %s"),
                                           sp->count, fmt1(sp->mean), fmt1(sp->median), fmt1(sp->min),
                                           fmt1(sp->max), fmt1(sp->range), fmt1(sp->stddev)));
    else
        spread_->SetLabel(votes_hidden ? _("The votes are hidden until the reveal.")
                                       : _("No complete individual scores yet."));
    spread_->Wrap(FromDIP(380));
    chart_->set(node_scores, agreed, band_starts(*panel), {panel->scale_min, panel->scale_max});

    for (NoteKind kind : {NoteKind::strength, NoteKind::afi}) {
        wxListView* picks = picks_.at(kind);
        picks->DeleteAllItems();
        pick_ids_[kind].clear();
        pick_texts_[kind].clear();
        std::set<Id> used;
        for (const auto& item : c.items) used.insert(item.source_item_ids.begin(), item.source_item_ids.end());
        for (const Member& m : members) {
            const Rating r = s.project().rating(s.cycle().id, m.id, s.node());
            for (const NoteItem* it : r.items_of(kind)) {
                const long at = picks->InsertItem(picks->GetItemCount(),
                                                  (used.count(it->id) ? wxString("✓ ") : wxString()) + names[m.id] +
                                                      ": " + u8(it->text));
                if (used.count(it->id)) picks->SetItemTextColour(at, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
                pick_ids_[kind].push_back(it->id);
                pick_texts_[kind].push_back(it->text);
            }
        }
    }
}

void ConsensusPage::reload_values() {
    ProjectSession& s = host_.session();
    if (s.node() != shown_node_ || !table_) return;
    fill_members();
    const Consensus c = s.project().consensus(s.cycle().id, s.node());
    for (auto& [kind, list] : agreed_) {
        std::vector<NoteList::Row> rows;
        for (const ConsensusItem* it : c.items_of(kind)) rows.push_back({it->id, it->text});
        list->set_items(std::move(rows));
    }
    for (auto* input : scores_) {
        auto it = c.scores.find(input->phase_id());
        input->set(it == c.scores.end() ? std::nullopt : std::optional<int>(it->second));
    }
    if (!typing_.IsRunning()) {
        justification_->ChangeValue(u8(c.justification));
        dissent_->ChangeValue(u8(c.dissent));
    }
}

std::vector<ChosenItem> ConsensusPage::selected_items(NoteKind kind) const {
    const wxListView* picks = picks_.at(kind);
    std::vector<ChosenItem> out;
    for (long i = picks->GetFirstSelected(); i >= 0; i = picks->GetNextSelected(i)) {
        const auto at = static_cast<std::size_t>(i);
        out.push_back({pick_ids_.at(kind)[at], pick_texts_.at(kind)[at]});
    }
    return out;
}

void ConsensusPage::agree_each(NoteKind kind) {
    const std::vector<ChosenItem> chosen = selected_items(kind);
    if (chosen.empty() || host_.session().project().read_only()) return;
    ProjectSession& s = host_.session();
    host_.perform(edit_agree_each(s.cycle().id, s.node(), kind, chosen));
    reload_values();
}

void ConsensusPage::merge_selected(NoteKind kind) {
    const std::vector<ChosenItem> chosen = selected_items(kind);
    if (chosen.empty() || host_.session().project().read_only()) return;
    std::vector<wxString> lines;
    std::vector<std::string> texts;
    std::vector<Id> sources;
    const wxListView* picks = picks_.at(kind);
    for (long i = picks->GetFirstSelected(); i >= 0; i = picks->GetNextSelected(i)) lines.push_back(picks->GetItemText(i));
    for (const ChosenItem& c : chosen) {
        texts.push_back(c.text);
        sources.push_back(c.id);
    }
    MergeEditor editor(this, lines, merge_proposal(texts));
    if (run_merge_editor(editor) != wxID_OK) return;
    const std::string text = editor.merged_text();
    ProjectSession& s = host_.session();
    host_.perform(edit_merge_into_one(s.cycle().id, s.node(), kind, text, sources));
    reload_values();
}

void ConsensusPage::save_texts() {
    if (!justification_ || host_.session().node() != shown_node_) return;
    ProjectSession& s = host_.session();
    const Consensus c = s.project().consensus(s.cycle().id, s.node());
    const std::string j = utf8(justification_->GetValue()), d = utf8(dissent_->GetValue());
    if (j != c.justification) host_.perform(edit_justification(s.project(), s.cycle().id, s.node(), j));
    if (d != c.dissent) host_.perform(edit_dissent(s.project(), s.cycle().id, s.node(), d));
}

AgendaPanel::AgendaPanel(wxWindow* parent, WorkspaceHost& host, std::function<void(const std::string&)> open,
                         std::function<void()> open_meeting)
    : wxPanel(parent, wxID_ANY), host_(host), open_(std::move(open)), timer_(this) {
    auto* box = new wxBoxSizer(wxVERTICAL);
    hint_ = new wxStaticText(this, wxID_ANY, _("Most disagreement first"));
    box->Add(hint_, 0, wxALL, FromDIP(4));
    list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Subcriterion"), wxLIST_FORMAT_LEFT, FromDIP(90));
    list_->AppendColumn(_("SD"), wxLIST_FORMAT_RIGHT, FromDIP(50));
    list_->AppendColumn(_("Range"), wxLIST_FORMAT_RIGHT, FromDIP(56));
    list_->AppendColumn(_("Time"), wxLIST_FORMAT_RIGHT, FromDIP(56));
    list_->AppendColumn(_("Title"), wxLIST_FORMAT_LEFT, FromDIP(200));
    box->Add(list_, 1, wxEXPAND);
    // The clock and its button side by side, or the button below in a narrow pane (projector font).
    auto* row = new wxWrapSizer(wxHORIZONTAL);
    clock_ = new wxStaticText(this, wxID_ANY, "00:00");
    clock_->SetFont(clock_->GetFont().Scaled(1.5f).Bold());
    row->Add(clock_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
    run_ = new wxToggleButton(this, wxID_ANY, _("Timer"));
    run_->SetToolTip(_("Count the time spent on the subcriterion discussed"));
    row->Add(run_, 0, wxALIGN_CENTER_VERTICAL);
    box->Add(row, 0, wxEXPAND | wxALL, FromDIP(4));
    auto* meeting = new wxButton(this, wxID_ANY, _("Meeting view (F5)"));
    meeting->SetToolTip(_("One agenda item at a time, filling the screen, for the projector"));
    meeting->Bind(wxEVT_BUTTON, [open_meeting = std::move(open_meeting)](wxCommandEvent&) { open_meeting(); });
    box->Add(meeting, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    SetSizer(box);
    run_->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent& e) {
        running_ = e.IsChecked();
        if (running_) timer_.Start(1000);
        else timer_.Stop();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { tick(); }, timer_.GetId());
    // The hint wraps to the pane's width: whole at the projector font in a narrow pane too.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        fit_texts();
        e.Skip();
    });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        const auto i = static_cast<std::size_t>(e.GetIndex());
        if (i < codes_.size()) open_(codes_[i]);
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        const auto i = static_cast<std::size_t>(e.GetIndex());
        if (i < codes_.size() && codes_[i] != host_.session().node()) open_(codes_[i]);
    });
}

void AgendaPanel::set_fonts(const wxFont& font) {
    SetFont(font);
    for (wxWindow* child : GetChildren()) child->SetFont(font);
    clock_->SetFont(font.Scaled(1.5f).Bold());
    for (int column = 0; column < 4; ++column) list_->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
    fit_texts();
}

void AgendaPanel::fit_texts() {
    const int width = GetClientSize().x - FromDIP(8);
    if (width <= 0) return;
    const wxString hint = wrapped_text(hint_, _("Most disagreement first"), width);
    if (hint != hint_->GetLabel()) hint_->SetLabel(hint);
    fit_label(hint_);
    fit_label(clock_);
    for (wxWindow* child : GetChildren()) child->InvalidateBestSize();
    Layout();
}

void AgendaPanel::refresh() {
    const CycleSummary& summary = host_.session().summary();
    codes_ = summary.agenda;
    // The meeting view stores the time spent on each item: show it here too.
    for (const MeetingItem& m : host_.session().project().meeting_record(host_.session().cycle().id))
        seconds_[m.node_code] = std::max(seconds_[m.node_code], m.seconds);
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < codes_.size(); ++i) {
        const NodeSummary* n = summary.node(codes_[i]);
        const long row = list_->InsertItem(static_cast<long>(i), u8(codes_[i]));
        if (n && n->spread && n->spread->count > 1) {
            list_->SetItem(row, 1, wxString::Format("%.1f", n->spread->stddev));
            list_->SetItem(row, 2, wxString::Format("%.0f", n->spread->range));
        }
        const int secs = seconds_[codes_[i]];
        if (secs) list_->SetItem(row, 3, wxString::Format("%d:%02d", secs / 60, secs % 60));
        if (const Node* node = host_.session().framework().find(codes_[i]))
            list_->SetItem(row, 4, u8(node->title.get(host_.session().language())));
        if (n && n->consensus) list_->SetItemTextColour(row, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    }
    // The titles are shown whole; the list scrolls sideways to them in a narrow panel.
    if (!codes_.empty()) list_->SetColumnWidth(4, wxLIST_AUTOSIZE);
    node_shown(host_.session().node());
    fit_texts();  // in the font now set (projector mode)
}

void AgendaPanel::node_shown(const std::string& code) {
    current_ = code;
    const int secs = seconds_[code];
    clock_->SetLabel(wxString::Format("%s  %02d:%02d", u8(code), secs / 60, secs % 60));
    for (std::size_t i = 0; i < codes_.size(); ++i)
        if (codes_[i] == code && !list_->IsSelected(static_cast<long>(i))) {
            list_->Select(static_cast<long>(i));
            list_->EnsureVisible(static_cast<long>(i));
        }
}

void AgendaPanel::tick() {
    if (!running_ || current_.empty()) return;
    const int secs = ++seconds_[current_];
    clock_->SetLabel(wxString::Format("%s  %02d:%02d", u8(current_), secs / 60, secs % 60));
    for (std::size_t i = 0; i < codes_.size(); ++i)
        if (codes_[i] == current_)
            list_->SetItem(static_cast<long>(i), 3, wxString::Format("%d:%02d", secs / 60, secs % 60));
}

}  // namespace assessa::gui
