#include "app/gui/next_cycle_wizard.hpp"
#include "app/gui/projector_font.hpp"

#include "app/gui/wx_text.hpp"
#include "frameworks/framework_changes.hpp"
#include "model/next_cycle.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wizard.h>

#include <algorithm>

namespace assessa::gui {

namespace {

wxWizardPageSimple* page_with(wxWizard* w, const wxString& heading, wxBoxSizer*& box) {
    auto* page = new wxWizardPageSimple(w);
    box = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(page, wxID_ANY, heading);
    title->SetFont(title->GetFont().Scaled(1.3f).Bold());
    box->Add(title, 0, wxBOTTOM, page->FromDIP(10));
    page->SetSizer(box);
    return page;
}

wxStaticText* wrapped(wxWindow* parent, const wxString& text) {
    auto* t = new wxStaticText(parent, wxID_ANY, text);
    t->Wrap(parent->FromDIP(540));
    return t;
}

const MemberRole roles[] = {MemberRole::facilitator, MemberRole::member, MemberRole::sponsor};

wxChoice* role_choice(wxWindow* parent, const wxString& name) {
    auto* c = new wxChoice(parent, wxID_ANY);
    for (MemberRole r : roles) c->Append(u8(member_role_label(r)));
    c->SetSelection(1);
    c->SetName(name);
    return c;
}

int role_index(MemberRole r) { return static_cast<int>(std::find(std::begin(roles), std::end(roles), r) - std::begin(roles)); }

wxString member_line(const Member& m, MemberRole role) { return u8(m.name) + " (" + u8(member_role_label(role)) + ")"; }

wxString action_line(const ImprovementAction& a) {
    return u8(a.code) + "  " + u8(a.title) + "  (" + u8(action_status_label(a.status)) +
           wxString::Format(", %d %%)", a.progress);
}

}  // namespace

std::optional<Id> run_next_cycle_wizard(wxWindow* parent, Project& project, const FrameworkLibrary& library) {
    const Cycle previous = project.current_cycle();
    const FrameworkPtr fw = project.framework_of(previous);
    const std::string lang = project.organisation().language;
    wxWizard wizard(parent, wxID_ANY, _("Start the next self-assessment"));
    use_projector_font(&wizard);
    wxBoxSizer* box = nullptr;

    // 1. Label, start date, method, framework.
    auto* first = page_with(&wizard, _("The next self-assessment"), box);
    box->Add(wrapped(first, wxString::Format(_("It follows cycle %s, which started on %s. CAF advises a self-assessment "
                                               "every two years."),
                                             u8(previous.label), u8(previous.started_on))),
             0, wxBOTTOM, first->FromDIP(8));
    auto* grid = new wxFlexGridSizer(2, first->FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1, 1);
    auto text_field = [&](const wxString& label, const wxString& value) {
        grid->Add(new wxStaticText(first, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* t = new wxTextCtrl(first, wxID_ANY, value, wxDefaultPosition, first->FromDIP(wxSize(260, -1)));
        t->SetName(label);
        grid->Add(t, 1, wxEXPAND);
        return t;
    };
    auto* label = text_field(_("Label of the new cycle:"), u8(suggested_next_label(previous.label)));
    const std::string planned_start = planned_next_start(project);
    auto* starts_on = text_field(_("Start date (YYYY-MM-DD):"),
                                 planned_start.empty() ? wxDateTime::Today().FormatISODate() : u8(planned_start));
    grid->Add(new wxStaticText(first, wxID_ANY, _("Scoring method:")), 0, wxALIGN_CENTER_VERTICAL);
    auto* method = new wxChoice(first, wxID_ANY);
    method->SetName(_("Scoring method:"));
    std::vector<std::string> method_ids;
    for (const auto& m : fw->methods()) {
        method->Append(u8(m.title.get(lang)));
        method_ids.push_back(m.id);
        if (m.id == previous.method_id) method->SetSelection(static_cast<int>(method_ids.size() - 1));
    }
    grid->Add(method, 1, wxEXPAND);
    grid->Add(new wxStaticText(first, wxID_ANY, _("Framework:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(new wxStaticText(first, wxID_ANY,
                               wxString::Format(_("%s, version %s (as in cycle %s)"), u8(fw->title().get(lang)),
                                                u8(fw->version()), u8(previous.label))),
              0, wxALIGN_CENTER_VERTICAL);
    box->Add(grid, 0, wxEXPAND);
    box->Add(wrapped(first, _("The method may change, for example from classical to fine-tuned scoring. The comparison "
                              "with earlier cycles uses the consensus scores, whatever the method.")),
             0, wxTOP, first->FromDIP(10));

    // 2. The framework version, offered only when the library holds a newer one.
    const auto versions = next_cycle_framework_versions(project, &library);
    wxChoice* version = nullptr;
    wxWizardPageSimple* version_page = nullptr;
    if (versions.size() > 1) {
        version_page = page_with(&wizard, _("The framework version"), box);
        box->Add(wrapped(version_page,
                         wxString::Format(_("The library holds a newer version of %s. The new cycle can move to it; "
                                            "earlier cycles keep version %s, and their reports stay as they are."),
                                          u8(fw->title().get(lang)), u8(fw->version()))));
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(new wxStaticText(version_page, wxID_ANY, _("Framework version:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
                 version_page->FromDIP(6));
        version = new wxChoice(version_page, wxID_ANY);
        version->SetName(_("Framework version:"));
        for (const auto& v : versions)
            version->Append(v->version() == fw->version()
                                ? wxString::Format(_("%s (as in cycle %s)"), u8(v->version()), u8(previous.label))
                                : wxString::Format(_("%s (newer)"), u8(v->version())));
        version->SetSelection(static_cast<int>(versions.size() - 1));
        row->Add(version, 0, wxALIGN_CENTER_VERTICAL);
        box->Add(row, 0, wxTOP, version_page->FromDIP(8));
        // A read-only text, not a list, so that a long "Renamed: old → new" line wraps instead of being cut.
        auto* changes_list = new wxTextCtrl(version_page, wxID_ANY, "", wxDefaultPosition, version_page->FromDIP(wxSize(540, 150)),
                                            wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
        changes_list->SetName(_("Changes in this version"));
        box->Add(changes_list, 1, wxEXPAND | wxTOP, version_page->FromDIP(8));
        auto* scope = new wxStaticText(version_page, wxID_ANY, "");
        box->Add(scope, 0, wxEXPAND | wxTOP, version_page->FromDIP(8));
        auto show_changes = [=] {
            const auto& chosen = *versions[static_cast<std::size_t>(std::max(0, version->GetSelection()))];
            const FrameworkChanges changes = framework_changes(*fw, chosen);
            wxString text;
            for (const auto& line : change_lines(changes, *fw, chosen, lang)) text << (text.empty() ? "" : "\n") << u8(line);
            changes_list->ChangeValue(changes.empty() ? _("No node was added, removed or renamed.") : text);
            scope->SetLabel(changes.assessable_left_out == 0
                                ? _("The comparison with the previous cycle covers every subcriterion.")
                                : wxString::Format(wxPLURAL("The comparison with cycle %s will cover only the subcriteria "
                                                            "both versions share: %zu subcriterion is left out.",
                                                            "The comparison with cycle %s will cover only the subcriteria "
                                                            "both versions share: %zu subcriteria are left out.",
                                                            changes.assessable_left_out),
                                                   u8(previous.label), changes.assessable_left_out));
            scope->Wrap(version_page->FromDIP(540));
        };
        show_changes();
        version->Bind(wxEVT_CHOICE, [=](wxCommandEvent&) { show_changes(); });
    }

    // 3. The group.
    auto* group_page = page_with(&wizard, _("The self-assessment group"), box);
    box->Add(wrapped(group_page, wxString::Format(_("The group of cycle %s carries over. Untick who leaves; add who "
                                                    "joins; choose a member to give a new role."),
                                                  u8(previous.label))));
    const auto group = project.cycle_members(previous.id);
    std::vector<MemberRole> group_roles;
    auto* stays = new wxCheckListBox(group_page, wxID_ANY, wxDefaultPosition, group_page->FromDIP(wxSize(540, 150)));
    stays->SetName(_("Members who stay"));
    for (const auto& m : group) {
        group_roles.push_back(m.role);
        stays->Check(stays->Append(member_line(m, m.role)));
    }
    box->Add(stays, 1, wxEXPAND | wxTOP, group_page->FromDIP(6));
    auto* role_row = new wxBoxSizer(wxHORIZONTAL);
    role_row->Add(new wxStaticText(group_page, wxID_ANY, _("Role of the chosen member:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
                  group_page->FromDIP(6));
    auto* role = role_choice(group_page, _("Role of the chosen member:"));
    role_row->Add(role, 0, wxALIGN_CENTER_VERTICAL);
    box->Add(role_row, 0, wxTOP, group_page->FromDIP(6));
    stays->Bind(wxEVT_LISTBOX, [&](wxCommandEvent& e) {
        const int i = e.GetSelection();
        if (i >= 0) role->SetSelection(role_index(group_roles[static_cast<std::size_t>(i)]));
    });
    role->Bind(wxEVT_CHOICE, [&](wxCommandEvent&) {
        const int i = stays->GetSelection();
        if (i < 0 || role->GetSelection() < 0) return;
        const auto at = static_cast<std::size_t>(i);
        group_roles[at] = roles[role->GetSelection()];
        const bool checked = stays->IsChecked(static_cast<unsigned>(i));
        stays->SetString(static_cast<unsigned>(i), member_line(group[at], group_roles[at]));
        stays->Check(static_cast<unsigned>(i), checked);
    });
    auto* join_row = new wxBoxSizer(wxHORIZONTAL);
    join_row->Add(new wxStaticText(group_page, wxID_ANY, _("New member:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
                  group_page->FromDIP(6));
    auto* join_name = new wxTextCtrl(group_page, wxID_ANY, "", wxDefaultPosition, group_page->FromDIP(wxSize(220, -1)));
    join_name->SetName(_("New member:"));
    join_row->Add(join_name, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, group_page->FromDIP(6));
    auto* join_role = role_choice(group_page, _("Role of the new member"));
    join_row->Add(join_role, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, group_page->FromDIP(6));
    auto* join_add = new wxButton(group_page, wxID_ADD, _("&Add"));
    join_row->Add(join_add, 0, wxALIGN_CENTER_VERTICAL);
    box->Add(join_row, 0, wxEXPAND | wxTOP, group_page->FromDIP(6));
    auto* joiners = new wxListBox(group_page, wxID_ANY, wxDefaultPosition, group_page->FromDIP(wxSize(540, 70)));
    joiners->SetName(_("Members who join"));
    box->Add(joiners, 0, wxEXPAND | wxTOP, group_page->FromDIP(6));
    std::vector<Member> joining;
    join_add->Bind(wxEVT_BUTTON, [&](wxCommandEvent&) {
        const wxString name = join_name->GetValue().Trim().Trim(false);
        if (name.empty()) return;
        Member m;
        m.name = utf8(name);
        m.role = roles[std::max(0, join_role->GetSelection())];
        joining.push_back(m);
        joiners->Append(member_line(m, m.role));
        join_name->Clear();
    });

    // 4. What the previous plan achieved, and what to carry on.
    auto* plan_page = page_with(&wizard, wxString::Format(_("The improvement plan of cycle %s"), u8(previous.label)), box);
    const PlanAchievement achieved = plan_achievement(project, previous.id);
    box->Add(wrapped(plan_page, achieved.has_plan
                                    ? wxString::Format(_("Done: %zu. In progress: %zu. Not started: %zu. Cancelled: %zu."),
                                                       achieved.done, achieved.in_progress, achieved.not_started,
                                                       achieved.cancelled)
                                    : wxString::Format(_("Cycle %s has no improvement plan."), u8(previous.label))));
    box->Add(wrapped(plan_page, _("Open actions ticked here are carried on in the new cycle's plan, with their status, "
                                  "history and a link to the action they came from.")),
             0, wxTOP, plan_page->FromDIP(8));
    auto* adopt = new wxCheckListBox(plan_page, wxID_ANY, wxDefaultPosition, plan_page->FromDIP(wxSize(540, 200)));
    adopt->SetName(_("Open actions to carry on"));
    for (const auto& a : achieved.open) adopt->Check(adopt->Append(action_line(a)));
    box->Add(adopt, 1, wxEXPAND | wxTOP, plan_page->FromDIP(6));

    // 5. Blind assessment.
    auto* blind_page = page_with(&wizard, _("The previous consensus"), box);
    box->Add(wrapped(blind_page, _("CAF advises that members assess without seeing the previous scores, so that "
                                   "they judge the present. Switch this on only if the group decides otherwise.")));
    auto* see_previous = new wxCheckBox(blind_page, wxID_ANY, _("Members see the previous cycle's consensus"));
    see_previous->SetName(_("Members see the previous cycle's consensus"));
    box->Add(see_previous, 0, wxTOP, blind_page->FromDIP(10));
    box->Add(wrapped(blind_page, _("The new cycle starts with no ratings and no consensus. Earlier cycles stay as they "
                                   "are and open read-only.")),
             0, wxTOP, blind_page->FromDIP(10));

    if (version_page) {
        wxWizardPageSimple::Chain(first, version_page);
        wxWizardPageSimple::Chain(version_page, group_page);
    } else {
        wxWizardPageSimple::Chain(first, group_page);
    }
    wxWizardPageSimple::Chain(group_page, plan_page);
    wxWizardPageSimple::Chain(plan_page, blind_page);

    auto spec = [&] {
        NextCycle next;
        next.label = utf8(label->GetValue().Trim().Trim(false));
        next.starts_on = utf8(starts_on->GetValue().Trim().Trim(false));
        if (method->GetSelection() >= 0) next.method_id = method_ids[static_cast<std::size_t>(method->GetSelection())];
        if (version && version->GetSelection() >= 0)
            next.framework_version = versions[static_cast<std::size_t>(version->GetSelection())]->version();
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (!stays->IsChecked(static_cast<unsigned>(i))) next.leaving.push_back(group[i].id);
            else if (group_roles[i] != group[i].role) next.new_roles.emplace_back(group[i].id, group_roles[i]);
        }
        next.joining = joining;
        for (std::size_t i = 0; i < achieved.open.size(); ++i)
            if (adopt->IsChecked(static_cast<unsigned>(i))) next.adopt.push_back(achieved.open[i].id);
        next.members_see_previous_consensus = see_previous->GetValue();
        return next;
    };
    wizard.Bind(wxEVT_WIZARD_PAGE_CHANGING, [&](wxWizardEvent& e) {
        if (e.GetPage() != first || !e.GetDirection()) return;
        const auto problems = check_next_cycle(project, spec(), &library);
        if (problems.empty()) return;
        wxMessageBox(u8(problems.front()), _("Assessa"), wxOK | wxICON_INFORMATION, &wizard);
        e.Veto();
    });
    wizard.GetPageAreaSizer()->Add(first);
    // Every page in the page area, so that the wizard is sized for the largest of them.
    wizard.GetPageAreaSizer()->Add(group_page);
    if (version_page) wizard.GetPageAreaSizer()->Add(version_page);
    wizard.GetPageAreaSizer()->Add(plan_page);
    wizard.GetPageAreaSizer()->Add(blind_page);
    if (!wizard.RunWizard(first)) return std::nullopt;
    try {
        return start_next_cycle(project, spec(), &library);
    } catch (const std::exception& e) {
        wxMessageBox(u8(e.what()), _("Assessa"), wxOK | wxICON_ERROR, parent);
        return std::nullopt;
    }
}

}  // namespace assessa::gui
