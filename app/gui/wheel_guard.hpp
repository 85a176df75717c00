#pragma once

class wxWindow;

namespace assessa::gui {

// The mouse wheel never changes a value by passing over it: sliders, spin controls and
// drop-down choices react to the wheel only once the user has clicked or tabbed into them
// (they have the focus). Otherwise the wheel scrolls the page that holds them.
// Installs one application-wide filter; calling it again does nothing.
void install_wheel_guard();

// True when a wheel event over this window would change a value it holds.
bool wheel_changes_value(const wxWindow* window);

}  // namespace assessa::gui
