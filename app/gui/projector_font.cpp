#include "app/gui/projector_font.hpp"

#include "app/gui/window_fit.hpp"

#include <wx/dialog.h>
#include <wx/event.h>
#include <wx/eventfilter.h>
#include <wx/sizer.h>

namespace assessa::gui {

namespace {

class DialogFont : public wxEventFilter {
public:
    wxFont font;
    int FilterEvent(wxEvent& event) override {
        if (event.GetEventType() != wxEVT_INIT_DIALOG || !font.IsOk()) return Event_Skip;
        auto* dlg = dynamic_cast<wxDialog*>(event.GetEventObject());
        if (!dlg || dlg->GetFont().GetPointSize() == font.GetPointSize()) return Event_Skip;
        set_font_within(dlg, font);
        if (wxSizer* sizer = dlg->GetSizer()) {
            dlg->SetMinSize(wxDefaultSize);
            sizer->SetSizeHints(dlg);
        }
        place_on_display(dlg, wxRect(-1, -1, dlg->GetSize().x, dlg->GetSize().y));
        return Event_Skip;
    }
};

DialogFont* filter = nullptr;

}  // namespace

void set_font_within(wxWindow* window, const wxFont& font) {
    window->SetFont(font);
    for (wxWindow* child : window->GetChildren()) set_font_within(child, font);
}

void use_projector_font_in_dialogs(const wxFont& font) {
    if (!filter) {
        filter = new DialogFont;
        wxEvtHandler::AddFilter(filter);  // lives as long as the program
    }
    filter->font = font;
}

}  // namespace assessa::gui
