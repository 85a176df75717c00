#include "app/gui/meeting_view.hpp"

#include "app/gui/charts.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/scrolled_fit.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/workshop/blind_vote_bar.hpp"
#include "app/gui/workshop/live_host.hpp"
#include "app/gui/wx_text.hpp"
#include "model/meeting_record.hpp"
#include "model/number_format.hpp"

#include <wx/arrstr.h>
#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include <algorithm>
#include <set>

namespace assessa::gui {

namespace {

std::vector<int> band_starts(const Panel& p) {
    std::vector<int> out;
    for (const auto& b : p.bands) out.push_back(b.min);
    return out;
}

wxString minutes(long long seconds) {
    return wxString::Format("%02lld:%02lld", seconds / 60, seconds % 60);
}

// The statistics two to a line: three lines instead of six leave room on a 1024x768 projector
// for the members' notes below.
wxString two_per_line(const wxString& lines) {
    const wxArrayString parts = wxSplit(lines, '\n', '\0');
    wxString out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += i % 2 ? wxString::FromUTF8("  ·  ") : wxString("\n");
        out += parts[i];
    }
    return out;
}

}  // namespace

MeetingView::MeetingView(wxWindow* parent, WorkspaceHost& host, std::function<void()> back,
                         std::function<void(const wxString&)> error)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      host_(host), back_(std::move(back)), error_(std::move(error)), ticker_(this) {
    SetScrollRate(0, FromDIP(16));
    fit_inside_before_layout(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { show_clock(); }, ticker_.GetId());
    // Before the focused control sees them: PgUp/PgDn would otherwise move a slider.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        const int key = e.GetKeyCode();
        const int mods = e.GetModifiers();
        if ((key == WXK_PAGEDOWN && mods == 0) || (key == WXK_RIGHT && mods == wxMOD_ALT)) step(1);
        else if ((key == WXK_PAGEUP && mods == 0) || (key == WXK_LEFT && mods == wxMOD_ALT)) step(-1);
        else if (key == WXK_ESCAPE && mods == 0) leave();
        else if (key == 'R' && mods == wxMOD_CONTROL) another_round();
        else if (key == WXK_TAB && (mods == 0 || mods == wxMOD_SHIFT) && wxWindow::FindFocus())
            // Through the view's own controls: scores first, then each line's "Agree".
            wxWindow::FindFocus()->Navigate(mods == wxMOD_SHIFT ? wxNavigationKeyEvent::IsBackward
                                                                : wxNavigationKeyEvent::IsForward);
        else e.Skip();
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        if (!code_.empty() && std::abs(GetClientSize().x - width_) > FromDIP(40)) CallAfter([this] { build(); });
        e.Skip();
    });
}

ScoreInput* MeetingView::score_input(const std::string& phase) {
    for (auto* s : scores_)
        if (s->phase_id() == phase) return s;
    return nullptr;
}

void MeetingView::start(const std::string& code) {
    agenda_ = host_.session().summary().agenda;
    const auto it = std::find(agenda_.begin(), agenda_.end(), code);
    index_ = it == agenda_.end() ? 0 : static_cast<std::size_t>(it - agenda_.begin());
    code_.clear();
    step(0);
    // Built again once GTK has applied the view's font (set just before): the controls it
    // measures (score fields, sliders) have their size in that font only then.
    CallAfter([this] { refresh(); });
}

void MeetingView::step(int by) {
    if (agenda_.empty()) {
        code_.clear();
        build();
        return;
    }
    record_time();
    const long next = std::clamp<long>(static_cast<long>(index_) + by, 0, static_cast<long>(agenda_.size()) - 1);
    if (!code_.empty() && static_cast<std::size_t>(next) == index_) return;  // at either end
    index_ = static_cast<std::size_t>(next);
    code_ = agenda_[index_];
    host_.show_node(code_);
    build();
    Scroll(0, 0);
    if (!scores_.empty()) scores_.front()->field()->SetFocus();
    watch_.Start();
    timing_ = true;
    ticker_.Start(1000);
}

void MeetingView::leave() {
    record_time();
    ticker_.Stop();
    back_();
}

void MeetingView::refresh() {
    if (code_.empty()) return;
    const std::string& node = host_.session().node();
    if (node != code_) {
        const auto it = std::find(agenda_.begin(), agenda_.end(), node);
        if (it != agenda_.end()) {
            step(static_cast<int>(it - agenda_.begin()) - static_cast<int>(index_));
            return;
        }
    }
    const int y = GetViewStart().y;
    build();
    Scroll(-1, y);
    // The control that had the focus went with the rebuild: the keys (PgDn, Esc) must still
    // reach the view.
    if (!scores_.empty()) scores_.front()->field()->SetFocus();
    else SetFocus();
}

void MeetingView::live_changed() {
    if (code_.empty()) return;
    LiveHost* live = host_.live();
    const bool running = live && live->running();
    if ((vote_bar_ != nullptr) != running || (vote_bar_ && vote_bar_->hides_scores() != votes_hidden_)) {
        refresh();
        return;
    }
    if (vote_bar_) vote_bar_->refresh();
}

void MeetingView::another_round() {
    if (code_.empty() || host_.session().project().read_only()) return;
    record_time();
    try {
        ProjectSession& s = host_.session();
        record_new_round(s.project(), s.cycle().id, code_);
    } catch (const std::exception& e) {
        error_(u8(e.what()));
    }
    watch_.Start();
    timing_ = true;
    build();
}

void MeetingView::record_time() {
    if (!timing_ || code_.empty()) return;
    timing_ = false;
    ProjectSession& s = host_.session();
    if (s.project().read_only()) return;
    const long seconds = std::max(1L, (watch_.Time() + 500) / 1000);  // a shown item took some time
    try {
        record_discussion(s.project(), s.cycle().id, code_, static_cast<int>(std::min(seconds, 86400L)));
    } catch (const std::exception& e) {
        error_(u8(e.what()));
    }
}

void MeetingView::show_clock() {
    if (!clock_ || code_.empty()) return;
    ProjectSession& s = host_.session();
    const MeetingItem item = s.project().meeting_item(s.cycle().id, code_);
    const long long now = timing_ ? watch_.Time() / 1000 : 0;
    clock_->SetLabel(wxString::Format(_("Time %s · round %d"), minutes(item.seconds + now), std::max(1, item.rounds)));
}

void MeetingView::agree(NoteKind kind, Id item, const std::string& text) {
    ProjectSession& s = host_.session();
    host_.perform(edit_add_consensus_item(s.cycle().id, code_, kind, text, {item}));
    // The agreed line greys out; the focus moves on to the next line still open.
    const auto& buttons = agree_[kind];
    std::size_t at = 0;
    for (std::size_t i = 0; i < buttons.size(); ++i)
        if (wxWindow::FindFocus() == buttons[i]) at = i;
    CallAfter([this, kind, at] {
        const int y = GetViewStart().y;
        build();
        Scroll(-1, y);
        const auto& now = agree_[kind];
        for (std::size_t i = at; i < now.size(); ++i)
            if (now[i]->IsEnabled()) {
                now[i]->SetFocus();
                return;
            }
    });
}

void MeetingView::build() {
    ProjectSession& s = host_.session();
    Freeze();
    DestroyChildren();
    scores_.clear();
    agree_.clear();
    clock_ = stats_ = nullptr;
    chart_ = nullptr;
    vote_bar_ = nullptr;
    width_ = GetClientSize().x;
    const int margin = FromDIP(12);
    const int wrap = std::max(FromDIP(300), width_ - 2 * margin - FromDIP(24));
    const std::string& lang = s.language();
    const std::string ui = ui_language();
    const bool read_only = s.project().read_only();
    auto* page = new wxBoxSizer(wxVERTICAL);
    const Node* node = code_.empty() ? nullptr : s.framework().find(code_);
    const Panel* panel = node ? s.panel(code_) : nullptr;
    if (!node || !panel) {
        page->Add(new wxStaticText(this, wxID_ANY, _("The agenda is empty: there is nothing to discuss yet.")), 0,
                  wxALL, margin);
        SetSizer(page);
        FitInside();
        Thaw();
        return;
    }

    page->Add(make_heading(this, u8(node->code + "  " + node->title.get(lang)), 1.3f, wrap), 0,
              wxLEFT | wxRIGHT | wxTOP, margin);
    auto* bar = new wxWrapSizer(wxHORIZONTAL);
    auto* where = new wxStaticText(this, wxID_ANY,
                                   wxString::Format(_("Agenda item %zu of %zu"), index_ + 1, agenda_.size()));
    bar->Add(where, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxTOP, margin);
    clock_ = new wxStaticText(this, wxID_ANY, "");
    clock_->SetFont(clock_->GetFont().Bold());
    bar->Add(clock_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxTOP, margin);
    auto button = [&](const wxString& label, const wxString& tip, std::function<void()> act) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [act = std::move(act)](wxCommandEvent&) { act(); });
        bar->Add(b, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxTOP, FromDIP(6));
        return b;
    };
    button(_("◀ Previous"), _("The previous agenda item (PgUp or Alt+Left)"), [this] { step(-1); })
        ->Enable(index_ > 0);
    button(_("Next ▶"), _("The next agenda item (PgDn or Alt+Right)"), [this] { step(1); })
        ->Enable(index_ + 1 < agenda_.size());
    button(_("Another round"), _("The group rates this item again after the discussion (Ctrl+R)"),
           [this] { another_round(); })
        ->Enable(!read_only);
    button(_("Agenda"), _("Back to the agenda (Esc)"), [this] { leave(); });
    page->Add(bar, 0, wxEXPAND | wxLEFT | wxRIGHT, margin);
    if (LiveHost* live = host_.live(); live && live->running()) {
        vote_bar_ = new BlindVoteBar(this, *live, code_, read_only);
        page->Add(vote_bar_, 0, wxEXPAND | wxLEFT | wxRIGHT, margin);
    }
    // While the live session's blind vote on this item runs, the votes arriving as members'
    // ratings stay hidden from the room until the reveal.
    votes_hidden_ = vote_bar_ && vote_bar_->hides_scores();

    // The distribution and every statistic, on lines of their own so that none is ever cut.
    std::vector<double> individual;
    if (const NodeSummary* ns = s.summary().node(code_); ns && !votes_hidden_) individual = ns->individual;
    const Consensus c = s.project().consensus(s.cycle().id, code_);
    auto* numbers = new wxBoxSizer(wxHORIZONTAL);
    chart_ = new StripChart(this);
    chart_->set(individual, node_score(*panel, c.scores), band_starts(*panel), {panel->scale_min, panel->scale_max});
    numbers->Add(chart_, 1, wxEXPAND | wxRIGHT, margin);
    wxString text;
    if (const auto sp = spread_of(individual)) {
        auto f = [&](double v) { return u8(format_score(v, ui)); };
        const wxString lines = wxString::Format(_("n %zu\nmean %s\nmedian %s\nmin %s, max %s\nSD %s\nrange %s"), sp->count,
                                                f(sp->mean), f(sp->median), f(sp->min), f(sp->max), f(sp->stddev),
                                                f(sp->range));
        text = two_per_line(lines);
    } else {
        text = votes_hidden_ ? _("The votes are hidden until the reveal.") : _("No complete individual scores yet.");
    }
    stats_ = new wxStaticText(this, wxID_ANY, text);
    stats_->SetName(_("Statistics"));
    fit_label(stats_);
    numbers->Add(stats_, 0, wxALIGN_CENTER_VERTICAL);
    page->Add(numbers, 0, wxEXPAND | wxALL, margin);

    // Two phases to a row: four phases one under another would push the members' lines below
    // a 1024x768 projector's edge.
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Consensus scores"));
    auto* phase_grid = new wxFlexGridSizer(2, FromDIP(wxSize(margin, 0)));
    phase_grid->AddGrowableCol(0, 1);
    phase_grid->AddGrowableCol(1, 1);
    box->Add(phase_grid, 0, wxEXPAND);
    for (const Phase& phase : panel->phases) {
        const std::string id = phase.id;
        auto* input = new ScoreInput(box->GetStaticBox(), *panel, phase, lang, [this, id](std::optional<int> v) {
            ProjectSession& ss = host_.session();
            host_.perform(edit_consensus_score(ss.project(), ss.cycle().id, code_, id, v));
            CallAfter([this] {
                ProjectSession& s2 = host_.session();
                const Panel* p = s2.panel(code_);
                std::vector<double> ind;
                if (const NodeSummary* ns = s2.summary().node(code_)) ind = ns->individual;
                if (chart_ && p)
                    chart_->set(ind, node_score(*p, s2.project().consensus(s2.cycle().id, code_).scores), band_starts(*p),
                                {p->scale_min, p->scale_max});
            });
        });
        auto it = c.scores.find(id);
        input->set(it == c.scores.end() ? std::nullopt : std::optional<int>(it->second));
        input->set_read_only(read_only);
        scores_.push_back(input);
        phase_grid->Add(input, 0, wxEXPAND | wxALL, FromDIP(3));
    }
    page->Add(box, 0, wxEXPAND | wxLEFT | wxRIGHT, margin);

    // The members' lines, anonymous and wrapped, each with its button to agree it.
    std::set<Id> used;
    for (const auto& item : c.items) used.insert(item.source_item_ids.begin(), item.source_item_ids.end());
    const std::vector<Member> members = s.members_by_number();
    auto* columns = new wxGridSizer(2, FromDIP(wxSize(margin, 0)));
    const int agree_width = FromDIP(24) + GetTextExtent(_("Agree")).x + FromDIP(16);
    const int column_wrap = std::max(FromDIP(150), (wrap - margin) / 2 - agree_width - FromDIP(8));
    for (NoteKind kind : {NoteKind::strength, NoteKind::afi}) {
        auto* col = new wxBoxSizer(wxVERTICAL);
        col->Add(make_heading(this, kind == NoteKind::strength ? _("Members' strengths")
                                                               : _("Members' areas for improvement"),
                              1.0f, column_wrap + agree_width),
                 0, wxBOTTOM, FromDIP(4));
        for (const Member& m : members) {
            const Rating r = s.project().rating(s.cycle().id, m.id, code_);
            for (const NoteItem* it : r.items_of(kind)) {
                const bool agreed = used.count(it->id) > 0;
                auto* row = new wxBoxSizer(wxHORIZONTAL);
                auto* b = new wxButton(this, wxID_ANY, agreed ? wxString::FromUTF8("✓") : _("Agree"), wxDefaultPosition, wxDefaultSize,
                                       wxBU_EXACTFIT);
                b->SetMinSize(wxSize(agree_width, -1));
                b->SetToolTip(agreed ? _("Already agreed") : _("This line becomes an agreed line of the group"));
                b->Enable(!agreed && !read_only);
                const Id id = it->id;
                const std::string line = it->text;
                b->Bind(wxEVT_BUTTON, [this, kind, id, line](wxCommandEvent&) { agree(kind, id, line); });
                agree_[kind].push_back(b);
                row->Add(b, 0, wxALIGN_TOP | wxRIGHT, FromDIP(8));
                auto* t = new wxStaticText(this, wxID_ANY, member_label(s, m, true) + ": " + u8(it->text));
                t->Wrap(column_wrap);
                if (agreed) t->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
                row->Add(t, 1, wxALIGN_CENTER_VERTICAL);
                col->Add(row, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
            }
        }
        wxString agreed_lines;
        for (const ConsensusItem* it : c.items_of(kind)) agreed_lines += "• " + u8(it->text) + "\n";
        if (!agreed_lines.empty()) {
            agreed_lines.RemoveLast();
            col->Add(make_heading(this, kind == NoteKind::strength ? _("Agreed strengths")
                                                                   : _("Agreed areas for improvement")),
                     0, wxTOP, FromDIP(8));
            auto* t = new wxStaticText(this, wxID_ANY, agreed_lines);
            t->Wrap(column_wrap + agree_width);
            col->Add(t, 0, wxTOP, FromDIP(2));
        }
        columns->Add(col, 1, wxEXPAND);
    }
    page->Add(columns, 0, wxEXPAND | wxALL, margin);
    SetSizer(page);
    show_clock();
    FitInside();
    Layout();
    Thaw();
}

}  // namespace assessa::gui
