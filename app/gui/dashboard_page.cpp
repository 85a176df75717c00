#include "app/gui/dashboard_page.hpp"
#include "app/gui/bench_commands.hpp"
#include "app/gui/member_label.hpp"
#include "app/gui/scrolled_fit.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/ui_number.hpp"
#include "app/gui/wx_text.hpp"

#include "model/bench_statistics.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

namespace assessa::gui {

namespace {

wxString percent(std::size_t done, std::size_t total) {
    return total ? wxString::Format("%zu / %zu (%.0f %%)", done, total, 100.0 * static_cast<double>(done) / static_cast<double>(total))
                 : wxString("–");
}

wxString opt(std::optional<double> v) { return ui_score(v); }

wxString legend_text() {
    return _("Bar: consensus. Whisker: members' lowest to highest score. Black tick: members' mean. Dashed circle: "
             "previous cycle.");
}

}  // namespace

DashboardPage::DashboardPage(wxWindow* parent, WorkspaceHost& host)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      host_(host) {
    SetScrollRate(0, FromDIP(12));
    fit_inside_before_layout(this);
    auto* page = new wxBoxSizer(wxVERTICAL);
    heading_ = make_heading(this, " ", 1.3f);
    page->Add(heading_, 0, wxALL, FromDIP(8));
    auto* compare_row = new wxBoxSizer(wxHORIZONTAL);
    compare_row->Add(new wxStaticText(this, wxID_ANY, _("Compare with cycle:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
                     FromDIP(6));
    comparison_ = new wxChoice(this, wxID_ANY);
    comparison_->SetName(_("Compare with cycle:"));
    compare_row->Add(comparison_, 0, wxALIGN_CENTER_VERTICAL);
    page->Add(compare_row, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    comparison_->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        const int i = e.GetSelection();
        if (i < 0 || static_cast<std::size_t>(i) >= comparison_ids_.size()) return;
        host_.session().compare_with(comparison_ids_[static_cast<std::size_t>(i)]);
        refresh();
    });

    auto* charts = new wxBoxSizer(wxHORIZONTAL);
    auto* profile_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Criterion profile"));
    profile_ = new ProfileChart(profile_box->GetStaticBox());
    profile_box->Add(profile_, 1, wxEXPAND | wxALL, FromDIP(4));
    legend_ = new wxStaticText(profile_box->GetStaticBox(), wxID_ANY, legend_text());
    legend_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    legend_->Wrap(FromDIP(520));
    profile_box->Add(legend_, 0, wxALL, FromDIP(8));  // GTK measures the box a few pixels taller than its sizer
    profile_box->AddSpacer(FromDIP(6));  // and more in a new project's page, whose chart row gets only its minimum
    charts->Add(profile_box, 3, wxEXPAND | wxRIGHT, FromDIP(8));
    auto* radar_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Criteria radar"));
    radar_ = new RadarChart(radar_box->GetStaticBox());
    radar_box->Add(radar_, 1, wxEXPAND | wxALL, FromDIP(4));
    charts->Add(radar_box, 2, wxEXPAND);
    page->Add(charts, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

    auto* lists = new wxBoxSizer(wxHORIZONTAL);
    criteria_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 260)), wxLC_REPORT);
    criteria_->AppendColumn(_("Criterion"), wxLIST_FORMAT_LEFT, FromDIP(250));
    criteria_->AppendColumn(_("Ratings done"), wxLIST_FORMAT_RIGHT, FromDIP(120));
    criteria_->AppendColumn(_("Consensus"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    criteria_->AppendColumn(_("Score"), wxLIST_FORMAT_RIGHT, FromDIP(110));
    criteria_->AppendColumn(_("Previous"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    criteria_->AppendColumn(_("Change"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    lists->Add(criteria_, 3, wxEXPAND | wxRIGHT, FromDIP(8));
    members_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 260)), wxLC_REPORT);
    members_->AppendColumn(_("Member"), wxLIST_FORMAT_LEFT, FromDIP(190));
    members_->AppendColumn(_("Subcriteria done"), wxLIST_FORMAT_RIGHT, FromDIP(140));
    lists->Add(members_, 2, wxEXPAND);
    // A report list's best width is the sum of its columns, which the projector's font makes
    // wider than the page: the row gave the criteria all of it and the members' list what was
    // left, narrower than its own scroll bar (GTK: "gtk_box_gadget_distribute: assertion
    // 'size >= 0' failed in GtkScrollbar"). The two share the row; their columns scroll.
    criteria_->SetMinSize(FromDIP(wxSize(200, 260)));
    members_->SetMinSize(FromDIP(wxSize(150, 260)));
    page->Add(lists, 0, wxEXPAND | wxALL, FromDIP(8));
    build_bench_box(page);
    SetSizer(page);
}

void DashboardPage::build_bench_box(wxSizer* page) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Compared with other institutions"));
    wxWindow* in = box->GetStaticBox();
    bench_status_ = new wxStaticText(in, wxID_ANY, " ");
    box->Add(bench_status_, 0, wxALL, FromDIP(6));
    bench_chart_ = new BenchChart(in);
    box->Add(bench_chart_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
    bench_candidates_ = new wxStaticText(in, wxID_ANY, " ");
    box->Add(bench_candidates_, 0, wxALL, FromDIP(6));
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);  // one above the other where the page is narrow
    auto* share = new wxButton(in, wxID_ANY, _("Share for comparison…"));
    auto* import = new wxButton(in, wxID_ANY, _("Import comparison set…"));
    buttons->Add(share, 0, wxRIGHT | wxBOTTOM, FromDIP(8));
    buttons->Add(import, 0, wxBOTTOM, FromDIP(8));
    box->Add(buttons, 0, wxALL, FromDIP(6));
    box->AddSpacer(FromDIP(14));  // GTK measures the box a few pixels taller than its sizer
    // The Reports menu's commands, run by the window that holds the page.
    auto send = [this](int id) {
        wxCommandEvent e(wxEVT_MENU, id);
        if (wxWindow* top = wxGetTopLevelParent(this)) top->GetEventHandler()->ProcessEvent(e);
    };
    share->Bind(wxEVT_BUTTON, [send](wxCommandEvent&) { send(id_bench_share); });
    import->Bind(wxEVT_BUTTON, [send](wxCommandEvent&) { send(id_bench_import); });
    page->Add(box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
}

void DashboardPage::refresh_bench() {
    ProjectSession& s = host_.session();
    const std::string& lang = s.language();
    const int width = std::max(FromDIP(300), GetClientSize().x - FromDIP(40));
    const auto sets = s.project().bench_sets();
    const StoredBenchSet* stored = bench_set_for(sets, s.cycle());
    std::vector<BenchChart::Row> rows;
    wxString status, candidates;
    if (!stored) {
        status = sets.empty() ? _("No comparison set is imported. A CAF network coordinator merges institutions' "
                                  "shared results into a set; import it to see where this organisation stands.")
                              : _("No imported comparison set is on this cycle's framework version and method.");
    } else if (stored->set.submissions.size() < bench_minimum_institutions) {
        status = wxString::Format(_("%s: too few to compare anonymously (at least %zu are needed)."),
                                  u8(bench_comparison_title(stored->set)), bench_minimum_institutions);
    } else {
        const BenchComparison c = compare_with_set(s.framework(), s.summary().consensus, stored->set);
        status = wxString::Format(_("%s, from %s. The box is the middle half of the institutions, the line their "
                                    "median, the whiskers the lowest and highest; the diamond is this organisation."),
                                  u8(bench_comparison_title(stored->set)), u8(stored->source_name));
        for (const BenchNodeComparison& n : c.nodes) {
            const Node* node = s.framework().find(n.stats.code);
            if (!node || node->depth != 0) continue;  // the criteria; the subcriteria are in the report
            BenchChart::Row row;
            row.label = u8(n.stats.code + "  " + node->title.get(lang));
            row.network = n.stats.distribution;
            row.own = n.own;
            row.position = n.stats.too_few() ? _("too few to compare")
                           : n.quarter       ? wxString(u8(bench_quarter_label(*n.quarter)))
                                             : _("no consensus score");
            rows.push_back(std::move(row));
        }
        if (c.learning_candidates.empty()) {
            candidates = _("No subcriterion is in the lowest quarter.");
        } else {
            candidates = _("In the lowest quarter, where others may have practice worth learning from:");
            for (const std::string& code : c.learning_candidates) {
                const Node* node = s.framework().find(code);
                candidates += wxString::FromUTF8("\n\u2022 ") + u8(code) + "  " + (node ? u8(node->title.get(lang)) : wxString());
            }
        }
    }
    set_wrapped(bench_status_, status, width);
    set_wrapped(bench_candidates_, candidates.empty() ? wxString(" ") : candidates, width);
    fit_label(bench_status_);
    fit_label(bench_candidates_);
    bench_chart_->Show(!rows.empty());
    bench_chart_->set(std::move(rows));
}

void DashboardPage::refresh() {
    ProjectSession& s = host_.session();
    const CycleSummary& summary = s.summary();
    const auto comparison = s.comparison();
    const std::optional<CycleSummary> previous = comparison ? std::optional(comparison->earlier) : std::nullopt;
    // Any earlier cycle can be compared with; the one before is chosen at first.
    comparison_->Clear();
    comparison_ids_.clear();
    for (const auto& c : s.project().cycles()) {
        if (c.id == s.cycle().id) break;
        comparison_ids_.insert(comparison_ids_.begin(), c.id);
        comparison_->Insert(u8(c.label), 0);
    }
    if (comparison_ids_.empty()) comparison_->Append(_("(no earlier cycle)"));
    comparison_->Enable(!comparison_ids_.empty());
    if (previous) {
        auto at = std::find(comparison_ids_.begin(), comparison_ids_.end(), previous->cycle.id);
        if (at != comparison_ids_.end()) comparison_->SetSelection(static_cast<int>(at - comparison_ids_.begin()));
    } else {
        comparison_->SetSelection(0);
    }
    const auto profile = criterion_profile(s.framework(), summary, previous ? &*previous : nullptr);
    const std::string& lang = s.language();

    const std::string ui = ui_language();
    const ScoreSheet& sheet = summary.consensus;
    wxString head = wxString::Format(_("Cycle %s: consensus on %zu of %zu subcriteria"), u8(s.cycle().label),
                                     summary.consensus_done, summary.nodes.size());
    if (sheet.overall)
        head += wxString::Format(_(", overall score %s"), u8(format_score_coverage(sheet.overall, sheet.overall_coverage, ui)));
    if (previous) head += wxString::Format(_(" (cycle %s: %s)"), u8(previous->cycle.label), opt(previous->consensus.overall));
    // The enablers' and results' scores, each saying when it rests on only some subcriteria.
    wxString groups;
    for (const auto& g : s.framework().groups())
        if (const auto v = sheet.group(g.id))
            groups += (groups.empty() ? "" : "   ") + u8(g.title.get(lang)) + ": " +
                      u8(format_score_coverage(v, sheet.coverage_of_group(g.id), ui));
    if (!groups.empty()) head += "\n" + groups;
    // Across framework versions the comparison covers the shared subcriteria only, and says so.
    if (comparison && comparison->versions_differ())
        head += "\n" + u8(comparison_scope_note(*comparison));
    heading_->SetLabel(head);
    heading_->Wrap(std::max(FromDIP(400), GetClientSize().x - FromDIP(20)));
    fit_label(heading_);
    // Criteria are drawn on the method's scale (CAF 0-100, a station's 1-5).
    const auto scale = s.framework().method_scale(s.cycle().method_id).value_or(std::pair{0, 100});
    profile_->set(profile, {scale.first, scale.second});
    radar_->set(profile, {scale.first, scale.second});

    criteria_->DeleteAllItems();
    for (std::size_t i = 0; i < summary.criteria.size(); ++i) {
        const CriterionProgress& c = summary.criteria[i];
        const Node* n = s.framework().find(c.code);
        const long row = criteria_->InsertItem(static_cast<long>(i), u8(c.code + "  " + (n ? n->title.get(lang) : "")));
        criteria_->SetItem(row, 1, percent(c.ratings_done, c.ratings_total));
        criteria_->SetItem(row, 2, wxString::Format("%zu / %zu", c.with_consensus, c.nodes));
        const auto now = summary.consensus.node(c.code);
        criteria_->SetItem(row, 3, now && sheet.coverage_of_node(c.code).partial()
                                       ? wxString::Format(_("%s (partial)"), opt(now))
                                       : opt(now));
        if (previous) {
            const auto before = previous->consensus.node(c.code);
            criteria_->SetItem(row, 4, opt(before));
            if (const auto change = comparison->delta(c.code)) criteria_->SetItem(row, 5, ui_delta(*change));
        }
    }
    members_->DeleteAllItems();
    const bool anonymous = host_.projector_mode();
    long row = 0;
    for (const Member& m : members_listed(s, anonymous)) {
        for (const MemberProgress& p : summary.members) {
            if (p.member_id != m.id) continue;
            members_->InsertItem(row, member_label(s, m, anonymous));
            members_->SetItem(row++, 1, percent(p.completed, p.total));
        }
    }
    // In the font shown now (large on a projector): the legend wraps within the profile's box
    // (three fifths of the page) and the columns are as wide as their headers and values.
    const bool narrow = GetClientSize().x < 70 * GetCharWidth();
    // The charts' row: side by side, or one above the other where the page is narrow for its font.
    wxSizerItem* charts_row = GetSizer() ? GetSizer()->GetItem(static_cast<size_t>(2)) : nullptr;  // below the heading and cycle chooser
    if (auto* charts = charts_row ? dynamic_cast<wxBoxSizer*>(charts_row->GetSizer()) : nullptr)
        charts->SetOrientation(narrow ? wxVERTICAL : wxHORIZONTAL);
    set_wrapped(legend_, legend_text(),
                std::max(FromDIP(200), (GetClientSize().x - FromDIP(24)) * (narrow ? 5 : 3) / 5 - FromDIP(24)));
    fit_label(legend_);
    for (wxListView* list : {criteria_, members_})
        for (int c = 0; c < list->GetColumnCount(); ++c) list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
    refresh_bench();
    FitInside();  // the virtual size first, so that the boxes are laid out at their full height
    Layout();
}

}  // namespace assessa::gui
