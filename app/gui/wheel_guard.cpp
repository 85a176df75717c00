#include "app/gui/wheel_guard.hpp"

#include <wx/app.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/event.h>
#include <wx/eventfilter.h>
#include <wx/scrolwin.h>
#include <wx/slider.h>
#include <wx/spinbutt.h>
#include <wx/spinctrl.h>
#include <wx/window.h>

namespace assessa::gui {

namespace {

bool has_focus_within(const wxWindow* w) {
    for (const wxWindow* f = wxWindow::FindFocus(); f; f = f->GetParent())
        if (f == w) return true;
    return false;
}

// The nearest window around `w` that scrolls its contents.
wxScrollHelper* scrolled_parent(wxWindow* w) {
    for (wxWindow* p = w->GetParent(); p && !p->IsTopLevel(); p = p->GetParent())
        if (auto* s = dynamic_cast<wxScrollHelper*>(p)) return s;
    return nullptr;
}

void scroll_page(wxScrollHelper& page, const wxMouseEvent& wheel) {
    const int delta = wheel.GetWheelDelta() > 0 ? wheel.GetWheelDelta() : 120;
    const int lines = -wheel.GetWheelRotation() * std::max(1, wheel.GetLinesPerAction()) / delta;
    if (lines == 0) return;
    int x = 0, y = 0;
    page.GetViewStart(&x, &y);
    if (wheel.GetWheelAxis() == wxMOUSE_WHEEL_HORIZONTAL) page.Scroll(std::max(0, x + lines), -1);
    else page.Scroll(-1, std::max(0, y + lines));
}

class WheelGuard : public wxEventFilter {
public:
    int FilterEvent(wxEvent& event) override {
        if (event.GetEventType() != wxEVT_MOUSEWHEEL) return Event_Skip;
        auto* w = dynamic_cast<wxWindow*>(event.GetEventObject());
        if (!w || !wheel_changes_value(w) || has_focus_within(w)) return Event_Skip;
        if (wxScrollHelper* page = scrolled_parent(w)) scroll_page(*page, static_cast<wxMouseEvent&>(event));
        return Event_Processed;  // the control never sees it
    }
};

}  // namespace

bool wheel_changes_value(const wxWindow* w) {
    return dynamic_cast<const wxSlider*>(w) || dynamic_cast<const wxSpinCtrl*>(w) ||
           dynamic_cast<const wxSpinCtrlDouble*>(w) || dynamic_cast<const wxSpinButton*>(w) ||
           dynamic_cast<const wxChoice*>(w) || dynamic_cast<const wxComboBox*>(w);
}

void install_wheel_guard() {
    static WheelGuard* guard = nullptr;
    if (guard) return;
    guard = new WheelGuard;
    wxEvtHandler::AddFilter(guard);  // lives as long as the program
}

}  // namespace assessa::gui
