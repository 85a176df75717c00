#include "app/gui/survey_evidence_box.hpp"

#include "app/gui/project_session.hpp"
#include "app/gui/workspace_host.hpp"
#include "app/gui/wx_text.hpp"
#include "model/number_format.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include <cmath>
#include <memory>

namespace assessa::gui {

wxSizer* make_survey_evidence_box(wxWindow* parent, WorkspaceHost& host, const std::string& node_code, int wrap,
                                   bool read_only, std::function<void(const SurveyEvidence&, const std::string& item_id)> raise) {
    ProjectSession& s = host.session();
    auto all = std::make_shared<std::vector<SurveyEvidence>>(survey_evidence(s.project(), s.cycle().id));
    const auto found = evidence_for_node(*all, s.framework().id(), node_code);
    if (found.empty()) return nullptr;
    const std::string& lang = s.language();

    wxWindow* const panel = parent;
    auto* box = new wxStaticBoxSizer(wxVERTICAL, parent, _("Evidence from surveys"));
    wxWindow* inside = box->GetStaticBox();
    const int text_width = std::max(panel->FromDIP(200), wrap - panel->FromDIP(60));
    for (const SurveyEvidence* e : found) {
        wxString line = wxString::Format(_("%s: satisfaction index %s, %d respondents"), u8(e->survey.title),
                                         u8(format_score(e->statistics.index, lang)), e->statistics.respondents);
        if (e->trend.change)
            line += " " + wxString::Format(_("(%s since the previous survey)"), u8(format_delta(e->trend.change, lang)));
        auto* summary = new wxStaticText(inside, wxID_ANY, "");
        summary->SetFont(summary->GetFont().Bold());
        set_wrapped(summary, line, text_width);
        fit_label(summary);
        box->Add(summary, 0, wxALL, panel->FromDIP(4));
        const auto weakest = weakest_items(e->statistics, survey_weak_items_shown);
        if (weakest.empty()) continue;
        box->Add(new wxStaticText(inside, wxID_ANY, _("Weakest items:")), 0, wxLEFT | wxRIGHT, panel->FromDIP(4));
        for (const ItemStatistics& w : weakest) {
            const QuestionnaireItem* item = e->questionnaire->item(w.item_id);
            const wxString text = wxString::Format(
                _("%s: %s of 100, %s satisfied (n = %d)"), item ? u8(item->text.get(lang)) : u8(w.item_id),
                u8(format_score(w.score, lang)),
                u8(format_percent(static_cast<int>(std::lround(w.percent_satisfied)), lang)), w.answer.n);
            auto* row = new wxBoxSizer(wxHORIZONTAL);
            auto* label = new wxStaticText(inside, wxID_ANY, "");
            auto* button = new wxButton(inside, wxID_ANY, _("Raise as area for improvement"));
            set_wrapped(label, "\u2022 " + text, std::max(panel->FromDIP(150), text_width - button->GetBestSize().x -
                                                                                  panel->FromDIP(12)));
            fit_label(label);
            row->Add(label, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, panel->FromDIP(8));
            button->Enable(!read_only);
            button->SetToolTip(_("Adds the item's result as an area for improvement of this subcriterion"));
            const std::string item_id = w.item_id;
            button->Bind(wxEVT_BUTTON, [all, e, item_id, raise](wxCommandEvent&) { raise(*e, item_id); });
            row->Add(button, 0, wxALIGN_CENTER_VERTICAL);
            box->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, panel->FromDIP(4));
        }
    }
    box->AddSpacer(panel->FromDIP(6));  // GTK measures a static box's frame a few pixels taller than the sizer
    return box;
}

}  // namespace assessa::gui
