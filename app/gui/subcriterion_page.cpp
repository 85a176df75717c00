#include "app/gui/subcriterion_page.hpp"
#include "app/gui/afi_action_button.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/scrolled_fit.hpp"
#include "app/gui/survey_evidence_box.hpp"
#include "app/gui/ui_number.hpp"
#include "app/gui/wx_text.hpp"
#include "model/process_rules.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include <cstdlib>

namespace assessa::gui {

namespace {

wxString format_score(std::optional<double> v) { return ui_score(v); }

}  // namespace

SubcriterionPage::SubcriterionPage(wxWindow* parent, WorkspaceHost& host)
    : wxPanel(parent, wxID_ANY), host_(host) {
    // The member chooser stays at the top; the subcriterion scrolls below it.
    auto* box = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticText(this, wxID_ANY, _("Assessment of:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    who_ = new wxChoice(this, wxID_ANY);
    who_->SetName(_("Assessment of"));
    who_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { CallAfter([this] { member_chosen(); }); });
    top->Add(who_, 1, wxALIGN_CENTER_VERTICAL);
    box->Add(top, 0, wxEXPAND | wxALL, FromDIP(8));
    body_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL);
    body_->SetScrollRate(0, FromDIP(12));
    fit_inside_before_layout(body_);
    box->Add(body_, 1, wxEXPAND);
    SetSizer(box);
    body_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        // Wrapping changes the labels: lay the page out again from the node's texts when the
        // width changed noticeably (a scroll bar coming and going must not start a loop).
        const int width = body_->GetClientSize().x;
        if (guidance_ && std::abs(width - wrap_width_) > FromDIP(40)) CallAfter([this] { refresh(); });
        e.Skip();
    });
}

ScoreInput* SubcriterionPage::score_input(const std::string& phase) {
    for (auto* s : scores_)
        if (s->phase_id() == phase) return s;
    return nullptr;
}

NoteList* SubcriterionPage::note_list(NoteKind kind) {
    auto it = lists_.find(kind);
    return it == lists_.end() ? nullptr : it->second;
}

void SubcriterionPage::clear() {
    body_->SetSizer(nullptr);  // its static box sizers would outlive their boxes
    body_->DestroyChildren();
    scores_.clear();
    lists_.clear();
    who_ids_.clear();
    who_->Clear();
    title_ = guidance_ = examples_ = clauses_ = process_register_ = node_score_ = nullptr;
    no_opinion_ = nullptr;
    scores_box_ = nullptr;
    scores_parent_ = nullptr;
    shown_node_.clear();
}

void SubcriterionPage::refresh() {
    ProjectSession& s = host_.session();
    const Node* node = s.framework().find(s.node());
    const Panel* panel = node ? s.panel(node->code) : nullptr;
    Freeze();
    body_->DestroyChildren();
    scores_.clear();
    lists_.clear();
    who_ids_.clear();
    guidance_ = nullptr;
    process_register_ = nullptr;
    shown_node_ = s.node();
    const std::string& lang = s.language();
    wrap_width_ = body_->GetClientSize().x;
    const int wrap = std::max(FromDIP(400), wrap_width_ - FromDIP(30));
    const bool consensus = !s.chosen_member();
    const bool read_only = !s.access().editable();  // read-only files, and earlier cycles until corrected

    who_->Clear();
    int chosen = 0;
    // In projector mode "Member N" alone: the role would point at the facilitator.
    const bool anonymous = host_.projector_mode();
    for (const auto& m : members_listed(s, anonymous)) {
        who_->Append(anonymous ? member_label(s, m, true) : u8(m.name) + " (" + u8(member_role_label(m.role)) + ")");
        who_ids_.push_back(m.id);
        if (s.chosen_member() == m.id) chosen = static_cast<int>(who_ids_.size()) - 1;
    }
    who_->Append(_("Consensus"));
    who_ids_.push_back(std::nullopt);
    if (consensus) chosen = static_cast<int>(who_ids_.size()) - 1;
    who_->SetSelection(chosen);

    wxWindow* const body = body_;
    auto* page = new wxBoxSizer(wxVERTICAL);
    if (!node || !panel) {
        page->Add(new wxStaticText(body, wxID_ANY, _("Choose a subcriterion in the tree on the left.")), 0,
                  wxALL, FromDIP(12));
        body_->SetSizer(page);
        body_->FitInside();
        Layout();
        Thaw();
        return;
    }

    title_ = make_heading(body, u8(node->code + "  " + node->title.get(lang)), 1.4f, wrap);
    page->Add(title_, 0, wxLEFT | wxRIGHT, FromDIP(8));
    guidance_ = new wxStaticText(body, wxID_ANY, u8(node->guidance.get(lang)));
    guidance_->Wrap(wrap);
    page->Add(guidance_, 0, wxALL, FromDIP(8));

    if (!node->examples.empty()) {
        wxString ex;
        for (const auto& e : node->examples) ex += u8(e.label) + ". " + u8(e.text.get(lang)) + "\n";
        ex.RemoveLast();
        auto* heading = make_heading(body, _("Examples"));
        page->Add(heading, 0, wxLEFT | wxRIGHT, FromDIP(8));
        examples_ = new wxStaticText(body, wxID_ANY, ex);
        examples_->Wrap(wrap);
        page->Add(examples_, 0, wxALL, FromDIP(8));
    }

    wxString clauses;
    for (const auto& mapping : s.project().mappings()) {
        if (mapping->source_id() != s.framework().id()) continue;
        const FrameworkPtr target = s.project().framework(mapping->target_id());
        for (const MappingLink* link : mapping->links_from(node->code)) {
            const Node* t = target ? target->find(link->to) : nullptr;
            if (!clauses.empty()) clauses += "\n";
            clauses += u8(link->to) + "  " + (t ? u8(t->title.get(lang)) : wxString()) + "  (" +
                       u8(strength_label(link->strength)) + ")";
        }
        if (!clauses.empty()) {
            auto* heading = make_heading(
                body, wxString::Format(_("%s clauses (authored mapping, not official)"),
                                       target ? u8(target->title().get(lang)) : u8(mapping->target_id())),
                1.0f, wrap);
            page->Add(heading, 0, wxLEFT | wxRIGHT, FromDIP(8));
            clauses_ = new wxStaticText(body, wxID_ANY, "");
            set_wrapped(clauses_, clauses, wrap);
            page->Add(clauses_, 0, wxALL, FromDIP(8));
            clauses.clear();
        }
    }

    if (shows_process_register(s.framework(), node->code)) add_process_register(body, page, wrap);

    auto* scores = new wxStaticBoxSizer(wxVERTICAL, body,
                                        consensus ? _("Consensus scores") : _("Scores"));
    scores_parent_ = scores->GetStaticBox();
    if (!consensus) {
        no_opinion_ = new wxCheckBox(scores_parent_, wxID_ANY, _("No opinion (I do not score this subcriterion)"));
        no_opinion_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) {
            ProjectSession& ss = host_.session();
            if (!ss.chosen_member()) return;
            host_.perform(edit_no_opinion(ss.project(), ss.cycle().id, *ss.chosen_member(), ss.node(), e.IsChecked()));
            CallAfter([this] { reload_values(); });
        });
        no_opinion_->Enable(!read_only);
        scores->Add(no_opinion_, 0, wxALL, FromDIP(4));
    } else {
        no_opinion_ = nullptr;
    }
    for (const Phase& phase : panel->phases) {
        const std::string id = phase.id;
        auto* input = new ScoreInput(scores_parent_, *panel, phase, lang,
                                     [this, id](std::optional<int> v) { score_changed(id, v); });
        input->set_read_only(read_only);
        scores_.push_back(input);
        scores->Add(input, 0, wxEXPAND | wxALL, FromDIP(4));
    }
    node_score_ = new wxStaticText(scores_parent_, wxID_ANY, "");
    node_score_->SetFont(node_score_->GetFont().Bold());
    scores->Add(node_score_, 0, wxALL, FromDIP(4));
    // Members assess blind unless the facilitator let them see the previous consensus.
    if (!consensus && s.cycle().members_see_previous_consensus)
        if (const auto before = s.project().previous_cycle(s.cycle().id)) {
            const auto agreed = summarize(s.project(), before->id).consensus.node(node->code);
            scores->Add(new wxStaticText(scores_parent_, wxID_ANY,
                                         wxString::Format(_("Consensus of cycle %s: %s"), u8(before->label),
                                                          agreed ? wxString::Format("%.1f", *agreed) : wxString("–"))),
                        0, wxALL, FromDIP(4));
        }
    page->Add(scores, 0, wxEXPAND | wxALL, FromDIP(8));
    add_survey_evidence(body, page, wrap, read_only);

    auto* lists = new wxGridSizer(2, FromDIP(wxSize(10, 10)));
    for (NoteKind kind : all_note_kinds) {
        if (consensus && kind != NoteKind::strength && kind != NoteKind::afi) continue;
        auto* list = new NoteList(body, u8(note_kind_plural_label(kind)), handlers_for(kind), (wrap - FromDIP(10)) / 2);
        list->set_read_only(read_only);
        lists_[kind] = list;
        lists->Add(list, 1, wxEXPAND);
    }
    page->Add(lists, 0, wxEXPAND | wxALL, FromDIP(8));
    if (consensus)
        page->Add(make_afi_action_button(body, lists_.at(NoteKind::afi), host_, read_only), 0, wxLEFT | wxBOTTOM, FromDIP(8));
    body_->SetSizer(page);
    reload_values();
    body_->FitInside();
    Layout();
    Thaw();
}

// CAF 5.1 (processes are identified, designed and managed): the register is the evidence.
// The surveys that are evidence for this subcriterion (CAF 6.1, 7.1): a weak item raised
// becomes the chosen member's area for improvement, or the group's agreed one.
void SubcriterionPage::add_survey_evidence(wxWindow* body, wxSizer* page, int wrap, bool read_only) {
    auto raise = [this](const SurveyEvidence& e, const std::string& item_id) {
        ProjectSession& ss = host_.session();
        const Translator t = Translator::for_language(ss.language());
        if (auto member = ss.chosen_member())
            host_.perform(edit_add_item(ss.cycle().id, *member, ss.node(), NoteKind::afi, survey_afi_text(e, item_id, t)));
        else
            host_.perform(edit_raise_survey_afi(e, ss.cycle().id, item_id, t));
        CallAfter([this] { reload_values(); });
    };
    if (wxSizer* box = make_survey_evidence_box(body, host_, host_.session().node(), wrap, read_only, raise))
        page->Add(box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
}

void SubcriterionPage::add_process_register(wxWindow* body, wxSizer* page, int wrap) {
    ProjectSession& s = host_.session();
    const auto processes = s.project().processes();
    page->Add(make_heading(body, _("Process register (ISO 9001:2015, 4.4)"), 1.0f, wrap), 0, wxLEFT | wxRIGHT, FromDIP(8));
    wxString lines;
    if (processes.empty()) lines = _("The organisation has not described its processes in Assessa yet.");
    const auto departments = s.project().departments();
    const auto members = s.project().members();
    for (const Process& p : processes) {
        if (!lines.empty()) lines += "\n";
        const std::string owner = process_owner_name(p, departments, members);
        lines += u8(p.code) + "  " + u8(p.name) + " (" + u8(process_kind_label(p.kind)) +
                 (owner.empty() ? wxString() : "; " + u8(owner)) + ")";
    }
    process_register_ = new wxStaticText(body, wxID_ANY, "");
    set_wrapped(process_register_, lines, wrap);
    page->Add(process_register_, 0, wxALL, FromDIP(8));
    auto* open = new wxButton(body, wxID_ANY, _("Open the process register"));
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { host_.show_processes(); });
    page->Add(open, 0, wxLEFT | wxBOTTOM, FromDIP(8));
}

void SubcriterionPage::reload_values() {
    ProjectSession& s = host_.session();
    const Panel* panel = s.panel(s.node());
    if (!panel || s.node() != shown_node_) return;
    PhaseScores scores;
    if (auto m = s.chosen_member()) {
        const Rating r = s.project().rating(s.cycle().id, *m, s.node());
        scores = r.scores;
        if (no_opinion_) no_opinion_->SetValue(r.no_opinion);
        for (auto& [kind, list] : lists_) {
            std::vector<NoteList::Row> rows;
            for (const NoteItem* it : r.items_of(kind)) rows.push_back({it->id, it->text});
            list->set_items(std::move(rows));
        }
    } else {
        const Consensus c = s.project().consensus(s.cycle().id, s.node());
        scores = c.scores;
        for (auto& [kind, list] : lists_) {
            std::vector<NoteList::Row> rows;
            for (const ConsensusItem* it : c.items_of(kind)) rows.push_back({it->id, it->text});
            list->set_items(std::move(rows));
        }
    }
    for (auto* input : scores_) {
        auto it = scores.find(input->phase_id());
        input->set(it == scores.end() ? std::nullopt : std::optional<int>(it->second));
    }
    show_node_score(*panel, scores);
}

void SubcriterionPage::show_node_score(const Panel& panel, const PhaseScores& scores) {
    const std::optional<double> total = node_score(panel, scores);
    // Wrapped to the scores' box, which is narrow on a projector.
    set_wrapped(node_score_,
                panel.phases.size() > 1
                    ? wxString::Format(_("Subcriterion score: %s (mean of the phases)"), format_score(total))
                    : wxString::Format(_("Subcriterion score: %s"), format_score(total)),
                std::max(FromDIP(300), wrap_width_ - FromDIP(60)));
    // Measured in its bold font: GTK measured the empty label in the plain one, and cut the
    // value off the end when a subcriterion was shown again.
    fit_label(node_score_);
    body_->Layout();
    body_->FitInside();
}

void SubcriterionPage::member_chosen() {
    const int i = who_->GetSelection();
    if (i < 0 || static_cast<std::size_t>(i) >= who_ids_.size()) return;
    host_.session().choose_member(who_ids_[static_cast<std::size_t>(i)]);
    host_.session().history().seal();
    host_.show_node(host_.session().node());
}

void SubcriterionPage::score_changed(const std::string& phase, std::optional<int> value) {
    ProjectSession& s = host_.session();
    const bool ok = s.chosen_member()
                        ? host_.perform(edit_score(s.project(), s.cycle().id, *s.chosen_member(), s.node(), phase, value))
                        : host_.perform(edit_consensus_score(s.project(), s.cycle().id, s.node(), phase, value));
    if (!ok) {
        reload_values();
        return;
    }
    if (const Panel* panel = s.panel(s.node())) {
        PhaseScores scores;
        for (auto* input : scores_)
            if (input->value()) scores[input->phase_id()] = *input->value();
        show_node_score(*panel, scores);
    }
    if (no_opinion_ && value) no_opinion_->SetValue(false);
}

NoteList::Handlers SubcriterionPage::handlers_for(NoteKind kind) {
    NoteList::Handlers h;
    auto after = [this] { CallAfter([this] { reload_values(); }); };
    h.add = [this, kind, after](const std::string& text) {
        ProjectSession& s = host_.session();
        if (auto m = s.chosen_member())
            host_.perform(edit_add_item(s.cycle().id, *m, s.node(), kind, text));
        else
            host_.perform(edit_add_consensus_item(s.cycle().id, s.node(), kind, text, {}));
        after();
    };
    h.update = [this, after](Id id, const std::string& text) {
        ProjectSession& s = host_.session();
        if (auto m = s.chosen_member())
            host_.perform(edit_update_item(s.project(), s.cycle().id, *m, s.node(), id, text));
        else
            host_.perform(edit_update_consensus_item(s.project(), s.cycle().id, s.node(), id, text));
        after();
    };
    h.remove = [this, after](Id id) {
        ProjectSession& s = host_.session();
        if (auto m = s.chosen_member())
            host_.perform(edit_remove_item(s.project(), s.cycle().id, *m, s.node(), id));
        else
            host_.perform(edit_remove_consensus_item(s.project(), s.cycle().id, s.node(), id));
        after();
    };
    h.move = [this, after](Id id, int index) {
        ProjectSession& s = host_.session();
        if (auto m = s.chosen_member())
            host_.perform(edit_move_item(s.project(), s.cycle().id, *m, s.node(), id, index));
        else
            host_.perform(edit_move_consensus_item(s.project(), s.cycle().id, s.node(), id, index));
        after();
    };
    return h;
}

}  // namespace assessa::gui
