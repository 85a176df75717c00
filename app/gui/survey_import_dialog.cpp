#include "app/gui/survey_import_dialog.hpp"

#include "app/gui/date_entry.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/wx_text.hpp"
#include "exports/survey_csv.hpp"
#include "model/calendar_date.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace assessa::gui {

namespace {

constexpr const char* encodings[] = {"utf-8", "windows-1257", "gb18030"};

// What a column chooser's entry means: entry 0 is "not used", then one per item, then, where
// the questionnaire asks it, one per item's importance.
SurveyColumn::Role role_of_entry(const Questionnaire& q, int entry) {
    return entry > static_cast<int>(q.items.size()) ? SurveyColumn::Role::importance : SurveyColumn::Role::answer;
}

const QuestionnaireItem& item_of_entry(const Questionnaire& q, int entry) {
    const auto n = static_cast<int>(q.items.size());
    return q.items[static_cast<std::size_t>((entry - 1) % n)];
}

int entry_of(const Questionnaire& q, const SurveyColumn& c) {
    for (std::size_t i = 0; i < q.items.size(); ++i)
        if (q.items[i].id == c.item_id)
            return static_cast<int>(i) + 1 +
                   (c.role == SurveyColumn::Role::importance ? static_cast<int>(q.items.size()) : 0);
    return 0;
}

}  // namespace

SurveyImportDialog::SurveyImportDialog(wxWindow* parent, const QuestionnaireLibrary& library, Id cycle_id,
                                       const std::string& language, const std::string& csv_path)
    : wxDialog(parent, wxID_ANY, _("Import survey responses"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      library_(library),
      cycle_id_(cycle_id),
      language_(language) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("A CSV file with one row per respondent and a header row, as online forms and spreadsheets export it. "
          "Nothing is imported while any row has a problem."));
    top->Add(intro, 0, wxALL | wxEXPAND, FromDIP(10));

    auto* form = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    form->AddGrowableCol(1, 1);
    auto* file_row = new wxBoxSizer(wxHORIZONTAL);
    file_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_READONLY);
    file_->SetName(_("Responses file:"));
    auto* browse = new wxButton(this, wxID_ANY, _("&Choose…"));
    file_row->Add(file_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    file_row->Add(browse, 0, wxALIGN_CENTER_VERTICAL);
    questionnaire_ = new wxChoice(this, wxID_ANY);
    for (const auto& q : library_.all()) questionnaire_->Append(u8(q->title.get(language_) + " (" + q->id + ")"));
    if (!library_.all().empty()) questionnaire_->SetSelection(0);
    questionnaire_->SetName(_("Questionnaire:"));
    encoding_ = new wxChoice(this, wxID_ANY);
    encoding_->Append(_("UTF-8"));
    encoding_->Append(_("Windows-1257 (Baltic)"));
    encoding_->Append(_("GB18030 (Chinese)"));
    encoding_->SetSelection(0);
    encoding_->SetName(_("Encoding:"));
    separator_ = new wxChoice(this, wxID_ANY);
    separator_->Append(_("Found from the header"));
    separator_->Append(_("Comma (,)"));
    separator_->Append(_("Semicolon (;)"));
    separator_->SetSelection(0);
    separator_->SetName(_("Separator:"));
    title_ = new wxTextCtrl(this, wxID_ANY);
    title_->SetName(_("Title:"));
    title_->SetMaxLength(200);
    date_ = new DateEntry(this, now_utc().substr(0, 10));
    date_->SetName(_("Survey closed on:"));
    for (auto [label, item] : {std::pair<wxString, wxObject*>{_("Responses file:"), file_row},
                               {_("Questionnaire:"), questionnaire_},
                               {_("Encoding:"), encoding_},
                               {_("Separator:"), separator_},
                               {_("Title:"), title_},
                               {_("Survey closed on:"), date_}}) {
        form->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        if (auto* sizer = dynamic_cast<wxSizer*>(item)) form->Add(sizer, 1, wxEXPAND);
        else form->Add(static_cast<wxWindow*>(item), 1, wxEXPAND);
    }
    top->Add(form, 0, wxLEFT | wxRIGHT | wxEXPAND, FromDIP(10));

    top->Add(new wxStaticText(this, wxID_ANY, _("Which column holds which item:")), 0, wxALL, FromDIP(10));
    mapping_area_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(620, 170)), wxVSCROLL);
    mapping_area_->SetScrollRate(0, FromDIP(12));
    mapping_grid_ = new wxFlexGridSizer(2, FromDIP(4), FromDIP(8));
    mapping_grid_->AddGrowableCol(1, 1);
    mapping_area_->SetSizer(mapping_grid_);
    top->Add(mapping_area_, 1, wxLEFT | wxRIGHT | wxEXPAND, FromDIP(10));

    top->Add(new wxStaticText(this, wxID_ANY, _("What the import would do:")), 0, wxALL, FromDIP(10));
    problems_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(620, 90)),
                               wxTE_MULTILINE | wxTE_READONLY);
    problems_->SetName(_("What the import would do:"));
    top->Add(problems_, 0, wxLEFT | wxRIGHT | wxEXPAND, FromDIP(10));

    auto* buttons = new wxStdDialogButtonSizer;
    import_ = new wxButton(this, wxID_OK, _("&Import"));
    import_->SetDefault();
    buttons->AddButton(import_);
    buttons->AddButton(new wxButton(this, wxID_CANCEL));
    buttons->Realize();
    top->Add(buttons, 0, wxALL | wxEXPAND, FromDIP(10));
    SetSizer(top);
    intro->Wrap(FromDIP(620));
    Fit();
    place_on_display(this, wxRect(-1, -1, GetSize().x, GetSize().y));

    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_file(); });
    questionnaire_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (!title_edited_) title_->ChangeValue(wxString());
        rebuild_mapping();
    });
    encoding_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { rebuild_mapping(); });
    separator_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { rebuild_mapping(); });
    title_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        title_edited_ = !title_->IsEmpty();
        update();
    });
    date_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update(); });
    if (!csv_path.empty()) set_file(csv_path);
    else update();
}

wxChoice* SurveyImportDialog::column_choice(std::size_t index) {
    return index < column_choices_.size() ? column_choices_[index] : nullptr;
}

std::shared_ptr<const Questionnaire> SurveyImportDialog::questionnaire() const {
    const int at = questionnaire_->GetSelection();
    if (at < 0 || static_cast<std::size_t>(at) >= library_.all().size()) return nullptr;
    return library_.all()[static_cast<std::size_t>(at)];
}

void SurveyImportDialog::choose_file() {
    wxFileDialog files(this, _("Choose the survey responses"), wxString(), wxString(),
                       _("CSV files (*.csv)|*.csv;*.CSV|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (files.ShowModal() == wxID_OK) set_file(utf8(files.GetPath()));
}

void SurveyImportDialog::set_file(const std::string& path) {
    path_ = path;
    file_->ChangeValue(u8(path));
    file_->SetInsertionPointEnd();
    rebuild_mapping();
}

SurveyImportRequest SurveyImportDialog::request() const {
    SurveyImportRequest r;
    r.csv_path = path_;
    r.questionnaire = questionnaire();
    r.encoding = encodings[std::max(0, encoding_->GetSelection())];
    r.separator = separator_->GetSelection() == 1 ? ',' : separator_->GetSelection() == 2 ? ';' : '\0';
    r.title = utf8(title_->GetValue().Strip(wxString::both));
    r.conducted_on = date_->iso();
    r.cycle_id = cycle_id_;
    r.language = language_;
    return r;
}

SurveyMapping SurveyImportDialog::mapping_from_choices() const {
    SurveyMapping m;
    const auto q = questionnaire();
    if (!q) return m;
    for (std::size_t i = 0; i < column_choices_.size(); ++i) {
        const int entry = column_choices_[i]->GetSelection();
        if (entry <= 0) continue;
        m.push_back({static_cast<int>(i), headers_[i], item_of_entry(*q, entry).id, role_of_entry(*q, entry)});
    }
    return m;
}

void SurveyImportDialog::rebuild_mapping() {
    mapping_grid_->Clear(true);
    column_choices_.clear();
    headers_.clear();
    const auto q = questionnaire();
    if (!path_.empty() && q) {
        // The suggestion comes from a preview without a mapping; the choices then hold it.
        preview_ = preview_survey_import(request());
        if (preview_.table) headers_ = preview_.table->header;
        wxArrayString entries;
        entries.Add(_("(not used)"));
        for (std::size_t i = 0; i < q->items.size(); ++i)
            entries.Add(wxString::Format("%zu. ", i + 1) + u8(q->items[i].text.get(language_)));
        if (q->importance == Questionnaire::Importance::asked)
            for (std::size_t i = 0; i < q->items.size(); ++i)
                entries.Add(wxString::Format(_("Importance of %zu. %s"), i + 1, u8(q->items[i].text.get(language_))));
        for (std::size_t i = 0; i < headers_.size(); ++i) {
            auto* label = new wxStaticText(mapping_area_, wxID_ANY, u8(headers_[i]), wxDefaultPosition, wxDefaultSize,
                                           wxST_ELLIPSIZE_END);
            label->SetToolTip(u8(headers_[i]));
            label->SetMaxSize(FromDIP(wxSize(240, -1)));
            auto* choice = new wxChoice(mapping_area_, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(340, -1)), entries);
            choice->SetName(u8(headers_[i]));
            choice->SetSelection(0);
            for (const auto& c : preview_.mapping)
                if (static_cast<std::size_t>(c.column) == i) choice->SetSelection(entry_of(*q, c));
            choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update(); });
            mapping_grid_->Add(label, 0, wxALIGN_CENTER_VERTICAL);
            mapping_grid_->Add(choice, 1, wxEXPAND);
            column_choices_.push_back(choice);
        }
    }
    mapping_area_->FitInside();
    mapping_area_->Layout();
    update();
}

void SurveyImportDialog::update() {
    const auto q = questionnaire();
    wxString text;
    if (library_.all().empty()) {
        text = _("No questionnaire is installed.");
        preview_ = {};
    } else if (path_.empty()) {
        text = _("Choose the file with the responses.");
        preview_ = {};
    } else if (!date_->date()) {
        text = date_->problem();
        preview_.survey.reset();
    } else {
        auto r = request();
        if (!column_choices_.empty()) r.mapping = mapping_from_choices();
        preview_ = preview_survey_import(r);
        if (preview_.survey) {
            text = wxString::Format(wxPLURAL("Ready: %zu response, %zu columns used.",
                                             "Ready: %zu responses, %zu columns used.", preview_.survey->responses.size()),
                                    preview_.survey->responses.size(), preview_.survey->mapping.size());
            if (!title_edited_) title_->ChangeValue(u8(preview_.survey->title));
        } else {
            for (const auto& d : preview_.errors) text += u8(d.to_string()) + "\n";
        }
    }
    problems_->ChangeValue(text);
    problems_->ShowPosition(0);
    import_->Enable(preview_.survey.has_value());
}

}  // namespace assessa::gui
