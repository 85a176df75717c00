#include "app/gui/projector_font.hpp"

#include "app/gui/window_fit.hpp"

#include <wx/dialog.h>
#include <wx/event.h>
#include <wx/eventfilter.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>

namespace assessa::gui {

namespace {

// GTK measures a control in its font only once its window is shown: every size measured before
// is forgotten, and measured again.
void forget_sizes(wxWindow* window) {
    window->InvalidateBestSize();
    for (wxWindow* child : window->GetChildren())
        if (!child->IsTopLevel()) forget_sizes(child);
}

class DialogFont : public wxEventFilter {
public:
    wxFont font;
    int FilterEvent(wxEvent& event) override {
        if (event.GetEventType() != wxEVT_INIT_DIALOG || !font.IsOk()) return Event_Skip;
        auto* dlg = dynamic_cast<wxDialog*>(event.GetEventObject());
        if (!dlg) return Event_Skip;
        // A dialog made with use_projector_font() has the font already; the others get it now.
        if (dlg->GetFont().GetPointSize() != font.GetPointSize()) set_font_within(dlg, font);
        forget_sizes(dlg);
        if (wxSizer* sizer = dlg->GetSizer()) {
            dlg->SetMinSize(wxDefaultSize);
            sizer->SetSizeHints(dlg);
        }
        place_on_display(dlg, wxRect(-1, -1, dlg->GetSize().x, dlg->GetSize().y));
        dlg->Layout();
        return Event_Skip;
    }
};

DialogFont* filter = nullptr;

}  // namespace

void set_font_within(wxWindow* window, const wxFont& font) {
    window->SetFont(font);
    for (wxWindow* child : window->GetChildren()) set_font_within(child, font);
}

void lay_out_within(wxWindow* window) {
    if (window->GetSizer()) window->Layout();
    if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(window)) scrolled->FitInside();
    for (wxWindow* child : window->GetChildren())
        if (!child->IsTopLevel()) lay_out_within(child);
}

void use_projector_font(wxWindow* dialog) {
    if (filter && filter->font.IsOk()) set_font_within(dialog, filter->font);
}

void use_projector_font_in_dialogs(const wxFont& font) {
    if (!filter) {
        filter = new DialogFont;
        wxEvtHandler::AddFilter(filter);  // lives as long as the program
    }
    filter->font = font;
}

}  // namespace assessa::gui
