#pragma once

#include <wx/font.h>

class wxSpinCtrl;
class wxWindow;

namespace assessa::gui {

// Projector mode's font for dialogs too: every dialog shown while it is set (reports,
// approvals, preferences, the action editor...) gets it before it appears, and is fitted to
// its new size within the screen. An invalid font turns this off.
void use_projector_font_in_dialogs(const wxFont& font);

// Gives a dialog projector mode's font (when it is on) before its controls are made, so that
// they inherit it and its texts are wrapped in it. Every dialog calls it first thing; once shown,
// the dialog is measured again and fitted (GTK measures a control in its font only then).
void use_projector_font(wxWindow* dialog);

// Gives `window` and everything in it the font.
void set_font_within(wxWindow* window, const wxFont& font);

// Lays out `window` and every window in it again, outside in (after a font change: a control
// keeps the size measured in its old font until its sizer places it again).
void lay_out_within(wxWindow* window);

// A notebook page that was hidden when the font changed: GTK measures its controls in the new font
// only once it is shown. Forgets every measured size under `page` and lays it out again.
void measure_again_within(wxWindow* page);

// GTK gives a spin button's entry the width of its largest value (at least 30 pixels) in the font
// it is drawn with; measured before GTK has applied the font, it has the default font's width.
// Gives `spin` the room its font needs (GTK critical messages otherwise, at a projector's size).
void fit_spin_to_font(wxSpinCtrl* spin);

}  // namespace assessa::gui
