#include "app/gui/note_list.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/artprov.h>
#include <wx/bmpbuttn.h>
#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace assessa::gui {

NoteList::NoteList(wxWindow* parent, const wxString& title, Handlers handlers, int title_wrap)
    : wxPanel(parent, wxID_ANY), handlers_(std::move(handlers)) {
    auto* box = new wxBoxSizer(wxVERTICAL);
    auto* heading = make_heading(this, title);
    if (title_wrap > 0) {
        set_wrapped(heading, title, title_wrap);
        fit_label(heading);
    }
    box->Add(heading, 0, wxBOTTOM, FromDIP(2));

    list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                           wxLC_REPORT | wxLC_NO_HEADER | wxLC_SINGLE_SEL | wxLC_EDIT_LABELS);
    list_->AppendColumn(title);
    // Its best width follows its column, which follows its width: a minimum stops the growth.
    list_->SetMinSize(FromDIP(wxSize(150, 110)));
    list_->SetName(title);
    box->Add(list_, 1, wxEXPAND);

    // The field has a line of its own, as wide as the list, and never narrower than its hint.
    entry_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    const wxString hint = _("Type a new line and press Enter");
    entry_->SetHint(hint);
    entry_->SetMinSize(wxSize(entry_->GetTextExtent(hint).x + FromDIP(24), -1));
    box->Add(entry_, 0, wxEXPAND | wxTOP, FromDIP(2));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(this, wxID_ADD, _("Add"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    auto* edit = new wxBitmapButton(this, wxID_EDIT, wxArtProvider::GetBitmapBundle(wxART_EDIT, wxART_BUTTON));
    edit->SetToolTip(_("Edit the selected line (F2)"));
    auto* del = new wxBitmapButton(this, wxID_DELETE, wxArtProvider::GetBitmapBundle(wxART_DELETE, wxART_BUTTON));
    del->SetToolTip(_("Delete the selected line (Delete)"));
    auto* up = new wxBitmapButton(this, wxID_UP, wxArtProvider::GetBitmapBundle(wxART_GO_UP, wxART_BUTTON));
    up->SetToolTip(_("Move up (Alt+Up)"));
    auto* down = new wxBitmapButton(this, wxID_DOWN, wxArtProvider::GetBitmapBundle(wxART_GO_DOWN, wxART_BUTTON));
    down->SetToolTip(_("Move down (Alt+Down)"));
    for (wxWindow* b : std::initializer_list<wxWindow*>{add, edit, del, up, down}) {
        row->Add(b, 0, (b == add ? 0 : wxLEFT) | wxALIGN_CENTER_VERTICAL, FromDIP(2));
        editing_controls_.push_back(b);
    }
    editing_controls_.push_back(entry_);
    box->Add(row, 0, wxEXPAND | wxTOP, FromDIP(2));
    SetSizer(box);

    entry_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { add_typed(); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_typed(); });
    edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit_selected(); });
    del->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_selected(); });
    up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_selected(-1); });
    down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_selected(+1); });
    list_->Bind(wxEVT_LIST_END_LABEL_EDIT, &NoteList::end_edit, this);
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { edit_selected(); });
    list_->Bind(wxEVT_LIST_KEY_DOWN, [this](wxListEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE) remove_selected();
        else if (e.GetKeyCode() == WXK_F2) edit_selected();
        else e.Skip();
    });
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.AltDown() && e.GetKeyCode() == WXK_UP) move_selected(-1);
        else if (e.AltDown() && e.GetKeyCode() == WXK_DOWN) move_selected(+1);
        else e.Skip();
    });
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        list_->SetColumnWidth(0, std::max(50, list_->GetClientSize().x - 4));
        e.Skip();
    });
}

void NoteList::set_items(std::vector<Row> rows) {
    const long keep = selected();
    rows_ = std::move(rows);
    list_->Freeze();
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < rows_.size(); ++i) list_->InsertItem(static_cast<long>(i), u8(rows_[i].text));
    if (keep >= 0 && keep < list_->GetItemCount()) list_->Select(keep);
    list_->Thaw();
}

void NoteList::set_read_only(bool read_only) {
    for (wxWindow* w : editing_controls_) w->Enable(!read_only);
    list_->SetWindowStyleFlag(read_only ? (list_->GetWindowStyleFlag() & ~wxLC_EDIT_LABELS)
                                        : (list_->GetWindowStyleFlag() | wxLC_EDIT_LABELS));
}

long NoteList::selected() const { return list_->GetFirstSelected(); }

void NoteList::add_typed() {
    const std::string text = utf8(entry_->GetValue().Trim().Trim(false));
    if (text.empty()) return;
    entry_->Clear();
    handlers_.add(text);
}

void NoteList::remove_selected() {
    const long i = selected();
    if (i < 0) return;
    handlers_.remove(rows_[static_cast<std::size_t>(i)].id);
}

void NoteList::move_selected(int by) {
    const long i = selected();
    const long to = i + by;
    if (i < 0 || to < 0 || to >= static_cast<long>(rows_.size())) return;
    const Id id = rows_[static_cast<std::size_t>(i)].id;
    handlers_.move(id, static_cast<int>(to));
    list_->Select(to);
    list_->Focus(to);
}

void NoteList::edit_selected() {
    const long i = selected();
    if (i >= 0) list_->EditLabel(i);
}

void NoteList::end_edit(wxListEvent& e) {
    if (e.IsEditCancelled()) return;
    const long i = e.GetIndex();
    if (i < 0 || i >= static_cast<long>(rows_.size())) return;
    wxString label = e.GetLabel();
    const std::string text = utf8(label.Trim().Trim(false));
    e.Veto();  // the list is filled again from the project
    if (text.empty() || text == rows_[static_cast<std::size_t>(i)].text) return;
    const Id id = rows_[static_cast<std::size_t>(i)].id;
    CallAfter([this, id, text] { handlers_.update(id, text); });
}

}  // namespace assessa::gui
