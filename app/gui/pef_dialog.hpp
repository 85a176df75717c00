#pragma once

#include "app/gui/workspace_host.hpp"
#include "exports/report/report_options.hpp"
#include "model/pef_check.hpp"

#include <wx/dialog.h>

#include <functional>

class wxButton;
class wxListView;
class wxStaticText;

namespace assessa::gui {

// The External Feedback self-check of the session's cycle (model/pef_check): every item by
// pillar and step with its judgement in colour, and the reason and evidence of the item chosen.
// It says plainly that it prepares for the External Feedback and does not replace it. Two
// buttons write the evidence pack and the progress report as PDF.
class PefDialog : public wxDialog {
public:
    PefDialog(wxWindow* parent, WorkspaceHost& host);

    const PefCheck& check() const { return check_; }
    wxListView* items() { return items_; }
    wxStaticText* reason() { return reason_; }
    wxListView* evidence() { return evidence_; }
    wxStaticText* result() { return result_; }
    wxButton* pack_button() { return pack_; }
    wxButton* progress_button() { return progress_; }
    void select(long row);

    // Asks where to write a PDF (empty: cancelled); the GUI tests replace it.
    std::function<wxString(const wxString& title, const wxString& suggested)> choose_path;
    // What the two buttons do: true when the PDF was written (the outcome is shown in result()).
    bool write_pack();
    bool write_progress();

private:
    bool write(const wxString& title, const wxString& suggested,
               const std::function<void(const ReportOptions&, const std::string&)>& writer);
    void fit();

    WorkspaceHost& host_;
    PefCheck check_;
    wxListView* items_ = nullptr;
    wxStaticText* reason_ = nullptr;
    wxListView* evidence_ = nullptr;
    wxStaticText* result_ = nullptr;
    wxButton* pack_ = nullptr;
    wxButton* progress_ = nullptr;
};

}  // namespace assessa::gui
