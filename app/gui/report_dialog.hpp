#pragma once

#include "app/gui/project_session.hpp"
#include "exports/report/report_options.hpp"

#include <wx/dialog.h>

#include <string>

class wxChoice;
class wxFilePickerCtrl;
class wxStaticText;

namespace assessa::gui {

class DateEntry;
class MainFrame;

enum class ReportKind { assessment, plan };

// What the report dialog asks for.
struct ReportChoice {
    ReportKind kind = ReportKind::assessment;
    ReportOptions options;  // language, cycle label, date (no progress callback)
    std::string path;       // the PDF to write
};

// Writes the PDF, with a progress dialog over `parent` when `show_progress`. Returns an empty
// string, or a complete message for the user that names the file. Nothing is left at `path`
// when writing fails.
wxString write_report(const Project& project, const ReportChoice& choice, wxWindow* parent, bool show_progress);

// The language, cycle, date and file of a report.
class ReportDialog : public wxDialog {
public:
    ReportDialog(wxWindow* parent, const ProjectSession& session, ReportKind kind);

    ReportChoice choice() const;

    wxChoice* language() { return language_; }
    wxChoice* cycle() { return cycle_; }
    DateEntry* date() { return date_; }
    wxFilePickerCtrl* file() { return file_; }
    // The notice that the consensus is incomplete; nullptr when it is complete.
    wxStaticText* warning() { return warning_; }

private:
    std::string suggested_path() const;
    void update_path();

    ReportKind kind_;
    std::string folder_;
    std::string organisation_;
    std::vector<std::string> cycle_labels_;
    std::string last_suggestion_;
    wxChoice* language_ = nullptr;
    wxChoice* cycle_ = nullptr;
    DateEntry* date_ = nullptr;
    wxFilePickerCtrl* file_ = nullptr;
    wxStaticText* warning_ = nullptr;
};

// The report languages, in the order the dialog offers them.
const std::vector<std::string>& report_languages();

}  // namespace assessa::gui
