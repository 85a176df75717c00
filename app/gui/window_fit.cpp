#include "app/gui/window_fit.hpp"

#include <wx/display.h>
#include <wx/toplevel.h>

#include <algorithm>
#include <memory>

namespace assessa::gui {

wxRect fit_rect(const wxRect& wanted, const wxRect& area) {
    wxRect r(wanted);
    r.width = std::clamp(r.width, 200, std::max(200, area.width));
    r.height = std::clamp(r.height, 150, std::max(150, area.height));
    if (wanted.x == -1 && wanted.y == -1) {
        r.x = area.x + (area.width - r.width) / 2;
        r.y = area.y + (area.height - r.height) / 2;
    } else {
        r.x = std::clamp(r.x, area.x, std::max(area.x, area.GetRight() + 1 - r.width));
        r.y = std::clamp(r.y, area.y, std::max(area.y, area.GetBottom() + 1 - r.height));
    }
    return r;
}

void place_on_display(wxTopLevelWindow* window, const wxRect& wanted) {
    int index = wanted.x == -1 && wanted.y == -1 ? wxDisplay::GetFromWindow(window)
                                                 : wxDisplay::GetFromPoint(wanted.GetPosition());
    if (index == wxNOT_FOUND) index = 0;
    const wxRect r = fit_rect(wanted, wxDisplay(static_cast<unsigned>(index)).GetClientArea());
    window->SetSize(r);
}

namespace {

wxRect work_area_of(const wxTopLevelWindow* window) {
    int index = wxDisplay::GetFromWindow(window);
    if (index == wxNOT_FOUND) index = 0;
    return wxDisplay(static_cast<unsigned>(index)).GetClientArea();
}

}  // namespace

void show_within_work_area(wxTopLevelWindow* window) {
    // Under an X window manager wxGTK defers a new window's first showing until the manager has
    // told it the border sizes, and GTK then lays the menu bar out at the window's placeholder
    // size of 1x1 (a GTK critical message). A window whose client size was set is shown at once,
    // at that size; the borders, known only then, make it larger, so it is placed again.
    window->SetClientSize(window->GetClientSize());
    auto placed_again = std::make_shared<bool>(false);
    window->Bind(wxEVT_SIZE, [window, placed_again](wxSizeEvent& e) {
        e.Skip();
        if (*placed_again || !window->IsShown() || window->IsMaximized() || window->IsFullScreen()) return;
        const wxRect now = window->GetRect();
        if (work_area_of(window).Contains(now)) return;
        *placed_again = true;
        window->CallAfter([window, now] { place_on_display(window, now); });
    });
    window->Show();
}

}  // namespace assessa::gui
