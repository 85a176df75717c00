#pragma once

#include <wx/gdicmn.h>

class wxTopLevelWindow;

namespace assessa::gui {

// `wanted` made to lie inside `work_area`: no larger than it, moved inside it; a position of
// (-1, -1) means "centred".
wxRect fit_rect(const wxRect& wanted, const wxRect& work_area);

// Sizes and places a top-level window within the work area (the screen without panels and
// docks) of the display it is on, so that its edges and status bar are never off screen.
void place_on_display(wxTopLevelWindow* window, const wxRect& wanted);

// Shows a main window (one with a menu bar) at the size it was given, and keeps it within the
// work area once the window manager has added its title bar and borders.
void show_within_work_area(wxTopLevelWindow* window);

}  // namespace assessa::gui
