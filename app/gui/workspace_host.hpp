#pragma once

#include "app/gui/project_session.hpp"

namespace assessa::gui {

class LiveHost;

// What the workspace views need from the window that holds them.
class WorkspaceHost {
public:
    virtual ~WorkspaceHost() = default;
    virtual ProjectSession& session() = 0;
    // Applies an edit through the undo history; shows the store's refusal to the user.
    // Returns false when the edit was refused (nothing changed).
    virtual bool perform(Edit edit) = 0;
    // Shows another node in every view (tree selection, pages).
    virtual void show_node(const std::string& code) = 0;
    virtual bool projector_mode() const = 0;
    // Opens the action editor on a new action answering an agreed AFI (consensus item id).
    virtual void create_action_from_afi(Id /*afi*/) {}
    // Shows the process register (the Processes tab).
    virtual void show_processes() {}
    // The live workshop session, while one runs (Workshop menu).
    virtual LiveHost* live() { return nullptr; }
};

}  // namespace assessa::gui
