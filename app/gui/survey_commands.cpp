#include "app/gui/survey_commands.hpp"

#include "app/gui/main_frame.hpp"
#include "app/gui/project_session.hpp"
#include "app/gui/survey_import_dialog.hpp"
#include "app/gui/wx_text.hpp"
#include "model/survey_evidence.hpp"

#include <wx/choicdlg.h>
#include <wx/log.h>
#include <wx/menu.h>

namespace assessa::gui {

void append_survey_items(wxMenu* edit) {
    edit->AppendSeparator();
    edit->Append(id_survey_import, _("Import &survey responses…"));
    edit->Append(id_survey_remove, _("Remove a s&urvey…"));
}

void bind_survey_commands(MainFrame& frame) {
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_survey_import(frame); }, id_survey_import);
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { run_survey_remove(frame); }, id_survey_remove);
    frame.Bind(wxEVT_UPDATE_UI, [&frame](wxUpdateUIEvent& e) {
        e.Enable(frame.has_project() && frame.session().access().editable());
    }, id_survey_import, id_survey_remove);
}

void run_survey_import(MainFrame& frame, const std::string& csv_path) {
    if (!frame.has_project()) return;
    ProjectSession& s = frame.session();
    const auto library = QuestionnaireLibrary::load_default();
    if (!library.problems().empty())
        frame.SetStatusText(wxString::Format(wxPLURAL("%zu questionnaire file could not be read (see the terminal)",
                                                      "%zu questionnaire files could not be read (see the terminal)",
                                                      library.problems().size()),
                                             library.problems().size()),
                            0);
    for (const auto& d : library.problems()) wxLogWarning("%s", u8(d.to_string()));
    SurveyImportDialog dlg(&frame, library, s.cycle().id, s.language(), csv_path);
    if (dlg.ShowModal() != wxID_OK || !dlg.survey()) return;
    const Survey survey = *dlg.survey();
    const auto q = library.find(survey.questionnaire_id);
    if (!frame.perform(edit_add_survey(survey))) return;
    frame.SetStatusText(wxString::Format(wxPLURAL("Survey imported: %zu response", "Survey imported: %zu responses",
                                                  survey.responses.size()),
                                         survey.responses.size()),
                        0);
    if (q && q->framework == s.framework().id() && s.framework().find(q->evidence_for))
        frame.show_node(q->evidence_for);
}

void run_survey_remove(MainFrame& frame) {
    if (!frame.has_project()) return;
    ProjectSession& s = frame.session();
    std::vector<Survey> surveys;
    for (auto& survey : s.project().surveys())
        if (survey.cycle_id == s.cycle().id) surveys.push_back(std::move(survey));
    if (surveys.empty()) {
        frame.prompts().error(wxString::Format(_("Cycle %s has no survey."), u8(s.cycle().label)));
        return;
    }
    wxArrayString names;
    for (const auto& survey : surveys)
        names.Add(wxString::Format(wxPLURAL("%s (%s, %zu response)", "%s (%s, %zu responses)", survey.responses.size()),
                                   u8(survey.title), u8(survey.conducted_on), survey.responses.size()));
    wxSingleChoiceDialog choose(&frame, _("Which survey should be removed? Undo brings it back."), _("Remove a survey"),
                                names);
    if (choose.ShowModal() != wxID_OK) return;
    const Id id = surveys[static_cast<std::size_t>(choose.GetSelection())].id;
    if (frame.perform(edit_remove_survey(s.project(), id))) {
        frame.SetStatusText(_("Survey removed"), 0);
        frame.show_node(s.node());
    }
}

}  // namespace assessa::gui
