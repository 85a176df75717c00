#include "app/gui/projector_font.hpp"

#include "app/gui/window_fit.hpp"

#include <wx/dialog.h>
#include <wx/event.h>
#include <wx/eventfilter.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/dcclient.h>

#include <algorithm>
#include <functional>

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
    window->InvalidateBestSize();
    // A label given the size of its text (fit_label) keeps that size through a font change:
    // measure it again in its new font.
    if (auto* label = dynamic_cast<wxStaticText*>(window); label && label->GetMinSize() != wxDefaultSize) {
        wxClientDC dc(label);
        dc.SetFont(font);
        wxCoord w = 0, h = 0;
        dc.GetMultiLineTextExtent(label->GetLabel(), &w, &h);
        label->SetMinSize(wxSize(w + 2, h + 2));
    }
    for (wxWindow* child : window->GetChildren())
        if (!child->IsTopLevel()) set_font_within(child, font);
}

void lay_out_within(wxWindow* window) {
    if (window->GetSizer()) window->Layout();
    if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(window)) scrolled->FitInside();
    for (wxWindow* child : window->GetChildren())
        if (!child->IsTopLevel()) lay_out_within(child);
}

// One digit to spare: GTK adds its entry's borders.
void fit_spin_to_font(wxSpinCtrl* spin) {
    const int text = spin->GetTextExtent(wxString::Format("%d0", spin->GetMax())).x;
    spin->SetMinSize(wxSize(spin->GetBestSize().x + std::max(0, text - 30), -1));
}

// Size events too: labels that wrap to their parent's width wrap again in the new font.
void measure_again_within(wxWindow* page) {
    forget_sizes(page);
    std::function<void(wxWindow*)> resize = [&resize](wxWindow* w) {
        w->SendSizeEvent();
        for (wxWindow* child : w->GetChildren())
            if (!child->IsTopLevel()) resize(child);
    };
    resize(page);
    lay_out_within(page);
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
