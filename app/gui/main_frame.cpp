#include "app/gui/main_frame.hpp"
#include "app/gui/notebook_pages.hpp"

#include "app/gui/consensus_page.hpp"
#include "app/gui/cycle_banner.hpp"
#include "app/gui/dashboard_page.hpp"
#include "app/gui/group_dialog.hpp"
#include "app/gui/iso_page.hpp"
#include "app/gui/process_page.hpp"
#include "app/gui/meeting_view.hpp"
#include "app/gui/new_project_wizard.hpp"
#include "app/gui/next_cycle_wizard.hpp"
#include "app/gui/node_tree.hpp"
#include "app/gui/plan_ids.hpp"
#include "app/gui/plan_panel.hpp"
#include "app/gui/projector_font.hpp"
#include "app/gui/workshop/workshop_actions.hpp"
#include "app/gui/report_commands.hpp"
#include "app/gui/packet_actions.hpp"
#include "app/gui/packet_frame.hpp"
#include "app/gui/status_fit.hpp"
#include "app/gui/steps_page.hpp"
#include "app/gui/wheel_guard.hpp"
#include "app/gui/window_fit.hpp"
#include "app/gui/subcriterion_page.hpp"
#include "app/gui/survey_commands.hpp"
#include "app/gui/ui_language.hpp"
#include "app/gui/welcome_page.hpp"
#include "app/gui/wx_text.hpp"
#include "exports/demo_project.hpp"
#include "frameworks/data_paths.hpp"
#include "exports/exchange_format.hpp"

#include <wx/aboutdlg.h>
#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>
#include <wx/utils.h>
#include <wx/notebook.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>
#include <wx/translation.h>

namespace assessa::gui {

namespace {

enum MenuId {
    id_open_demo = wxID_HIGHEST + 1,
    id_save_copy,
    id_group,
    id_view_assessment,
    id_view_consensus,
    id_view_dashboard,
    id_view_steps,
    id_projector,
    id_find,
    id_meeting,
    id_tree_pane,
    id_new_from_exchange,
    id_next_cycle,
    id_guide,
};

wxString file_filter() { return _("Assessa projects (*.assessa)|*.assessa|All files (*)|*"); }

}  // namespace

MainFrame::MainFrame(FrameworkLibrary library)
    : wxFrame(nullptr, wxID_ANY, _("Assessa"), wxDefaultPosition, wxSize(1280, 800)),
      library_(std::move(library)),
      prefs_(Preferences::load()),
      history_(9, wxID_FILE1) {
    SetIcons(wxArtProvider::GetIconBundle(wxART_HELP_BOOK, wxART_FRAME_ICON));
    prompts_.error = [this](const wxString& m) { wxMessageBox(m, _("Assessa"), wxOK | wxICON_ERROR, this); };
    prompts_.yes_no = [this](const wxString& q) {
        return wxMessageBox(q, _("Assessa"), wxYES_NO | wxICON_QUESTION, this) == wxYES;
    };
    prompts_.text = [this](const wxString& q) {
        wxTextEntryDialog dlg(this, q, _("Assessa"));
        return dlg.ShowModal() == wxID_OK ? dlg.GetValue() : wxString();
    };
    prompts_.open_url = [](const wxString& url) { return wxLaunchDefaultBrowser(url); };
    normal_font_ = GetFont();
    build_menus();
    packets_ = std::make_unique<PacketActions>(*this);
    workshop_ = std::make_unique<WorkshopActions>(*this);
    keep_status_fields_fitted(this);
    install_wheel_guard();
    CreateStatusBar(4);
    const int widths[] = {-1, FromDIP(200), FromDIP(360), FromDIP(420)};  // the last: approvals
    SetStatusWidths(4, widths);

    book_ = new wxSimplebook(this, wxID_ANY);
    welcome_ = new WelcomePage(book_, {[this] { new_project(); }, [this] { choose_and_open(); },
                                       [this] { open_demo(); }, [this](const std::string& p) { open_project(p); }});
    book_->AddPage(welcome_, _("Welcome"));
    build_workspace();
    book_->AddPage(workspace_, _("Workspace"));
    meeting_ = new MeetingView(book_, *this, [this] {
        book_->SetSelection(1);
        left_->SetSelection(1);
        agenda_->refresh();
        agenda_->SetFocus();
    }, [this](const wxString& m) { prompts_.error(m); });
    book_->AddPage(meeting_, _("Meeting"));
    book_->SetSelection(0);

    history_.Load(*wxConfigBase::Get());
    update_recent();
    restore_layout();
    update_status();
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        save_layout();
        e.Skip();
    });
}

MainFrame::~MainFrame() {
    workshop_.reset();  // stops the live session while the project it writes is still open
    use_projector_font_in_dialogs(wxNullFont);  // dialogs of a later window start at the normal size
}

void MainFrame::build_menus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, _("&New self-assessment…\tCtrl+N"));
    file->Append(id_new_from_exchange, _("New from e&xchange file…"));
    file->Append(wxID_OPEN, _("&Open…\tCtrl+O"));
    file->Append(id_open_demo, _("Open the &demo"));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, _("Open &recent"));
    history_.UseMenu(recent);
    file->AppendSeparator();
    file->Append(id_next_cycle, _("Start the ne&xt self-assessment…"));
    file->AppendSeparator();
    file->Append(id_save_copy, _("Save a &copy as…\tCtrl+Shift+S"));
    file->Append(wxID_CLOSE, _("&Close project\tCtrl+W"));
    file->AppendSeparator();
    file->Append(wxID_EXIT);

    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
    edit->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
    edit->AppendSeparator();
    edit->Append(id_find, _("&Find subcriterion\tCtrl+F"));
    edit->Append(id_group, _("&Group and organisation…\tCtrl+G"));
    append_survey_items(edit);
    edit->AppendSeparator();
    edit->Append(wxID_PREFERENCES, _("&Preferences…"));

    auto* view = new wxMenu;
    view->Append(id_view_assessment, _("&Assessment\tCtrl+1"));
    view->Append(id_view_consensus, _("&Consensus\tCtrl+2"));
    view->Append(id_view_dashboard, _("&Dashboard\tCtrl+3"));
    view->Append(id_view_steps, _("The ten &steps of the cycle\tCtrl+4"));
    view->AppendSeparator();
    view->AppendCheckItem(id_projector, _("&Projector mode (large text, members anonymised)\tF11"));
    view->Append(id_meeting, _("&Meeting view, one agenda item at a time\tF5"));
    view->AppendCheckItem(id_tree_pane, _("Hide the &tree and agenda pane\tF9"));

    auto* help = new wxMenu;
    help->Append(id_guide, _("&Facilitator's guide\tF1"));
    help->AppendSeparator();
    help->Append(wxID_ABOUT);

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(make_reports_menu(), _("&Reports"));
    auto* plan = new wxMenu;
    plan->Append(id_plan_create, _("&Create the improvement plan…"));
    plan->Append(id_plan_new_action, _("&New action…"));
    plan->Append(id_plan_edit_action, _("&Edit action…"));
    plan->AppendSeparator();
    plan->Append(id_plan_show_table, _("&Actions table"));
    plan->Append(id_plan_show_matrix, _("Impact × feasibility &matrix"));
    plan->Append(id_plan_show_timeline, _("&Timeline"));
    plan->Append(id_plan_show_departments, _("&Departments"));
    bar->Append(plan, _("&Plan"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
    bind_report_commands(*this);
    bind_survey_commands(*this);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
        if (!session_) return;
        pages_->SetSelection(static_cast<size_t>(pages_->FindPage(plan_)));
        plan_->menu_command(e.GetId());
    }, id_plan_new_action, id_plan_last);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        bool on = session_ != nullptr;
        // Creating the plan makes sense once, and only in a file that can be written.
        if (on && e.GetId() == id_plan_create)
            on = !session_->project().read_only() && !session_->project().plan(session_->cycle().id);
        e.Enable(on);
    }, id_plan_new_action, id_plan_last);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { new_project(); }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { choose_and_open(); }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { open_demo(); }, id_open_demo);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { new_from_exchange(); }, id_new_from_exchange);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { start_next_cycle(); }, id_next_cycle);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
        const wxString path = history_.GetHistoryFile(static_cast<size_t>(e.GetId() - wxID_FILE1));
        open_project(utf8(path));
    }, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { save_copy(); }, id_save_copy);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { close_project(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { undo(false); }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { undo(true); }, wxID_REDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (!session_) return;
        show_page(assessment_page);
        left_->SetSelection(0);
        tree_->filter()->SetFocus();
    }, id_find);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { edit_group(); }, id_group);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (edit_preferences(this, prefs_) && projector_) apply_fonts();
    }, wxID_PREFERENCES);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(assessment_page); }, id_view_assessment);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(consensus_tab); }, id_view_consensus);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(dashboard_tab); }, id_view_dashboard);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_steps(); }, id_view_steps);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) { set_projector_mode(e.IsChecked()); }, id_projector);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { open_meeting(); }, id_meeting);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { toggle_tree_pane(); }, id_tree_pane);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { open_guide(); }, id_guide);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        wxAboutDialogInfo info;
        info.SetName("Assessa");
        info.SetVersion(ASSESSA_VERSION);
        info.SetDescription(_("Self-assessment of public-sector organisations with the Common Assessment "
                              "Framework (CAF 2020), related to ISO 9001:2015 by an authored mapping."));
        info.SetCopyright(_("Free software for public-sector organisations."));
        wxAboutBox(info, this);
    }, wxID_ABOUT);

    for (int id : {static_cast<int>(wxID_UNDO), static_cast<int>(wxID_REDO), static_cast<int>(id_save_copy),
                   static_cast<int>(wxID_CLOSE), static_cast<int>(id_group), static_cast<int>(id_view_assessment),
                   static_cast<int>(id_view_consensus), static_cast<int>(id_view_dashboard), static_cast<int>(id_view_steps),
                   static_cast<int>(id_find), static_cast<int>(id_next_cycle), static_cast<int>(id_meeting),
                   static_cast<int>(id_tree_pane)})
        Bind(wxEVT_UPDATE_UI, [this, id](wxUpdateUIEvent& e) {
            bool on = session_ != nullptr;
            if (on && id == wxID_UNDO) {
                on = session_->history().can_undo();
                e.SetText(on ? wxString::Format(_("&Undo %s\tCtrl+Z"), u8(session_->history().next_undo()->label))
                             : _("&Undo\tCtrl+Z"));
            } else if (on && id == wxID_REDO) {
                on = session_->history().can_redo();
                e.SetText(on ? wxString::Format(_("&Redo %s\tCtrl+Y"), u8(session_->history().next_redo()->label))
                             : _("&Redo\tCtrl+Y"));
            } else if (on && (id == id_group || id == id_next_cycle)) {
                on = !session_->project().read_only() && !projector_;  // both list members by name
            }
            e.Enable(on);
        }, id);
}

void MainFrame::build_workspace() {
    workspace_ = new wxPanel(book_, wxID_ANY);
    cycle_banner_ = new CycleBanner(workspace_, {[this](Id id) { switch_cycle(id); }, [this] { correct_cycle(); },
                                                 [this] { finish_correcting(); }});
    splitter_ = new wxSplitterWindow(workspace_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    splitter_->SetMinimumPaneSize(FromDIP(200));
    left_ = new wxNotebook(splitter_, wxID_ANY);
    tree_ = new NodeTree(left_, *this, [this](const std::string& code) { show_node(code); });
    left_->AddPage(tree_, _("Framework"));
    agenda_ = new AgendaPanel(left_, *this, [this](const std::string& code) {
        show_node(code);
        show_page(consensus_tab);
    }, [this] { open_meeting(); });
    left_->AddPage(agenda_, _("Agenda"));
    pages_ = new wxNotebook(splitter_, wxID_ANY);
    subcriterion_ = new SubcriterionPage(pages_, *this);
    consensus_ = new ConsensusPage(page_holder(pages_), *this);
    dashboard_ = new DashboardPage(page_holder(pages_), *this);
    pages_->AddPage(subcriterion_, _("Assessment"));
    pages_->AddPage(held(consensus_), _("Consensus"));
    pages_->AddPage(held(dashboard_), _("Dashboard"));
    steps_ = new StepsPage(page_holder(pages_), *this,
                           {[this] { edit_group(); }, [this] { show_page(assessment_page); },
                            [this] { pages_->SetSelection(static_cast<size_t>(pages_->FindPage(plan_))); },
                            [this] { run_report_command(*this, ReportKind::assessment); }});
    pages_->AddPage(held(steps_), _("Steps"));
    iso_ = new IsoPage(pages_, *this);
    pages_->AddPage(iso_, _("ISO 9001"));
    processes_ = new ProcessPage(pages_, *this);
    pages_->AddPage(processes_, _("Processes"));
    plan_ = new PlanPanel(pages_, *this);
    pages_->AddPage(plan_, _("Plan"));
    pages_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        if (!session_) return;
        if (e.GetOldSelection() >= 0 && pages_->GetPage(static_cast<size_t>(e.GetOldSelection())) == processes_)
            processes_->save_pending();
        session_->history().seal();
        if (e.GetSelection() == consensus_tab) consensus_->refresh();
        if (e.GetSelection() == dashboard_tab) dashboard_->refresh();
        if (pages_->GetPage(static_cast<size_t>(e.GetSelection())) == iso_) iso_->refresh();
        if (pages_->GetPage(static_cast<size_t>(e.GetSelection())) == processes_) processes_->refresh();
        if (e.GetSelection() == assessment_page) subcriterion_->reload_values();
        // A page hidden when the font changed is measured in the new font now that it shows.
        if (wxWindow* page = pages_->GetPage(static_cast<size_t>(e.GetSelection())); remeasure_.erase(page) > 0)
            CallAfter([this, page] {
                if (pages_->GetCurrentPage() == page) measure_again_within(page);
            });
        e.Skip();
    });
    left_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        if (session_ && e.GetSelection() == 1) agenda_->refresh();
        e.Skip();
    });
    size_pages_with_notebook(left_);
    size_pages_with_notebook(pages_);
    splitter_->SplitVertically(left_, pages_, FromDIP(380));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(cycle_banner_, 0, wxEXPAND);
    column->Add(splitter_, 1, wxEXPAND);
    workspace_->SetSizer(column);
}

bool MainFrame::open_project(const std::string& path) {
    if (is_packet_path(path)) return open_packet_frame(path, prompts_.error) != nullptr;  // a member's packet
    std::unique_ptr<Project> project;
    try {
        project = Project::open(path);
    } catch (const ProjectError& e) {
        if (e.kind() == ProjectError::Kind::locked &&
            prompts_.yes_no(u8(e.what()) + "\n\n" + _("Open it read-only, to look without changing anything?"))) {
            try {
                project = Project::open(path, Project::Mode::read_only);
            } catch (const ProjectError& again) {
                prompts_.error(u8(again.what()));
                return false;
            }
        } else {
            if (e.kind() != ProjectError::Kind::locked) prompts_.error(u8(e.what()));
            return false;
        }
    } catch (const std::exception& e) {
        prompts_.error(wxString::Format(_("%s could not be opened: %s"), u8(path), u8(e.what())));
        return false;
    }
    if (!project->backup_path().empty())
        SetStatusText(wxString::Format(_("Updated to the new file format; the old file was kept as %s"),
                                       u8(project->backup_path())), 0);
    if (workshop_) workshop_->stop();
    session_.reset();
    session_ = std::make_unique<ProjectSession>(std::move(project));
    history_.AddFileToHistory(u8(path));
    history_.Save(*wxConfigBase::Get());
    update_recent();
    book_->SetSelection(1);
    tree_->rebuild();
    refresh_all();
    update_status();
    SetTitle(wxString::Format(_("%s – Assessa"), u8(session_->project().organisation().name)));
    SetStatusText(u8(session_->project().organisation().name), 0);
    tree_->tree()->SetFocus();
    return true;
}

void MainFrame::open_guide() {
    const wxString file = u8(guide_file(ui_language()));
    if (!wxFileExists(file)) {
        prompts_.error(wxString::Format(_("The facilitator's guide is not installed: %s is missing."), file));
        return;
    }
    const wxString url = wxFileName::FileNameToURL(wxFileName(file));
    if (!prompts_.open_url || !prompts_.open_url(url))
        prompts_.error(wxString::Format(_("No web browser could be started to show %s."), file));
}

bool MainFrame::open_demo() {
    const std::string path = user_demo_path();
    if (!wxFileName::FileExists(u8(path))) {
        try {
            wxFileName::Mkdir(wxFileName(u8(path)).GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
            wxTranslations* t = wxTranslations::Get();
            const std::string lang =
                t && normalize_language(utf8(t->GetBestTranslation("assessa"))) == "lt" ? "lt" : "en";
            write_demo_project(path, library_, lang);
        } catch (const std::exception& e) {
            prompts_.error(wxString::Format(_("The demo could not be written to %s: %s"), u8(path), u8(e.what())));
            return false;
        }
    }
    return open_project(path);
}

void MainFrame::close_project() {
    if (!session_) return;
    workshop_->stop();
    if (meeting_shown()) meeting_->leave();  // keeps the time spent on the item shown
    consensus_->refresh();  // saves text being typed
    processes_->close();
    book_->SetSelection(0);
    subcriterion_->clear();
    consensus_->SetSizer(nullptr);  // its static box sizers would outlive their boxes
    consensus_->DestroyChildren();
    session_.reset();
    SetTitle(_("Assessa"));
    update_status();
}

void MainFrame::choose_and_open() {
    wxFileDialog dlg(this, _("Open a self-assessment"), "", "", open_file_filter(), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() == wxID_OK) open_project(utf8(dlg.GetPath()));
}

void MainFrame::new_project() {
    std::string path;
    auto project = run_new_project_wizard(this, library_, path);
    if (!project) return;
    project.reset();  // release the lock before opening it for the workspace
    open_project(path);
}

void MainFrame::save_copy() {
    if (!session_) return;
    wxFileDialog dlg(this, _("Save a copy as"), "", "", file_filter(), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK) return;
    wxString target = dlg.GetPath();
    if (!target.EndsWith(".assessa")) target += ".assessa";
    try {
        if (wxFileName::FileExists(target)) wxRemoveFile(target);
        session_->project().save_copy(utf8(target));
        SetStatusText(wxString::Format(_("Copy saved as %s"), target), 0);
    } catch (const std::exception& e) {
        prompts_.error(u8(e.what()));
    }
}

bool MainFrame::perform(Edit edit) {
    if (!session_) return false;
    const std::string what = edit.node_code.empty() ? edit.label : edit.label + " (" + edit.node_code + ")";
    const std::string merge_key = edit.merge_key;
    try {
        session_->access().check();  // an earlier cycle changes only through "Correct this cycle…"
        session_->history().perform(std::move(edit));
        session_->access().changed(what, merge_key);
    } catch (const InvalidEdit& e) {
        prompts_.error(u8(e.what()));
        return false;
    } catch (const std::exception& e) {
        prompts_.error(wxString::Format(_("The change could not be saved: %s"), u8(e.what())));
        return false;
    }
    session_->changed();
    tree_->update_labels();
    update_status();
    return true;
}

void MainFrame::undo(bool redo) {
    if (!session_) return;
    EditHistory& h = session_->history();
    if (redo ? !h.can_redo() : !h.can_undo()) return;
    try {
        session_->access().check();
    } catch (const InvalidEdit& err) {
        prompts_.error(u8(err.what()));
        return;
    }
    // Text typed a moment ago is saved first, so that it is what gets undone.
    if (pages_->GetSelection() == consensus_tab) consensus_->refresh();
    Edit e;
    try {
        e = redo ? h.redo() : h.undo();
    } catch (const std::exception& err) {
        prompts_.error(u8(err.what()));
        session_->changed();
        refresh_all();
        return;
    }
    session_->changed();
    if (!e.node_code.empty()) session_->set_node(e.node_code);
    if (e.member_id) session_->choose_member(e.member_id);
    else if (pages_->GetSelection() == assessment_page) session_->choose_member(std::nullopt);
    SetStatusText(wxString::Format(redo ? _("Redone: %s") : _("Undone: %s"), u8(e.label)), 0);
    session_->access().changed(utf8(wxString::Format(redo ? _("Redone: %s") : _("Undone: %s"), u8(e.label))));
    refresh_all();
    if (meeting_shown()) meeting_->refresh();
}

void MainFrame::switch_cycle(Id cycle_id) {
    if (!session_) return;
    if (workshop_->host() && cycle_id != session_->cycle().id) workshop_->stop();  // it belongs to the cycle left
    consensus_->refresh();  // saves text being typed
    session_->select_cycle(cycle_id);
    tree_->rebuild();
    refresh_all();
}

void MainFrame::start_next_cycle() {
    if (!session_ || session_->project().read_only() || names_hidden_here()) return;
    consensus_->refresh();
    const auto id = run_next_cycle_wizard(this, session_->project(), library_);
    if (!id) return;
    switch_cycle(*id);
    SetStatusText(wxString::Format(_("Cycle %s started"), u8(session_->cycle().label)), 0);
}

void MainFrame::new_from_exchange() {
    wxFileDialog open(this, _("Create a project from an exchange file"), "", "",
                      _("Exchange files (*.xml)|*.xml|All files (*)|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (open.ShowModal() != wxID_OK) return;
    const wxString data = open.GetPath();
    wxFileDialog save(this, _("Save the new project as"), wxFileName(data).GetPath(), wxFileName(data).GetName() + ".assessa",
                      file_filter(), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (save.ShowModal() != wxID_OK) return;
    wxString target = save.GetPath();
    if (!target.EndsWith(".assessa")) target += ".assessa";
    try {
        if (wxFileName::FileExists(target)) wxRemoveFile(target);  // the user agreed to replace it
        auto made = create_project_from_exchange(utf8(target), library_, utf8(data));
        if (!made.ok()) {
            wxString problems;
            for (const auto& d : made.errors) problems += u8(d.to_string()) + "\n";
            prompts_.error(wxString::Format(_("No project was created from %s:\n\n%s"), data, problems));
            return;
        }
    } catch (const std::exception& e) {
        prompts_.error(u8(e.what()));
        return;
    }
    open_project(utf8(target));
}

void MainFrame::correct_cycle() {
    if (!session_ || !session_->access().closed()) return;
    wxString reason = prompts_.text(wxString::Format(
        _("Cycle %s is the record of an earlier self-assessment. What do you need to correct? Every change you make "
          "is recorded with today's date."),
        u8(session_->cycle().label)));
    reason.Trim().Trim(false);
    if (reason.empty()) return;
    try {
        session_->access().unlock(utf8(reason), utf8(wxGetUserName()));
    } catch (const InvalidEdit& e) {
        prompts_.error(u8(e.what()));
        return;
    }
    refresh_all();  // the pages' fields can be changed now
}

void MainFrame::finish_correcting() {
    if (!session_) return;
    consensus_->refresh();  // saves text being typed
    session_->access().lock();
    refresh_all();
}

void MainFrame::edit_group() {
    if (!session_ || session_->project().read_only() || names_hidden_here()) return;
    if (edit_group_dialog(this, session_->project())) {
        // Removing a member removes their ratings: older edits could no longer be undone.
        session_->history().clear();
        session_->changed();
        refresh_all();
    }
}

void MainFrame::show_node(const std::string& code) {
    if (!session_) return;
    session_->history().seal();
    session_->set_node(code);
    tree_->select(code);
    agenda_->node_shown(code);
    subcriterion_->refresh();
    if (pages_->GetSelection() == consensus_tab) consensus_->refresh();
    if (pages_->GetSelection() == dashboard_tab) show_page(assessment_page);
    tree_->update_labels();
}

void MainFrame::create_action_from_afi(Id afi) {
    if (!session_) return;
    pages_->SetSelection(static_cast<size_t>(pages_->FindPage(plan_)));
    plan_->show_view(PlanPanel::table_view);
    plan_->new_action_from_afi(afi);
}

LiveHost* MainFrame::live() { return workshop_ ? workshop_->host() : nullptr; }

void MainFrame::show_page(Page page) {
    if (!session_) return;
    pages_->SetSelection(static_cast<size_t>(page));
}

void MainFrame::open_meeting() {
    if (!session_) return;
    session_->history().seal();
    wxFont f = normal_font_;
    f.SetPointSize(prefs_.projector_font_size);  // made for the projector, whatever the mode
    meeting_->SetFont(f);
    book_->SetSelection(2);
    meeting_->start(session_->node());
}

bool MainFrame::meeting_shown() const { return book_ && book_->GetSelection() == 2; }

void MainFrame::toggle_tree_pane() {
    if (!session_) return;
    if (splitter_->IsSplit()) splitter_->Unsplit(left_);
    else splitter_->SplitVertically(left_, pages_, FromDIP(380));
    GetMenuBar()->Check(id_tree_pane, !splitter_->IsSplit());
}

void MainFrame::set_projector_mode(bool on) {
    projector_ = on;
    GetMenuBar()->Check(id_projector, on);
    apply_fonts();
}

bool MainFrame::names_hidden_here() {
    if (!projector_) return false;
    SetStatusText(_("Members' names are hidden in projector mode: leave it (F11) to see them."), 0);
    return true;
}

void MainFrame::apply_fonts() {
    wxFont f = normal_font_;
    if (projector_) f.SetPointSize(prefs_.projector_font_size);
    use_projector_font_in_dialogs(projector_ ? f : wxNullFont);
    splitter_->SetFont(f);
    for (wxWindow* w : std::initializer_list<wxWindow*>{left_, tree_, pages_}) w->SetFont(f);
    agenda_->set_fonts(f);
    for (wxWindow* w : tree_->GetChildren()) w->SetFont(f);
    for (wxWindow* w : std::initializer_list<wxWindow*>{subcriterion_, consensus_, dashboard_, iso_, processes_, plan_, steps_})
        set_font_within(w, f);
    if (session_) {
        tree_->rebuild();
        refresh_all();
    }
    splitter_->Layout();
    for (wxWindow* w : std::initializer_list<wxWindow*>{iso_, processes_, plan_, agenda_}) lay_out_within(w);
    for (size_t i = 0; i < pages_->GetPageCount(); ++i)
        if (pages_->GetPage(i) != pages_->GetCurrentPage()) remeasure_.insert(pages_->GetPage(i));
    // The page shown is measured again too, once GTK has applied the font to its controls
    // (until then they report their sizes in the old font, and buttons and labels were cut).
    // GTK restyles its widgets in the new font when it next draws them: the measuring waits
    // for the page's next paint.
    if (wxWindow* shown = pages_->GetCurrentPage()) {
        measure_after_paint_ = shown;
        if (painted_pages_.insert(shown).second)
            shown->Bind(wxEVT_PAINT, [this, shown](wxPaintEvent& e) {
                e.Skip();
                if (measure_after_paint_ != shown) return;
                measure_after_paint_ = nullptr;
                CallAfter([this, shown] {
                    if (pages_->GetCurrentPage() == shown) measure_again_within(shown);
                });
            });
        shown->Refresh();
    }
}

void MainFrame::refresh_all() {
    if (!session_) return;
    tree_->select(session_->node());
    tree_->update_labels();
    subcriterion_->refresh();
    if (pages_->GetSelection() == consensus_tab) consensus_->refresh();
    if (pages_->GetSelection() == dashboard_tab) dashboard_->refresh();
    if (pages_->GetCurrentPage() == iso_) iso_->refresh();
    if (pages_->GetCurrentPage() == processes_) processes_->refresh();
    plan_->refresh();
    if (pages_->GetCurrentPage() == steps_->GetParent()) steps_->refresh();
    if (left_->GetSelection() == 1) agenda_->refresh();
    agenda_->node_shown(session_->node());
    cycle_banner_->update(*session_);
    update_status();
}

void MainFrame::show_steps() {
    if (!session_) return;
    pages_->SetSelection(static_cast<size_t>(pages_->FindPage(steps_->GetParent())));
}

void MainFrame::show_processes() {
    if (!session_) return;
    pages_->SetSelection(static_cast<size_t>(pages_->FindPage(processes_)));
}

void MainFrame::update_status() {
    if (!session_) {
        SetStatusText(_("No project open"), 0);
        SetStatusText("", 1);
        SetStatusText("", 2);
        show_approval_status(*this);
        return;
    }
    const Project& p = session_->project();
    SetStatusText(p.read_only() ? _("Read-only: changes are not possible")
                                : session_->history().can_undo() ? _("Saved") : _("Every change is saved at once"),
                  1);
    SetStatusText(wxString::Format(_("Cycle %s – %s"), u8(session_->cycle().label),
                                   wxFileName(u8(p.path())).GetFullName()), 2);
    show_approval_status(*this);
    if (session_->history().can_undo()) SetStatusText(_("Saved"), 0);
}

void MainFrame::update_recent() {
    std::vector<std::string> paths;
    for (size_t i = 0; i < history_.GetCount(); ++i) paths.push_back(utf8(history_.GetHistoryFile(i)));
    welcome_->set_recent(paths);
}

void MainFrame::restore_layout() {
    wxConfigBase* c = wxConfigBase::Get();
    // A size saved on a larger screen, or the default, must still fit a 1024x768 projector.
    wxRect r(c->ReadLong("/Window/X", -1), c->ReadLong("/Window/Y", -1), c->ReadLong("/Window/Width", 1280),
             c->ReadLong("/Window/Height", 800));
    if (r.x < 0 || r.y < 0) r.x = r.y = -1;
    place_on_display(this, r);
    if (c->ReadBool("/Window/Maximized", false)) Maximize();
    const long sash = c->ReadLong("/Window/Sash", FromDIP(380));
    splitter_->SetSashPosition(static_cast<int>(sash));
}

void MainFrame::save_layout() {
    wxConfigBase* c = wxConfigBase::Get();
    c->Write("/Window/Maximized", IsMaximized());
    if (!IsMaximized() && !IsIconized()) {
        const wxRect r = GetRect();
        c->Write("/Window/X", r.x);
        c->Write("/Window/Y", r.y);
        c->Write("/Window/Width", r.width);
        c->Write("/Window/Height", r.height);
    }
    if (splitter_->IsSplit()) c->Write("/Window/Sash", splitter_->GetSashPosition());
    c->Flush();
}

}  // namespace assessa::gui
