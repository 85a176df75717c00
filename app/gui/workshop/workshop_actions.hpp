#pragma once

#include <functional>
#include <memory>
#include <string>

namespace assessa::gui {

class LiveHost;
class LiveStartDialog;
class LiveWindow;
class MainFrame;

// The Workshop menu of the main window: start the live session (the members' own devices, the
// blind vote in the meeting view), show its window, stop it. The session belongs to the cycle
// shown; closing the project or switching the cycle stops it.
class WorkshopActions {
public:
    explicit WorkshopActions(MainFrame& frame);
    ~WorkshopActions();
    WorkshopActions(const WorkshopActions&) = delete;
    WorkshopActions& operator=(const WorkshopActions&) = delete;

    // Starts listening on `address` and `port` and shows the session's window; a problem
    // (the port taken, a read-only project) goes to the frame's error prompt. True when started.
    bool start(const std::string& address, int port);
    void stop();
    LiveHost* host();  // while a session runs
    LiveWindow* window() { return window_; }

    // Shows the start dialog; the GUI tests replace it. True: start with the dialog's choice.
    std::function<bool(LiveStartDialog&)> run_start_dialog;

    // Workshop ▸ Start live session…: the start dialog, then start().
    void choose_and_start();

private:
    void changed();

    MainFrame& frame_;
    std::unique_ptr<LiveHost> host_;
    LiveWindow* window_ = nullptr;
};

}  // namespace assessa::gui
