#pragma once

#include <wx/font.h>

class wxWindow;

namespace assessa::gui {

// Projector mode's font for dialogs too: every dialog shown while it is set (reports,
// approvals, preferences, the action editor...) gets it before it appears, and is fitted to
// its new size within the screen. An invalid font turns this off.
void use_projector_font_in_dialogs(const wxFont& font);

// Gives `window` and everything in it the font.
void set_font_within(wxWindow* window, const wxFont& font);

}  // namespace assessa::gui
