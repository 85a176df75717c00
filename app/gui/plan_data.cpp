#include "app/gui/plan_data.hpp"

#include "app/gui/project_session.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/wx_text.hpp"
#include "model/date_format.hpp"

namespace assessa::gui {

PlanViewData PlanViewData::load(ProjectSession& session) {
    PlanViewData d;
    const Project& p = session.project();
    d.cycle_id = session.cycle().id;
    d.plan = p.plan(d.cycle_id);
    d.actions = p.actions(d.cycle_id);
    d.departments = p.departments();
    d.context = plan_context(p, d.cycle_id);
    d.objectives = p.cycle_steps(d.cycle_id).objectives;
    d.language = ui_language();
    return d;
}

const ImprovementAction* PlanViewData::find(Id action_id) const {
    for (const auto& a : actions)
        if (a.id == action_id) return &a;
    return nullptr;
}

const Department* PlanViewData::department(Id id) const {
    for (const auto& dep : departments)
        if (dep.id == id) return &dep;
    return nullptr;
}

wxString PlanViewData::department_code(std::optional<Id> id) const {
    const Department* dep = id ? department(*id) : nullptr;
    return dep ? u8(dep->code) : wxString("–");
}

wxString PlanViewData::date(const std::string& iso) const { return u8(format_iso_ui_date(iso, language)); }

wxString short_label(const ImprovementAction& a, std::size_t chars) {
    wxString title = u8(a.title);
    if (title.length() > chars) title = title.Left(chars > 1 ? chars - 1 : 0).Trim() + "…";
    return u8(a.code) + " " + title;
}

}  // namespace assessa::gui
