#include "app/gui/afi_action_button.hpp"

#include "app/gui/note_list.hpp"
#include "app/gui/workspace_host.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>

namespace assessa::gui {

wxWindow* make_afi_action_button(wxWindow* parent, NoteList* agreed_afis, WorkspaceHost& host, bool read_only) {
    auto* button = new wxButton(parent, wxID_ANY, _("Create action from this AFI…"));
    button->SetToolTip(_("A new improvement action answering the selected agreed area for improvement."));
    button->Enable(!read_only);
    button->Bind(wxEVT_BUTTON, [agreed_afis, &host](wxCommandEvent&) {
        const long row = agreed_afis->list()->GetFirstSelected();
        if (row < 0 || row >= static_cast<long>(agreed_afis->rows().size())) return;
        host.create_action_from_afi(agreed_afis->rows()[static_cast<std::size_t>(row)].id);
    });
    return button;
}

}  // namespace assessa::gui
