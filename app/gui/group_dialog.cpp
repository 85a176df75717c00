#include "app/gui/group_dialog.hpp"
#include "app/gui/projector_font.hpp"
#include "app/gui/wx_text.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace assessa::gui {

namespace {

// A small form: one labelled text field or choice per row.
class Form : public wxDialog {
public:
    Form(wxWindow* parent, const wxString& title) : wxDialog(parent, wxID_ANY, title) {
        use_projector_font(this);
        grid_ = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
        grid_->AddGrowableCol(1, 1);
    }
    wxTextCtrl* text(const wxString& label, const std::string& value) {
        grid_->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* t = new wxTextCtrl(this, wxID_ANY, u8(value), wxDefaultPosition, FromDIP(wxSize(360, -1)));
        t->SetName(label);
        grid_->Add(t, 1, wxEXPAND);
        return t;
    }
    wxChoice* choice(const wxString& label, const wxArrayString& items, int selection) {
        grid_->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* c = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, items);
        c->SetName(label);
        c->SetSelection(selection);
        grid_->Add(c, 1, wxEXPAND);
        return c;
    }
    bool ask() {
        auto* box = new wxBoxSizer(wxVERTICAL);
        box->Add(grid_, 1, wxEXPAND | wxALL, FromDIP(12));
        box->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
        SetSizerAndFit(box);
        return ShowModal() == wxID_OK;
    }

private:
    wxFlexGridSizer* grid_;
};

const MemberRole roles[] = {MemberRole::facilitator, MemberRole::member, MemberRole::sponsor};

class GroupDialog : public wxDialog {
public:
    GroupDialog(wxWindow* parent, Project& project)
        : wxDialog(parent, wxID_ANY, _("Group and organisation"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
          p_(project) {
        use_projector_font(this);
        auto* book = new wxNotebook(this, wxID_ANY);
        book->AddPage(organisation_page(book), _("Organisation"));
        book->AddPage(list_page(book, departments_, {_("Code"), _("Department"), _("Head")},
                                [this] { edit_department(-1); }, [this](long i) { edit_department(i); },
                                [this](long i) { remove_department(i); }),
                      _("Departments"));
        book->AddPage(list_page(book, members_, {_("Name"), _("Role"), _("Department"), _("Contact")},
                                [this] { edit_member(-1); }, [this](long i) { edit_member(i); },
                                [this](long i) { remove_member(i); }),
                      _("Group members"));
        departments_->SetName(_("Departments"));
        members_->SetName(_("Group members"));
        auto* box = new wxBoxSizer(wxVERTICAL);
        box->Add(book, 1, wxEXPAND | wxALL, FromDIP(8));
        box->Add(CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, FromDIP(8));
        SetSizer(box);
        SetSize(FromDIP(wxSize(940, 520)));
        Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { close(); }, wxID_CLOSE);
        Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { close(); });
        fill();
    }
    bool changed = false;

private:
    void close() {
        save_organisation();
        if (IsModal()) EndModal(wxID_CLOSE);
        else Hide();
    }

    wxWindow* organisation_page(wxWindow* parent) {
        auto* page = new wxPanel(parent);
        auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
        grid->AddGrowableCol(1, 1);
        const OrganisationProfile o = p_.organisation();
        auto field = [&](const wxString& label, const std::string& value) {
            grid->Add(new wxStaticText(page, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
            auto* t = new wxTextCtrl(page, wxID_ANY, u8(value));
            t->SetName(label);
            grid->Add(t, 1, wxEXPAND);
            return t;
        };
        name_ = field(_("Organisation name:"), o.name);
        type_ = field(_("Type of organisation:"), o.type);
        address_ = field(_("Address:"), o.address);
        size_ = field(_("Size (e.g. 180 employees):"), o.size);
        period_ = field(_("Period assessed:"), o.period);
        auto* box = new wxBoxSizer(wxVERTICAL);
        box->Add(grid, 0, wxEXPAND | wxALL, FromDIP(12));
        page->SetSizer(box);
        return page;
    }

    wxWindow* list_page(wxWindow* parent, wxListView*& list, std::initializer_list<wxString> columns,
                        std::function<void()> add, std::function<void(long)> edit, std::function<void(long)> remove) {
        auto* page = new wxPanel(parent);
        list = new wxListView(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
        for (const auto& c : columns) list->AppendColumn(c, wxLIST_FORMAT_LEFT, FromDIP(180));
        auto* buttons = new wxBoxSizer(wxVERTICAL);
        auto* a = new wxButton(page, wxID_ADD, _("&Add…"));
        auto* e = new wxButton(page, wxID_EDIT, _("&Edit…"));
        auto* r = new wxButton(page, wxID_REMOVE, _("&Remove"));
        for (auto* b : {a, e, r}) buttons->Add(b, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
        wxListView* l = list;
        a->Bind(wxEVT_BUTTON, [add](wxCommandEvent&) { add(); });
        e->Bind(wxEVT_BUTTON, [l, edit](wxCommandEvent&) {
            if (l->GetFirstSelected() >= 0) edit(l->GetFirstSelected());
        });
        r->Bind(wxEVT_BUTTON, [l, remove](wxCommandEvent&) {
            if (l->GetFirstSelected() >= 0) remove(l->GetFirstSelected());
        });
        list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [edit](wxListEvent& ev) { edit(ev.GetIndex()); });
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(list, 1, wxEXPAND | wxALL, FromDIP(8));
        row->Add(buttons, 0, wxALL, FromDIP(8));
        page->SetSizer(row);
        return page;
    }

    void fill() {
        deps_ = p_.departments();
        mems_ = p_.members();
        departments_->DeleteAllItems();
        for (std::size_t i = 0; i < deps_.size(); ++i) {
            const long row = departments_->InsertItem(static_cast<long>(i), u8(deps_[i].code));
            departments_->SetItem(row, 1, u8(deps_[i].name));
            departments_->SetItem(row, 2, u8(deps_[i].head));
        }
        members_->DeleteAllItems();
        for (std::size_t i = 0; i < mems_.size(); ++i) {
            const Member& m = mems_[i];
            const long row = members_->InsertItem(static_cast<long>(i), u8(m.name));
            members_->SetItem(row, 1, u8(member_role_label(m.role)));
            for (const auto& d : deps_)
                if (m.department_id == d.id) members_->SetItem(row, 2, u8(d.code));
            members_->SetItem(row, 3, u8(m.contact));
        }
        fit_columns(departments_);
        fit_columns(members_);
    }

    // Each column as wide as its heading or its widest entry.
    static void fit_columns(wxListView* list) {
        for (int c = 0; c < list->GetColumnCount(); ++c) {
            list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
            const int header = list->GetColumnWidth(c);
            list->SetColumnWidth(c, wxLIST_AUTOSIZE);
            list->SetColumnWidth(c, std::max(header, list->GetColumnWidth(c)) + list->FromDIP(12));
        }
    }

    template <class F>
    void apply(F&& f) {
        try {
            f();
            changed = true;
        } catch (const std::exception& e) {
            wxMessageBox(u8(e.what()), _("Assessa"), wxOK | wxICON_ERROR, this);
        }
        fill();
    }

    void edit_department(long i) {
        Department d = i >= 0 ? deps_[static_cast<std::size_t>(i)] : Department{};
        Form f(this, i >= 0 ? _("Edit department") : _("Add department"));
        auto* code = f.text(_("Department code:"), d.code);
        auto* name = f.text(_("Department name:"), d.name);
        auto* head = f.text(_("Head of department:"), d.head);
        if (!f.ask()) return;
        d.code = utf8(code->GetValue());
        d.name = utf8(name->GetValue());
        d.head = utf8(head->GetValue());
        apply([&] { i >= 0 ? p_.update_department(d) : static_cast<void>(p_.add_department(d)); });
    }

    void remove_department(long i) {
        const Department& d = deps_[static_cast<std::size_t>(i)];
        if (wxMessageBox(wxString::Format(_("Remove the department %s? Its members keep no department."), u8(d.name)),
                         _("Assessa"), wxYES_NO | wxICON_QUESTION, this) == wxYES)
            apply([&] { p_.remove_department(d.id); });
    }

    void edit_member(long i) {
        Member m = i >= 0 ? mems_[static_cast<std::size_t>(i)] : Member{};
        Form f(this, i >= 0 ? _("Edit group member") : _("Add group member"));
        auto* name = f.text(_("Member name:"), m.name);
        wxArrayString role_names;
        int role_sel = 1;
        for (std::size_t r = 0; r < std::size(roles); ++r) {
            role_names.Add(u8(member_role_label(roles[r])));
            if (roles[r] == m.role) role_sel = static_cast<int>(r);
        }
        auto* role = f.choice(_("Role:"), role_names, role_sel);
        wxArrayString dep_names;
        dep_names.Add(_("(none)"));
        int dep_sel = 0;
        for (std::size_t d = 0; d < deps_.size(); ++d) {
            dep_names.Add(u8(deps_[d].code + " – " + deps_[d].name));
            if (m.department_id == deps_[d].id) dep_sel = static_cast<int>(d) + 1;
        }
        auto* dep = f.choice(_("Department:"), dep_names, dep_sel);
        auto* contact = f.text(_("Contact:"), m.contact);
        if (!f.ask()) return;
        m.name = utf8(name->GetValue());
        m.role = roles[role->GetSelection()];
        m.department_id = dep->GetSelection() > 0 ? std::optional<Id>(deps_[static_cast<std::size_t>(dep->GetSelection() - 1)].id)
                                                  : std::nullopt;
        m.contact = utf8(contact->GetValue());
        apply([&] { i >= 0 ? p_.update_member(m) : static_cast<void>(p_.add_member(m)); });
    }

    void remove_member(long i) {
        const Member& m = mems_[static_cast<std::size_t>(i)];
        if (wxMessageBox(wxString::Format(_("Remove %s from the group? Their scores and notes are deleted too, and "
                                            "this cannot be undone."),
                                          u8(m.name)),
                         _("Assessa"), wxYES_NO | wxICON_WARNING, this) == wxYES)
            apply([&] { p_.remove_member(m.id); });
    }

    void save_organisation() {
        OrganisationProfile o = p_.organisation();
        const OrganisationProfile before = o;
        o.name = utf8(name_->GetValue());
        o.type = utf8(type_->GetValue());
        o.address = utf8(address_->GetValue());
        o.size = utf8(size_->GetValue());
        o.period = utf8(period_->GetValue());
        if (!(o == before)) apply([&] { p_.set_organisation(o); });
    }

    Project& p_;
    wxTextCtrl *name_, *type_, *address_, *size_, *period_;
    wxListView* departments_ = nullptr;
    wxListView* members_ = nullptr;
    std::vector<Department> deps_;
    std::vector<Member> mems_;
};

}  // namespace

bool edit_group_dialog(wxWindow* parent, Project& project) {
    GroupDialog dlg(parent, project);
    dlg.ShowModal();
    return dlg.changed;
}

}  // namespace assessa::gui
