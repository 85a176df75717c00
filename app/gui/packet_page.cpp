#include "app/gui/packet_page.hpp"
#include "app/gui/scrolled_fit.hpp"
#include "app/gui/ui_number.hpp"
#include "app/gui/wx_text.hpp"
#include "model/scoring.hpp"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include <cstdlib>

namespace assessa::gui {

PacketPage::PacketPage(wxWindow* parent, PacketWorkspace& workspace, Apply apply)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      ws_(workspace), apply_(std::move(apply)) {
    SetScrollRate(0, FromDIP(12));
    fit_inside_before_layout(this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        // The texts are wrapped to the width: build again when it changed noticeably.
        if (!node_.empty() && std::abs(GetClientSize().x - wrap_width_) > FromDIP(40))
            CallAfter([this] { show(node_); });
        e.Skip();
    });
}

ScoreInput* PacketPage::score_input(const std::string& phase) {
    for (auto* s : scores_)
        if (s->phase_id() == phase) return s;
    return nullptr;
}

NoteList* PacketPage::note_list(NoteKind kind) {
    auto it = lists_.find(kind);
    return it == lists_.end() ? nullptr : it->second;
}

void PacketPage::show(const std::string& node_code) {
    const Node* node = ws_.framework().find(node_code);
    const Panel* panel = node ? ws_.panel_for(node_code) : nullptr;
    Freeze();
    DestroyChildren();
    scores_.clear();
    lists_.clear();
    no_opinion_ = nullptr;
    node_score_ = nullptr;
    node_ = node_code;
    wrap_width_ = GetClientSize().x;
    const int wrap = std::max(FromDIP(400), wrap_width_ - FromDIP(30));
    const std::string& lang = ws_.header().language;
    const bool read_only = ws_.finished();

    auto* page = new wxBoxSizer(wxVERTICAL);
    if (!node || !panel) {
        page->Add(new wxStaticText(this, wxID_ANY, _("Choose a subcriterion in the tree on the left.")), 0, wxALL,
                  FromDIP(12));
        SetSizer(page);
        FitInside();
        Thaw();
        return;
    }
    page->Add(make_heading(this, u8(node->code + "  " + node->title.get(lang)), 1.4f, wrap), 0,
              wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
    auto* guidance = new wxStaticText(this, wxID_ANY, u8(node->guidance.get(lang)));
    guidance->Wrap(wrap);
    page->Add(guidance, 0, wxALL, FromDIP(8));
    if (!node->examples.empty()) {
        wxString ex;
        for (const auto& e : node->examples) ex += u8(e.label) + ". " + u8(e.text.get(lang)) + "\n";
        ex.RemoveLast();
        page->Add(make_heading(this, _("Examples")), 0, wxLEFT | wxRIGHT, FromDIP(8));
        auto* examples = new wxStaticText(this, wxID_ANY, ex);
        examples->Wrap(wrap);
        page->Add(examples, 0, wxALL, FromDIP(8));
    }

    auto* scores = new wxStaticBoxSizer(wxVERTICAL, this, _("Your scores"));
    wxWindow* box = scores->GetStaticBox();
    no_opinion_ = new wxCheckBox(box, wxID_ANY, _("No opinion (I do not score this subcriterion)"));
    no_opinion_->Enable(!read_only);
    no_opinion_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) {
        const bool on = e.IsChecked();
        const std::string code = node_;
        apply_([this, code, on] { ws_.set_no_opinion(code, on); });
        CallAfter([this] { reload_values(); });
    });
    scores->Add(no_opinion_, 0, wxALL, FromDIP(4));
    for (const Phase& phase : panel->phases) {
        const std::string id = phase.id;
        auto* input = new ScoreInput(box, *panel, phase, lang, [this, id](std::optional<int> v) { score_changed(id, v); });
        input->set_read_only(read_only);
        scores_.push_back(input);
        scores->Add(input, 0, wxEXPAND | wxALL, FromDIP(4));
    }
    node_score_ = new wxStaticText(box, wxID_ANY, "");
    node_score_->SetFont(node_score_->GetFont().Bold());
    scores->Add(node_score_, 0, wxALL, FromDIP(4));
    page->Add(scores, 0, wxEXPAND | wxALL, FromDIP(8));

    auto* lists = new wxGridSizer(2, FromDIP(wxSize(10, 10)));
    for (NoteKind kind : all_note_kinds) {
        auto* list = new NoteList(this, u8(note_kind_plural_label(kind)), handlers_for(kind));
        list->set_read_only(read_only);
        lists_[kind] = list;
        lists->Add(list, 1, wxEXPAND);
    }
    page->Add(lists, 0, wxEXPAND | wxALL, FromDIP(8));
    SetSizer(page);
    reload_values();
    FitInside();
    Layout();
    Thaw();
}

void PacketPage::reload_values() {
    if (!node_score_) return;
    const Rating r = ws_.rating(node_);
    for (auto* input : scores_) {
        auto it = r.scores.find(input->phase_id());
        input->set(it == r.scores.end() ? std::nullopt : std::optional<int>(it->second));
    }
    for (auto& [kind, list] : lists_) {
        std::vector<NoteList::Row> rows;
        for (const NoteItem* it : r.items_of(kind)) rows.push_back({it->id, it->text});
        list->set_items(std::move(rows));
    }
    show_summary();
}

void PacketPage::show_summary() {
    const Panel* panel = ws_.panel_for(node_);
    if (!panel || !node_score_) return;
    const Rating r = ws_.rating(node_);
    no_opinion_->SetValue(r.no_opinion);
    const auto v = node_score(*panel, r.scores);
    const wxString total = ui_score(v);
    node_score_->SetLabel(panel->phases.size() > 1
                              ? wxString::Format(_("Subcriterion score: %s (mean of the phases)"), total)
                              : wxString::Format(_("Subcriterion score: %s"), total));
    Layout();
}

void PacketPage::score_changed(const std::string& phase, std::optional<int> value) {
    const std::string code = node_;
    // The field keeps what is being typed; a refused score goes back to the packet's.
    if (apply_([this, code, phase, value] { ws_.set_score(code, phase, value); }))
        show_summary();
    else
        CallAfter([this] { reload_values(); });
}

NoteList::Handlers PacketPage::handlers_for(NoteKind kind) {
    NoteList::Handlers h;
    auto after = [this] { CallAfter([this] { reload_values(); }); };
    h.add = [this, kind, after](const std::string& text) {
        const std::string code = node_;
        apply_([this, code, kind, text] { ws_.add_item(code, kind, text); });
        after();
    };
    h.update = [this, after](Id id, const std::string& text) {
        apply_([this, id, text] { ws_.update_item(id, text); });
        after();
    };
    h.remove = [this, after](Id id) {
        apply_([this, id] { ws_.remove_item(id); });
        after();
    };
    h.move = [this, after](Id id, int index) {
        apply_([this, id, index] { ws_.move_item(id, index); });
        after();
    };
    return h;
}

}  // namespace assessa::gui
