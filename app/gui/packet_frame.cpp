#include "app/gui/packet_frame.hpp"
#include "app/gui/packet_page.hpp"
#include "app/gui/status_fit.hpp"
#include "app/gui/wheel_guard.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/wrapping_text.hpp"
#include "app/gui/tree_label.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/wx_text.hpp"
#include "model/scoring.hpp"

#include <wx/aboutdlg.h>
#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/gauge.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

namespace assessa::gui {

namespace {

enum PacketFrameId {
    id_finish = wxID_HIGHEST + 310,
    id_reopen,
    id_packet_copy,
};

class CodeData : public wxTreeItemData {
public:
    explicit CodeData(std::string c) : code(std::move(c)) {}
    std::string code;
};

wxString packet_filter() { return _("Assessa packets (*.assessa-packet)|*.assessa-packet"); }

wxString with_packet_extension(wxString path) {
    if (!path.Lower().EndsWith(packet_extension)) path += packet_extension;
    return path;
}

}  // namespace

bool is_packet_path(const std::string& path) { return u8(path).Lower().EndsWith(packet_extension); }

wxString open_file_filter() {
    return _("Projects and packets (*.assessa, *.assessa-packet)|*.assessa;*.assessa-packet|"
             "Assessa projects (*.assessa)|*.assessa|Assessa packets (*.assessa-packet)|*.assessa-packet|"
             "All files (*)|*");
}

PacketFrame* open_packet_frame(const std::string& path, const std::function<void(const wxString&)>& error) {
    std::unique_ptr<PacketWorkspace> ws;
    try {
        ws = PacketWorkspace::open(path);
    } catch (const std::exception& e) {
        error(u8(e.what()));
        return nullptr;
    }
    auto* frame = new PacketFrame(std::move(ws));
    show_within_work_area(frame);
    return frame;
}

PacketFrame::PacketFrame(std::unique_ptr<PacketWorkspace> workspace)
    : wxFrame(nullptr, wxID_ANY, "", wxDefaultPosition, wxSize(1280, 800)), ws_(std::move(workspace)) {
    place_on_display(this, wxRect(-1, -1, 1280, 800));
    SetIcons(wxArtProvider::GetIconBundle(wxART_HELP_BOOK, wxART_FRAME_ICON));
    prompts_.error = [this](const wxString& m) { wxMessageBox(m, _("Assessa"), wxOK | wxICON_ERROR, this); };
    prompts_.yes_no = [this](const wxString& q) {
        return wxMessageBox(q, _("Assessa"), wxYES_NO | wxICON_QUESTION, this) == wxYES;
    };
    prompts_.choose_return_path = [this](const wxString& name) {
        wxFileDialog dlg(this, _("Save the finished packet for your facilitator"), "", name, packet_filter(),
                         wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        return dlg.ShowModal() == wxID_OK ? with_packet_extension(dlg.GetPath()) : wxString();
    };
    const PacketHeader& h = ws_->header();
    lang_ = h.language;
    SetTitle(wxString::Format(_("%s – individual assessment – Assessa"), u8(h.member_name)));
    build_menus();
    CreateStatusBar(2);
    keep_status_fields_fitted(this);
    install_wheel_guard();

    auto* top = new wxPanel(this);
    auto* head = new wxBoxSizer(wxHORIZONTAL);
    auto* who = new wxBoxSizer(wxVERTICAL);
    // The organisation's and the member's names make these lines as long as they are: they wrap
    // to the room left beside the progress, down to a 1024-pixel screen.
    auto* heading = new WrappingText(top, "", FromDIP(200));
    heading->SetFont(heading->GetFont().Scaled(1.3f).Bold());
    heading->set_text(wxString::Format(_("Individual assessment of %s"), u8(h.member_name)));
    who->Add(heading, 0, wxEXPAND);
    wxString method = u8(h.method_id);
    for (const auto& m : ws_->framework().methods())
        if (m.id == h.method_id) method = u8(m.title.get(lang_));
    who->Add(new WrappingText(top,
                              wxString::Format(_("%s · self-assessment %s · %s · %s"), u8(h.organisation),
                                               u8(h.cycle_label), u8(ws_->framework().title().get(lang_)), method),
                              FromDIP(200)),
             0, wxEXPAND | wxTOP, FromDIP(2));
    state_ = new WrappingText(top, "", FromDIP(200));
    who->Add(state_, 0, wxEXPAND | wxTOP, FromDIP(4));
    head->Add(who, 1, wxALL, FromDIP(8));

    auto* right = new wxBoxSizer(wxVERTICAL);
    progress_ = new wxStaticText(top, wxID_ANY, "");
    right->Add(progress_, 0, wxBOTTOM, FromDIP(2));
    gauge_ = new wxGauge(top, wxID_ANY, 1, wxDefaultPosition, FromDIP(wxSize(240, 14)));
    right->Add(gauge_, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    finish_ = new wxButton(top, id_finish, _("Finish and return packet…"));
    reopen_ = new wxButton(top, id_reopen, _("Reopen for correction"));
    buttons->Add(finish_, 0, wxRIGHT, FromDIP(4));
    buttons->Add(reopen_);
    right->Add(buttons, 0, wxALIGN_RIGHT);
    head->Add(right, 0, wxALL | wxALIGN_CENTER_VERTICAL, FromDIP(8));
    top->SetSizer(head);

    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3D);
    splitter->SetMinimumPaneSize(FromDIP(200));
    tree_ = new wxTreeCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxTR_DEFAULT_STYLE | wxTR_HIDE_ROOT | wxTR_FULL_ROW_HIGHLIGHT | wxTR_SINGLE);
    tree_->SetName(_("Framework"));
    page_ = new PacketPage(splitter, *ws_, [this](const std::function<void()>& edit) { return apply(edit); });
    splitter->SplitVertically(tree_, page_, FromDIP(440));
    splitter->SetSashGravity(0.0);

    auto* box = new wxBoxSizer(wxVERTICAL);
    box->Add(top, 0, wxEXPAND);
    box->Add(splitter, 1, wxEXPAND);
    SetSizer(box);

    tree_->Bind(wxEVT_TREE_ITEM_GETTOOLTIP, [this](wxTreeEvent& e) {
        if (auto* data = dynamic_cast<CodeData*>(tree_->GetItemData(e.GetItem())))
            if (const Node* n = ws_->framework().find(data->code)) e.SetToolTip(label(*n).full());
    });
    // The labels are fitted to the tree's width.
    tree_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        CallAfter([this] { update_labels(); });
        e.Skip();
    });
    tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent& e) {
        if (filling_) return;
        auto* data = dynamic_cast<CodeData*>(tree_->GetItemData(e.GetItem()));
        if (data && ws_->panel_for(data->code)) show_node(data->code);
    });
    build_tree();
    update_state();
    std::string first;
    for (const Node& n : ws_->framework().nodes())
        if (first.empty() && ws_->panel_for(n.code)) first = n.code;
    show_node(first);
    tree_->SetFocus();
}

PacketFrame::~PacketFrame() = default;

void PacketFrame::build_menus() {
    auto* file = new wxMenu;
    file->Append(id_finish, _("&Finish and return packet…\tCtrl+Shift+F"));
    file->Append(id_reopen, _("&Reopen for correction"));
    file->Append(id_packet_copy, _("Save a &copy as…\tCtrl+Shift+S"));
    file->AppendSeparator();
    file->Append(wxID_CLOSE, _("&Close\tCtrl+W"));
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT);
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { choose_and_return(); }, id_finish);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_and_return(); }, id_finish);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { reopen(); }, id_reopen);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reopen(); }, id_reopen);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { save_copy(); }, id_packet_copy);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        wxAboutDialogInfo info;
        info.SetName("Assessa");
        info.SetDescription(_("Your individual assessment for the self-assessment group. Every change is saved "
                              "in the packet file at once; when you are done, finish the packet and send the "
                              "file back to your facilitator."));
        wxAboutBox(info, this);
    }, wxID_ABOUT);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(ws_->finished()); }, id_reopen);
}

bool PacketFrame::apply(const std::function<void()>& edit) {
    try {
        edit();
    } catch (const std::exception& e) {  // InvalidEdit (refused) or PacketError (not written)
        prompts_.error(u8(e.what()));
        return false;
    }
    update_labels();
    update_state();
    SetStatusText(_("Saved"), 0);
    return true;
}

PacketFrame::Label PacketFrame::label(const Node& n) const {
    Label out{u8(n.code) + "  ", u8(n.title.get(lang_)), ""};
    wxString& text = out.state;
    if (const Panel* p = ws_->panel_for(n.code)) {
        const Rating r = ws_->rating(n.code);
        const wxString state =
            r.no_opinion ? _("no opinion") : phases_complete(*p, r.scores) ? _("✓ scored") : _("open");
        text += "   [" + state + "]";
    } else if (!n.children.empty()) {
        std::size_t done = 0, total = 0;
        for (std::size_t c : n.children) {
            const Node& child = ws_->framework().nodes()[c];
            const Panel* p = ws_->panel_for(child.code);
            if (!p) continue;
            ++total;
            const Rating r = ws_->rating(child.code);
            if (r.no_opinion || phases_complete(*p, r.scores)) ++done;
        }
        if (total > 0) text += wxString::Format("   [%zu/%zu]", done, total);
    }
    return out;
}

void PacketFrame::build_tree() {
    const Framework& fw = ws_->framework();
    filling_ = true;
    tree_->Freeze();
    tree_->DeleteAllItems();
    items_.clear();
    const wxTreeItemId root = tree_->AddRoot("");
    for (std::size_t r : fw.roots()) {
        const Node& top = fw.nodes()[r];
        const wxTreeItemId t = tree_->AppendItem(root, label(top).full(), -1, -1, new CodeData(top.code));
        tree_->SetItemBold(t);
        items_[top.code] = t;
        for (std::size_t c : top.children) {
            const Node& child = fw.nodes()[c];
            items_[child.code] = tree_->AppendItem(t, label(child).full(), -1, -1, new CodeData(child.code));
        }
        tree_->Expand(t);
    }
    tree_->Thaw();
    filling_ = false;
    update_labels();
}

void PacketFrame::update_labels() {
    for (auto& [code, item] : items_)
        if (const Node* n = ws_->framework().find(code)) {
            const Label l = label(*n);
            const wxString text = fit_tree_label(tree_, item, l.code, l.title, l.state);
            if (tree_->GetItemText(item) != text) tree_->SetItemText(item, text);
        }
}

void PacketFrame::update_state() {
    const auto p = ws_->progress();
    progress_->SetLabel(wxString::Format(_("%zu of %zu subcriteria completed"), p.completed, p.total));
    gauge_->SetRange(static_cast<int>(std::max<std::size_t>(1, p.total)));
    gauge_->SetValue(static_cast<int>(p.completed));
    const PacketHeader& h = ws_->header();
    const std::string lang = ui_language();
    if (ws_->finished()) {
        state_->set_text(wxString::Format(_("Finished on %s. Send the packet file to your facilitator; to correct "
                                            "something, reopen it first."),
                                          format_timestamp(h.finished_at, lang)));
    } else {
        state_->set_text(_("Every change is saved in the packet file at once. When you are done, choose "
                           "\"Finish and return packet…\"."));
    }
    finish_->SetLabel(ws_->finished() ? _("Save the finished packet again…") : _("Finish and return packet…"));
    reopen_->Enable(ws_->finished());
    SetStatusText(wxString::Format(_("Revision %lld · %s"), static_cast<long long>(h.revision), u8(ws_->path())), 1);
    if (wxWindow* top = state_->GetParent()) top->Layout();
    Layout();
}

void PacketFrame::show_node(const std::string& code) {
    if (auto it = items_.find(code); it != items_.end() && tree_->GetSelection() != it->second) {
        filling_ = true;
        tree_->SelectItem(it->second);
        tree_->EnsureVisible(it->second);
        filling_ = false;
    }
    page_->show(code);
}

void PacketFrame::choose_and_return() {
    if (!ws_->finished()) {
        const PacketWorkspace::Unfinished u = ws_->unfinished();
        if (!u.empty()) {
            auto codes = [](const std::vector<std::string>& list) {
                wxString out;
                for (const auto& c : list) out += (out.empty() ? "" : ", ") + u8(c);
                return out;
            };
            wxString question;
            if (!u.open.empty()) question += wxString::Format(_("Not scored yet: %s."), codes(u.open)) + "\n";
            if (!u.half_scored.empty())
                question += wxString::Format(_("Scored in part (some phases empty): %s."), codes(u.half_scored)) + "\n";
            question += "\n" + _("Finish the packet anyway? Your facilitator receives it as it is.");
            if (prompts_.yes_no && !prompts_.yes_no(question)) return;
        }
    }
    const wxString target = prompts_.choose_return_path(u8(PacketWorkspace::returned_name(utf8(wxFileName(u8(ws_->path())).GetFullName()))));
    if (target.empty()) return;
    finish_and_return(utf8(target));
}

bool PacketFrame::finish_and_return(const std::string& target) {
    bool ok = true;
    try {
        if (!ws_->finished()) ws_->finish();
        if (!target.empty() && !wxFileName(u8(target)).SameAs(wxFileName(u8(ws_->path())))) ws_->save_copy(target);
    } catch (const std::exception& e) {
        prompts_.error(u8(e.what()));
        ok = false;
    }
    page_->show(page_->node());
    update_labels();
    update_state();
    if (ok)
        SetStatusText(wxString::Format(_("Finished. Send %s to your facilitator."),
                                       target.empty() ? u8(ws_->path()) : u8(target)),
                      0);
    return ok;
}

bool PacketFrame::reopen() {
    if (!ws_->finished()) return true;
    const bool ok = apply([this] { ws_->reopen(); });
    page_->show(page_->node());
    update_state();
    if (ok) SetStatusText(_("Reopened: correct what you need, then finish and return the packet again."), 0);
    return ok;
}

void PacketFrame::save_copy() {
    wxFileDialog dlg(this, _("Save a copy of the packet as"), "",
                     u8(PacketWorkspace::returned_name(utf8(wxFileName(u8(ws_->path())).GetFullName()))),
                     packet_filter(), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK) return;
    const wxString target = with_packet_extension(dlg.GetPath());
    try {
        ws_->save_copy(utf8(target));
        SetStatusText(wxString::Format(_("Copy saved as %s"), target), 0);
    } catch (const std::exception& e) {
        prompts_.error(u8(e.what()));
    }
}

}  // namespace assessa::gui
