#include "app/gui/workshop/workshop_actions.hpp"

#include "app/gui/consensus_page.hpp"
#include "app/gui/main_frame.hpp"
#include "app/gui/meeting_view.hpp"
#include "app/gui/workshop/live_host.hpp"
#include "app/gui/workshop/live_start_dialog.hpp"
#include "app/gui/workshop/live_window.hpp"
#include "app/gui/wx_text.hpp"
#include "model/platform/platform.hpp"

#include <wx/menu.h>
#include <wx/notebook.h>

namespace assessa::gui {

namespace {

enum WorkshopMenuId { id_live_start = wxID_HIGHEST + 700, id_live_window, id_live_stop };

constexpr int default_port = 8470;

}  // namespace

WorkshopActions::WorkshopActions(MainFrame& frame) : frame_(frame) {
    run_start_dialog = [](LiveStartDialog& dlg) { return dlg.ShowModal() == wxID_OK; };
    if (wxMenuBar* bar = frame.GetMenuBar()) {
        auto* menu = new wxMenu;
        menu->Append(id_live_start, _("&Start live session…"),
                     _("Members score from their own phones and laptops, and vote blind in the meeting view"));
        menu->Append(id_live_window, _("Show the live session &window"));
        menu->Append(id_live_stop, _("S&top live session"));
        // Before Help, the last menu.
        bar->Insert(bar->GetMenuCount() - 1, menu, _("&Workshop"));
    }
    frame.Bind(wxEVT_MENU, [this](wxCommandEvent&) { choose_and_start(); }, id_live_start);
    frame.Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (window_) window_->Raise(), window_->Show();
    }, id_live_window);
    frame.Bind(wxEVT_MENU, [this](wxCommandEvent&) { stop(); }, id_live_stop);
    frame.Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(frame_.has_project() && !frame_.session().project().read_only() && !host_);
    }, id_live_start);
    frame.Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(host_ != nullptr); }, id_live_window);
    frame.Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(host_ != nullptr); }, id_live_stop);
}

WorkshopActions::~WorkshopActions() {
    if (host_) host_->stop();
}

LiveHost* WorkshopActions::host() { return host_ && host_->running() ? host_.get() : nullptr; }

void WorkshopActions::choose_and_start() {
    if (!frame_.has_project() || host_) return;
    LiveStartDialog dlg(&frame_, platform::network_addresses(), default_port);
    if (run_start_dialog(dlg)) start(dlg.address(), dlg.port());
}

bool WorkshopActions::start(const std::string& address, int port) {
    if (!frame_.has_project() || host_) return false;
    ProjectSession& s = frame_.session();
    if (s.project().read_only()) {
        frame_.prompts().error(_("This cycle is read-only: a live session could not save the members' work."));
        return false;
    }
    LiveServerOptions options;
    options.address = address;
    options.port = port;
    try {
        host_ = std::make_unique<LiveHost>(s.project(), s.cycle().id, options);
        host_->start();
    } catch (const std::exception& e) {
        host_.reset();
        frame_.prompts().error(wxString::Format(_("The live session could not start: %s"), u8(e.what())));
        return false;
    }
    host_->on_change = [this] { changed(); };
    window_ = new LiveWindow(&frame_, frame_, *host_, [this] { stop(); });
    window_->Show();
    changed();
    return true;
}

void WorkshopActions::stop() {
    if (!host_) return;
    host_->stop();
    if (window_) {
        window_->Destroy();
        window_ = nullptr;
    }
    // The views let go of the session before it goes.
    if (frame_.has_project()) frame_.meeting_view()->live_changed();
    host_.reset();
    frame_.SetStatusText(_("The live session has ended; nothing listens any more."), 0);
}

// A device wrote ratings, joined or voted, or the facilitator acted: the views show it.
void WorkshopActions::changed() {
    if (!host_ || !frame_.has_project()) return;
    ProjectSession& s = frame_.session();
    s.changed();
    if (window_) window_->refresh();
    if (frame_.meeting_shown()) frame_.meeting_view()->live_changed();
    else if (frame_.pages()->GetSelection() == MainFrame::consensus_tab) frame_.consensus_page()->fill_members();
}

}  // namespace assessa::gui
