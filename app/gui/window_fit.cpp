#include "app/gui/window_fit.hpp"

#include <wx/display.h>
#include <wx/toplevel.h>

#include <algorithm>

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

}  // namespace assessa::gui
