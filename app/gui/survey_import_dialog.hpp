#pragma once

#include "exports/survey_import.hpp"
#include "frameworks/questionnaire_loader.hpp"

#include <wx/dialog.h>

#include <vector>

class wxButton;
class wxChoice;
class wxFlexGridSizer;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace assessa::gui {

class DateEntry;

// "Import survey responses…": the CSV file, its questionnaire, encoding and separator, the
// survey's title and date, and which column holds which item (suggested from the header, each
// changeable). Below, what the import would do: the number of responses, or every problem with
// its line. Import is enabled only when the whole file is usable.
class SurveyImportDialog : public wxDialog {
public:
    SurveyImportDialog(wxWindow* parent, const QuestionnaireLibrary& library, Id cycle_id, const std::string& language,
                       const std::string& csv_path = {});

    // The survey to add; set while Import is enabled.
    const std::optional<Survey>& survey() const { return preview_.survey; }
    const SurveyImportPreview& preview() const { return preview_; }

    void set_file(const std::string& path);
    wxChoice* questionnaire_choice() { return questionnaire_; }
    wxChoice* encoding_choice() { return encoding_; }
    wxChoice* separator_choice() { return separator_; }
    wxTextCtrl* title() { return title_; }
    wxTextCtrl* problems() { return problems_; }
    wxButton* import_button() { return import_; }
    // The mapping chooser of the CSV column at `index` (0-based), null beyond the header.
    wxChoice* column_choice(std::size_t index);

private:
    void choose_file();
    void rebuild_mapping();  // the file or questionnaire changed: the suggestion again
    void update();           // anything else changed: the preview again
    SurveyImportRequest request() const;
    SurveyMapping mapping_from_choices() const;
    std::shared_ptr<const Questionnaire> questionnaire() const;

    const QuestionnaireLibrary& library_;
    Id cycle_id_;
    std::string language_;
    std::string path_;
    SurveyImportPreview preview_;
    bool title_edited_ = false;

    wxTextCtrl* file_ = nullptr;
    wxChoice* questionnaire_ = nullptr;
    wxChoice* encoding_ = nullptr;
    wxChoice* separator_ = nullptr;
    wxTextCtrl* title_ = nullptr;
    DateEntry* date_ = nullptr;
    wxScrolledWindow* mapping_area_ = nullptr;
    wxFlexGridSizer* mapping_grid_ = nullptr;
    std::vector<wxChoice*> column_choices_;
    std::vector<std::string> headers_;
    wxTextCtrl* problems_ = nullptr;
    wxButton* import_ = nullptr;
};

}  // namespace assessa::gui
