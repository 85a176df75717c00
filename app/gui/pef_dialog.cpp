#include "app/gui/pef_dialog.hpp"

#include "app/gui/member_label.hpp"
#include "app/gui/projector_font.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/list_columns.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <functional>

namespace assessa::gui {

namespace {

wxColour judgement_colour(PefJudgement j) {
    switch (j) {
    case PefJudgement::met: return {0, 110, 40};
    case PefJudgement::partly: return {150, 95, 0};
    case PefJudgement::missing: return {180, 0, 0};
    case PefJudgement::not_recorded: return {90, 90, 110};
    }
    return *wxBLACK;
}

}  // namespace

PefDialog::PefDialog(wxWindow* parent, WorkspaceHost& host)
    : wxDialog(parent, wxID_ANY, _("External Feedback self-check"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      host_(host) {
    use_projector_font(this);
    ProjectSession& s = host.session();
    check_ = pef_self_check(s.project(), s.cycle().id, utf8(wxDateTime::Today().FormatISODate()));
    choose_path = [this](const wxString& title, const wxString& suggested) {
        wxFileDialog dlg(this, title, wxFileName(u8(host_.session().project().path())).GetPath(), suggested,
                         _("PDF files (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        return dlg.ShowModal() == wxID_OK ? dlg.GetPath() : wxString();
    };

    const int gap = FromDIP(8);
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* notice = make_heading(this, "");
    notice->SetLabel(wrapped_text(notice, notice->GetFont(),
                                  _("This is a self-check that prepares for the External Feedback (PEF). It does not "
                                    "replace the external feedback: the evaluators judge for themselves."),
                                  FromDIP(860)));
    fit_label(notice);
    top->Add(notice, 0, wxLEFT | wxRIGHT | wxTOP, gap);
    auto* counts = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("Met: %d · Partly: %d · Missing: %d · Not recorded in Assessa: %d"),
                         check_.count(PefJudgement::met), check_.count(PefJudgement::partly),
                         check_.count(PefJudgement::missing), check_.count(PefJudgement::not_recorded)));
    top->Add(counts, 0, wxLEFT | wxRIGHT | wxTOP, gap);

    items_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(900, 220)), wxLC_REPORT | wxLC_SINGLE_SEL);
    items_->SetName("self-check items");
    items_->AppendColumn(_("Item"), wxLIST_FORMAT_LEFT, FromDIP(50));
    items_->AppendColumn(_("Pillar"), wxLIST_FORMAT_LEFT, FromDIP(55));
    items_->AppendColumn(_("Step"), wxLIST_FORMAT_LEFT, FromDIP(45));
    items_->AppendColumn(_("Judgement"), wxLIST_FORMAT_LEFT, FromDIP(190));
    items_->AppendColumn(_("What is looked at"), wxLIST_FORMAT_LEFT, FromDIP(550));
    fit_column_headings(items_);
    for (PefJudgement j : all_pef_judgements)
        items_->SetColumnWidth(3, std::max(items_->GetColumnWidth(3),
                                           items_->GetTextExtent(u8(pef_judgement_label(j))).x + FromDIP(16)));
    {
        // The title takes what the other columns leave; the chosen item's whole title is shown below.
        int others = 0;
        for (int c = 0; c < 4; ++c) others += items_->GetColumnWidth(c);
        items_->SetColumnWidth(4, std::max(FromDIP(300), FromDIP(900) - others - FromDIP(24)));
    }
    for (const PefItem& item : check_.items) {
        const long row = items_->InsertItem(items_->GetItemCount(), u8(item.id));
        items_->SetItem(row, 1, wxString::Format("%d", item.pillar));
        items_->SetItem(row, 2, wxString::Format("%d", item.step));
        items_->SetItem(row, 3, u8(pef_judgement_label(item.judgement)));
        items_->SetItem(row, 4, without_member_names(s, item.title, host.projector_mode()));
        items_->SetItemTextColour(row, judgement_colour(item.judgement));
    }
    top->Add(items_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    top->Add(make_heading(this, _("Why")), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    reason_ = new wxStaticText(this, wxID_ANY, "");
    reason_->SetName("self-check reason");
    top->Add(reason_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    top->Add(make_heading(this, _("Evidence")), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    evidence_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(900, 100)), wxLC_REPORT);
    evidence_->SetName("self-check evidence");
    evidence_->AppendColumn(_("Record"), wxLIST_FORMAT_LEFT, FromDIP(380));
    evidence_->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(100));
    evidence_->AppendColumn(_("Where"), wxLIST_FORMAT_LEFT, FromDIP(400));
    fit_column_headings(evidence_);
    top->Add(evidence_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    result_ = new wxStaticText(this, wxID_ANY, "");
    result_->SetName("written");
    top->Add(result_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    pack_ = new wxButton(this, wxID_ANY, _("Write the evidence pack (PDF)…"));
    progress_ = new wxButton(this, wxID_ANY, _("Write the progress report (PDF)…"));
    progress_->Enable(!s.project().progress_reviews(s.cycle().id).empty());
    if (!progress_->IsEnabled()) progress_->SetToolTip(_("The cycle has no progress review yet (step 9)."));
    buttons->Add(pack_, 0, wxRIGHT, FromDIP(4));
    buttons->Add(progress_, 0, wxRIGHT, FromDIP(4));
    buttons->AddStretchSpacer(1);
    buttons->Add(new wxButton(this, wxID_CLOSE, _("Close")));
    top->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizer(top);
    SetEscapeId(wxID_CLOSE);
    pack_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { write_pack(); });
    progress_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { write_progress(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    items_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        select(e.GetIndex());
        e.Skip();
    });
    fit();
    Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
        if (e.IsShown()) fit();
        e.Skip();
    });
    if (items_->GetItemCount() > 0) items_->Select(0);
}

void PefDialog::fit() {
    std::function<void(wxWindow*)> forget = [&](wxWindow* w) {
        w->InvalidateBestSize();
        for (wxWindow* child : w->GetChildren()) forget(child);
    };
    forget(this);
    const wxSize best = GetBestSize();
    SetMinSize(best);
    wxSize wanted = IsShown() ? GetSize() : best;
    wanted.IncTo(best);
    if (!IsShown() || wanted != GetSize())
        place_on_display(this, wxRect(IsShown() ? GetPosition() : wxPoint(-1, -1), wanted));
    Layout();
}

void PefDialog::select(long row) {
    if (row < 0 || row >= static_cast<long>(check_.items.size())) return;
    ProjectSession& s = host_.session();
    const bool hide = host_.projector_mode();
    const PefItem& item = check_.items[static_cast<std::size_t>(row)];
    const wxString text = u8(item.id) + " " + without_member_names(s, item.title, hide) + "\n" +
                          u8(pef_judgement_label(item.judgement)) + ": " + without_member_names(s, item.reason, hide);
    reason_->SetLabel(wrapped_text(reason_, text, std::max(FromDIP(300), GetClientSize().x - FromDIP(24))));
    reason_->SetForegroundColour(judgement_colour(item.judgement));
    fit_label(reason_);
    const std::string lang = ui_language();
    evidence_->DeleteAllItems();
    for (const PefEvidence& e : item.evidence) {
        const long r = evidence_->InsertItem(evidence_->GetItemCount(), without_member_names(s, e.record, hide));
        evidence_->SetItem(r, 1, u8(format_iso_ui_date(e.date, lang)));
        evidence_->SetItem(r, 2, u8(e.where));
    }
    if (IsShown()) fit();
    else Layout();
}

bool PefDialog::write(const wxString& title, const wxString& suggested,
                      const std::function<void(const ReportOptions&, const std::string&)>& writer) {
    const wxString path = choose_path(title, suggested);
    if (path.empty()) return false;
    ProjectSession& s = host_.session();
    ReportOptions options;
    options.language = ui_language();
    options.cycle_label = s.cycle().label;
    options.date = utf8(wxDateTime::Today().FormatISODate());
    try {
        writer(options, utf8(path));
    } catch (const std::exception& e) {
        result_->SetForegroundColour(wxColour(170, 0, 0));
        result_->SetLabel(wrapped_text(result_, wxString::Format(_("%s could not be written: %s"), path, u8(e.what())),
                                       GetClientSize().x - FromDIP(24)));
        fit_label(result_);
        Layout();
        return false;
    }
    result_->SetForegroundColour(wxColour(0, 110, 40));
    result_->SetLabel(wrapped_text(result_, wxString::Format(_("Written: %s"), path), GetClientSize().x - FromDIP(24)));
    fit_label(result_);
    Layout();
    return true;
}

bool PefDialog::write_pack() {
    const Project& p = host_.session().project();
    return write(_("Write the External Feedback evidence pack"), _("evidence-pack.pdf"),
                 [&p](const ReportOptions& o, const std::string& path) { write_pef_evidence_pack(p, o, path); });
}

bool PefDialog::write_progress() {
    const Project& p = host_.session().project();
    return write(_("Write the progress report"), _("progress-report.pdf"),
                 [&p](const ReportOptions& o, const std::string& path) { write_progress_report(p, o, "", path); });
}

}  // namespace assessa::gui
