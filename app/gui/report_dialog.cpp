#include "app/gui/report_dialog.hpp"
#include "app/gui/projector_font.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/wx_text.hpp"
#include <cctype>

#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/progdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <memory>

namespace assessa::gui {

namespace {

// Each language by its own name, as people look for it.
wxString language_name(const std::string& lang) {
    if (lang == "lt") return wxString::FromUTF8("Lietuvių");
    if (lang == "zh") return wxString::FromUTF8("中文（简体）");
    return "English";
}

// A file name from free text: letters and digits kept, anything else one dash.
std::string file_part(const std::string& text) {
    std::string out;
    for (unsigned char ch : text) {
        const bool keep = std::isalnum(ch) || ch >= 0x80;
        if (keep) out += static_cast<char>(ch);
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

}  // namespace

const std::vector<std::string>& report_languages() {
    static const std::vector<std::string> langs{"en", "lt", "zh"};
    return langs;
}

wxString write_report(const Project& project, const ReportChoice& choice, wxWindow* parent, bool show_progress) {
    ReportOptions options = choice.options;
    std::unique_ptr<wxProgressDialog> progress;
    if (show_progress) {
        progress = std::make_unique<wxProgressDialog>(
            choice.kind == ReportKind::assessment ? _("Self-assessment report") : _("Improvement plan"),
            wxString::Format(_("Writing %s…"), u8(choice.path)), 100, parent, wxPD_APP_MODAL | wxPD_AUTO_HIDE);
        options.progress = [&](int percent) { progress->Update(std::clamp(percent, 0, 100)); };
    }
    try {
        if (choice.kind == ReportKind::assessment) write_assessment_report(project, options, choice.path);
        else write_plan_report(project, options, choice.path);
    } catch (const std::exception& e) {
        progress.reset();
        return wxString::Format(_("The report %s could not be written:\n%s"), u8(choice.path), u8(e.what()));
    }
    return {};
}

ReportDialog::ReportDialog(wxWindow* parent, const ProjectSession& session, ReportKind kind)
    : wxDialog(parent, wxID_ANY,
               kind == ReportKind::assessment ? _("Generate self-assessment report") : _("Generate improvement plan"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      kind_(kind) {
    use_projector_font(this);
    const Project& project = session.project();
    folder_ = utf8(wxFileName(u8(project.path())).GetPath());
    organisation_ = project.organisation().name;

    auto* page = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        kind == ReportKind::assessment
            ? _("The report sets out the consensus of the self-assessment group: scores, strengths, areas for "
                "improvement and the ISO 9001 view. Its language is independent of the program's.")
            : _("The plan lists the improvement actions by priority, department and quarter, with the Gantt "
                "timeline. Its language is independent of the program's."));
    intro->Wrap(FromDIP(640));
    page->Add(intro, 0, wxALL, FromDIP(12));
    const Coverage agreed = summarize(project, session.cycle().id).consensus.overall_coverage;
    if (agreed.partial()) {
        warning_ = new wxStaticText(
            this, wxID_ANY,
            wxString::Format(wxPLURAL("The consensus covers only %zu of %zu subcriterion so far: the report will say "
                                      "that its scores are partial.",
                                      "The consensus covers only %zu of %zu subcriteria so far: the report will say "
                                      "that its scores are partial.",
                                      agreed.total),
                             agreed.scored, agreed.total));
        warning_->SetForegroundColour(wxColour(170, 0, 0));
        warning_->Wrap(FromDIP(640));
        page->Add(warning_, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    }

    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };

    label(_("Language:"));
    language_ = new wxChoice(this, wxID_ANY);
    for (const auto& lang : report_languages()) language_->Append(language_name(lang));
    const auto& langs = report_languages();
    const auto preferred = std::find(langs.begin(), langs.end(), session.language());
    language_->SetSelection(preferred == langs.end() ? 0 : static_cast<int>(preferred - langs.begin()));
    grid->Add(language_, 0, wxEXPAND);

    label(_("Cycle:"));
    cycle_ = new wxChoice(this, wxID_ANY);
    for (const auto& c : project.cycles()) {
        cycle_labels_.push_back(c.label);
        cycle_->Append(u8(c.label));
        if (c.id == session.cycle().id) cycle_->SetSelection(cycle_->GetCount() - 1);
    }
    grid->Add(cycle_, 0, wxEXPAND);

    label(_("Report date:"));
    date_ = new DateEntry(this, utf8(wxDateTime::Today().FormatISODate()));
    grid->Add(date_, 0);

    label(_("Save as:"));
    file_ = new wxFilePickerCtrl(this, wxID_ANY, "", _("Save the report as"), _("PDF documents (*.pdf)|*.pdf"),
                                 wxDefaultPosition, FromDIP(wxSize(560, -1)),
                                 wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);
    grid->Add(file_, 1, wxEXPAND);
    page->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Generate"));
    page->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(page);
    SetMinSize(GetSize());

    update_path();
    language_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_path(); });
    cycle_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_path(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) {
        if (file_->GetPath().Trim().empty()) {
            file_->SetFocus();
            return;  // nowhere to write yet
        }
        if (!date_->date()) {
            date_->SetFocus();
            return;  // the field shows why its text is not a date
        }
        e.Skip();
    }, wxID_OK);
}

std::string ReportDialog::suggested_path() const {
    const int c = cycle_->GetSelection();
    const std::string cycle = c >= 0 ? cycle_labels_[static_cast<std::size_t>(c)] : std::string();
    const std::string lang = report_languages()[static_cast<std::size_t>(std::max(0, language_->GetSelection()))];
    const std::string what = kind_ == ReportKind::assessment ? "self-assessment" : "improvement-plan";
    std::string name = file_part(organisation_);
    if (!name.empty()) name += '-';
    name += what;
    if (!cycle.empty()) name.append(1, '-').append(file_part(cycle));
    name.append(1, '-').append(lang).append(".pdf");
    return folder_.empty() ? name : folder_ + "/" + name;
}

void ReportDialog::update_path() {
    // The suggestion follows language and cycle until the user types a path of their own.
    const std::string now = utf8(file_->GetPath());
    if (!now.empty() && now != last_suggestion_) return;
    last_suggestion_ = suggested_path();
    file_->SetPath(u8(last_suggestion_));
}

ReportChoice ReportDialog::choice() const {
    ReportChoice c;
    c.kind = kind_;
    c.options.language = report_languages()[static_cast<std::size_t>(std::max(0, language_->GetSelection()))];
    const int cycle = cycle_->GetSelection();
    if (cycle >= 0) c.options.cycle_label = cycle_labels_[static_cast<std::size_t>(cycle)];
    c.options.date = date_->iso();
    c.path = utf8(file_->GetPath().Trim().Trim(false));
    if (!c.path.empty() && !wxFileName(u8(c.path)).HasExt()) c.path += ".pdf";
    return c;
}

}  // namespace assessa::gui
