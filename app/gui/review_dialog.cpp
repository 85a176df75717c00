#include "app/gui/review_dialog.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/projector_font.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/list_columns.hpp"
#include "app/gui/wx_text.hpp"
#include "model/progress_review.hpp"
#include "model/steps_edits.hpp"

#include <wx/button.h>
#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <algorithm>
#include <functional>

namespace assessa::gui {

namespace {

wxString status_choices() {
    wxString out;
    for (ActionStatus s : all_action_statuses) out += (out.empty() ? "" : ",") + u8(action_status_label(s));
    return out;
}

}  // namespace

ReviewDialog::ReviewDialog(wxWindow* parent, WorkspaceHost& host, const ProgressReview& review, bool is_new)
    : wxDialog(parent, wxID_ANY, is_new ? _("New progress review") : _("Progress review"), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      original_(review) {
    use_projector_font(this);
    const int gap = FromDIP(8);
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, "");
    set_wrapped(intro,
                _("Each action as the plan stands: update its status, progress, comment and the indicator's value "
                  "in the grid, then write management's conclusions."),
                FromDIP(760));
    top->Add(intro, 0, wxLEFT | wxRIGHT | wxTOP, gap);
    auto* head = new wxBoxSizer(wxHORIZONTAL);
    head->Add(new wxStaticText(this, wxID_ANY, _("Held on:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    held_on_ = new DateEntry(this, review.held_on);
    held_on_->SetName("review date");
    head->Add(held_on_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(16));
    head->Add(new wxStaticText(this, wxID_ANY, _("Reviewer:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    reviewer_ = new wxTextCtrl(this, wxID_ANY, u8(review.reviewer));
    reviewer_->SetName("reviewer");
    reviewer_->SetHint(_("for example: the management meeting"));
    if (host.projector_mode()) {
        names_hidden_ = true;
        reviewer_->ChangeValue(without_member_names(host.session(), review.reviewer, true));
        reviewer_->SetEditable(false);
        reviewer_->SetToolTip(_("Members' names are hidden in projector mode: leave it (F11) to see them."));
    }
    head->Add(reviewer_, 1, wxALIGN_CENTER_VERTICAL);
    top->Add(head, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    grid_ = new wxGrid(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(940, 240)));
    grid_->SetName("reviewed actions");
    grid_->CreateGrid(static_cast<int>(review.actions.size()), columns);
    grid_->SetRowLabelSize(0);
    const std::pair<wxString, int> heads[] = {{_("Code"), 56},     {_("Title"), 190},     {_("Status"), 100},
                                              {_("Progress %"), 72}, {_("Comment"), 160}, {_("Indicator"), 130},
                                              {_("Target"), 80},     {_("Value"), 80}};
    {
        // Every heading whole, in the label font.
        wxClientDC dc(grid_);
        dc.SetFont(grid_->GetLabelFont());
        for (int c = 0; c < columns; ++c) {
            grid_->SetColLabelValue(c, heads[c].first);
            grid_->SetColSize(c, std::max(FromDIP(heads[c].second), dc.GetTextExtent(heads[c].first).x + FromDIP(16)));
        }
    }
    grid_->SetColLabelSize(FromDIP(28));
    for (int r = 0; r < grid_->GetNumberRows(); ++r) {
        const ReviewedAction& a = review.actions[static_cast<std::size_t>(r)];
        grid_->SetCellValue(r, col_code, u8(a.code));
        grid_->SetCellValue(r, col_title, u8(a.title));
        grid_->SetCellValue(r, col_status, u8(action_status_label(a.status)));
        grid_->SetCellEditor(r, col_status, new wxGridCellChoiceEditor(wxSplit(status_choices(), ',')));
        grid_->SetCellValue(r, col_progress, wxString::Format("%d", a.progress));
        grid_->SetCellEditor(r, col_progress, new wxGridCellNumberEditor(0, 100));
        grid_->SetCellValue(r, col_comment, u8(a.comment));
        grid_->SetCellValue(r, col_indicator, u8(a.indicator));
        grid_->SetCellValue(r, col_target, u8(a.target));
        grid_->SetCellValue(r, col_value, u8(a.value));
        for (int c : {static_cast<int>(col_code), static_cast<int>(col_title)}) {
            grid_->SetReadOnly(r, c);
            grid_->SetCellBackgroundColour(r, c, wxColour(242, 242, 242));
        }
    }
    // The title takes the room the other columns leave, so that the value column is always in
    // view; the whole text of a cell is in its tooltip.
    grid_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        int others = 0;
        for (int c = 0; c < columns; ++c)
            if (c != col_title) others += grid_->GetColSize(c);
        const int room = grid_->GetClientSize().x - others - FromDIP(20);  // a vertical scroll bar may come
        const int title = std::max(FromDIP(120), room);
        if (title != grid_->GetColSize(col_title)) grid_->SetColSize(col_title, title);
        e.Skip();
    });
    grid_->GetGridWindow()->Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        const wxPoint at = grid_->CalcUnscrolledPosition(e.GetPosition());
        const int row = grid_->YToRow(at.y), col = grid_->XToCol(at.x);
        const wxString tip = row >= 0 && col >= 0 ? grid_->GetCellValue(row, col) : wxString();
        if (grid_->GetGridWindow()->GetToolTipText() != tip) grid_->GetGridWindow()->SetToolTip(tip);
        e.Skip();
    });
    grid_->Bind(wxEVT_GRID_CELL_CHANGED, [this](wxGridEvent& e) {
        revalidate();
        e.Skip();
    });
    top->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    top->Add(new wxStaticText(this, wxID_ANY, _("Management's conclusions:")), 0, wxLEFT | wxRIGHT | wxTOP, gap);
    conclusions_ = new wxTextCtrl(this, wxID_ANY, u8(review.conclusions), wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                                  wxTE_MULTILINE);
    conclusions_->SetName("conclusions");
    top->Add(conclusions_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    messages_ = new wxStaticText(this, wxID_ANY, "");
    messages_->SetForegroundColour(wxColour(170, 0, 0));
    top->Add(messages_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, gap);
    SetSizer(top);
    fit();
    Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
        if (e.IsShown()) fit();
        e.Skip();
    });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (grid_->IsCellEditControlEnabled()) grid_->SaveEditControlValue();
        if (accept()) EndModal(wxID_OK);
    }, wxID_OK);
    Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        revalidate();
        e.Skip();
    });
    // The milestones met depend on the review's date: a new review counts them again from the
    // plan when its date changes.
    if (is_new)
        held_on_->Bind(wxEVT_TEXT, [this, &host](wxCommandEvent& e) {
            e.Skip();
            const std::string date = held_on_->iso();
            if (date.empty() || date == original_.held_on) return;
            try {
                const ProjectSession& s = host.session();
                const ProgressReview fresh = review_from_plan(s.project(), s.cycle().id, date, original_.reviewer);
                for (ReviewedAction& a : original_.actions)
                    if (const ReviewedAction* f = fresh.action(a.code)) {
                        a.milestones = f->milestones;
                        a.milestones_done = f->milestones_done;
                    }
                original_.held_on = date;
            } catch (const std::exception&) {
                // The plan is gone meanwhile: the counts stay as they were.
            }
        });
    revalidate();
}

void ReviewDialog::fit() {
    std::function<void(wxWindow*)> forget = [&](wxWindow* w) {
        w->InvalidateBestSize();
        for (wxWindow* child : w->GetChildren()) forget(child);
    };
    forget(this);
    const wxSize best = GetBestSize();
    SetMinSize(wxSize(std::min(best.x, FromDIP(600)), best.y));
    wxSize wanted = IsShown() ? GetSize() : best;
    wanted.IncTo(wxSize(std::min(best.x, FromDIP(600)), best.y));
    if (!IsShown() || wanted != GetSize())
        place_on_display(this, wxRect(IsShown() ? GetPosition() : wxPoint(-1, -1), wanted));
    Layout();
}

void ReviewDialog::set_cell(int row, Column column, const wxString& value) {
    grid_->SetCellValue(row, column, value);
    revalidate();
}

ProgressReview ReviewDialog::review() const {
    ProgressReview r = original_;
    r.held_on = held_on_->iso();
    if (!names_hidden_) r.reviewer = utf8(reviewer_->GetValue().Strip(wxString::both));
    r.conclusions = utf8(conclusions_->GetValue().Strip(wxString::both));
    for (int row = 0; row < grid_->GetNumberRows() && static_cast<std::size_t>(row) < r.actions.size(); ++row) {
        ReviewedAction& a = r.actions[static_cast<std::size_t>(row)];
        const wxString status = grid_->GetCellValue(row, col_status);
        for (ActionStatus s : all_action_statuses)
            if (u8(action_status_label(s)) == status) a.status = s;
        long progress = a.progress;
        if (grid_->GetCellValue(row, col_progress).Strip(wxString::both).ToLong(&progress))
            a.progress = static_cast<int>(progress);
        a.comment = utf8(grid_->GetCellValue(row, col_comment).Strip(wxString::both));
        a.indicator = utf8(grid_->GetCellValue(row, col_indicator).Strip(wxString::both));
        a.target = utf8(grid_->GetCellValue(row, col_target).Strip(wxString::both));
        a.value = utf8(grid_->GetCellValue(row, col_value).Strip(wxString::both));
    }
    return r;
}

std::vector<std::string> ReviewDialog::problems() const {
    std::vector<std::string> out;
    if (const wxString why = held_on_->problem(); !why.empty()) out.push_back(utf8(_("Held on:") + " " + why));
    else if (held_on_->iso().empty()) out.push_back(utf8(_("Give the date of the review.")));
    for (int row = 0; row < grid_->GetNumberRows(); ++row) {
        long progress = 0;
        const wxString text = grid_->GetCellValue(row, col_progress).Strip(wxString::both);
        if (!text.ToLong(&progress) || progress < 0 || progress > 100)
            out.push_back(utf8(wxString::Format(_("%s: progress must be a number from 0 to 100, not \"%s\""),
                                                grid_->GetCellValue(row, col_code), text)));
    }
    return out;
}

void ReviewDialog::revalidate() { show_problems(*this, messages_, shown_messages_, problems()); }

bool ReviewDialog::accept() {
    revalidate();
    return problems().empty();
}

ReviewsDialog::ReviewsDialog(wxWindow* parent, WorkspaceHost& host, const CycleSteps& steps, DialogRunner run)
    : StepDialog(parent, host, 9, steps), run_(std::move(run)) {
    auto* content = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, "");
    set_wrapped(intro,
                _("A progress review records where every action of the plan stands on a date, the indicators' "
                  "values and management's conclusions. A new review starts from the plan as it stands."),
                FromDIP(600));
    content->Add(intro, 0, wxBOTTOM, FromDIP(6));
    list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(620, 150)), wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetName("progress reviews");
    list_->AppendColumn(_("Held on"), wxLIST_FORMAT_LEFT, FromDIP(100));
    list_->AppendColumn(_("Reviewer"), wxLIST_FORMAT_LEFT, FromDIP(170));
    list_->AppendColumn(_("Actions"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    list_->AppendColumn(_("On track"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    list_->AppendColumn(_("Late"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    list_->AppendColumn(_("Done"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    list_->AppendColumn(_("Progress"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    fit_column_headings(list_);
    content->Add(list_, 1, wxEXPAND);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    new_ = new wxButton(this, wxID_ANY, _("New review…"));
    edit_ = new wxButton(this, wxID_ANY, _("Edit…"));
    remove_ = new wxButton(this, wxID_ANY, _("Remove"));
    for (wxButton* b : {new_, edit_, remove_}) row->Add(b, 0, wxRIGHT, FromDIP(4));
    content->Add(row, 0, wxTOP, FromDIP(4));
    no_plan_ = new wxStaticText(this, wxID_ANY, _("The cycle has no improvement plan yet: create it on the Plan tab first."));
    no_plan_->SetForegroundColour(wxColour(120, 80, 0));
    content->Add(no_plan_, 0, wxTOP, FromDIP(4));
    new_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { new_review(); });
    edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit_review(list_->GetFirstSelected()); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_review(list_->GetFirstSelected()); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { edit_review(e.GetIndex()); });
    for (auto type : {wxEVT_LIST_ITEM_SELECTED, wxEVT_LIST_ITEM_DESELECTED})
        list_->Bind(type, [this](wxListEvent& e) {
            const bool on = list_->GetFirstSelected() >= 0 && host_.session().access().editable();
            edit_->Enable(on);
            remove_->Enable(on);
            e.Skip();
        });
    fill();
    finish(content);
    revalidate();
}

void ReviewsDialog::fill() {
    ProjectSession& s = host_.session();
    reviews_ = s.project().progress_reviews(s.cycle().id);
    const bool has_plan = s.project().plan(s.cycle().id).has_value();
    const bool editable = s.access().editable();
    no_plan_->Show(!has_plan);
    new_->Enable(has_plan && editable);
    const std::string lang = ui_language();
    list_->DeleteAllItems();
    for (const ProgressReview& r : reviews_) {
        const ReviewCounts c = review_counts(r);
        const long row = list_->InsertItem(list_->GetItemCount(), u8(format_iso_ui_date(r.held_on, lang)));
        list_->SetItem(row, 1, without_member_names(s, r.reviewer, projector_));
        list_->SetItem(row, 2, wxString::Format("%d", c.actions));
        list_->SetItem(row, 3, wxString::Format("%d", c.standings.at(ReviewStanding::on_track)));
        list_->SetItem(row, 4, wxString::Format("%d", c.standings.at(ReviewStanding::late)));
        list_->SetItem(row, 5, wxString::Format("%d", c.standings.at(ReviewStanding::done)));
        list_->SetItem(row, 6, wxString::Format("%.0f %%", c.mean_progress));
    }
    edit_->Enable(false);
    remove_->Enable(false);
}

void ReviewsDialog::new_review() {
    ProjectSession& s = host_.session();
    ProgressReview review;
    try {
        review = review_from_plan(s.project(), s.cycle().id, utf8(wxDateTime::Today().FormatISODate()),
                                  projector_ ? std::string() : utf8(wxGetUserName()));
    } catch (const std::exception& e) {
        no_plan_->SetLabel(u8(e.what()));
        no_plan_->Show();
        Layout();
        return;
    }
    ReviewDialog dialog(this, host_, review, true);
    while (run_(dialog) == wxID_OK)
        if (host_.perform(edit_add_progress_review(dialog.review()))) break;
    fill();
}

void ReviewsDialog::edit_review(long row) {
    if (row < 0 || row >= static_cast<long>(reviews_.size()) || !host_.session().access().editable()) return;
    ReviewDialog dialog(this, host_, reviews_[static_cast<std::size_t>(row)], false);
    while (run_(dialog) == wxID_OK) {
        const ProgressReview changed = dialog.review();
        if (changed == reviews_[static_cast<std::size_t>(row)]) break;
        if (host_.perform(edit_update_progress_review(host_.session().project(), changed))) break;
    }
    fill();
}

void ReviewsDialog::remove_review(long row) {
    if (row < 0 || row >= static_cast<long>(reviews_.size())) return;
    host_.perform(edit_remove_progress_review(host_.session().project(), reviews_[static_cast<std::size_t>(row)].id));
    fill();
}

}  // namespace assessa::gui
