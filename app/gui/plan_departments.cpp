#include "app/gui/plan_departments.hpp"

#include "app/gui/wx_text.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace assessa::gui {

namespace {

// The codes of the actions, in lines of at most `per_line`.
std::vector<wxString> code_lines(const PlanViewData& d, const std::vector<Id>& ids, std::size_t per_line) {
    std::vector<wxString> lines;
    std::size_t n = 0;
    for (Id id : ids) {
        const ImprovementAction* a = d.find(id);
        if (!a) continue;
        if (n++ % per_line == 0) lines.emplace_back();
        lines.back() += (lines.back().empty() ? "" : ", ") + u8(a->code);
    }
    if (lines.empty()) lines.emplace_back("–");
    return lines;
}

}  // namespace

PlanDepartments::PlanDepartments(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* who = make_heading(this, _("Who leads (V) and who takes part (D)"));
    keep_wrapped_to_parent(who, who->GetLabel(), FromDIP(12));
    top->Add(who, 0, wxALL, FromDIP(6));
    assignments_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT);
    assignments_->AppendColumn(_("Department"), wxLIST_FORMAT_LEFT, FromDIP(290));
    assignments_->AppendColumn(_("Leads (V)"), wxLIST_FORMAT_LEFT, FromDIP(260));
    assignments_->AppendColumn(_("Takes part (D)"), wxLIST_FORMAT_LEFT, FromDIP(380));
    // The lists of codes get what the department names leave.
    assignments_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        const int rest = assignments_->GetClientSize().x - assignments_->GetColumnWidth(0);
        if (rest > FromDIP(200)) {
            assignments_->SetColumnWidth(1, rest / 3);
            assignments_->SetColumnWidth(2, rest - rest / 3 - FromDIP(4));
        }
        if (data_) CallAfter([this] { fill_assignments(); });
        e.Skip();
    });
    top->Add(assignments_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(6));
    auto* load = make_heading(this, _("Running actions per quarter: leads / takes part"));
    keep_wrapped_to_parent(load, load->GetLabel(), FromDIP(12));
    top->Add(load, 0, wxALL, FromDIP(6));
    load_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT);
    top->Add(load_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    SetSizer(top);
}

void PlanDepartments::fill_assignments() {
    const PlanViewData& d = *data_;
    // Long lists go on as many lines as they need, so that no code is cut off.
    const int code_width = assignments_->GetTextExtent("A-00, ").x;
    auto per_line = [&](int column) {
        return static_cast<std::size_t>(std::max(1, (assignments_->GetColumnWidth(column) - FromDIP(12)) / code_width));
    };
    assignments_->DeleteAllItems();
    for (const auto& row : actions_by_department(d.actions, d.departments)) {
        const Department* dep = d.department(row.department);
        const auto leads = code_lines(d, row.leads, per_line(1));
        const auto takes_part = code_lines(d, row.takes_part, per_line(2));
        for (std::size_t line = 0; line < std::max(leads.size(), takes_part.size()); ++line) {
            const long i = assignments_->InsertItem(assignments_->GetItemCount(),
                                                    line == 0 && dep ? u8(dep->code) + " – " + u8(dep->name) : wxString());
            if (line < leads.size()) assignments_->SetItem(i, 1, leads[line]);
            if (line < takes_part.size()) assignments_->SetItem(i, 2, takes_part[line]);
        }
    }
}

void PlanDepartments::set(const PlanViewData& d) {
    data_ = &d;
    fill_assignments();

    load_->ClearAll();
    load_->AppendColumn(_("Department"), wxLIST_FORMAT_LEFT, FromDIP(150));
    if (!d.plan) return;
    const auto quarters = plan_quarters(*d.plan);
    for (const auto& q : quarters)
        load_->AppendColumn(q.number == 1 || &q == &quarters.front() ? u8(q.label()) : wxString::Format(_("Q%d"), q.number),
                            wxLIST_FORMAT_CENTER, FromDIP(q.number == 1 || &q == &quarters.front() ? 70 : 50));
    for (const auto& row : department_load(*d.plan, d.actions, d.departments)) {
        const Department* dep = d.department(row.department);
        const long i = load_->InsertItem(load_->GetItemCount(), dep ? u8(dep->code) : wxString());
        for (std::size_t q = 0; q < row.leading.size() && q < row.participating.size(); ++q)
            if (row.leading[q] || row.participating[q])
                load_->SetItem(i, static_cast<int>(q) + 1, wxString::Format("%d / %d", row.leading[q], row.participating[q]));
    }
}

}  // namespace assessa::gui
