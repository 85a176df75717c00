#pragma once

class wxWindow;

namespace assessa::gui {

class NoteList;
class WorkspaceHost;

// "Create action from this AFI…" under a list of agreed AFIs: opens the action editor on a new
// action answering the AFI selected in the list.
wxWindow* make_afi_action_button(wxWindow* parent, NoteList* agreed_afis, WorkspaceHost& host, bool read_only);

}  // namespace assessa::gui
