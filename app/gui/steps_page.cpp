#include "app/gui/steps_page.hpp"

#include "app/gui/communication_dialog.hpp"
#include "app/gui/decision_dialog.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/objectives_dialog.hpp"
#include "app/gui/pef_dialog.hpp"
#include "app/gui/review_dialog.hpp"
#include "app/gui/scrolled_fit.hpp"
#include "app/gui/training_dialog.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/wx_text.hpp"
#include "model/steps_edits.hpp"

#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace assessa::gui {

namespace {

wxColour status_colour(StepStatus s) {
    switch (s) {
    case StepStatus::done: return {0, 110, 40};
    case StepStatus::in_progress: return {160, 100, 0};
    case StepStatus::not_started: return {110, 110, 110};
    }
    return *wxBLACK;
}

wxStaticText* wrapped_label(wxWindow* parent, const wxString& text, int width, const wxColour& colour = wxNullColour) {
    auto* t = new wxStaticText(parent, wxID_ANY, "");
    if (colour.IsOk()) t->SetForegroundColour(colour);
    t->SetLabel(wrapped_text(t, text, std::max(parent->FromDIP(120), width)));
    fit_label(t);
    return t;
}

}  // namespace

StepsPage::StepsPage(wxWindow* parent, WorkspaceHost& host, Handlers handlers)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      host_(host), handlers_(std::move(handlers)) {
    run_dialog = [](wxDialog& d) { return d.ShowModal(); };
    SetScrollRate(0, FromDIP(16));
    SetSizer(new wxBoxSizer(wxVERTICAL));
    fit_inside_before_layout(this);
    // The texts are wrapped to the page's width: a new width wraps them again.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        if (!overview_.empty() && std::abs(GetClientSize().x - built_width_) > FromDIP(8))
            CallAfter([this] {
                if (std::abs(GetClientSize().x - built_width_) > FromDIP(8)) build();
            });
        e.Skip();
    });
    // Other pages change what the steps record: read them again whenever the tab is shown.
    // The page may sit in a holder panel (notebook_pages.hpp): the notebook is then its grandparent.
    auto* book = dynamic_cast<wxBookCtrlBase*>(parent);
    if (!book) book = dynamic_cast<wxBookCtrlBase*>(parent->GetParent());
    if (book)
        book->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this, book, parent](wxBookCtrlEvent& e) {
            if (wxWindow* shown = book->GetCurrentPage(); shown && (shown == this || shown == parent)) refresh();
            e.Skip();
        });
}

void StepsPage::refresh() {
    const ProjectSession& s = host_.session();
    overview_ = step_overview(s.project(), s.cycle().id);
    build();
}

void StepsPage::build() {
    Freeze();
    const int y = GetViewStart().y;
    // The old tiles go once the event being handled is over: it may be a click on one of their
    // buttons (the step's editor saved, the page refreshed), and GTK still holds that button.
    std::vector<wxWindow*> old;
    for (wxWindow* w : GetChildren())
        if (retiring_.insert(w).second) old.push_back(w);
    GetSizer()->Clear(false);
    for (wxWindow* w : old) w->Hide();
    CallAfter([this, old] {
        for (wxWindow* w : old) {
            retiring_.erase(w);
            w->Destroy();
        }
    });
    tiles_.fill(nullptr);
    open_.fill(nullptr);
    badges_.fill(nullptr);
    const int gap = FromDIP(8);
    built_width_ = GetClientSize().x;
    const int width = std::max(FromDIP(360), built_width_ - 2 * gap - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this));

    // The heading, what the page is for, and the self-check, one under the other: side by side
    // they would not fit a projector's large font.
    auto* title = make_heading(this, "", 1.25f);
    title->SetLabel(wrapped_text(title, title->GetFont(), _("The ten steps of this self-assessment"), width));
    fit_label(title);
    GetSizer()->Add(title, 0, wxALL, gap);
    GetSizer()->Add(wrapped_label(this,
                                  _("CAF is a cycle of ten steps, not only the scoring. Record each step as it is "
                                    "done: together they show the whole cycle to an External Feedback evaluator."),
                                  width, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)),
                    0, wxLEFT | wxRIGHT | wxBOTTOM, gap);
    pef_ = new wxButton(this, wxID_ANY, _("External Feedback self-check…"));
    pef_->SetToolTip(_("What the External Feedback (PEF) looks at, judged from what this project records. "
                       "A preparation: it does not replace the external feedback."));
    pef_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_pef(); });
    GetSizer()->Add(pef_, 0, wxLEFT | wxRIGHT | wxBOTTOM, gap);
    for (const StepSummary& step : overview_) GetSizer()->Add(make_tile(step, width), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    FitInside();
    Layout();
    Scroll(-1, y);
    Thaw();
}

wxWindow* StepsPage::make_tile(const StepSummary& s, int width) {
    ProjectSession& session = host_.session();
    const bool hide = host_.projector_mode();
    const std::string lang = ui_language();
    const std::size_t i = static_cast<std::size_t>(s.step - 1);
    const int gap = FromDIP(6);
    auto* tile = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME | wxTAB_TRAVERSAL);
    tile->SetName(wxString::Format("step %d", s.step));
    tiles_[i] = tile;
    const int inner = width - 2 * gap - FromDIP(4);
    auto* column = new wxBoxSizer(wxVERTICAL);

    auto* head = new wxBoxSizer(wxHORIZONTAL);
    auto* open = new wxButton(tile, wxID_ANY, _("Open…"));
    open->SetName(wxString::Format("open step %d", s.step));
    open->Bind(wxEVT_BUTTON, [this, step = s.step](wxCommandEvent&) { open_step(step); });
    open->Enable(session.access().editable() && !session.project().read_only());
    open_[i] = open;
    auto* badge = new wxStaticText(tile, wxID_ANY, "");
    badge->SetFont(badge->GetFont().Bold());
    badge->SetForegroundColour(status_colour(s.status));
    badge->SetLabel(u8(step_status_label(s.status)));
    badge->SetToolTip(s.status_derived ? _("Derived from what the cycle records") : _("Set in the step's editor"));
    badge->SetName(wxString::Format("status of step %d", s.step));
    fit_label(badge);
    badges_[i] = badge;
    auto* title = new wxStaticText(tile, wxID_ANY, "");
    title->SetFont(title->GetFont().Scaled(1.1f).Bold());
    title->SetLabel(wrapped_text(title, title->GetFont(), wxString::Format("%d. %s", s.step, u8(step_title(s.step))),
                                 inner - open->GetBestSize().x - badge->GetBestSize().x - 4 * gap));
    fit_label(title);
    head->Add(title, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    head->Add(badge, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 2 * gap);
    head->Add(open, 0, wxALIGN_CENTER_VERTICAL);
    column->Add(head, 0, wxEXPAND | wxALL, gap);

    wxString meta;
    auto add_meta = [&meta](const wxString& part) { meta += (meta.empty() ? wxString() : wxString(" · ")) + part; };
    if (!s.started_on.empty()) add_meta(wxString::Format(_("Started %s"), u8(format_iso_ui_date(s.started_on, lang))));
    if (!s.done_on.empty()) add_meta(wxString::Format(_("Done %s"), u8(format_iso_ui_date(s.done_on, lang))));
    if (!s.responsible.empty())
        add_meta(wxString::Format(_("Responsible: %s"), without_member_names(session, s.responsible, hide)));
    if (!meta.empty())
        column->Add(wrapped_label(tile, meta, inner, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)), 0,
                    wxLEFT | wxRIGHT | wxBOTTOM, gap);
    for (const std::string& line : s.recorded)
        column->Add(wrapped_label(tile, wxString::FromUTF8("✓ ") + without_member_names(session, line, hide), inner,
                                  wxColour(0, 90, 30)),
                    0, wxLEFT | wxRIGHT, gap);
    for (const std::string& line : s.missing)
        column->Add(wrapped_label(tile, wxString::FromUTF8("– ") + without_member_names(session, line, hide), inner,
                                  wxColour(150, 40, 0)),
                    0, wxLEFT | wxRIGHT, gap);
    column->AddSpacer(gap);
    tile->SetSizer(column);
    return tile;
}

bool StepsPage::save(const CycleSteps& steps, int step) {
    ProjectSession& s = host_.session();
    if (steps == s.project().cycle_steps(s.cycle().id)) return true;
    const std::string label = utf8(wxString::Format(_("Record step %d (%s)"), step, u8(step_title(step))));
    const bool done = host_.perform(edit_cycle_steps(s.project(), s.cycle().id, steps, label));
    refresh();
    return done;
}

void StepsPage::open_step(int step) {
    ProjectSession& s = host_.session();
    if (!s.access().editable() || s.project().read_only()) return;
    s.history().seal();
    wxWindow* parent = wxGetTopLevelParent(this);
    const CycleSteps steps = s.project().cycle_steps(s.cycle().id);
    std::unique_ptr<StepDialog> dialog;
    std::function<void()> go;
    switch (step) {
    case 1: dialog = std::make_unique<DecisionDialog>(parent, host_, steps); break;
    case 2: dialog = std::make_unique<CommunicationDialog>(parent, host_, CommunicationPlan::self_assessment, steps); break;
    case 3:
        dialog = std::make_unique<StepRecordDialog>(
            parent, host_, 3, steps,
            _("The self-assessment group, its members and the departments are kept in the group's own window."),
            _("Group and organisation…"), id_step_save_and_go);
        go = handlers_.edit_group;
        break;
    case 4: dialog = std::make_unique<TrainingDialog>(parent, host_, steps); break;
    case 5:
        dialog = std::make_unique<StepRecordDialog>(
            parent, host_, 5, steps,
            _("The members' scores and notes are on the Assessment tab, the group's agreed view on the Consensus tab."),
            _("Go to the assessment"), id_step_save_and_go);
        go = handlers_.show_assessment;
        break;
    case 6:
        dialog = std::make_unique<ResultsDialog>(parent, host_, steps, id_step_save_and_go);
        go = handlers_.make_report;
        break;
    case 7:
        dialog = std::make_unique<ObjectivesDialog>(parent, host_, steps, id_step_save_and_go);
        go = handlers_.show_plan;
        break;
    case 8: dialog = std::make_unique<CommunicationDialog>(parent, host_, CommunicationPlan::improvement_plan, steps); break;
    case 9: dialog = std::make_unique<ReviewsDialog>(parent, host_, steps, run_dialog); break;
    case 10: dialog = std::make_unique<NextAssessmentDialog>(parent, host_, steps); break;
    default: return;
    }
    // A refusal by the store is shown, and the dialog opens again with what was typed.
    for (;;) {
        const int answer = run_dialog(*dialog);
        if (answer != wxID_OK && answer != id_step_save_and_go) break;
        if (!save(dialog->steps(), step)) continue;
        if (answer == id_step_save_and_go && go) {
            dialog.reset();
            go();
        }
        break;
    }
    refresh();
}

void StepsPage::open_pef() {
    PefDialog dialog(wxGetTopLevelParent(this), host_);
    run_dialog(dialog);
}

}  // namespace assessa::gui
